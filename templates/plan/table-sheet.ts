/**
 * The plan of one table sheet: header row 1 in spec order (the layout rowsToGrid writes), records
 * below, frozen header, widths, whole-column formats, and validations / conditional formats over the
 * data area rows 2..N (bounded, so exceljs and Apps Script need not touch a million rows).
 */
import { columnLetters, rangeA1 } from '../core/address';
import type { NormalizedValue } from '../spec/row-types';
import { rowsToGrid } from '../spec/to-cells';
import type { ColumnSpec, TableSheetSpec } from '../spec/types';
import { gridToBlock } from './cells';
import { columnConditionalFormats, columnNumberFormat, columnValidation } from './column-rules';
import type { ListCatalogue } from './lists';
import { DEFAULT_DATA_ROWS, HEADER_FILL, HEADER_HEIGHT, REQUIRED_HEADER_FILL, SPARE_DATA_ROWS, TAB_COLORS } from './styles';
import type { ConditionalFormatRule, DateStyle, RangeStyle, SheetPlan, ValidationRule } from './types';

export interface TableSheetOptions {
  readonly lists: ListCatalogue;
  readonly dates: DateStyle;
  /** Minimum rows of the data area (default 2000). */
  readonly dataRows?: number;
}

/**
 * Last 1-based row of the data area: at least `minRows` data rows, and always spare rows below
 * the records so new entries get dropdowns too.
 * @example dataAreaLastRow(10, 2000) // 2001
 */
export function dataAreaLastRow(recordCount: number, minRows: number = DEFAULT_DATA_ROWS): number {
  return 1 + Math.max(minRows, recordCount + SPARE_DATA_ROWS);
}

/** Validation and conditional formats of one column over the data area (also used by upgrades). */
export function tableColumnRules(
  col: ColumnSpec,
  colIndex: number,
  lastCol: number,
  lastRow: number,
  options: Pick<TableSheetOptions, 'lists'> & { readonly spec: TableSheetSpec },
): { validation: ValidationRule; conditionalFormats: ConditionalFormatRule[] } {
  const letter = columnLetters(colIndex);
  const range = `${letter}2:${letter}${lastRow}`;
  const rowSpan = `$A2:$${columnLetters(lastCol)}2`;
  return {
    validation: columnValidation(col, range, options.lists.listFor(options.spec, col)),
    conditionalFormats: columnConditionalFormats(col, range, `${letter}2`, rowSpan),
  };
}

/** Header styles: all headers bold on blue, required ones on orange (one range per run). */
function headerStyles(cols: readonly ColumnSpec[]): RangeStyle[] {
  const styles: RangeStyle[] = [
    { range: rangeA1(0, 0, 1, cols.length), bold: true, wrap: true, vertical: 'middle', horizontal: 'center', fill: HEADER_FILL, border: 'grid' },
  ];
  for (let c = 0; c < cols.length; c++) {
    if (!cols[c]?.required) continue;
    let end = c;
    while (cols[end + 1]?.required) end++;
    styles.push({ range: rangeA1(0, c, 1, end - c + 1), fill: REQUIRED_HEADER_FILL });
    c = end;
  }
  return styles;
}

/**
 * Plan of a table sheet, blank (`rows` empty) or filled.
 * @example tableSheetPlan(eventsSheet, [], { lists, dates: 'wareki' }).blocks[0]?.values[0] // ['会議ID', '種別', …]
 */
export function tableSheetPlan(
  spec: TableSheetSpec,
  rows: readonly Readonly<Record<string, NormalizedValue>>[],
  options: TableSheetOptions,
): SheetPlan {
  const cols = spec.columns;
  const lastRow = dataAreaLastRow(rows.length, options.dataRows);
  const lastCol = cols.length - 1;
  const validations: ValidationRule[] = [];
  const conditionalFormats: ConditionalFormatRule[] = [];
  for (let c = 0; c < cols.length; c++) {
    const rules = tableColumnRules(cols[c] as ColumnSpec, c, lastCol, lastRow, { lists: options.lists, spec });
    validations.push(rules.validation);
    conditionalFormats.push(...rules.conditionalFormats);
  }
  return {
    name: spec.name,
    role: 'table',
    specId: spec.id,
    tabColor: TAB_COLORS.table,
    columns: cols.map((col, index) => ({ index, width: col.width, numberFormat: columnNumberFormat(col, options.dates) })),
    freeze: { rows: 1, cols: 1 },
    dataArea: { firstRow: 2, lastRow },
    blocks: [gridToBlock('A1', rowsToGrid(spec, rows))],
    numberFormats: [],
    validations,
    conditionalFormats,
    styles: headerStyles(cols),
    merges: [],
    rowHeights: [{ row: 0, height: HEADER_HEIGHT }],
    charts: [],
    print: { paper: 'A4', orientation: 'landscape', fitToWidth: true, repeatRows: { first: 1, last: 1 } },
  };
}
