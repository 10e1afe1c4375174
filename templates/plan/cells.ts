/** Converting value grids into plan cells, and finding where a plan's formulas sit (to lock them). */
import { fromA1, rangeA1, toA1 } from '../core/address';
import type { CellValue } from '../core/cell';
import type { PlanCell, ValueBlock } from './types';

/**
 * A plan cell from a rendered value (templates/spec/to-cells output): '' and null become blank;
 * strings stay literal strings — a grid never produces formulas.
 * @throws TypeError for Date objects: plans carry date serials (ADR 0001), hosts convert at the edge.
 * @example toPlanCell('=1+1') // '=1+1' (text, not a formula)
 */
export function toPlanCell(value: CellValue): PlanCell {
  if (value === undefined || value === null || value === '') return null;
  if (value instanceof Date) throw new TypeError('plan cells hold date serials, not Date objects');
  return value;
}

/** A rectangular block from a (possibly ragged) grid, padded with blanks to its widest row. */
export function gridToBlock(at: string, grid: readonly (readonly CellValue[])[]): ValueBlock {
  let width = 0;
  for (const row of grid) if (row.length > width) width = row.length;
  const values: PlanCell[][] = new Array(grid.length);
  for (let r = 0; r < grid.length; r++) {
    const row = grid[r] as readonly CellValue[];
    const line: PlanCell[] = new Array(width);
    for (let c = 0; c < width; c++) line[c] = toPlanCell(row[c]);
    values[r] = line;
  }
  return { at, values };
}

/**
 * Ranges holding formulas, as vertical runs per column (few ranges for column-shaped layouts).
 * @example formulaRanges([{ at: 'B2', values: [[{ formula: '1' }], [{ formula: '2' }]] }]) // ['B2:B3']
 */
export function formulaRanges(blocks: readonly ValueBlock[]): string[] {
  const out: string[] = [];
  for (const block of blocks) {
    const origin = fromA1(block.at);
    const width = block.values[0]?.length ?? 0;
    for (let c = 0; c < width; c++) {
      let start = -1;
      for (let r = 0; r <= block.values.length; r++) {
        const cell = block.values[r]?.[c];
        const isFormula = cell !== null && cell !== undefined && typeof cell === 'object';
        if (isFormula && start < 0) start = r;
        if (!isFormula && start >= 0) {
          const count = r - start;
          out.push(count === 1 ? toA1({ row: origin.row + start, col: origin.col + c }) : rangeA1(origin.row + start, origin.col + c, count, 1));
          start = -1;
        }
      }
    }
  }
  return out;
}
