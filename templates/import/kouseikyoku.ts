/**
 * 地方厚生局「届出受理医療機関名簿」(施設基準の届出受理状況, one .xlsx per prefecture on each
 * regional bureau's page「施設基準の届出受理状況及び保険外併用療養費医療機関一覧」). The importer
 * takes the sheet as a grid (each host turns the .xlsx into one; docs/port.md):
 *
 *   row 1–3  title and a date line 「[令和X年Y月Z日 現在]」 (the data's date)
 *   row 4    header, 24 columns: 項番, 都道府県コード, 都道府県名, 区分, 医療機関番号,
 *            併設医療機関番号, 医療機関記号番号, 医療機関名称, 医療機関所在地（郵便番号）,
 *            医療機関所在地（住所）, 電話番号, FAX番号, 病床数, 受理届出名称, 受理記号, 受理番号,
 *            算定開始年月日, 個別有効開始年月日, 備考（見出し）, 備考（データ）, 市町村コード,
 *            市町村名, 種別コード, 種別
 *   row 5…   one row per filing: an institution spans several rows (the name and address may be
 *            repeated or left blank on the follow-up rows), keyed by 医療機関番号.
 *
 * From it: clinics (有床診療所 when 病床数 is 1–19), hospitals and dental clinics with phone and FAX, and the flags
 * 在宅療養支援診療所 / 在宅療養支援病院 / 在宅療養後方支援病院 / 在宅療養支援歯科診療所 from
 * 受理届出名称 (e.g. 在宅療養支援診療所１, 在宅療養支援歯科診療所２). One entry per 医療機関番号; the
 * official code written to the list is the 10-digit 医療機関コード (都道府県 2 + 点数表 1 [医科 1,
 * 歯科 3] + 医療機関番号 7).
 */
import type { CellValue, Grid } from '../core/cell';
import { matchKey } from '../normalize/fold';
import type { ResourceCategory } from '../sheets/vocabulary';
import { FieldNormalizer } from './fields';
import { cellOf, findHeader, textOf, type HeaderMatch } from './headers';
import { townCode, townMatcher, type TownOf } from './town';
import { SOURCE_TITLES, type ImportFieldKey, type ImportedEntry, type SourceInfo, type SourceRead } from './types';
import { warekiDateIn } from './wareki-line';

export const KOUSEIKYOKU_HEADERS = {
  prefCode: ['都道府県コード'],
  division: ['区分'],
  number: ['医療機関番号'],
  name: ['医療機関名称'],
  postal: ['医療機関所在地（郵便番号）', '郵便番号'],
  address: ['医療機関所在地（住所）', '医療機関所在地'],
  phone: ['電話番号'],
  fax: ['FAX番号'],
  beds: ['病床数'],
  filing: ['受理届出名称'],
  townCode: ['市町村コード'],
  town: ['市町村名'],
  kind: ['種別'],
} as const;

type Key = keyof typeof KOUSEIKYOKU_HEADERS;

export function findKouseikyokuHeader(grid: Grid): HeaderMatch<Key> | null {
  return findHeader<Key>(grid, KOUSEIKYOKU_HEADERS, ['number', 'name', 'filing']);
}

/** Filing name → the flag it sets. 歯科 is tested first: 在宅療養支援歯科診療所 names a dental clinic. */
const FILINGS: readonly (readonly [string, ImportFieldKey])[] = [
  ['在宅療養支援歯科診療所', 'supportDental'],
  ['在宅療養後方支援病院', 'backupHospital'],
  ['在宅療養支援病院', 'supportHospital'],
  ['在宅療養支援診療所', 'supportClinic'],
].map(([name, key]) => [matchKey(name as string), key as ImportFieldKey] as const);

/** The flag a filing name sets, or null. @example flagOfFiling('在宅療養支援診療所１') // 'supportClinic' */
export function flagOfFiling(filing: string): ImportFieldKey | null {
  const key = matchKey(filing);
  for (const [name, flag] of FILINGS) if (key.includes(name)) return flag;
  return null;
}

/** Flags a category can hold (a clinic is never a 在宅療養支援病院). */
const FLAGS_OF: Partial<Record<ResourceCategory, readonly ImportFieldKey[]>> = {
  診療所: ['supportClinic'],
  有床診療所: ['supportClinic'],
  病院: ['supportHospital', 'backupHospital'],
  歯科診療所: ['supportDental'],
};

/** 20 beds or more make a hospital (医療法 第1条の5). */
const HOSPITAL_BEDS = 20;

