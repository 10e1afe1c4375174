/**
 * Import fixtures built from the documented headers (templates/import/kaigo.ts, kouseikyoku.ts,
 * navii.ts): a small town workbook (桜川町, 063258) with eight hand-made 資源リスト entries, and one
 * file per source with every quirk the issue lists, rows of a neighbouring town included.
 * Shift_JIS bytes come from Python's cp932 codec (a real encoder, not ours).
 */
import { execFileSync } from 'node:child_process';
import type { CellValue } from '../../templates/core/cell';
import { toCsv } from '../../templates/export/csv';
import { lgCheckDigit } from '../../templates/normalize/lg-code';
import { generateTown, townToWorkbookValues, type SampleTown } from '../../templates/sample';
import type { ResourceRow } from '../../templates/sheets/rows';
import type { WorkbookValues } from '../../templates/validate/types';
import type { HostEnv } from '../../templates/host/commands';
import type { ImportFile } from '../../templates/import';

export const TOWN_CODE = '063258';
export const TOWN_NAME = '桜川町';
export const OTHER_CODE = `06326${lgCheckDigit('06326')}`;
export const PREF_CODE = `06000${lgCheckDigit('06000')}`;
export const TODAY = '2025-12-01';

export const ENV: HostEnv = { today: TODAY, now: `${TODAY}T10:00`, links: { kind: 'excel' } as HostEnv['links'], dates: 'wareki', lang: 'ja' };

const base = generateTown({ seed: 1 });
const template = base.rows.resources[0] as ResourceRow;
const blankRow = Object.fromEntries(Object.keys(template).map((k) => [k, null])) as unknown as ResourceRow;

export function resource(r: Partial<ResourceRow>): ResourceRow {
  return { ...blankRow, disclosure: '関係者のみ', lastVerified: '2025-01-10', source: '独自調査', ...r } as ResourceRow;
}

/** The town's 資源リスト before any import. */
export const EXISTING: readonly ResourceRow[] = [
  resource({ id: 'R001', category: '訪問介護', name: 'さくら訪問介護センター', officialCode: '0670100011', address: '桜川町大字本町1番地', phone: '0237-11-1111', careServices: ['訪問介護'] }),
  resource({ id: 'R002', category: '通所介護', name: 'デイサービスひまわり', officialCode: '0670100029', address: '桜川町大字本町5番地', phone: '0237-11-3333', fax: '0237-11-3334', careServices: ['通所介護'], latitude: 38.31, longitude: 140.27, disclosure: '住民にも公開', consentDate: '2024-04-01' }),
  resource({ id: 'R003', category: '居宅介護支援事業所', name: 'ケアプランあおい', address: '桜川町大字栄町2-3', phone: '0237-11-4444', careServices: ['居宅介護支援'], note: '担当: 佐藤' }),
  resource({ id: 'R004', category: '訪問介護', name: 'ほほえみヘルパー', officialCode: '0670100045', address: '桜川町大字柳原7番地', phone: '0237-11-5555', careServices: ['訪問介護'] }),
  resource({ id: 'R005', category: '診療所', name: 'さくら内科クリニック', officialCode: '0610000011', address: '桜川町大字本町10番地', phone: '0237-22-1111', supportClinic: true }),
  resource({ id: 'R006', category: '病院', name: '桜川中央病院', officialCode: '0611234567', address: '桜川町大字中央1-1', phone: '0237-22-2222' }),
  resource({ id: 'R007', category: '薬局', name: 'さくら薬局', address: '桜川町大字本町12番地', phone: '0237-22-3333' }),
  resource({ id: 'R008', category: '歯科診療所', name: '桜歯科医院', officialCode: '0630000088', address: '桜川町大字本町20番地', phone: '0237-33-9999' }),
];

/** The fixture town (sample town 1 renamed, with the given 資源リスト). */
export function fixtureTown(resources: readonly ResourceRow[] = EXISTING): SampleTown {
  const settings = { ...base.rows.settings!, townName: TOWN_NAME, lgCode: TOWN_CODE };
  return { ...base, townName: TOWN_NAME, rows: { ...base.rows, settings, resources } };
}

