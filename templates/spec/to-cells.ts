/**
 * Renders normalized typed values as the cells *we* write (ADR 0001): ○/× for booleans, 1900-system
 * serials for dates, day fractions for times, 、-joined multi-values, '' for blanks.
 *
 * Sheet layouts produced by {@link rowsToGrid}:
 * - table sheets: row 1 = the spec's headers in spec order; then one row per record, same order.
 * - keyValue sheets (設定, 統計入力): two columns. Row 1 = ['項目', '値']; then one row per column
 *   spec in spec order, A = the column's header label, B = its value. So the value of the i-th
 *   column spec (0-based) is always at B(i+2) — e.g. 設定's 対象年度 (9th item) is at B10.
 *   Use {@link keyValueAddress} instead of hard-coding such addresses in formulas.
 */
import { quoteSheetName } from '../core/address';
import type { CellValue } from '../core/cell';
import type { NormalizedValue } from './row-types';
import { isoToExcelSerial } from '../dates/serial';
import type { ColumnSpec, SheetSpec } from './types';

/** Header labels of the two columns of a keyValue sheet (row 1). */
export const KEY_VALUE_HEADER = ['項目', '値'] as const;

/** Separator of multiEnum values inside one cell (ADR 0001). */
export const MULTI_VALUE_SEPARATOR = '、';

export const TRUE_MARK = '○';
export const FALSE_MARK = '×';

/**
 * Excel 1900-system serial of a calendar date 'YYYY-MM-DD' (1900-01-01 = 1). Dates from
 * 1900-03-01 on include Excel's phantom 1900-02-29 (serial 60), as Excel and Sheets both show them.
 * @throws RangeError for a malformed string or a date before 1900-01-01 (programmer error).
 * @example isoToSerial('2025-04-01') // 45748
 */
export function isoToSerial(iso: string): number {
  const serial = isoToExcelSerial(iso);
  if (serial === null) throw new RangeError(`not an ISO date from 1900-01-01 on: ${iso}`);
  return serial;
}

/**
 * Fraction of a day of 'HH:MM' (what Excel stores for a time).
 * @throws RangeError for a malformed string.
 * @example timeToFraction('12:00') // 0.5
 */
export function timeToFraction(hhmm: string): number {
  const m = /^(\d{1,2}):(\d{2})$/.exec(hhmm);
  if (!m) throw new RangeError(`not a time: ${hhmm}`);
  return (Number(m[1]) * 60 + Number(m[2])) / 1440;
}

/**
 * The cell we write for one normalized value of a column.
 * Values whose JS type does not fit the column type are written as they are (never thrown on),
 * so a mistyped row still renders and the validation engine reports it.
 * @example toCellValue(settingsSheet.columns[8], 2025) // 2025
 * @example toCellValue({ ...col, type: 'boolean' }, true) // '○'
 */
export function toCellValue(col: ColumnSpec, value: NormalizedValue): CellValue {
  if (value === null) return '';
  switch (col.type) {
    case 'boolean':
      return typeof value === 'boolean' ? (value ? TRUE_MARK : FALSE_MARK) : cellOf(value);
    case 'date':
      return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? isoToSerial(value) : cellOf(value);
    case 'time':
      return typeof value === 'string' && /^\d{1,2}:\d{2}$/.test(value) ? timeToFraction(value) : cellOf(value);
    default:
      return cellOf(value);
  }
}

/** Plain rendering: arrays joined with 、, everything else as is. */
function cellOf(value: Exclude<NormalizedValue, null>): CellValue {
  if (typeof value === 'object') return value.join(MULTI_VALUE_SEPARATOR);
  return value;
}

/**
 * The full grid of a sheet (see the file header for both layouts). Missing keys render as ''.
 * For keyValue sheets only the first record is used (they hold one record); none → blank values.
 * @example rowsToGrid(eventsSheet, rows)[0] // ['会議ID', '種別', …]
 */
export function rowsToGrid(spec: SheetSpec, rows: readonly Readonly<Record<string, NormalizedValue>>[]): CellValue[][] {
  const cols = spec.columns;
  if (spec.kind === 'keyValue') {
    const record = rows[0];
    const grid: CellValue[][] = [[...KEY_VALUE_HEADER]];
    for (const col of cols) grid.push([col.header, record ? toCellValue(col, record[col.key] ?? null) : '']);
    return grid;
  }
  const grid: CellValue[][] = new Array(rows.length + 1);
  grid[0] = cols.map((c) => c.header);
  const n = cols.length;
  for (let r = 0; r < rows.length; r++) {
    const record = rows[r] as Readonly<Record<string, NormalizedValue>>;
    const line: CellValue[] = new Array(n);
    for (let c = 0; c < n; c++) {
      const col = cols[c] as ColumnSpec;
      line[c] = toCellValue(col, record[col.key] ?? null);
    }
    grid[r + 1] = line;
  }
  return grid;
}

/**
 * A1 address of a keyValue sheet's value cell for a column key (B2 is the first item).
 * @throws Error when the sheet is not keyValue or has no such key (programmer error).
 * @example keyValueAddress(settingsSheet, 'fiscalYear') // 'B10'
 */
export function keyValueAddress(spec: SheetSpec, key: string): string {
  if (spec.kind !== 'keyValue') throw new Error(`sheet ${spec.id} is not a keyValue sheet`);
  const index = spec.columns.findIndex((c) => c.key === key);
  if (index < 0) throw new Error(`sheet ${spec.id} has no item ${key}`);
  return `B${index + 2}`;
}

/**
 * Absolute cross-sheet reference to a keyValue item, for formulas on other sheets.
 * @example keyValueRef(settingsSheet, 'fiscalYear') // "'設定'!$B$10"
 */
export function keyValueRef(spec: SheetSpec, key: string): string {
  const row = keyValueAddress(spec, key).slice(1);
  return `${quoteSheetName(spec.name)}!$B$${row}`;
}
