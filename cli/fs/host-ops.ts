/**
 * The Node host's interpreter of the shared host operations (templates/host/ops.ts) for the
 * commands that write into an existing workbook (import): exceljs models the whole file, so the
 * operations are applied in memory and the file is written once.
 */
import ExcelJS from 'exceljs';
import type { HostOp } from '../../templates/host/ops';
import { applySheetPlan, writeBlock } from '../xlsx/apply-sheet';

/** Applies replaceSheet, writeBlocks and defineNames; the UI-only operations (activate…) are no-ops here. */
export async function applyHostOps(wb: ExcelJS.Workbook, ops: readonly HostOp[]): Promise<void> {
  for (const op of ops) {
    if (op.kind === 'replaceSheet') {
      const old = wb.getWorksheet(op.plan.name);
      if (old) wb.removeWorksheet(old.id);
      await applySheetPlan(wb.addWorksheet(op.plan.name), op.plan);
    } else if (op.kind === 'writeBlocks') {
      const ws = wb.getWorksheet(op.sheet);
      if (!ws) throw new Error(`no sheet ${op.sheet}`);
      for (const block of op.blocks) writeBlock(ws, block);
    } else if (op.kind === 'defineNames') {
      const ours = new Set(op.names.map((n) => n.name));
      wb.definedNames.model = wb.definedNames.model.filter((n) => !ours.has(n.name));
      for (const n of op.names) wb.definedNames.add(n.ref, n.name);
    }
  }
}
