/** One test per quirk of the three national sources (fixtures.ts documents each row). */
import type { CellValue } from '../../templates/core/cell';
import { readSourceFile, type FileRead, type ImportFile } from '../../templates/import/sources';
import { capacityOf, findKaigoHeader } from '../../templates/import/kaigo';
import { flagOfFiling } from '../../templates/import/kouseikyoku';
import { mapServiceType } from '../../templates/import/service-types';
import { townCode, type TownOf } from '../../templates/import/town';
import { warekiDateIn } from '../../templates/import/wareki-line';
import { parseCsv } from '../../templates/export/csv';
import type { ImportedEntry } from '../../templates/import/types';
import {
  INSTITUTIONS,
  KAIGO_HEADER,
  KAIGO_ROWS,
  OTHER_CODE,
  TOWN_CODE,
  TOWN_NAME,
  cp932Bytes,
  kaigoCsvText,
  kaigoLine,
  kouseikyokuGrid,
  naviiCsvText,
  nodeShiftJis,
  utf8Bytes,
} from './fixtures';

const TOWN: TownOf = { lgCode: TOWN_CODE, name: TOWN_NAME };
const OPTS = { dataDate: '2025-06-30', shiftJis: nodeShiftJis };

function read(file: ImportFile, town: TownOf = TOWN): FileRead & { ok: true } {
  const r = readSourceFile(file, town, OPTS);
  if (!r.ok) throw new Error(`not recognized: ${r.file}`);
  return r;
}

const byName = (entries: readonly ImportedEntry[], name: string): ImportedEntry => {
  const e = entries.find((x) => x.fields.name === name);
  if (!e) throw new Error(`no entry ${name}: ${entries.map((x) => x.fields.name).join(', ')}`);
  return e;
};

describe('介護サービス情報公表システム CSV', () => {
  const kaigo = read({ name: 'kaigo.csv', bytes: utf8Bytes(kaigoCsvText()) });

  it('reads the UTF-8 BOM file: the BOM does not hide the first header', () => {
    expect(kaigo.encoding).toBe('utf-8');
    expect(kaigo.source.kind).toBe('kaigo');
    expect(kaigo.totalRows).toBe(KAIGO_ROWS.length);
  });

  it('reads the same file re-saved as Shift_JIS to the same entries', () => {
    const sjis = read({ name: 'kaigo-sjis.csv', bytes: cp932Bytes(kaigoCsvText()) });
    expect(sjis.encoding).toBe('shift_jis');
    expect(sjis.entries.map((e) => e.fields)).toEqual(kaigo.entries.map((e) => e.fields));
  });

  it('normalizes full-width digits and a full-width hyphen in phones', () => {
    expect(byName(kaigo.entries, '訪問看護ステーションつばさ').fields.phone).toBe('0237-44-1111');
  });

  it('normalizes katakana long-vowel marks and horizontal bars used as hyphens', () => {
    const e = byName(kaigo.entries, 'リハビリ訪問さくら');
    expect(e.fields.phone).toBe('0237-44-2222');
    expect(e.fields.fax).toBe('0237-44-2223');
  });

  it('normalizes circled digits in phones', () => {
    expect(byName(kaigo.entries, 'ショートステイ桜').fields.phone).toBe('0237-12-3333');
  });

  it('keeps a 事業所番号 with letters as text', () => {
    expect(byName(kaigo.entries, '小規模多機能ホームなごみ').fields.officialCode).toBe('06A0700017');
  });

  it('treats latitude/longitude 0 as missing', () => {
    const e = byName(kaigo.entries, '小規模多機能ホームなごみ');
    expect(e.fields.latitude).toBeNull();
    expect(e.fields.longitude).toBeNull();
    expect(byName(kaigo.entries, 'デイサービスひまわり').fields.latitude).toBe(38.31);
  });

  it('reads 定員 0 as "not applicable" and still imports the row', () => {
    expect(capacityOf('0')).toBeNull();
    expect(capacityOf('０')).toBeNull();
    expect(capacityOf('')).toBeNull();
    expect(capacityOf('30')).toBe(30);
    expect(byName(kaigo.entries, 'ケアプランあおい').fields.officialCode).toBe('0670100037');
  });

  it('joins one 事業所番号 on two rows into one entry with both services, the facility category winning', () => {
    const same = kaigo.entries.filter((e) => e.fields.officialCode === '0670100060');
    expect(same).toHaveLength(1);
    expect(same[0]?.fields.category).toBe('介護老人福祉施設');
    expect(same[0]?.fields.careServices).toEqual(['施設入所', '短期入所生活介護']);
  });

  it('joins 方書 to the address', () => {
    expect(byName(kaigo.entries, '小規模多機能ホームなごみ').fields.address).toBe('山形県桜川町大字中央6番地 なごみビル2F');
  });

  it('keeps rows of other towns out — by code, and by name where the row carries the prefecture code', () => {
    const names = kaigo.entries.map((e) => String(e.fields.name));
    expect(names.some((n) => n.includes('隣町'))).toBe(false);
    expect(names).toContain('グループホームやすらぎ'); // prefecture code, 市区町村名 = 桜川町
    expect(kaigo.otherTownRows).toBe(4);
    expect(kaigo.entries).toHaveLength(10);
  });

  it('keeps the other town out even when 設定 gives only the town name', () => {
    const byTownName = read({ name: 'k.csv', bytes: utf8Bytes(kaigoCsvText()) }, { lgCode: null, name: TOWN_NAME });
    expect(byTownName.entries.map((e) => e.fields.name)).toEqual(kaigo.entries.map((e) => e.fields.name));
  });

  it('imports only the other town when 設定 is the other town', () => {
    const other = read({ name: 'k.csv', bytes: utf8Bytes(kaigoCsvText()) }, { lgCode: OTHER_CODE, name: '隣町' });
    expect(other.entries.map((e) => e.fields.name).sort()).toEqual(['さくら訪問介護センター隣町', '隣町グループホーム', '隣町ケアプラン', '隣町デイサービス'].sort());
  });

  it('accepts the 自治体標準オープンデータセット 介護サービス事業所一覧 headers', () => {
    const header = ['全国地方公共団体コード', 'ID', '地方公共団体名', '名称', '名称_カナ', 'サービスの種類', '所在地_連結表記', '建物名等(方書)', '緯度', '経度', '電話番号', 'FAX番号', '事業所番号', '定員'];
    const rows = [header, [TOWN_CODE, '1', '山形県桜川町', '標準デイ', 'ヒョウジュンデイ', '地域密着型通所介護', '山形県桜川町大字本町40番地', '', '38.3', '140.2', '0237-77-1111', '', '0670100094', '18']];
    const text = rows.map((r) => r.join(',')).join('\r\n');
    expect(findKaigoHeader(parseCsv(text))).not.toBeNull();
    const std = read({ name: 'std.csv', text });
    expect(std.entries).toHaveLength(1);
    expect(std.entries[0]?.fields).toMatchObject({ name: '標準デイ', category: '地域密着型通所介護', careServices: ['地域密着型通所介護'], officialCode: '0670100094', phone: '0237-77-1111' });
  });

  it('records a value the normalizers cannot read and leaves the field blank', () => {
    const text = [KAIGO_HEADER.join(','), kaigoLine({ name: '番号不明', service: '訪問介護', address: '山形県桜川町1番地', phone: '電話なし', officeCode: '0670100102' }, 0).join(',')].join('\r\n');
    const r = read({ name: 'bad.csv', text });
    expect(r.entries[0]?.fields.phone).toBeNull();
    expect(r.problems).toEqual([{ file: 'bad.csv', row: 2, field: '電話番号', value: '電話なし' }]);
  });
});

