/**
 * Cell coordinates. Inside the core everything is 0-based `{row, col}`;
 * A1 strings and 1-based row numbers exist only at the edges (findings, hosts).
 */
export interface CellRef {
  readonly row: number;
  readonly col: number;
}

/** 0 → 'A', 25 → 'Z', 26 → 'AA'. @throws RangeError for negative or non-integer input. */
export function columnLetters(col: number): string {
  if (!Number.isInteger(col) || col < 0) throw new RangeError(`column index must be a non-negative integer: ${col}`);
  let n = col + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** 'A' → 0, 'AA' → 26. @throws RangeError for anything but A–Z letters. */
export function columnIndex(letters: string): number {
  if (!/^[A-Za-z]+$/.test(letters)) throw new RangeError(`not a column name: ${letters}`);
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/**
 * A1 address of a 0-based cell.
 * @example toA1({ row: 0, col: 2 }) // 'C1'
 */
export function toA1(ref: CellRef): string {
  return `${columnLetters(ref.col)}${ref.row + 1}`;
}

/** Parses 'C5' (or '$C$5') into 0-based coordinates. @throws RangeError on malformed input. */
export function fromA1(a1: string): CellRef {
  const m = /^\$?([A-Za-z]+)\$?(\d+)$/.exec(a1.trim());
  if (!m || m[1] === undefined || m[2] === undefined) throw new RangeError(`not an A1 address: ${a1}`);
  const row = Number(m[2]) - 1;
  if (row < 0) throw new RangeError(`row must be ≥ 1: ${a1}`);
  return { row, col: columnIndex(m[1]) };
}

/** A rectangular range in A1 notation, e.g. rangeA1(1, 0, 100, 3) → 'A2:C101'. */
export function rangeA1(firstRow: number, firstCol: number, rowCount: number, colCount: number): string {
  const start = toA1({ row: firstRow, col: firstCol });
  const end = toA1({ row: firstRow + Math.max(rowCount, 1) - 1, col: firstCol + Math.max(colCount, 1) - 1 });
  return `${start}:${end}`;
}

/** Quotes a sheet name for use in formulas: 資源リスト → '資源リスト'. */
export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