/** The fixture town's workbook values. */
export function townValues(resources: readonly ResourceRow[] = EXISTING): WorkbookValues {
  return townToWorkbookValues(fixtureTown(resources));
}

// ---------- 介護サービス情報公表システム (24 columns) ----------

export const KAIGO_HEADER = [
  '都道府県コード又は市町村コード', 'No', '都道府県名', '市区町村名', '事業所名', '事業所名カナ', 'サービスの種類', '住所', '方書（ビル名等）', '緯度', '経度',
  '電話番号', 'FAX番号', '法人番号', '法人の名称', '事業所番号', '利用可能曜日', '利用可能曜日特記事項', '定員', 'URL',
  '高齢者の方と障害者の方が同時一体的に利用できるサービス', '介護保険の通常の指定基準を満たしている', '障害福祉の通常の指定基準を満たしている', '備考',
] as const;

export interface KaigoRow {
  code?: string;
  town?: string;
  name: string;
  service: string;
  address: string;
  building?: string;
  lat?: string;
  lon?: string;
  phone?: string;
  fax?: string;
  officeCode: string;
  capacity?: string;
}

export function kaigoLine(r: KaigoRow, i: number): string[] {
  return [
    r.code ?? TOWN_CODE, String(i + 1), '山形県', r.town ?? TOWN_NAME, r.name, 'カナ', r.service, r.address, r.building ?? '', r.lat ?? '38.3', r.lon ?? '140.2',
    r.phone ?? '', r.fax ?? '', '1234567890123', '社会福祉法人さくら会', r.officeCode, '月火水木金', '', r.capacity ?? '', '', '', '', '', '',
  ];
}

/** Rows of the 介護 fixture: in town, quirks, other towns. */
export const KAIGO_ROWS: readonly KaigoRow[] = [
  // R001 by code, phone changed (an overwrite of the clerk's value)
  { name: 'さくら訪問介護センター', service: '訪問介護', address: '山形県桜川町大字本町1番地', phone: '0237-11-2222', officeCode: '0670100011' },
  // R002 by code, nothing new
  { name: 'デイサービスひまわり', service: '通所介護', address: '山形県桜川町大字本町5番地', phone: '0237-11-3333', fax: '0237-11-3334', officeCode: '0670100029', lat: '38.31', lon: '140.27', capacity: '30' },
  // R003 by name + address (the list has no code): the code fills a blank
  { name: 'ケアプランあおい', service: '居宅介護支援', address: '山形県桜川町大字栄町２丁目３番', phone: '0237-11-4444', officeCode: '0670100037', capacity: '0' },
  // new: full-width digits and a full-width hyphen in the phone
  { name: '訪問看護ステーションつばさ', service: '訪問看護', address: '山形県桜川町大字中央3番地', phone: '０２３７－４４－１１１１', officeCode: '0660100011' },
  // new: katakana long-vowel marks as hyphens, FAX with horizontal bars (U+2015)
  { name: 'リハビリ訪問さくら', service: '訪問リハビリテーション', address: '山形県桜川町大字中央4番地', phone: '0237ー44ー2222', fax: '0237―44―2223', officeCode: '0660100029' },
  // new: circled digits in the phone
  { name: 'ショートステイ桜', service: '短期入所生活介護', address: '山形県桜川町大字中央5番地', phone: '0237-①②-3333', officeCode: '0670100052', capacity: '20' },
  // new: 事業所番号 with a letter; lat/long 0 (not geocoded)
  { name: '小規模多機能ホームなごみ', service: '小規模多機能型居宅介護', address: '山形県桜川町大字中央6番地', building: 'なごみビル2F', phone: '0237-44-4444', officeCode: '06A0700017', lat: '0', lon: '0' },
  // new: one office on two rows (two services), 定員 0
  { name: 'さくらの里', service: '介護老人福祉施設', address: '山形県桜川町大字北町1番地', phone: '0237-55-1111', officeCode: '0670100060', capacity: '50' },
  { name: 'さくらの里', service: '短期入所生活介護', address: '山形県桜川町大字北町1番地', phone: '0237-55-1111', officeCode: '0670100060', capacity: '0' },
  // new: 介護予防 variant maps like the service
  { name: '予防デイさくら', service: '介護予防通所リハビリテーション', address: '山形県桜川町大字北町2番地', phone: '0237-55-2222', officeCode: '0670100078' },
  // prefecture-designated row (prefecture code), town by 市区町村名: in town
  { code: PREF_CODE, name: 'グループホームやすらぎ', service: '認知症対応型共同生活介護', address: '山形県桜川町大字北町3番地', phone: '0237-55-3333', officeCode: '0670100086' },
  // prefecture code, other town by name: out
  { code: PREF_CODE, town: '隣町', name: '隣町グループホーム', service: '認知症対応型共同生活介護', address: '山形県隣町1番地', phone: '0237-99-0001', officeCode: '0670900011' },
  // other town by code: out (even the same service and a similar name)
  { code: OTHER_CODE, town: '隣町', name: 'さくら訪問介護センター隣町', service: '訪問介護', address: '山形県隣町2番地', phone: '0237-99-0002', officeCode: '0670900029' },
  { code: OTHER_CODE, town: '隣町', name: '隣町デイサービス', service: '通所介護', address: '山形県隣町3番地', phone: '0237-99-0003', officeCode: '0670900037' },
  { code: OTHER_CODE, town: '隣町', name: '隣町ケアプラン', service: '居宅介護支援', address: '山形県隣町4番地', phone: '0237-99-0004', officeCode: '0670900045' },
];

