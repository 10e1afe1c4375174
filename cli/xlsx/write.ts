/**
 * Node host, write side: a WorkbookPlan as .xlsx. New workbooks go through the fast parts writer
 * (charts, shared formulas, seconds for the large town); the exceljs model of the same plan stays
 * for changing workbooks in place (upgrade) and as the reference the fast writer is compared with.
 */
import { writeFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { WorkbookPlan } from '../../templates/plan/types';
import { addFilterDatabaseNames } from './add-filter-names';
import { applySheetPlan } from './apply-sheet';
import { writeWorkbookParts } from './fast-write';

/** Workbook metadata is fixed so the same plan gives the same content on every run. */
const FIXED_TIMESTAMP = new Date(Date.UTC(2000, 0, 1));

/** Builds the exceljs workbook of a plan (exposed for the upgrade path and tests). */
export async function buildWorkbook(plan: WorkbookPlan): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '在宅連携キット';
  wb.created = FIXED_TIMESTAMP;
  wb.modified = FIXED_TIMESTAMP;
  // exceljs writes formulas without cached results: ask Excel to compute them on open
  // (LibreOffice recalculates such cells anyway).
  if (plan.recalcOnOpen) wb.calcProperties.fullCalcOnLoad = true;
  for (const sheet of plan.sheets) await applySheetPlan(wb.addWorksheet(sheet.name), sheet);
  for (const named of plan.namedRanges) wb.definedNames.add(named.ref, named.name);
  return wb;
}

/** The same plan written through exceljs (no charts, no shared formulas): the reference for tests. */
export async function writeWorkbookWithExcelJs(plan: WorkbookPlan): Promise<Buffer> {
  const wb = await buildWorkbook(plan);
  const data = await wb.xlsx.writeBuffer();
  return addFilterDatabaseNames(Buffer.from(data as ArrayBuffer));
}

/**
 * Writes a plan as .xlsx bytes.
 * @example const bytes = await writeWorkbook(blankWorkbookPlan());
 */
export async function writeWorkbook(plan: WorkbookPlan): Promise<Buffer> {
  return writeWorkbookParts(plan);
}

/**
 * Writes a plan to a file.
 * @example await writeWorkbookFile(townWorkbookPlan(town), 'out/みどり町.xlsx');
 */
export async function writeWorkbookFile(plan: WorkbookPlan, path: string): Promise<void> {
  await writeFile(path, await writeWorkbook(plan));
}
