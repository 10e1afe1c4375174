/**
 * The 指標 sheet and its hidden helper sheet 指標計算 as plans, from the indicator catalogue's
 * layouts (templates/indicators). Formula cells are the only locked cells and the sheet is
 * protected without a password, so clerks can read the definitions but not break a formula.
 * Charts read a small chart-data table right of the indicator table (one contiguous range per
 * chart, whatever rows the indicators sit on) and are placed below the table, inside the print area.
 */
import { columnLetters, rangeA1 } from '../core/address';
import {
  CALC_FILLER,
  calcSheetLayout,
  createFormulaContext,
  INDICATOR_CHARTS,
  INDICATORS,
  indicatorColumn,
  indicatorSheetLayout,
  type CalcRowSource,
  type IndicatorCell,
  type IndicatorChart,
} from '../indicators';
import type { SheetId } from '../spec/types';
import type { SheetLayout } from '../validate/types';
import { formulaRanges } from './cells';
import { toPlanFormula } from './host-input';
import { HEADER_FILL, TAB_COLORS } from './styles';
import { dataAreaLastRow } from './table-sheet';
import type { ChartPlan, NumberFormatRule, PlanCell, SheetPlan, ValueBlock } from './types';

/** Source row counts that size the helper sheet (its rows mirror these sheets' rows). */
export interface IndicatorSheetSizes {
  readonly attendees?: number;
  readonly consultations?: number;
  readonly issues?: number;
  /** 関係者名簿 and 会議・研修記録 rows (the helper marks their id order, for binary-search lookups). */
  readonly contacts?: number;
  readonly events?: number;
  /** Where columns really sit in a user's workbook (from validation); default: spec order. */
  readonly layouts?: Readonly<Partial<Record<SheetId, SheetLayout>>>;
}

/**
 * Helper rows per source sheet: the same rows the source's data area covers (its records plus
 * spare rows, at least the default data area), so the helper sees every row that gets dropdowns
 * and no more. A town with 50,000 consultations and 20,000 attendees carries 50,500 and 20,500
 * helper rows for them, not 50,500 for every source; rows beyond a source's capacity are caught by
 * the capacity guard, and hosts rebuild 指標計算 when a sheet outgrows it.
 * @example calcCapacityFor({ consultations: 50_000 }).consultations // 50500
 */
export function calcCapacityFor(sizes: IndicatorSheetSizes): Record<CalcRowSource, number> {
  const rows = (n: number | undefined) => dataAreaLastRow(n ?? 0) - 1;
  return { attendees: rows(sizes.attendees), consultations: rows(sizes.consultations), issues: rows(sizes.issues), contacts: rows(sizes.contacts), events: rows(sizes.events) };
}

function toCell(cell: IndicatorCell): PlanCell {
  if (typeof cell === 'object') return toPlanFormula(cell.formula);
  return cell === '' ? null : cell;
}

/** Format of the value/target cells by unit: percentages are stored as 12.3 (not 0.123). */
function unitFormat(unit: string): string | null {
  if (unit === '%' || unit === '日') return '0.0';
  return null;
}

/** Header height in points: four lines of the wrapped scene names (日常の/療養/支援). */
const SCENE_HEADER_HEIGHT = 60;

/** First column of the chart-data table: one empty column after the indicator table. */
const CHART_DATA_COL = indicatorColumn('定義') + 2;
/** Charts sit below the indicator table, one under another from column A, inside the print area. */
const CHART_SIZE = { cols: 5, rows: 18 };

/**
 * Chart-data blocks and chart specs for INDICATOR_CHARTS (ids unknown to the catalogue are skipped).
 * `firstChartRow` is the 0-based row where the first chart is anchored.
 */
function chartPlans(rowOf: ReadonlyMap<string, number>, firstChartRow: number): { blocks: ValueBlock[]; charts: ChartPlan[] } {
  const nameCol = columnLetters(indicatorColumn('指標名'));
  const valueCol = columnLetters(indicatorColumn('値'));
  const blocks: ValueBlock[] = [];
  const charts: ChartPlan[] = [];
  let top = 0; // 0-based row of the next chart-data title
  let anchorRow = firstChartRow;
  const labelCol = columnLetters(CHART_DATA_COL);
  const dataCol = columnLetters(CHART_DATA_COL + 1);
  for (const chart of INDICATOR_CHARTS as readonly IndicatorChart[]) {
    const rows = chart.indicatorIds.map((id) => rowOf.get(id)).filter((r): r is number => r !== undefined);
    if (rows.length === 0) continue;
    const values: PlanCell[][] = [[chart.title, null]];
    for (const r of rows) values.push([{ formula: `${nameCol}${r}` }, { formula: `${valueCol}${r}` }]);
    blocks.push({ at: `${labelCol}${top + 1}`, values });
    const first = top + 2;
    const last = top + 1 + rows.length;
    charts.push({
      id: chart.id,
      kind: chart.kind,
      title: chart.title,
      categories: `${labelCol}${first}:${labelCol}${last}`,
      series: [{ name: '値', values: `${dataCol}${first}:${dataCol}${last}` }],
      anchor: `A${anchorRow + 1}`,
      size: CHART_SIZE,
    });
    top += rows.length + 2;
    anchorRow += CHART_SIZE.rows + 1;
  }
  return { blocks, charts };
}

