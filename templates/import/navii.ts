/**
 * 医療情報ネット（ナビイ）— 厚生労働省「医療情報ネット（ナビイ）オープンデータ」: facility files
 * (病院, 診療所, 歯科診療所, 薬局; UTF-8 with BOM CSV), one row per facility. Columns used:
 * 正式名称, フリガナ (正式名称（フリガナ）), 機関区分, 都道府県コード, 市区町村コード, 所在地,
 * 緯度 / 経度 (所在地座標（緯度）/（経度）), and 郵便番号 / 医療機関コード when present.
 * 機関区分 is read as text (病院…) or as its code (1 病院, 2 診療所, 3 歯科診療所, 5 薬局).
 *
 * The files carry no phone numbers: entries that come from ナビイ alone lack the list's required
 * 電話番号, so the 取込差分 sheet proposes them unaccepted with a note. Kana has no 資源リスト column
 * and is not written.
 */
import type { CellValue, Grid } from '../core/cell';
import { matchKey } from '../normalize/fold';
import type { ResourceCategory } from '../sheets/vocabulary';
import { FieldNormalizer } from './fields';
import { cellOf, findHeader, textOf, type HeaderMatch } from './headers';
import { townCode, townMatcher, type TownOf } from './town';
import { SOURCE_TITLES, type ImportedEntry, type SourceInfo, type SourceRead } from './types';

export const NAVII_HEADERS = {
  name: ['正式名称'],
  kana: ['フリガナ', '正式名称（フリガナ）', '正式名称_フリガナ'],
  kind: ['機関区分'],
  prefCode: ['都道府県コード'],
  townCode: ['市区町村コード'],
  address: ['所在地'],
  postal: ['郵便番号', '所在地（郵便番号）'],
  latitude: ['緯度', '所在地座標（緯度）'],
  longitude: ['経度', '所在地座標（経度）'],
  medicalCode: ['医療機関コード'],
} as const;

type Key = keyof typeof NAVII_HEADERS;

export function findNaviiHeader(grid: Grid): HeaderMatch<Key> | null {
  return findHeader<Key>(grid, NAVII_HEADERS, ['name', 'kind', 'address']);
}

const KIND_CODES: Readonly<Record<string, ResourceCategory>> = { '1': '病院', '2': '診療所', '3': '歯科診療所', '5': '薬局' };

/** The category of a 機関区分 cell; null for kinds the list does not hold (助産所…). */
export function naviiCategory(v: CellValue): ResourceCategory | null {
  const t = matchKey(textOf(v));
  if (KIND_CODES[t]) return KIND_CODES[t] as ResourceCategory;
  if (t.includes('歯科')) return '歯科診療所';
  if (t.includes('薬局')) return '薬局';
  if (t.includes('病院')) return '病院';
  if (t.includes('診療所')) return '診療所';
  return null;
}

export function readNavii(grid: Grid, match: HeaderMatch<Key>, town: TownOf, source: Omit<SourceInfo, 'kind' | 'title'>): SourceRead {
  const info: SourceInfo = { kind: 'navii', title: SOURCE_TITLES.navii, ...source };
  const norm = new FieldNormalizer(source.file);
  const inTown = townMatcher(town);
  const entries: ImportedEntry[] = [];
  let total = 0;
  let other = 0;
  for (let r = match.row + 1; r < grid.length; r++) {
    const line = grid[r];
    const name = textOf(cellOf(line, match, 'name'));
    if (!name) continue;
    total++;
    const row = r + 1;
    const address = textOf(cellOf(line, match, 'address'));
    if (!inTown(townCode(cellOf(line, match, 'prefCode'), cellOf(line, match, 'townCode')), null, address || null)) {
      other++;
      continue;
    }
    const category = naviiCategory(cellOf(line, match, 'kind'));
    if (!category) continue;
    const code = textOf(cellOf(line, match, 'medicalCode')).normalize('NFKC').replace(/\D/g, '');
    const fields: Record<string, unknown> = {
      category,
      name: norm.value('name', name, row, '正式名称'),
      officialCode: code.length === 10 ? code : null,
      postalCode: norm.value('postalCode', cellOf(line, match, 'postal'), row, '郵便番号'),
      address: norm.value('address', address, row, '所在地'),
      latitude: norm.value('latitude', cellOf(line, match, 'latitude'), row, '緯度'),
      longitude: norm.value('longitude', cellOf(line, match, 'longitude'), row, '経度'),
    };
    entries.push({ fields: fields as ImportedEntry['fields'], statedFlags: [], source: info, row });
  }
  return { source: info, entries, totalRows: total, otherTownRows: other, problems: norm.problems };
}
