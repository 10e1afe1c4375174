/**
 * Applies host operations to workbook values the way a spreadsheet host's cells would end up
 * (writeBlocks writes cells; replaceSheet lays the plan's blocks into a fresh grid), so the pure
 * commands can be chained in tests: import → apply → validate → import again.
 */
import { fromA1 } from '../../templates/core/address';
import type { CellValue } from '../../templates/core/cell';
import type { HostOp } from '../../templates/host/ops';
import type { PlanCell, ValueBlock } from '../../templates/plan/types';
import type { WorkbookValues } from '../../templates/validate/types';

function cellOf(p: PlanCell): CellValue {
  if (p === null) return '';
  if (typeof p === 'object') return `=${p.formula}`;
  return p;
}

function writeBlocks(grid: CellValue[][], blocks: readonly ValueBlock[]): void {
  for (const b of blocks) {
    const at = fromA1(b.at);
    b.values.forEach((row, i) => {
      const r = at.row + i;
      while (grid.length <= r) grid.push([]);
      const line = grid[r] as CellValue[];
      row.forEach((v, j) => {
        if (v === null) return;
        const c = at.col + j;
        while (line.length <= c) line.push('');
        line[c] = cellOf(v);
      });
    });
  }
}

export function applyOps(values: WorkbookValues, ops: readonly HostOp[]): WorkbookValues {
  const out: Record<string, CellValue[][]> = {};
  for (const [tab, grid] of Object.entries(values)) out[tab] = grid.map((row) => [...row]);
  for (const op of ops) {
    if (op.kind === 'writeBlocks') writeBlocks((out[op.sheet] ??= []), op.blocks);
    else if (op.kind === 'replaceSheet') {
      out[op.plan.name] = [];
      writeBlocks(out[op.plan.name] as CellValue[][], op.plan.blocks);
    }
  }
  return out;
}
