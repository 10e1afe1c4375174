/// <reference types="google-apps-script" />
/**
 * Reads the whole spreadsheet the way every command wants it: one `getDataRange().getValues()` per
 * tab, nothing else per cell. Apps Script hands date and time cells over as `Date` objects (the
 * instant of the wall-clock value in the spreadsheet's time zone, times on 1899-12-30); they become
 * serials here, so no Date travels into the core (ADR 0001). The tab ids are read at the same time
 * for the 検証結果 links (`#gid=…&range=…`).
 */
import type { CellValue, Grid } from '../../templates/core/cell';
import type { WorkbookValues } from '../../templates/validate/types';

const MS_PER_DAY = 86_400_000;
const TOKYO_OFFSET_MS = 9 * 3_600_000;
/** 1899-12-30T00:00 UTC: serial 0 of Sheets (and of Excel from 1900-03-01 on). */
const SERIAL_ZERO_UTC_MS = Date.UTC(1899, 11, 30);

/**
 * The serial of a Date that Apps Script read from a Tokyo spreadsheet: Tokyo wall-clock time counted
 * from 1899-12-30 (2025-05-20 00:00 JST → 45797; 13:30 on 1899-12-30 → 0.5625).
 * @example serialOfSheetsDate(new Date('2025-05-19T15:00:00Z')) // 45797
 */
export function serialOfSheetsDate(date: Date): number {
  return (date.getTime() + TOKYO_OFFSET_MS - SERIAL_ZERO_UTC_MS) / MS_PER_DAY;
}

/** Dates by their tag, not instanceof: a Date made in another realm (a test's vm context) is still a Date. */
function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}

function toCell(v: unknown): CellValue {
  if (isDate(v)) return Number.isNaN(v.getTime()) ? '' : serialOfSheetsDate(v);
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  return v === null || v === undefined ? '' : String(v);
}

/** A getValues() grid with Dates as serials; trailing blank rows dropped (getDataRange already trims columns). */
export function gridOf(raw: readonly (readonly unknown[])[]): Grid {
  const grid: CellValue[][] = new Array(raw.length);
  for (let r = 0; r < raw.length; r++) {
    const row = raw[r] as readonly unknown[];
    const out: CellValue[] = new Array(row.length);
    for (let c = 0; c < row.length; c++) out[c] = toCell(row[c]);
    grid[r] = out;
  }
  // An empty sheet's data range is A1 with '' in it: the core expects an empty grid then.
  if (grid.length === 1 && (grid[0] as CellValue[]).every((v) => v === '')) return [];
  return grid;
}

export interface WorkbookRead {
  readonly values: WorkbookValues;
  /** Tab name → `Sheet.getSheetId()`, for in-workbook links. */
  readonly sheetIds: Readonly<Record<string, number>>;
  /** Tab name → the Sheet object, so applying operations needs no second lookup. */
  readonly sheets: ReadonlyMap<string, GoogleAppsScript.Spreadsheet.Sheet>;
}

/**
 * Every tab's values, once.
 * @example readWorkbook(SpreadsheetApp.getActiveSpreadsheet()).values['資源リスト'][0] // header row
 */
export function readWorkbook(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): WorkbookRead {
  const values: Record<string, Grid> = {};
  const sheetIds: Record<string, number> = {};
  const sheets = new Map<string, GoogleAppsScript.Spreadsheet.Sheet>();
  for (const sheet of ss.getSheets()) {
    const name = sheet.getName();
    sheets.set(name, sheet);
    sheetIds[name] = sheet.getSheetId();
    values[name] = gridOf(sheet.getDataRange().getValues());
  }
  return { values, sheetIds, sheets };
}

/**
 * The Date Apps Script expects for a serial in a Tokyo spreadsheet (validation bounds, dates written as values).
 * @example sheetsDateOfSerial(45797).toISOString() // '2025-05-19T15:00:00.000Z'
 */
export function sheetsDateOfSerial(serial: number): Date {
  return new Date(Math.round(SERIAL_ZERO_UTC_MS + serial * MS_PER_DAY - TOKYO_OFFSET_MS));
}