describe('サービスの種類 → categories and services', () => {
  it.each([
    ['訪問介護', '訪問介護', ['訪問介護']],
    ['介護予防訪問看護', '訪問看護ステーション', ['訪問看護']],
    ['介護予防通所リハビリテーション', '通所リハビリテーション', ['通所リハビリテーション']],
    ['短期入所療養介護（介護老人保健施設）', '短期入所療養介護', ['短期入所療養介護']],
    ['介護予防短期入所生活介護', '短期入所生活介護', ['短期入所生活介護']],
    ['看護小規模多機能型居宅介護', '看護小規模多機能型居宅介護', ['看護小規模多機能型居宅介護']],
    ['複合型サービス（看護小規模多機能型居宅介護）', '看護小規模多機能型居宅介護', ['看護小規模多機能型居宅介護']],
    ['小規模多機能型居宅介護', '小規模多機能型居宅介護', ['小規模多機能型居宅介護']],
    ['介護予防支援', '地域包括支援センター', []],
    ['地域密着型介護老人福祉施設入所者生活介護', '地域密着型介護老人福祉施設', ['施設入所']],
    ['介護老人福祉施設', '介護老人福祉施設', ['施設入所']],
    ['地域密着型通所介護', '地域密着型通所介護', ['地域密着型通所介護']],
    ['認知症対応型通所介護', '認知症対応型通所介護', ['認知症対応型通所介護']],
    ['夜間対応型訪問介護', '夜間対応型訪問介護', ['夜間対応型訪問介護']],
    ['定期巡回・随時対応型訪問介護看護', '定期巡回・随時対応型訪問介護看護', ['定期巡回・随時対応型訪問介護看護']],
    ['介護予防訪問入浴介護', '訪問入浴介護', ['訪問入浴介護']],
    ['居宅療養管理指導', 'その他', ['居宅療養管理指導']],
    ['特定施設入居者生活介護', '特定施設入居者生活介護', ['特定施設入居者生活介護']],
    ['地域密着型特定施設入居者生活介護', '特定施設入居者生活介護', ['特定施設入居者生活介護']],
    ['福祉用具貸与', '福祉用具貸与・販売', ['福祉用具貸与']],
    ['特定福祉用具販売', '福祉用具貸与・販売', ['特定福祉用具販売']],
  ])('%s → %s', (text, category, services) => {
    expect(mapServiceType(text)).toEqual({ category, services });
  });

  it('has no place for an unknown service type', () => {
    expect(mapServiceType('宇宙旅行')).toBeNull();
  });
});