/**
 * Plans of the 指標 sheet and the hidden 指標計算 helper sheet, sized for the given row counts and
 * addressing the given layouts (upgraded user workbooks may have columns in other places).
 * @example indicatorSheetPlans({}).map((s) => s.name) // ['指標', '指標計算']
 */
export function indicatorSheetPlans(sizes: IndicatorSheetSizes): SheetPlan[] {
  const ctx = createFormulaContext({ calcCapacity: calcCapacityFor(sizes), ...(sizes.layouts ? { layouts: sizes.layouts } : {}) });
  const layout = indicatorSheetLayout(ctx);
  const width = layout.header.length;
  const values: PlanCell[][] = [[...layout.header]];
  const rowOf = new Map<string, number>();
  const numberFormats: NumberFormatRule[] = [];
  const units = new Map(INDICATORS.map((ind) => [ind.id, ind.unit as string]));
  const valueCol = indicatorColumn('値');
  const targetCol = indicatorColumn('目標');
  layout.rows.forEach((row, i) => {
    const sheetRow = layout.headerRow + 1 + i;
    rowOf.set(row.id, sheetRow);
    values.push(row.cells.map(toCell));
    const format = unitFormat(units.get(row.id) ?? '');
    if (format) {
      numberFormats.push({ range: `${columnLetters(valueCol)}${sheetRow}`, format }, { range: `${columnLetters(targetCol)}${sheetRow}`, format });
    }
  });
  const main: ValueBlock = { at: 'A1', values };
  const lastRow = values.length;
  const { blocks: chartBlocks, charts } = chartPlans(rowOf, lastRow + 1);
  const blocks = [main, ...chartBlocks];
  const printedRows = charts.length ? lastRow + 1 + charts.length * (CHART_SIZE.rows + 1) : lastRow;
  const indicators: SheetPlan = {
    name: layout.name,
    role: 'indicators',
    tabColor: TAB_COLORS.indicators,
    columns: [
      ...layout.widths.map((w, index) => ({ index, width: w })),
      { index: CHART_DATA_COL, width: 30 },
      { index: CHART_DATA_COL + 1, width: 10 },
    ],
    freeze: { rows: 1, cols: 0 },
    blocks,
    numberFormats,
    validations: [],
    conditionalFormats: [],
    styles: [
      { range: rangeA1(0, 0, 1, width), bold: true, wrap: true, vertical: 'middle', horizontal: 'center', fill: HEADER_FILL, border: 'grid' },
      { range: rangeA1(1, indicatorColumn('定義'), Math.max(lastRow - 1, 1), 1), wrap: true, vertical: 'top' },
      ...chartBlocks.map((b) => ({ range: b.at, bold: true })),
    ],
    merges: [],
    // The narrow scene columns wrap their headers onto up to four lines.
    rowHeights: [{ row: 0, height: SCENE_HEADER_HEIGHT }],
    protection: { lockedRanges: formulaRanges(blocks) },
    // Filter buttons on the header: one scene column filtered on ○ lists that scene's indicators.
    autoFilter: rangeA1(0, 0, lastRow, width),
    charts,
    // Not fitted to one page width (the 80-character 定義 column would shrink everything to ~55 %):
    // at 75 % the table from 指標ID to 達成 (with the five scene columns) fills an A4 landscape page
    // and 定義 prints on its own pages with the 指標ID column repeated beside it; the charts follow the table.
    print: {
      paper: 'A4',
      orientation: 'landscape',
      fitToWidth: false,
      scale: 75,
      repeatRows: { first: 1, last: 1 },
      repeatColumns: { first: 1, last: 1 },
      printArea: rangeA1(0, 0, printedRows, width),
    },
  };

  const calc = calcSheetLayout(ctx);
  const calcValues: PlanCell[][] = [[...calc.header]];
  // Cells below a source's capacity are written blank: an empty formula per cell only costs bytes.
  for (const row of calc.rows) calcValues.push(row.map((cell) => (cell.formula === CALC_FILLER ? null : toPlanFormula(cell.formula))));
  // The switch cells sit side by side (in-year, id order, received-date bounds): one block, one range to write.
  const firstSwitch = calc.switches[0];
  if (!firstSwitch || calc.switches.some((sw, i) => sw.col !== firstSwitch.col + i)) throw new Error('指標計算 switch cells must be adjacent');
  const calcBlocks: ValueBlock[] = [
    { at: 'A1', values: calcValues },
    { at: `${columnLetters(firstSwitch.col)}1`, values: [calc.switches.map((sw) => sw.header), calc.switches.map((sw) => toPlanFormula(sw.formula))] },
  ];
  const helper: SheetPlan = {
    name: calc.name,
    role: 'indicators',
    hidden: true,
    columns: calc.header.map((_, index) => ({ index, width: 16 })),
    freeze: { rows: 1, cols: 0 },
    blocks: calcBlocks,
    numberFormats: [],
    validations: [],
    conditionalFormats: [],
    styles: [{ range: rangeA1(0, 0, 1, calc.header.length), bold: true, fill: HEADER_FILL }],
    merges: [],
    rowHeights: [],
    protection: { lockedRanges: formulaRanges(calcBlocks) },
    charts: [],
  };
  return [indicators, helper];
}
