/**
 * Header matching: which spec column a header cell names. Headers are compared after NFKC width
 * folding, removal of all whitespace (incl. line breaks inside a header cell), required markers
 * (※ * ＊ （必須） 【必須】) and ASCII case. The current header wins over an alias.
 */
import type { CellValue, Grid } from '../core/cell';
import { excelSerialToIso, tokyoDateOf } from '../dates/serial';
import { safeString } from '../normalize/result';
import type { SheetSpec } from '../spec/types';

const MARKERS = /[※*＊]|[(（【\[]必須[)）】\]]/g;

/** Month headers typed into Excel become dates (４月 → a serial): read them back as 'M月'. */
function monthHeader(iso: string | null): string {
  return iso === null ? '' : `${Number(iso.slice(5, 7))}月`;
}

/**
 * Comparable form of a header cell ('' for blanks and non-text).
 * @example headerKey(' ＦＡＸ\n番号※ ') // 'fax番号'
 */
export function headerKey(raw: CellValue): string {
  let s: string;
  if (typeof raw === 'string') s = raw;
  else if (typeof raw === 'number') s = raw >= 32874 && raw < 73416 ? monthHeader(excelSerialToIso(raw)) : String(raw);
  else if (raw instanceof Date) s = monthHeader(tokyoDateOf(raw));
  else return '';
  return s.normalize('NFKC').replace(/\s+/g, '').replace(MARKERS, '').toLowerCase();
}

/** Header text as the user sees it (whitespace collapsed), for messages. */
export function headerDisplay(raw: CellValue): string {
  return typeof raw === 'string' ? raw.replace(/\s+/g, ' ').trim() : '';
}

export interface HeaderMatch {
  readonly key: string;
  /** True when the cell uses an alias (or a spelling variant) rather than the current header. */
  readonly viaAlias: boolean;
}

const INDEX_CACHE = new WeakMap<SheetSpec, Map<string, HeaderMatch>>();

/** headerKey → column key, for the current headers first, then aliases. */
export function headerIndex(spec: SheetSpec): Map<string, HeaderMatch> {
  let index = INDEX_CACHE.get(spec);
  if (index) return index;
  index = new Map();
  for (const col of spec.columns) index.set(headerKey(col.header), { key: col.key, viaAlias: false });
  for (const col of spec.columns) {
    for (const alias of col.aliases ?? []) {
      const k = headerKey(alias);
      if (!index.has(k)) index.set(k, { key: col.key, viaAlias: true });
    }
  }
  INDEX_CACHE.set(spec, index);
  return index;
}

export interface MappedHeaders {
  /** column key → 0-based column of its first occurrence. */
  readonly columns: Map<string, number>;
  /** Later occurrences of an already-mapped column. */
  readonly duplicates: readonly { readonly key: string; readonly col: number; readonly firstCol: number }[];
  /** Non-blank headers the spec does not know, with their columns. */
  readonly extras: readonly { readonly col: number; readonly header: string }[];
  /** First non-blank cell of the row (-1 when the row is blank). */
  readonly firstCol: number;
}

/** Maps one header row onto the spec's columns. */
export function mapHeaders(spec: SheetSpec, row: ReadonlyArray<CellValue> | undefined): MappedHeaders {
  const index = headerIndex(spec);
  const columns = new Map<string, number>();
  const duplicates: { key: string; col: number; firstCol: number }[] = [];
  const extras: { col: number; header: string }[] = [];
  let firstCol = -1;
  const width = row ? row.length : 0;
  for (let c = 0; c < width; c++) {
    const raw = (row as ReadonlyArray<CellValue>)[c];
    const k = headerKey(raw);
    if (k === '') continue;
    if (firstCol < 0) firstCol = c;
    const match = index.get(k);
    if (!match) {
      extras.push({ col: c, header: headerDisplay(raw) || safeString(raw) });
      continue;
    }
    const first = columns.get(match.key);
    if (first === undefined) columns.set(match.key, c);
    else duplicates.push({ key: match.key, col: c, firstCol: first });
  }
  return { columns, duplicates, extras, firstCol };
}

/** How many rows from the top are searched for the header row. */
export const HEADER_SCAN_ROWS = 10;

/**
 * 0-based index of the row (among the first 10) naming the most spec columns; the earliest wins
 * ties. -1 when no row names any.
 */
export function detectHeaderRow(spec: SheetSpec, grid: Grid): number {
  const index = headerIndex(spec);
  let best = -1;
  let bestCount = 0;
  const limit = Math.min(HEADER_SCAN_ROWS, grid.length);
  for (let r = 0; r < limit; r++) {
    const row = grid[r];
    if (!row) continue;
    const seen = new Set<string>();
    for (let c = 0; c < row.length; c++) {
      const match = index.get(headerKey(row[c]));
      if (match) seen.add(match.key);
    }
    if (seen.size > bestCount) {
      best = r;
      bestCount = seen.size;
    }
  }
  return best;
}