describe('地方厚生局 届出受理医療機関名簿 grid', () => {
  const kk = read({ name: 'kk.xlsx', grid: kouseikyokuGrid(INSTITUTIONS) });

  it('takes the data date from the 「[令和X年Y月Z日 現在]」 line above the header on row 4', () => {
    expect(kk.source).toMatchObject({ kind: 'kouseikyoku', date: '2025-06-01' });
    expect(warekiDateIn('[令和元年５月１日 現在]')).toBe('2019-05-01');
    expect(warekiDateIn('作成日 2025/7/1')).toBe('2025-07-01');
    expect(warekiDateIn('[令和7年2月30日 現在]')).toBeNull();
  });

  it('makes one entry per 医療機関番号 from an institution spread over several rows (follow-up rows blank)', () => {
    const e = byName(kk.entries, 'みどり在宅クリニック');
    expect(kk.entries.filter((x) => x.fields.name === 'みどり在宅クリニック')).toHaveLength(1);
    expect(e.fields).toMatchObject({ category: '診療所', supportClinic: true, phone: '0237-66-1111', fax: '0237-66-1112', officialCode: '0610000129' });
  });

  it('sets the four 在宅療養 flags from 受理届出名称, false where the category could hold one but did not file', () => {
    expect(byName(kk.entries, '桜川中央病院').fields).toMatchObject({ category: '病院', supportHospital: true, backupHospital: true });
    expect(byName(kk.entries, '桜歯科医院').fields).toMatchObject({ category: '歯科診療所', supportDental: true, officialCode: '0630000088' });
    expect(byName(kk.entries, '本町眼科').fields).toMatchObject({ supportClinic: false });
    expect(byName(kk.entries, '本町眼科').statedFlags).toEqual(['supportClinic']);
    expect(flagOfFiling('在宅療養支援歯科診療所１')).toBe('supportDental');
    expect(flagOfFiling('在宅療養支援診療所（１）')).toBe('supportClinic');
    expect(flagOfFiling('在宅時医学総合管理料')).toBeNull();
  });

  it('files a clinic with 1–19 beds as 有床診療所 (医療法 第1条の5), one without beds as 診療所', () => {
    const beds = (b: string) =>
      read({ name: 'b.xlsx', grid: kouseikyokuGrid([{ number: '0000200', name: '有床医院', address: '山形県桜川町大字中央9番地', phone: '0237-66-3333', beds: b, filings: ['在宅療養支援診療所２'] }]) }).entries[0]?.fields;
    expect(beds('一般 19')).toMatchObject({ category: '有床診療所', supportClinic: true });
    expect(beds('')).toMatchObject({ category: '診療所' });
    expect(beds('一般 50')).toMatchObject({ category: '病院' });
  });

  it('restores the zeros of a 医療機関番号 that arrived as a number cell', () => {
    expect(byName(kk.entries, 'さくら内科クリニック').fields.officialCode).toBe('0610000011');
  });

  it('keeps institutions of another 市町村コード out', () => {
    expect(kk.entries.map((e) => e.fields.name)).not.toContain('隣町診療所');
    expect(kk.otherTownRows).toBe(1);
    expect(townCode('06', '326')).toBe(OTHER_CODE);
  });

  it('finds the header below any number of title rows within the scan', () => {
    const grid: CellValue[][] = [[''], [''], ...kouseikyokuGrid(INSTITUTIONS)];
    expect(read({ name: 'k2.xlsx', grid }).entries).toHaveLength(kk.entries.length);
  });
});

describe('医療情報ネット（ナビイ） CSV', () => {
  const navii = read({ name: 'navii.csv', bytes: utf8Bytes(naviiCsvText()) });

  it('reads names, addresses, coordinates and pharmacies (機関区分 as code or text), no phones', () => {
    expect(navii.source.kind).toBe('navii');
    expect(navii.entries.map((e) => [e.fields.name, e.fields.category])).toEqual([
      ['さくら薬局', '薬局'],
      ['みどり在宅クリニック', '診療所'],
      ['ひかり薬局', '薬局'],
    ]);
    expect(navii.entries.every((e) => e.fields.phone === undefined)).toBe(true);
    expect(byName(navii.entries, 'ひかり薬局').fields).toMatchObject({ latitude: 38.3302, longitude: 140.2802 });
  });

  it('keeps the other town out by 都道府県コード + 市区町村コード', () => {
    expect(navii.otherTownRows).toBe(1);
  });
});

describe('source detection', () => {
  it('reports a file with an unknown header instead of guessing', () => {
    expect(readSourceFile({ name: 'x.csv', text: 'a,b,c\r\n1,2,3\r\n' }, TOWN, OPTS)).toEqual({ ok: false, file: 'x.csv' });
  });
});
