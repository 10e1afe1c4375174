/**
 * 「表記をそろえる」 as host operations (templates/host/ops.ts), so the Excel and Sheets buttons apply
 * a fix plan like any other command's result: one writeBlocks per tab with changes, and the 修正履歴
 * sheet added (replaceSheet — the tab does not exist yet) or extended (writeBlocks below its rows).
 */
import type { HostOp } from '../host/ops';
import { FIX_HISTORY_SHEET, type FixPlan } from './plan';

/**
 * @example for (const op of fixHostOps(planFix(values, { at }))) host.apply(op)
 */
export function fixHostOps(plan: FixPlan): HostOp[] {
  const ops: HostOp[] = [];
  for (const [sheet, blocks] of plan.blocks) if (blocks.length) ops.push({ kind: 'writeBlocks', sheet, blocks });
  if (plan.history?.create) ops.push({ kind: 'replaceSheet', plan: plan.history.create });
  if (plan.history?.append) ops.push({ kind: 'writeBlocks', sheet: FIX_HISTORY_SHEET, blocks: [plan.history.append] });
  return ops;
}