function categoryOf(division: string, kind: string, beds: number): ResourceCategory {
  const d = matchKey(`${division}${kind}`);
  if (d.includes('歯科')) return '歯科診療所';
  if (d.includes('病院')) return '病院';
  if (beds >= HOSPITAL_BEDS && !d.includes('診療所')) return '病院';
  // 1–19 beds: an 有床診療所 (医療法 第1条の5 第2項), which 医療施設調査 counts apart.
  return beds > 0 ? '有床診療所' : '診療所';
}

const digitsOf = (v: CellValue): string => (v === null || v === undefined ? '' : String(v).normalize('NFKC').replace(/\D/g, ''));

/** Total beds of a 病床数 cell ('一般 19', '19', '一般50/療養30'). */
function bedsOf(v: CellValue): number {
  let sum = 0;
  for (const m of String(v ?? '').normalize('NFKC').matchAll(/\d+/g)) sum += Number(m[0]);
  return sum;
}

/** The 10-digit 医療機関コード, or the bare number when the prefecture code is missing. */
function medicalCode(prefCode: CellValue, category: ResourceCategory, number: string): string {
  const pref = digitsOf(prefCode);
  const n = number.padStart(7, '0');
  return pref ? `${pref.padStart(2, '0').slice(-2)}${category === '歯科診療所' ? 3 : 1}${n}` : n;
}

interface Institution {
  row: number;
  first: ReadonlyArray<CellValue> | undefined;
  name: string;
  flags: Set<ImportFieldKey>;
  lines: (ReadonlyArray<CellValue> | undefined)[];
}

/** Reads one 厚生局 grid; the date comes from the 「[令和X年Y月Z日 現在]」 line above the header. */
export function readKouseikyoku(grid: Grid, match: HeaderMatch<Key>, town: TownOf, source: Omit<SourceInfo, 'kind' | 'title'>): SourceRead {
  let date = source.date;
  for (let r = 0; r < match.row; r++) {
    for (const cell of grid[r] ?? []) {
      const found = typeof cell === 'string' ? warekiDateIn(cell) : null;
      if (found) date = found;
    }
  }
  const info: SourceInfo = { kind: 'kouseikyoku', title: SOURCE_TITLES.kouseikyoku, ...source, date };
  const norm = new FieldNormalizer(source.file);
  const inTown = townMatcher(town);
  const byNumber = new Map<string, Institution>();
  let total = 0;
  let other = 0;
  let current: Institution | null = null;
  for (let r = match.row + 1; r < grid.length; r++) {
    const line = grid[r];
    const number = digitsOf(cellOf(line, match, 'number'));
    const filing = textOf(cellOf(line, match, 'filing'));
    if (!number && !filing) continue;
    // A follow-up row with the number left blank belongs to the institution above.
    const inst: Institution | null = number ? (byNumber.get(number) ?? null) : current;
    if (!inst) {
      if (!number) continue;
      const created: Institution = { row: r + 1, first: line, name: textOf(cellOf(line, match, 'name')), flags: new Set(), lines: [line] };
      byNumber.set(number, created);
      current = created;
      total++;
    } else {
      inst.lines.push(line);
      if (!inst.name) inst.name = textOf(cellOf(line, match, 'name'));
      current = inst;
    }
    const flag = flagOfFiling(filing);
    if (flag && current) current.flags.add(flag);
  }
  const entries: ImportedEntry[] = [];
  for (const [number, inst] of byNumber) {
    // Name, address and phones from the first row that has them (follow-up rows may be blank).
    const pick = (key: Key): CellValue => {
      for (const l of inst.lines) {
        const v = cellOf(l, match, key);
        if (textOf(v) !== '') return v;
      }
      return '';
    };
    const address = textOf(pick('address'));
    const code = townCode(pick('prefCode'), pick('townCode'));
    if (!inTown(code, textOf(pick('town')) || null, address || null)) {
      other++;
      continue;
    }
    const row = inst.row;
    const category = categoryOf(textOf(pick('division')), textOf(pick('kind')), bedsOf(pick('beds')));
    const stated = FLAGS_OF[category] ?? [];
    const fields: Record<string, unknown> = {
      category,
      name: norm.value('name', inst.name, row, '医療機関名称'),
      officialCode: medicalCode(pick('prefCode'), category, number),
      postalCode: norm.value('postalCode', pick('postal'), row, '医療機関所在地（郵便番号）'),
      address: norm.value('address', address, row, '医療機関所在地（住所）'),
      phone: norm.value('phone', pick('phone'), row, '電話番号'),
      fax: norm.value('fax', pick('fax'), row, 'FAX番号'),
    };
    for (const f of stated) fields[f] = inst.flags.has(f);
    entries.push({ fields: fields as ImportedEntry['fields'], statedFlags: stated, source: info, row });
  }
  return { source: info, entries, totalRows: total, otherTownRows: other, problems: norm.problems };
}
