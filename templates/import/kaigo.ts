/**
 * 介護サービス情報公表システム — オープンデータ (厚生労働省「介護サービス情報公表システム」の
 * 「オープンデータ」ページ): one CSV per service type, refreshed twice a year, UTF-8 with BOM
 * (Shift_JIS once re-saved by Excel; see encoding.ts), 24 columns:
 *
 *   都道府県コード又は市町村コード, No, 都道府県名, 市区町村名, 事業所名, 事業所名カナ, サービスの種類,
 *   住所, 方書（ビル名等）, 緯度, 経度, 電話番号, FAX番号, 法人番号, 法人の名称, 事業所番号,
 *   利用可能曜日, 利用可能曜日特記事項, 定員, URL,
 *   高齢者の方と障害者の方が同時一体的に利用できるサービス, 介護保険の通常の指定基準を満たしている,
 *   障害福祉の通常の指定基準を満たしている, 備考
 *
 * The same reader takes the 自治体標準オープンデータセット「介護サービス事業所一覧」 headers
 * (全国地方公共団体コード, 名称, 名称_カナ, 所在地_連結表記, 建物名等(方書), …), matched by name.
 *
 * Quirks handled here:
 * - the code column is the 6-digit 全国地方公共団体コード with check digit — for services the
 *   prefecture designates it is the prefecture's code, so the town is then found by 市区町村名;
 * - 事業所番号 is text and may contain letters (04A0700017): kept as text, never a number;
 * - 定員 0 means "not applicable" (read as no capacity);
 * - 緯度/経度 0 means "not geocoded" (left blank);
 * - phones with full-width digits, odd hyphens or circled digits (fields.ts);
 * - one 事業所番号 on several rows (one per service type or file): one entry, services joined.
 */
import type { Grid } from '../core/cell';
import type { ResourceCategory } from '../sheets/vocabulary';
import { FieldNormalizer } from './fields';
import { cellOf, findHeader, textOf, type HeaderMatch } from './headers';
import { mapServiceType, primaryCategory } from './service-types';
import { townCode, townMatcher, type TownOf } from './town';
import { SOURCE_TITLES, type ImportedEntry, type SourceInfo, type SourceRead } from './types';

export const KAIGO_HEADERS = {
  lgCode: ['都道府県コード又は市町村コード', '都道府県コード又は市区町村コード', '全国地方公共団体コード'],
  prefecture: ['都道府県名', '所在地_都道府県'],
  town: ['市区町村名', '所在地_市区町村'],
  name: ['事業所名', '名称'],
  kana: ['事業所名カナ', '名称_カナ'],
  service: ['サービスの種類'],
  address: ['住所', '所在地_連結表記'],
  building: ['方書（ビル名等）', '方書', '建物名等(方書)', '所在地_方書'],
  latitude: ['緯度'],
  longitude: ['経度'],
  phone: ['電話番号'],
  fax: ['FAX番号'],
  officeCode: ['事業所番号', '介護サービス事業所番号'],
  capacity: ['定員'],
} as const;

type KaigoKey = keyof typeof KAIGO_HEADERS;

/** Detects the 介護 CSV (either header set). */
export function findKaigoHeader(grid: Grid): HeaderMatch<KaigoKey> | null {
  return findHeader<KaigoKey>(grid, KAIGO_HEADERS, ['name', 'service', 'address', 'officeCode']);
}

/**
 * 定員 as a number of people; 0, blank and non-numbers mean "not applicable" (null).
 * @example capacityOf('０') // null
 */
export function capacityOf(raw: unknown): number | null {
  const n = Number(String(raw ?? '').normalize('NFKC').trim());
  return Number.isFinite(n) && n > 0 ? n : null;
}

interface Office {
  entry: { fields: Record<string, unknown>; row: number };
  categories: Set<ResourceCategory>;
  services: string[];
}

/** Reads the rows of the town from a 介護 CSV grid. */
export function readKaigo(grid: Grid, match: HeaderMatch<KaigoKey>, town: TownOf, source: Omit<SourceInfo, 'kind' | 'title'>): SourceRead {
  const info: SourceInfo = { kind: 'kaigo', title: SOURCE_TITLES.kaigo, ...source };
  const norm = new FieldNormalizer(source.file);
  const inTown = townMatcher(town);
  const offices = new Map<string, Office>();
  let total = 0;
  let other = 0;
  for (let r = match.row + 1; r < grid.length; r++) {
    const line = grid[r];
    const name = textOf(cellOf(line, match, 'name'));
    if (!name) continue;
    total++;
    const row = r + 1;
    const address = [textOf(cellOf(line, match, 'address')), textOf(cellOf(line, match, 'building'))].filter(Boolean).join(' ');
    if (!inTown(townCode(cellOf(line, match, 'lgCode')), textOf(cellOf(line, match, 'town')) || null, address || null)) {
      other++;
      continue;
    }
    const code = norm.value('officialCode', cellOf(line, match, 'officeCode'), row, '事業所番号');
    const key = typeof code === 'string' ? `code:${code.toUpperCase()}` : `row:${row}`;
    const mapping = mapServiceType(textOf(cellOf(line, match, 'service')));
    let office = offices.get(key);
    if (!office) {
      const fields: Record<string, unknown> = {
        name: norm.value('name', name, row, '事業所名'),
        officialCode: code,
        address: norm.value('address', address, row, '住所'),
        phone: norm.value('phone', cellOf(line, match, 'phone'), row, '電話番号'),
        fax: norm.value('fax', cellOf(line, match, 'fax'), row, 'FAX番号'),
        latitude: norm.value('latitude', cellOf(line, match, 'latitude'), row, '緯度'),
        longitude: norm.value('longitude', cellOf(line, match, 'longitude'), row, '経度'),
      };
      office = { entry: { fields, row }, categories: new Set(), services: [] };
      offices.set(key, office);
    }
    if (mapping) {
      office.categories.add(mapping.category);
      for (const s of mapping.services) if (!office.services.includes(s)) office.services.push(s);
    }
  }
  const entries: ImportedEntry[] = [];
  for (const office of offices.values()) {
    const fields = { ...office.entry.fields, category: primaryCategory(office.categories), careServices: office.services.length ? office.services : null };
    entries.push({ fields: fields as ImportedEntry['fields'], statedFlags: [], source: info, row: office.entry.row });
  }
  return { source: info, entries, totalRows: total, otherTownRows: other, problems: norm.problems };
}
