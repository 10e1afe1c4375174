/**
 * Node host of the workbook upgrade: reads a workbook once, asks templates/plan/upgrade.ts what to
 * change, and applies it with exceljs — renamed tabs and headers, appended columns with their rules,
 * added and rebuilt sheets — without moving any user value. exceljs rewrites the whole file, so
 * parts it does not model (charts, pivot tables, form controls) are not carried over; the charts of
 * rebuilt sheets (指標) are added back as chart parts afterwards (add-charts.ts).
 */
import { readFile, writeFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { planWorkbookUpgrade, renameSheetInFormula, type UpgradeOptions, type WorkbookUpgradePlan } from '../../templates/plan/upgrade';
import { addChartsToXlsx } from './add-charts';
import { FIX_HISTORY_SHEET, type FixPlan } from '../../templates/fix';
import { shownValue } from '../../templates/normalize';
import { applyColumns, applyItems, applySheetPlan, writeBlock } from './apply-sheet';
import { workbookValues } from './read';

export interface UpgradeReport {
  readonly tabRenames: readonly { readonly from: string; readonly to: string }[];
  readonly headerRenames: readonly { readonly sheet: string; readonly from: string; readonly to: string }[];
  readonly appended: readonly { readonly sheet: string; readonly header: string }[];
  readonly added: readonly string[];
  readonly regenerated: readonly string[];
  readonly unrecognized: readonly string[];
  /** Cells moved from an older vocabulary name to the current one (old values logged on 修正履歴). */
  readonly renamedValues: readonly { readonly sheet: string; readonly address: string; readonly from: string; readonly to: string }[];
}

function worksheetNamed(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | undefined {
  return wb.worksheets.find((ws) => ws.name === name);
}

/** Points every formula at renamed tabs (formulas lose their cached result; the file recalculates on open). */
function rewriteFormulas(wb: ExcelJS.Workbook, renames: WorkbookUpgradePlan['tabRenames']): void {
  if (renames.length === 0) return;
  wb.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type !== ExcelJS.ValueType.Formula) return;
        const value = cell.value as ExcelJS.CellFormulaValue;
        if (typeof value.formula !== 'string') return; // shared-formula followers follow their master
        let formula = value.formula;
        for (const r of renames) formula = renameSheetInFormula(formula, r.from, r.to);
        if (formula !== value.formula) cell.value = { formula } as ExcelJS.CellFormulaValue;
      }),
    ),
  );
}

function redefineNames(wb: ExcelJS.Workbook, names: WorkbookUpgradePlan['namedRanges']): void {
  const ours = new Set(names.map((n) => n.name));
  wb.definedNames.model = wb.definedNames.model.filter((n) => !ours.has(n.name));
  for (const n of names) wb.definedNames.add(n.ref, n.name);
}

/** Kit sheets in plan order first, then the user's own tabs in their original order. */
function reorder(wb: ExcelJS.Workbook, order: readonly string[]): void {
  // exceljs sorts tabs by orderNo (absent from its typings).
  type Ordered = ExcelJS.Worksheet & { orderNo: number };
  const rank = (ws: ExcelJS.Worksheet) => {
    const i = order.indexOf(ws.name);
    return i < 0 ? order.length : i;
  };
  const sorted = ([...wb.worksheets] as Ordered[]).sort((a, b) => rank(a) - rank(b) || a.orderNo - b.orderNo);
  sorted.forEach((ws, i) => (ws.orderNo = i + 1));
}

/** Old vocabulary names → current ones, cell by cell, and their 修正履歴 rows (the fix plan's blocks). */
async function applyValueRenames(wb: ExcelJS.Workbook, renames: FixPlan): Promise<void> {
  for (const [sheet, blocks] of renames.blocks) {
    const ws = worksheetNamed(wb, sheet);
    if (ws) for (const block of blocks) writeBlock(ws, block);
  }
  const history = renames.history;
  if (history?.create && !worksheetNamed(wb, FIX_HISTORY_SHEET)) await applySheetPlan(wb.addWorksheet(FIX_HISTORY_SHEET), history.create);
  const log = worksheetNamed(wb, FIX_HISTORY_SHEET);
  if (history?.append && log) writeBlock(log, history.append);
}

/**
 * Applies an upgrade plan to a loaded workbook.
 * @returns what was changed, for the CLI to print.
 */
export async function applyUpgrade(wb: ExcelJS.Workbook, plan: WorkbookUpgradePlan): Promise<UpgradeReport> {
  for (const r of plan.tabRenames) {
    const ws = worksheetNamed(wb, r.from);
    if (ws && !worksheetNamed(wb, r.to)) ws.name = r.to;
  }
  const headerRenames: { sheet: string; from: string; to: string }[] = [];
  const appended: { sheet: string; header: string }[] = [];
  for (const sheet of plan.sheets) {
    const name = sheet.rename ?? sheet.tab;
    const ws = worksheetNamed(wb, name);
    if (!ws) continue;
    for (const r of sheet.headerRenames) {
      ws.getCell(r.at.row + 1, r.at.col + 1).value = r.to;
      headerRenames.push({ sheet: name, from: r.from, to: r.to });
    }
    for (const a of sheet.appended) {
      if (a.column) applyColumns(ws, { columns: [a.column] });
      ws.getCell(a.at.row + 1, a.at.col + 1).value = a.header;
      applyItems(ws, { numberFormats: a.numberFormats, styles: a.styles, validations: [a.validation], conditionalFormats: a.conditionalFormats });
      appended.push({ sheet: name, header: a.header });
    }
  }
  await applyValueRenames(wb, plan.valueRenames);
  for (const sheetPlan of plan.regenerated) {
    const old = worksheetNamed(wb, sheetPlan.name);
    if (old) wb.removeWorksheet(old.id);
    await applySheetPlan(wb.addWorksheet(sheetPlan.name), sheetPlan);
  }
  for (const sheetPlan of plan.added) await applySheetPlan(wb.addWorksheet(sheetPlan.name), sheetPlan);
  rewriteFormulas(wb, plan.tabRenames);
  redefineNames(wb, plan.namedRanges);
  reorder(wb, plan.order);
  wb.calcProperties.fullCalcOnLoad = true;
  return {
    tabRenames: plan.tabRenames,
    headerRenames,
    appended,
    added: plan.added.map((p) => p.name),
    regenerated: plan.regenerated.map((p) => p.name),
    unrecognized: plan.unrecognized,
    renamedValues: plan.valueRenames.changes.map((c) => ({ sheet: c.sheet, address: c.address, from: shownValue(c.old), to: c.shown })),
  };
}

/**
 * Upgrades a workbook made by an older template version. `outPath` may equal `inPath`.
 * @example const report = await upgradeWorkbook('old.xlsx', 'new.xlsx'); report.appended.length
 */
export async function upgradeWorkbook(inPath: string, outPath: string, options: UpgradeOptions = {}): Promise<UpgradeReport> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await readFile(inPath)) as unknown as ArrayBuffer);
  // One parse serves both: the values for planning and the model to change.
  const plan = planWorkbookUpgrade(workbookValues(wb), options);
  const report = await applyUpgrade(wb, plan);
  let bytes: Buffer = Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  for (const sheet of [...plan.regenerated, ...plan.added]) bytes = await addChartsToXlsx(bytes, sheet.name, sheet.charts);
  await writeFile(outPath, bytes);
  return report;
}
