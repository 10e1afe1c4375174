/**
 * The host instruction set: every change a command makes to a user's workbook, as a flat list of
 * plain-data operations that the Excel add-in and the Apps Script host each interpret with their own
 * API (queued calls + one sync in Excel; batched Range calls + one flush in Sheets). The core decides
 * *what* changes; a host only translates each operation, so no workbook logic is written twice.
 *
 * Operations are applied in list order. Every operation is idempotent on its own sheet: running a
 * command twice leaves the workbook as running it once.
 */
import { toA1, type CellRef } from '../core/address';
import { fixHostOps } from '../fix/host-ops';
import type { AppendedField, WorkbookUpgradePlan } from '../plan/upgrade';
import type { ConditionalFormatRule, NamedRange, SheetPlan, ValueBlock, WorkbookPlan } from '../plan/types';

/**
 * The sheet ends up exactly as `plan` says. If a tab of that name exists it is kept (so formulas and
 * links that refer to it stay valid) but cleared first: values, formats, validations, conditional
 * formats, charts, merges and protection. Otherwise a tab is added at the end.
 * Hosts use this only for sheets the kit owns (generated or blank ones) — never for user data.
 */
export interface ReplaceSheetOp {
  readonly kind: 'replaceSheet';
  readonly plan: SheetPlan;
}

/** Renames a tab (formulas that refer to it follow: Excel and Sheets both rewrite references). */
export interface RenameSheetOp {
  readonly kind: 'renameSheet';
  readonly from: string;
  readonly to: string;
}

/**
 * Writes value blocks into an existing tab without touching anything else on it (header renames,
 * the send log). Strings are literal text; hosts write them through `literalInputs`.
 */
export interface WriteBlocksOp {
  readonly kind: 'writeBlocks';
  readonly sheet: string;
  readonly blocks: readonly ValueBlock[];
}

/** A column (table sheet) or item (keyValue sheet) added by an upgrade, with its rules. */
export interface AppendFieldOp {
  readonly kind: 'appendField';
  readonly sheet: string;
  readonly field: AppendedField;
}

/**
 * Replaces the kit's own highlight rules on a sheet: hosts delete the conditional formats whose
 * formula `isKitHighlightFormula` recognizes, then add `rules` (none = just clear). The user's own
 * conditional formats and cell fills are never touched.
 */
export interface SetHighlightsOp {
  readonly kind: 'setHighlights';
  readonly sheet: string;
  readonly rules: readonly ConditionalFormatRule[];
}

/** (Re)defines workbook names: an existing name is pointed at the new reference. */
export interface DefineNamesOp {
  readonly kind: 'defineNames';
  readonly names: readonly NamedRange[];
}

/** Puts these tabs first, in this order; the other tabs keep their relative order after them. */
export interface OrderSheetsOp {
  readonly kind: 'orderSheets';
  readonly order: readonly string[];
}

/** Shows a tab to the user at the end of a command (and selects `range` when given). */
export interface ActivateOp {
  readonly kind: 'activate';
  readonly sheet: string;
  readonly range?: string;
}

export type HostOp = ReplaceSheetOp | RenameSheetOp | WriteBlocksOp | AppendFieldOp | SetHighlightsOp | DefineNamesOp | OrderSheetsOp | ActivateOp;

/**
 * The operations that lay a whole plan into a workbook (the blank template on an empty workbook).
 * @example workbookPlanOps(blankWorkbookPlan()).filter((op) => op.kind === 'replaceSheet').length // every sheet
 */
export function workbookPlanOps(plan: WorkbookPlan): HostOp[] {
  const ops: HostOp[] = plan.sheets.map((sheet) => ({ kind: 'replaceSheet', plan: sheet }));
  if (plan.namedRanges.length) ops.push({ kind: 'defineNames', names: plan.namedRanges });
  ops.push({ kind: 'orderSheets', order: plan.sheets.map((s) => s.name) });
  const first = plan.sheets.find((s) => !s.hidden);
  if (first) ops.push({ kind: 'activate', sheet: first.name });
  return ops;
}

function headerCell(at: CellRef, text: string): ValueBlock {
  return { at: toA1(at), values: [[text]] };
}

/**
 * The operations of an upgrade plan, in the order the Node host applies it: tab renames, header
 * renames and appended fields on the user's sheets, rebuilt and added sheets, names, tab order.
 * No operation writes a user data cell: header renames and appended headers only touch header cells.
 * @example upgradeOps(planWorkbookUpgrade(values)).some((op) => op.kind === 'appendField')
 */
export function upgradeOps(plan: WorkbookUpgradePlan): HostOp[] {
  const ops: HostOp[] = [];
  for (const r of plan.tabRenames) ops.push({ kind: 'renameSheet', from: r.from, to: r.to });
  for (const sheet of plan.sheets) {
    const name = sheet.rename ?? sheet.tab;
    const blocks = sheet.headerRenames.map((r) => headerCell(r.at, r.to));
    if (blocks.length) ops.push({ kind: 'writeBlocks', sheet: name, blocks });
    for (const field of sheet.appended) ops.push({ kind: 'appendField', sheet: name, field });
  }
  ops.push(...fixHostOps(plan.valueRenames));
  for (const sheet of plan.regenerated) ops.push({ kind: 'replaceSheet', plan: sheet });
  for (const sheet of plan.added) ops.push({ kind: 'replaceSheet', plan: sheet });
  if (plan.namedRanges.length) ops.push({ kind: 'defineNames', names: plan.namedRanges });
  ops.push({ kind: 'orderSheets', order: plan.order });
  return ops;
}
