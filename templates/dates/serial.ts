/**
 * Spreadsheet date serials and JS Date instants ↔ 'YYYY-MM-DD' calendar dates (Asia/Tokyo).
 *
 * How each host hands dates over, and why this module is enough for all of them:
 *
 * - Excel (Office.js `Range.values`) gives date cells as serial numbers in the 1900 date system:
 *   serial 1 = 1900-01-01. Excel keeps Lotus 1-2-3's bug that 1900 was a leap year, so serial 60
 *   is the phantom day 1900-02-29 and every serial from 61 on is "days since 1899-12-30".
 *   (The 1904 date system of old Mac workbooks is not supported; the templates never use it.)
 * - Google Sheets counts days from 1899-12-30 with no phantom day. For every date from
 *   1900-03-01 on (serial ≥ 61) Excel and Sheets agree; they differ only for Jan–Feb 1900.
 *   LibreOffice behaves like Sheets. None of this matters for records of this program.
 * - Apps Script (`Range.getValues()`) gives `Date` objects: the instant of local midnight in the
 *   spreadsheet's time zone (for a Tokyo sheet, 2025-05-20 arrives as 2025-05-19T15:00:00Z).
 *   Time-only cells arrive as instants on 1899-12-30. We read the Tokyo calendar date/time.
 * - exceljs (Node CLI) gives `Date` objects whose UTC fields are the wall-clock value
 *   (2025-05-20 arrives as 2025-05-20T00:00:00Z). Read in Tokyo time that is 09:00 on the same
 *   day, so `tokyoDateOf` gives the right date for both Apps Script and exceljs dates.
 *   (exceljs time-of-day values must be read with `utcTimeOf`, which the CLI host does.)
 * - Asia/Tokyo has had no daylight saving since 1951, so a fixed +09:00 offset is exact for all
 *   dates we handle. Sheets whose time zone is not Tokyo are out of scope (documented in docs/).
 *
 * Nothing here reads the process time zone: every function is pure arithmetic.
 */
import { dayNumberOf, isoFromDayNumber, parseIsoDate } from './calendar';

const MS_PER_DAY = 86_400_000;
const TOKYO_OFFSET_MS = 9 * 3_600_000;
/** Day number (days since 1970-01-01) of 1899-12-30, the epoch of serials ≥ 61. */
const EPOCH_1899_12_30 = dayNumberOf(1899, 12, 30);

/**
 * ISO date of an Excel 1900-system serial (the fraction, i.e. the time of day, is dropped).
 * Returns null for serial 60 (the phantom 1900-02-29), serials below 1 and non-finite input.
 * @example excelSerialToIso(45797) // '2025-05-20'
 */
export function excelSerialToIso(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1) return null;
  const whole = Math.floor(serial);
  if (whole === 60) return null;
  // Before the phantom day Excel's count is one ahead of the 1899-12-30 epoch.
  return isoFromDayNumber(EPOCH_1899_12_30 + (whole < 60 ? whole + 1 : whole));
}

/**
 * Excel 1900-system serial of an ISO date; null before 1900-01-01 or for malformed input.
 * @example isoToExcelSerial('1900-03-01') // 61
 */
export function isoToExcelSerial(iso: string): number | null {
  const ymd = parseIsoDate(iso);
  if (!ymd) return null;
  const days = dayNumberOf(ymd.year, ymd.month, ymd.day) - EPOCH_1899_12_30;
  if (days < 2) return null; // before 1900-01-01
  return days < 61 ? days - 1 : days;
}

/** Day number in Tokyo of an instant. */
function tokyoDayNumber(instant: Date): number {
  return Math.floor((instant.getTime() + TOKYO_OFFSET_MS) / MS_PER_DAY);
}

/**
 * The Asia/Tokyo calendar date of an instant; null for an invalid Date.
 * @example tokyoDateOf(new Date('2025-05-19T15:00:00Z')) // '2025-05-20'
 */
export function tokyoDateOf(instant: Date): string | null {
  const t = instant.getTime();
  if (Number.isNaN(t)) return null;
  return isoFromDayNumber(tokyoDayNumber(instant));
}

/**
 * Today's date in Tokyo, given the current instant (pass `new Date()` at the edge).
 * @example todayInTokyo(new Date('2025-12-31T16:00:00Z')) // '2026-01-01'
 */
export function todayInTokyo(now: Date): string {
  return tokyoDateOf(now) ?? '1970-01-01';
}

/** Minutes after midnight (0–1439) of an instant in Tokyo, rounded to the nearest minute. */
export function tokyoMinutesOf(instant: Date): number | null {
  const t = instant.getTime();
  if (Number.isNaN(t)) return null;
  const minutes = Math.round((t + TOKYO_OFFSET_MS) / 60_000);
  const m = minutes % 1440;
  return m < 0 ? m + 1440 : m;
}

/** Minutes after midnight (0–1439) of an instant read in UTC (exceljs time values). */
export function utcMinutesOf(instant: Date): number | null {
  const t = instant.getTime();
  if (Number.isNaN(t)) return null;
  const m = Math.round(t / 60_000) % 1440;
  return m < 0 ? m + 1440 : m;
}

/**
 * 'HH:MM' of minutes after midnight (0–1439).
 * @example minutesToHhMm(570) // '09:30'
 */
export function minutesToHhMm(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${h < 10 ? '0' : ''}${h}:${m < 10 ? '0' : ''}${m}`;
}

/**
 * 'HH:MM' of a day fraction as spreadsheets store times (0.5 → '12:00'); null outside [0, 1)
 * after rounding to the minute.
 * @example dayFractionToHhMm(0.375) // '09:00'
 */
export function dayFractionToHhMm(fraction: number): string | null {
  if (!Number.isFinite(fraction) || fraction < 0) return null;
  const minutes = Math.round(fraction * 1440);
  return minutes >= 1440 ? null : minutesToHhMm(minutes);
}

/**
 * The instant of Tokyo midnight starting an ISO date (what Apps Script would hand over).
 * @example isoToTokyoMidnight('2025-05-20').toISOString() // '2025-05-19T15:00:00.000Z'
 */
export function isoToTokyoMidnight(iso: string): Date {
  const ymd = parseIsoDate(iso);
  if (!ymd) return new Date(Number.NaN);
  return new Date(dayNumberOf(ymd.year, ymd.month, ymd.day) * MS_PER_DAY - TOKYO_OFFSET_MS);
}
