/**
 * Raw cell values exactly as the hosts hand them over.
 *
 * - Excel (Office.js `Range.values`): string | number | boolean, '' for blank, dates as serial numbers.
 * - Apps Script (`Range.getValues()`): string | number | boolean | Date, '' for blank.
 * - exceljs (Node host): mapped by the host to the same shapes (see cli/xlsx/read.ts).
 * `null`/`undefined` are accepted too because sparse rows are common when hosts trim trailing cells.
 */
export type CellValue = string | number | boolean | Date | null | undefined;

/** A sheet's values as a 2-D array, rows first. Rows may be ragged. */
export type Grid = ReadonlyArray<ReadonlyArray<CellValue>>;

/** Spreadsheet error literals as Excel, Sheets and LibreOffice show them. */
const ERROR_LITERAL = /^#(?:N\/A|REF!|VALUE!|DIV\/0!|NAME\?|NUM!|NULL!|ERROR!|SPILL!|CALC!|GETTING_DATA|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)$/;

/** True for '', whitespace-only strings (incl. full-width space), null and undefined. */
export function isBlank(value: CellValue): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') return value.replace(/[\s\u3000]/g, '') === '';
  return false;
}

/** True when the value is a spreadsheet error such as '#N/A'. */
export function isErrorValue(value: CellValue): value is string {
  return typeof value === 'string' && ERROR_LITERAL.test(value.trim());
}

/** True for a valid JS Date (Apps Script hands these over for date-formatted cells). */
export function isValidDate(value: CellValue): value is Date {
  return value instanceof Date && !Number.isNaN(value.getTime());
}

/** The cell at 0-based (row, col), or undefined when the row is short. */
export function cellAt(grid: Grid, row: number, col: number): CellValue {
  return grid[row]?.[col];
}

/** A short, loggable rendering of a raw value (never used for patient free text). */
export function describeValue(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
  return String(value);
}
