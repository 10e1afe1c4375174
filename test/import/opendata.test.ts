/** export-opendata's core: consent gate, the two layouts, GeoJSON, and the formula guard. */
import { parseCsv } from '../../templates/export/csv';
import { CARE_COLUMNS, MEDICAL_COLUMNS, opendataFiles, opendataListOf } from '../../templates/export/opendata';
import type { SettingsRow } from '../../templates/sheets/rows';
import { resource } from './fixtures';

const SETTINGS = { lgCode: '063258', townName: '桜川町', prefecture: '山形県' } as unknown as SettingsRow;
const PUBLIC = { disclosure: '住民にも公開', consentDate: '2025-04-01' } as const;

const rows = [
  resource({ id: 'R1', category: '診療所', name: 'さくら医院', address: '桜川町1番地', phone: '0237-11-1111', fax: '0237-11-1112', officialCode: '0610000011', departments: '内科', latitude: 38.3, longitude: 140.2, ...PUBLIC }),
  resource({ id: 'R2', category: '訪問介護', name: '=HYPERLINK("http://x","y")', address: '+桜川町2番地', phone: '0237-11-2222', careServices: ['訪問介護'], latitude: 38.31, longitude: 140.21, ...PUBLIC }),
  resource({ id: 'R3', category: '診療所', name: '同意なし医院', address: '桜川町3番地', phone: '0237-11-3333', disclosure: '住民にも公開', consentDate: null }),
  resource({ id: 'R4', category: '通所介護', name: '関係者のみデイ', address: '桜川町4番地', phone: '0237-11-4444', disclosure: '関係者のみ', consentDate: '2025-04-01' }),
  resource({ id: 'R5', category: '薬局', name: 'さくら薬局', address: '桜川町5番地', phone: '0237-11-5555', ...PUBLIC }),
];

describe('export-opendata', () => {
  const files = opendataFiles(rows, SETTINGS);
  const medical = parseCsv(files.medicalCsv);
  const care = parseCsv(files.careCsv);

  it('writes the two standard layouts with BOM and their full headers', () => {
    expect(files.medicalCsv.startsWith('\uFEFF全国地方公共団体コード,ID,地方公共団体名,名称')).toBe(true);
    expect(medical[0]).toEqual([...MEDICAL_COLUMNS]);
    expect(care[0]).toEqual([...CARE_COLUMNS]);
  });

  it('lets only consented public entries through (住民にも公開 and a consent date)', () => {
    expect(medical.slice(1).map((r) => r[1])).toEqual(['R1']);
    expect(care.slice(1).map((r) => r[1])).toEqual(['R2']);
    expect(files.counts).toEqual({ medical: 1, care: 1, points: 2, total: 3 });
  });

  it('fills the town columns from 設定 and publishes no non-public field (FAX, official code)', () => {
    const row = medical[1] ?? [];
    const at = (h: string) => row[MEDICAL_COLUMNS.indexOf(h as (typeof MEDICAL_COLUMNS)[number])];
    expect([at('全国地方公共団体コード'), at('地方公共団体名'), at('名称'), at('医療機関の種類'), at('電話番号'), at('診療科目')]).toEqual(['063258', '山形県桜川町', 'さくら医院', '診療所', '0237-11-1111', '内科']);
    expect(at('FAX番号')).toBe('');
    expect(at('医療機関コード')).toBe('');
    expect(files.medicalCsv).not.toContain('0237-11-1112');
    expect(files.geojson).not.toContain('0610000011');
  });

  it('guards formula-like text in the CSV and in GeoJSON properties', () => {
    const row = care[1] ?? [];
    expect(row[CARE_COLUMNS.indexOf('名称')]).toBe('\'=HYPERLINK("http://x","y")');
    expect(row[CARE_COLUMNS.indexOf('所在地_連結表記')]).toBe("'+桜川町2番地");
    const geo = JSON.parse(files.geojson) as { features: { properties: Record<string, unknown>; geometry: { type: string; coordinates: number[] } }[] };
    const r2 = geo.features.find((f) => f.properties['ID'] === 'R2');
    expect(r2?.properties['名称']).toBe('\'=HYPERLINK("http://x","y")');
    expect(r2?.geometry).toEqual({ type: 'Point', coordinates: [140.21, 38.31] });
  });

  it('sorts entries into the lists by category (pharmacies in neither)', () => {
    expect(rows.map(opendataListOf)).toEqual(['medical', 'care', 'medical', 'care', null]);
  });

  it('lists an 有床診療所 as 診療所 and keeps 住まい and 障害福祉 offices out of the 介護サービス事業所一覧', () => {
    const more = [
      resource({ id: 'R6', category: '有床診療所', name: '有床医院', address: '桜川町6番地', phone: '0237-11-6666', ...PUBLIC }),
      resource({ id: 'R7', category: '看護小規模多機能型居宅介護', name: 'かんたき桜', address: '桜川町7番地', phone: '0237-11-7777', careServices: ['看護小規模多機能型居宅介護'], ...PUBLIC }),
      resource({ id: 'R8', category: '有料老人ホーム・サービス付き高齢者向け住宅', name: 'サ高住さくら', address: '桜川町8番地', phone: '0237-11-8888', ...PUBLIC }),
      resource({ id: 'R9', category: '相談支援事業所（障害福祉）', name: 'さくら相談支援', address: '桜川町9番地', phone: '0237-11-9999', ...PUBLIC }),
    ];
    expect(more.map(opendataListOf)).toEqual(['medical', 'care', null, null]);
    const out = opendataFiles(more, SETTINGS);
    const med = parseCsv(out.medicalCsv);
    expect(med[1]?.[MEDICAL_COLUMNS.indexOf('医療機関の種類')]).toBe('診療所');
    const careRows = parseCsv(out.careCsv);
    expect(careRows.slice(1).map((r) => [r[1], r[CARE_COLUMNS.indexOf('サービスの種類')]])).toEqual([['R7', '看護小規模多機能型居宅介護']]);
  });
});
