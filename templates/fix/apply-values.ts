/**
 * A fix plan applied to values in memory — what a host's workbook holds after it writes the plan,
 * for hosts that keep a copy of the values (and for tests that check the plan cell by cell).
 */
import { fromA1 } from '../core/address';
import type { CellValue, Grid } from '../core/cell';
import type { PlanCell, ValueBlock } from '../plan/types';
import type { WorkbookValues } from '../validate/types';
import { FIX_HISTORY_SHEET, type FixPlan } from './plan';

function write(grid: CellValue[][], block: ValueBlock): void {
  const { row, col } = fromA1(block.at);
  block.values.forEach((line, i) => {
    const target = (grid[row + i] ??= []);
    line.forEach((cell: PlanCell, j) => {
      while (target.length < col + j) target.push('');
      target[col + j] = cell === null ? '' : typeof cell === 'object' ? `=${cell.formula}` : cell;
    });
  });
  for (let r = 0; r < grid.length; r++) grid[r] ??= [];
}

/**
 * The values after the plan: changed cells replaced, 修正履歴 created or extended. Never mutates `book`.
 * @example applyFixToValues(book, planFix(book, { at })).資源リスト
 */
export function applyFixToValues(book: WorkbookValues, plan: FixPlan): WorkbookValues {
  const out: Record<string, CellValue[][]> = {};
  for (const [tab, grid] of Object.entries(book)) out[tab] = (grid as Grid).map((l) => [...l]);
  for (const [tab, blocks] of plan.blocks) {
    const grid = out[tab];
    if (grid) for (const b of blocks) write(grid, b);
  }
  if (plan.history) {
    const grid = (out[FIX_HISTORY_SHEET] ??= []);
    const blocks = plan.history.create ? plan.history.create.blocks : plan.history.append ? [plan.history.append] : [];
    for (const b of blocks) write(grid, b);
  }
  return out;
}
