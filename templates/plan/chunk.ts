/**
 * Splits value blocks so one host call stays within its payload limit (Excel on the web: 5 MB per
 * request). Blocks are cut into whole-row bands; only a row wider than the budget is cut by columns.
 */
import { fromA1, toA1 } from '../core/address';
import { EXCEL_LIMITS } from './limits';
import type { PlanCell, ValueBlock } from './types';

/**
 * Splits a block into blocks of at most `maxCells` cells each, in row-major order.
 * @throws RangeError when maxCells < 1 (programmer error).
 * @example chunkBlock({ at: 'A1', values: rows10x3 }, 9).map((b) => b.at) // ['A1', 'A4', 'A7', 'A10']
 */
export function chunkBlock(block: ValueBlock, maxCells: number): ValueBlock[] {
  if (!Number.isInteger(maxCells) || maxCells < 1) throw new RangeError(`maxCells must be a positive integer: ${maxCells}`);
  const rows = block.values;
  const width = rows[0]?.length ?? 0;
  if (rows.length === 0 || width === 0) return [];
  if (rows.length * width <= maxCells) return [block];
  const origin = fromA1(block.at);
  const out: ValueBlock[] = [];
  if (width > maxCells) {
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r] as readonly PlanCell[];
      for (let c = 0; c < width; c += maxCells) {
        out.push({ at: toA1({ row: origin.row + r, col: origin.col + c }), values: [row.slice(c, c + maxCells)] });
      }
    }
    return out;
  }
  const band = Math.floor(maxCells / width);
  for (let r = 0; r < rows.length; r += band) {
    out.push({ at: toA1({ row: origin.row + r, col: origin.col }), values: rows.slice(r, r + band) });
  }
  return out;
}

/** Rough JSON size of a cell as a host sends it (strings counted as UTF-8, plus quotes and comma). */
export function estimateCellBytes(cell: PlanCell): number {
  if (cell === null) return 3;
  if (typeof cell === 'number') return 24;
  if (typeof cell === 'boolean') return 6;
  const text = typeof cell === 'string' ? cell : cell.formula;
  let bytes = 4;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Japanese text is 3 bytes per BMP character in UTF-8; surrogate halves count 2 each (4 per pair).
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code >= 0xd800 && code <= 0xdfff ? 2 : 3;
  }
  return bytes;
}

/**
 * Splits a block into whole-row bands whose estimated payload stays under `maxBytes`
 * (default: 80 % of Excel on the web's 5 MB request limit, leaving room for the call overhead).
 * A single row larger than the budget becomes a block of its own.
 * @example chunkBlockByBytes(bigBlock).length // 1 for a few thousand short rows
 */
export function chunkBlockByBytes(block: ValueBlock, maxBytes: number = EXCEL_LIMITS.requestBytes * 0.8): ValueBlock[] {
  const rows = block.values;
  if (rows.length === 0 || (rows[0]?.length ?? 0) === 0) return [];
  const origin = fromA1(block.at);
  const out: ValueBlock[] = [];
  let start = 0;
  let bytes = 0;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r] as readonly PlanCell[];
    let rowBytes = 2;
    for (let c = 0; c < row.length; c++) rowBytes += estimateCellBytes(row[c] as PlanCell);
    if (r > start && bytes + rowBytes > maxBytes) {
      out.push({ at: toA1({ row: origin.row + start, col: origin.col }), values: rows.slice(start, r) });
      start = r;
      bytes = 0;
    }
    bytes += rowBytes;
  }
  out.push({ at: toA1({ row: origin.row + start, col: origin.col }), values: rows.slice(start) });
  return out;
}
