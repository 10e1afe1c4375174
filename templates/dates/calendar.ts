/**
 * Calendar-date arithmetic on 'YYYY-MM-DD' strings. Everything is integer day numbers
 * (days since 1970-01-01, proleptic Gregorian), so no Date object and no time zone is involved.
 */

/** A calendar date split into numbers (month 1–12). */
export interface Ymd {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** Japanese weekday names, Sunday first (index = weekdayOf result). */
export const WEEKDAYS_JA = ['日', '月', '火', '水', '木', '金', '土'] as const;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for leap years of the Gregorian calendar. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * Number of days in a month (1–12).
 * @example daysInMonth(2024, 2) // 29
 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** True when year/month/day name a real day (years 1–9999). */
export function isValidYmd(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day) &&
    year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
  );
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));
const pad4 = (n: number): string => String(n).padStart(4, '0');

/**
 * Formats numbers as 'YYYY-MM-DD' (no validation; see isValidYmd).
 * @example toIsoDate(2025, 5, 20) // '2025-05-20'
 */
export function toIsoDate(year: number, month: number, day: number): string {
  return `${pad4(year)}-${pad2(month)}-${pad2(day)}`;
}

/**
 * Parses a strict 'YYYY-MM-DD' string; null when malformed or not a real day.
 * @example parseIsoDate('2025-02-30') // null
 */
export function parseIsoDate(iso: string): Ymd | null {
  const m = ISO_DATE.exec(iso);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  return isValidYmd(year, month, day) ? { year, month, day } : null;
}

/** True for a real calendar day written as 'YYYY-MM-DD'. */
export function isIsoDate(iso: string): boolean {
  return parseIsoDate(iso) !== null;
}

/**
 * Days since 1970-01-01 of a civil date (negative before). Howard Hinnant's days_from_civil.
 * @example dayNumberOf(1970, 1, 2) // 1
 */
export function dayNumberOf(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/**
 * The civil date of a day number (inverse of dayNumberOf).
 * @example fromDayNumber(0) // { year: 1970, month: 1, day: 1 }
 */
export function fromDayNumber(days: number): Ymd {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** 'YYYY-MM-DD' of a day number. */
export function isoFromDayNumber(days: number): string {
  const { year, month, day } = fromDayNumber(days);
  return toIsoDate(year, month, day);
}

/**
 * Day number of an ISO date. @throws RangeError when `iso` is not a real 'YYYY-MM-DD' day
 * (programmer error: the core only passes validated dates).
 */
export function dayNumberOfIso(iso: string): number {
  const ymd = parseIsoDate(iso);
  if (!ymd) throw new RangeError(`not an ISO calendar date: ${iso}`);
  return dayNumberOf(ymd.year, ymd.month, ymd.day);
}

/**
 * Adds days to an ISO date.
 * @example addDays('2025-03-31', 1) // '2025-04-01'
 */
export function addDays(iso: string, days: number): string {
  return isoFromDayNumber(dayNumberOfIso(iso) + days);
}

/**
 * Adds calendar months, clamping to the month's last day (like date-fns addMonths).
 * @example addMonths('2025-01-31', 1) // '2025-02-28'
 */
export function addMonths(iso: string, months: number): string {
  const ymd = parseIsoDate(iso);
  if (!ymd) throw new RangeError(`not an ISO calendar date: ${iso}`);
  const index = ymd.year * 12 + (ymd.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return toIsoDate(year, month, Math.min(ymd.day, daysInMonth(year, month)));
}

/**
 * Whole calendar days from `earlier` to `later` (later − earlier), like date-fns differenceInCalendarDays.
 * @example diffDays('2025-05-20', '2025-05-01') // 19
 */
export function diffDays(later: string, earlier: string): number {
  return dayNumberOfIso(later) - dayNumberOfIso(earlier);
}

/**
 * Weekday of an ISO date, 0 = Sunday … 6 = Saturday.
 * @example WEEKDAYS_JA[weekdayOf('2025-05-20')] // '火'
 */
export function weekdayOf(iso: string): number {
  // 1970-01-01 was a Thursday (4).
  const n = (dayNumberOfIso(iso) + 4) % 7;
  return n < 0 ? n + 7 : n;
}
