/**
 * Facade of the host port: declarative workbook plans (blank, filled, upgrade) and the small
 * utilities hosts need to apply them in batched calls (chunking, literal-text input, limits).
 */
export type * from './types';
export { FORMATS } from './types';
export { blankWorkbookPlan, townWorkbookPlan, type WorkbookPlanOptions } from './workbook';
export { planWorkbookUpgrade, renameSheetInFormula, type AppendedField, type SheetUpgrade, type UpgradeOptions, type WorkbookUpgradePlan } from './upgrade';
export { chunkBlock, chunkBlockByBytes, estimateCellBytes } from './chunk';
export { blockHasFormula, literalInput, literalInputs, needsLiteralGuard, toPlanFormula } from './host-input';
export { EXCEL_LIMITS, truncateText } from './limits';
export { LISTS_SHEET_NAME, BOOLEAN_LIST_NAME, listCatalogue, type PlanList, type ListCatalogue } from './lists';
export { SHARING_FORM_NOTE, sharingFormPlan } from './sharing-form';
export { indicatorSheetPlans, calcCapacityFor } from './indicator-sheet';
export { dataAreaLastRow, tableSheetPlan } from './table-sheet';
export { keyValueSheetPlan } from './key-value-sheet';
export { formulaRanges, gridToBlock, toPlanCell } from './cells';
export { compileRowShift, shiftFormulaRows, splitFillDown, fillDownBytes, blockBytes, type FillDown, type FillDownSplit } from './fill-down';
