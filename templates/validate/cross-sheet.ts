/**
 * Cross-sheet references: every ref cell must name an id of its target sheet. An unresolved
 * required ref leaves its row out (like any invalid required cell); an unresolved optional ref
 * becomes null, so downstream joins never see dangling ids.
 */
import type { SheetId } from '../spec/types';
import { reportInRow, type SheetOutcome } from './outcome';

/** Resolves refs of `outcome` against the outcomes of the other sheets (by id). */
export function resolveRefs(outcome: SheetOutcome, bySheet: ReadonlyMap<SheetId, SheetOutcome>, targetNames: ReadonlyMap<SheetId, string>): void {
  const refColumns = outcome.spec.columns.filter((c) => c.type === 'ref' && c.ref !== undefined && outcome.layout?.columns[c.key] !== undefined);
  if (refColumns.length === 0) return;
  const empty = new Map<string, number>();
  const checks = refColumns.map((c) => {
    const target = (c.ref as { sheet: SheetId }).sheet;
    return { key: c.key, required: c.required === true, ids: bySheet.get(target)?.ids ?? empty, target: targetNames.get(target) ?? target };
  });
  const kept = [];
  for (const row of outcome.rows) {
    let keep = true;
    for (const check of checks) {
      const value = row[check.key];
      if (typeof value !== 'string' || check.ids.has(value)) continue;
      reportInRow(outcome, row.__row, check.key, 'error', 'ref.unresolved', { value, target: check.target });
      if (check.required) keep = false;
      else row[check.key] = null;
    }
    if (keep) kept.push(row);
  }
  outcome.rows = kept;
}
