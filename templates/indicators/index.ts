/**
 * Facade of the indicator catalogue (D-13, D-14): the typed registry, the TypeScript twin
 * (computeIndicators), the 指標 sheet with live formulas, its hidden helper sheet and charts.
 */
export type { Achievement, Direction, Indicator, IndicatorContext, IndicatorDefinition, IndicatorKind, IndicatorScenes, IndicatorUnit } from './types';
export { indicatorScenes, primaryScene, sceneMark } from './scenes';
export { INDICATORS, INDICATOR_IDS, findIndicator } from './catalogue';
export { computeIndicators, computeIndicatorsFromCells, type IndicatorResult } from './compute';
export { indicatorRowsFromCells, isFilled } from './cell-view';
export { pendingCounts, pendingFormula, readCells, type ReadCell } from './pending';
export { achievement, achievementFormula, NEAR_TARGET } from './achievement';
export { percent, percentFormula, roundHalfAwayFromZero } from './rounding';
export { planTarget, planTargets, targetFormula } from './targets';
export { checkPlanIndicators } from './plan-check';
export { createFormulaContext, DEFAULT_CALC_CAPACITY, INDICATOR_SHEET_NAME, type FormulaContext, type FormulaContextOptions } from './formula-context';
export { CALC_COLUMNS, CALC_SHEET_NAME, CALC_SOURCES, type CalcColumnKey, type CalcSource, CALC_ROW_SOURCES, type CalcRowSource } from './calc-columns';
export { CALC_FILLER, calcCellFormula, calcSheetLayout, capacityGuard, IN_YEAR_FILTER_KEYS, IN_YEAR_SWITCH, inYearSwitchCell, inYearSwitchFormula, ID_ORDER_SWITCHES, idOrderSwitchCell, idOrderSwitchFormula, RECEIVED_BOUNDS, receivedBetween, receivedBoundCell, receivedBoundFormula, type IdOrderSheet, type CalcSheetLayout, type CalcSwitch } from './calc-sheet';
export {
  definitionText,
  indicatorColumn,
  indicatorSheetLayout,
  INDICATOR_CHARTS,
  INDICATOR_SHEET_HEADER,
  INDICATOR_SHEET_WIDTHS,
  SCENE_HEADERS,
  WHOLE_PROGRAM,
  type IndicatorCell,
  type IndicatorChart,
  type IndicatorSheetLayout,
} from './sheet';
export { townFacts, type TownFacts } from './facts';
