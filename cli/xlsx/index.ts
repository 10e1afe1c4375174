/** Node host of the port (exceljs): write a WorkbookPlan, read every sheet's values, upgrade old workbooks. */
export { writeWorkbook, writeWorkbookFile, buildWorkbook, writeWorkbookWithExcelJs } from './write';
export { writeWorkbookParts } from './fast-write';
export { readWorkbookValues, workbookValues, loadForValues, sheetValues } from './read';
export { upgradeWorkbook, applyUpgrade, type UpgradeReport } from './upgrade';
export { serialOfExcelJsDate, toRawValue, formulaResult } from './cell-value';
