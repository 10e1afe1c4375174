/**
 * exceljs cell values → the raw values Excel's Range.values gives (numbers, strings, booleans, ''):
 * Dates become serials right here, so no exceljs Date ever travels inward.
 */
import type ExcelJS from 'exceljs';

const MS_PER_DAY = 86_400_000;
/** 1899-12-30T00:00Z in ms: serial 0 as exceljs reckons it (it maps serials linearly onto UTC). */
const SERIAL_ZERO_MS = Date.UTC(1899, 11, 30);
const DATE1904_OFFSET_DAYS = 1462;

/**
 * Serial (or day fraction) of an exceljs Date. exceljs builds dates as UTC instants from the
 * serial (times-of-day land on 1899-12-30), so the inverse is plain arithmetic — no time zone.
 * Counting milliseconds from serial 0 first keeps times exact (13:30 → exactly 0.5625, 10:01 →
 * the same double as 601/1440).
 * @example serialOfExcelJsDate(new Date('2025-04-01T00:00:00Z')) // 45748
 * @example serialOfExcelJsDate(new Date('1899-12-30T13:30:00Z')) // 0.5625
 */
export function serialOfExcelJsDate(date: Date, date1904 = false): number {
  const serial = (date.getTime() - SERIAL_ZERO_MS) / MS_PER_DAY;
  return date1904 ? serial - DATE1904_OFFSET_DAYS : serial;
}

type Primitive = string | number | boolean;

/** Error literals as Excel's Range.values shows them ('#N/A', '#DIV/0!'…). */
function errorText(value: { error: unknown }): string {
  return typeof value.error === 'string' ? value.error : '#VALUE!';
}

function richTextOf(value: { richText: readonly { text: string }[] }): string {
  let out = '';
  for (const run of value.richText) out += run.text;
  return out;
}

/** The cached result of a formula cell as a raw value ('' when the file saved none). */
export function formulaResult(result: unknown, date1904 = false): Primitive {
  if (result === undefined || result === null) return '';
  return toRawValue(result as ExcelJS.CellValue, date1904);
}

/**
 * The raw value of one exceljs cell value.
 * Formula cells give their cached result ('' when none was saved); rich text and hyperlinks give
 * their text; errors give '#N/A'-style strings.
 */
export function toRawValue(value: ExcelJS.CellValue, date1904 = false): Primitive {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return serialOfExcelJsDate(value, date1904);
  if (typeof value !== 'object') return '';
  if ('formula' in value || 'sharedFormula' in value) return formulaResult((value as { result?: unknown }).result, date1904);
  if ('richText' in value) return richTextOf(value);
  if ('error' in value) return errorText(value);
  if ('text' in value) {
    const text = (value as { text: unknown }).text;
    if (typeof text === 'string') return text;
    if (text && typeof text === 'object' && 'richText' in text) return richTextOf(text as { richText: { text: string }[] });
    return '';
  }
  return '';
}
