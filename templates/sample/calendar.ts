/**
 * Calendar arithmetic for the sample generator on day numbers (days since 1970-01-01), with no
 * Date objects, so output never depends on the machine's time zone.
 */
import holidayJp from '@holiday-jp/holiday_jp';
import { dayNumberOf, fromDayNumber } from '../dates/calendar';

/** Day number (days since 1970-01-01) of a proleptic Gregorian date. */
export const dayNumber = dayNumberOf;

/** Year, month, day of a day number (inverse of {@link dayNumber}). */
export const civil = fromDayNumber;

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

const isoCache = new Map<number, string>();

/** 'YYYY-MM-DD' of a day number (memoized: generators format the same few thousand days over and over). */
export function isoOf(days: number): string {
  let iso = isoCache.get(days);
  if (iso === undefined) {
    const { year, month, day } = civil(days);
    iso = `${year}-${pad2(month)}-${pad2(day)}`;
    isoCache.set(days, iso);
  }
  return iso;
}

/** Day number of 'YYYY-MM-DD'. @throws RangeError on a malformed string (programmer error). */
export function daysOf(iso: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new RangeError(`not an ISO date: ${iso}`);
  return dayNumber(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekday(days: number): number {
  return (((days + 4) % 7) + 7) % 7;
}

/** True on Japanese public holidays (incl. substitute holidays) per @holiday-jp/holiday_jp. */
export function isHoliday(days: number): boolean {
  return Object.prototype.hasOwnProperty.call(holidayJp.holidays, isoOf(days));
}

/** True on Monday–Friday that are not public holidays nor the year-end break (29 Dec – 3 Jan). */
export function isWorkday(days: number): boolean {
  const wd = weekday(days);
  if (wd === 0 || wd === 6) return false;
  const { month, day } = civil(days);
  if ((month === 12 && day >= 29) || (month === 1 && day <= 3)) return false;
  return !isHoliday(days);
}

/** The nearest workday on or after `days`, but never past `limit` (then searches backwards). */
export function workdayNear(days: number, limit: number): number {
  for (let d = days; d <= limit; d++) if (isWorkday(d)) return d;
  for (let d = Math.min(days, limit); ; d--) if (isWorkday(d)) return d;
}

/** The nearest workday on or before `days` (a reply deadline or a sending day that falls on a holiday moves earlier). */
export function workdayOnOrBefore(days: number): number {
  let d = days;
  while (!isWorkday(d)) d--;
  return d;
}

/** First and last day numbers of the fiscal year that starts in April of `fiscalYear`. */
export function fiscalYearSpan(fiscalYear: number): { start: number; end: number } {
  return { start: dayNumber(fiscalYear, 4, 1), end: dayNumber(fiscalYear + 1, 3, 31) };
}
