/**
 * 「表記をそろえる」 (`zaitaku fix`, and the button of the Excel and Sheets hosts): rewrites the cells
 * the validation engine reads but the 指標 formulas cannot count into their canonical form, and
 * logs each change on 修正履歴. Values in, a plan of cell changes out; hosts only apply it.
 * @example
 * const plan = fix.planFix(values, { at: '2025-12-01 09:00' });
 * for (const [tab, blocks] of plan.blocks) host.writeBlocks(tab, blocks);
 */
export { planFix, shownNew, FIX_HISTORY_HEADER, FIX_HISTORY_SHEET, type CellChange, type FixOptions, type FixPlan } from './plan';
export { canonicalizer, type Canonicalizer, type FixScope } from './canonical';
export { applyFixToValues } from './apply-values';
export { fixHostOps } from './host-ops';
