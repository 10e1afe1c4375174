/** Test helper: writes hand-typed workbook values as a full kit workbook (formats, 指標 sheet, …). */
import type { CellValue, Grid } from '../../templates/core/cell';
import { blankWorkbookPlan } from '../../templates/plan/workbook';
import type { PlanCell, SheetPlan } from '../../templates/plan/types';
import type { WorkbookValues } from '../../templates/validate/types';
import { writeWorkbookFile } from '../../cli/xlsx/write';

const asPlanCell = (v: CellValue): PlanCell => (v === '' || v === undefined || v === null ? null : v instanceof Date ? v.toISOString() : v);

/** The blank standard workbook with each data sheet's cells replaced by the given grid. */
export async function writeHandTypedWorkbook(book: WorkbookValues, path: string): Promise<void> {
  const plan = blankWorkbookPlan({ withoutDefaultNotices: true });
  const sheets: SheetPlan[] = plan.sheets.map((sheet) => {
    const grid = book[sheet.name] as Grid | undefined;
    if (!grid || (sheet.role !== 'table' && sheet.role !== 'keyValue')) return sheet;
    const width = Math.max(1, ...grid.map((l) => l.length));
    const values = grid.map((l) => Array.from({ length: width }, (_, c) => asPlanCell(l[c])));
    return { ...sheet, blocks: [{ at: 'A1', values }] };
  });
  await writeWorkbookFile({ ...plan, sheets }, path);
}
