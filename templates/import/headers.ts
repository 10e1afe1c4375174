/** Finding a source's header row and its columns by name (any of several spellings). */
import type { CellValue, Grid } from '../core/cell';
import { matchKey } from '../normalize/fold';

/** Rows scanned for a header (the 厚生局 file puts it on row 4, under a title and a date line). */
export const SOURCE_HEADER_SCAN = 12;

/** A logical column and the header spellings that name it. */
export type HeaderAliases = Readonly<Record<string, readonly string[]>>;

export interface HeaderMatch<K extends string> {
  /** 0-based row of the header. */
  readonly row: number;
  /** logical column → 0-based column index. */
  readonly cols: Readonly<Partial<Record<K, number>>>;
}

const headerKey = (v: CellValue): string => (typeof v === 'string' ? matchKey(v) : v === null || v === undefined ? '' : matchKey(String(v)));

/**
 * The first row (within the scan) that names every `required` logical column; null when none does.
 * @example findHeader(grid, { name: ['事業所名', '名称'] }, ['name'])?.cols.name
 */
export function findHeader<K extends string>(grid: Grid, aliases: Readonly<Record<K, readonly string[]>>, required: readonly K[]): HeaderMatch<K> | null {
  const wanted = new Map<string, K>();
  for (const key of Object.keys(aliases) as K[]) for (const a of aliases[key]) wanted.set(matchKey(a), key);
  const last = Math.min(grid.length, SOURCE_HEADER_SCAN);
  for (let r = 0; r < last; r++) {
    const line = grid[r] ?? [];
    const cols: Partial<Record<K, number>> = {};
    for (let c = 0; c < line.length; c++) {
      const key = wanted.get(headerKey(line[c]));
      if (key !== undefined && cols[key] === undefined) cols[key] = c;
    }
    if (required.every((k) => cols[k] !== undefined)) return { row: r, cols };
  }
  return null;
}

/** The cell of a logical column in a row ('' when the column is absent). */
export function cellOf<K extends string>(line: ReadonlyArray<CellValue> | undefined, match: HeaderMatch<K>, key: K): CellValue {
  const c = match.cols[key];
  return c === undefined ? '' : line?.[c];
}

/** A cell as trimmed text ('' for blank). */
export function textOf(v: CellValue): string {
  if (v === null || v === undefined) return '';
  return (typeof v === 'string' ? v : String(v)).trim();
}