export function kaigoCsvText(rows: readonly KaigoRow[] = KAIGO_ROWS): string {
  return toCsv([[...KAIGO_HEADER], ...rows.map(kaigoLine)], { bom: true, eol: '\r\n', guardFormulas: false });
}

export const utf8Bytes = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'utf8'));

/** cp932 bytes of a text, encoded by Python (BOM dropped: Excel writes none in Shift_JIS). */
export function cp932Bytes(text: string): Uint8Array {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return new Uint8Array(execFileSync('python3', ['-c', 'import sys; sys.stdout.buffer.write(sys.stdin.buffer.read().decode("utf-8").encode("cp932"))'], { input: Buffer.from(body, 'utf8') }));
}

/** The Node host's own decoder (WHATWG Shift_JIS = Windows-31J), the one `zaitaku import` passes in. */
export { nodeShiftJis } from '../../cli/commands/import';

// ---------- 地方厚生局 届出受理医療機関名簿 ----------

export const KOUSEIKYOKU_HEADER = [
  '項番', '都道府県コード', '都道府県名', '区分', '医療機関番号', '併設医療機関番号', '医療機関記号番号', '医療機関名称', '医療機関所在地（郵便番号）',
  '医療機関所在地（住所）', '電話番号', 'FAX番号', '病床数', '受理届出名称', '受理記号', '受理番号', '算定開始年月日', '個別有効開始年月日',
  '備考（見出し）', '備考（データ）', '市町村コード', '市町村名', '種別コード', '種別',
] as const;

export interface Institution {
  number: string | number;
  division?: string;
  name: string;
  postal?: string;
  address: string;
  phone?: string;
  fax?: string;
  beds?: string;
  filings: readonly string[];
  townCode?: string;
  town?: string;
  kind?: string;
  /** Follow-up rows leave name/address blank, as some bureaus print them. */
  blankFollowUps?: boolean;
}

export function kouseikyokuGrid(institutions: readonly Institution[], dateLine = '[令和7年6月1日 現在]'): CellValue[][] {
  const grid: CellValue[][] = [['届出受理医療機関名簿（医科）'], [dateLine], [''], [...KOUSEIKYOKU_HEADER]];
  let n = 0;
  for (const inst of institutions) {
    inst.filings.forEach((filing, i) => {
      const follow = i > 0 && inst.blankFollowUps;
      grid.push([
        ++n, '06', '山形県', inst.division ?? '医科', inst.number, '', '', follow ? '' : inst.name, follow ? '' : (inst.postal ?? '999-3101'),
        follow ? '' : inst.address, follow ? '' : (inst.phone ?? ''), follow ? '' : (inst.fax ?? ''), inst.beds ?? '', filing, '(在支診１)', `第${n}号`,
        '令和6年6月1日', '', '', '', inst.townCode ?? '325', inst.town ?? TOWN_NAME, '', inst.kind ?? '',
      ]);
    });
  }
  return grid;
}

export const INSTITUTIONS: readonly Institution[] = [
  // R005 by code (医療機関番号 a number cell that lost its zeros): no 在宅療養支援診療所 filing any more
  { number: 11, name: 'さくら内科クリニック', address: '山形県桜川町大字本町10番地', phone: '0237-22-1111', filings: ['在宅時医学総合管理料及び施設入居時等医学総合管理料', '外来感染対策向上加算'] },
  // R006 by code (医療機関番号 as text), flags filed; follow-up rows blank
  { number: '1234567', name: '桜川中央病院', address: '山形県桜川町大字中央1-1', phone: '0237-22-2222', fax: '0237-22-2223', beds: '一般 120', kind: '病院', filings: ['在宅療養支援病院１', '在宅療養後方支援病院', '入退院支援加算'], blankFollowUps: true },
  // R008 dental by code, phone differs from the clerk's
  { number: '0000088', division: '歯科', name: '桜歯科医院', address: '山形県桜川町大字本町20番地', phone: '0237-33-3333', filings: ['在宅療養支援歯科診療所２', '歯科外来診療環境体制加算'] },
  // new clinic, 在宅療養支援診療所 over three rows (follow-ups blank), full-width phone
  { number: '0000129', name: 'みどり在宅クリニック', address: '山形県桜川町大字中央8番地', phone: '０２３７（６６）１１１１', fax: '0237-66-1112', beds: '', filings: ['在宅時医学総合管理料及び施設入居時等医学総合管理料', '在宅療養支援診療所１', '在宅がん医療総合診療料'], blankFollowUps: true },
  // new clinic without support filing
  { number: '0000137', name: '本町眼科', address: '山形県桜川町大字本町30番地', phone: '0237-66-2222', filings: ['外来感染対策向上加算'] },
  // other town (市町村コード 326): out
  { number: '0000145', name: '隣町診療所', address: '山形県隣町9番地', phone: '0237-99-1111', townCode: '326', town: '隣町', filings: ['在宅療養支援診療所２'] },
];

// ---------- 医療情報ネット（ナビイ） ----------

export const NAVII_HEADER = ['ID', '正式名称', 'フリガナ', '機関区分', '都道府県コード', '市区町村コード', '所在地', '緯度', '経度'] as const;

export const NAVII_ROWS: readonly (readonly string[])[] = [
  // R007 by name + address: coordinates fill blanks
  ['1', 'さくら薬局', 'サクラヤッキョク', '5', '06', '325', '山形県桜川町大字本町１２番地', '38.3201', '140.2702'],
  // the new clinic of the 厚生局 file: joined with it, adds coordinates
  ['2', 'みどり在宅クリニック', 'ミドリザイタククリニック', '2', '06', '325', '山形県桜川町大字中央8番地', '38.3301', '140.2801'],
  // new pharmacy: no phone in ナビイ, so proposed but not accepted
  ['3', 'ひかり薬局', 'ヒカリヤッキョク', '薬局', '06', '325', '山形県桜川町大字中央9番地', '38.3302', '140.2802'],
  // other town
  ['4', '隣町薬局', 'トナリマチヤッキョク', '5', '06', '326', '山形県隣町10番地', '38.4', '140.4'],
];

export function naviiCsvText(rows: readonly (readonly string[])[] = NAVII_ROWS): string {
  return toCsv([[...NAVII_HEADER], ...rows.map((r) => [...r])], { bom: true, eol: '\r\n', guardFormulas: false });
}

/** Every fixture file, as hosts hand them over. */
export function fixtureFiles(): ImportFile[] {
  return [
    { name: 'kaigo.csv', bytes: utf8Bytes(kaigoCsvText()) },
    { name: 'kouseikyoku.xlsx', grid: kouseikyokuGrid(INSTITUTIONS) },
    { name: 'navii.csv', bytes: utf8Bytes(naviiCsvText()) },
  ];
}
