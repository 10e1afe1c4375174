/**
 * Scheduling warnings shown before any notice goes out: a meeting on a weekend or public holiday,
 * a meeting or reply deadline in 年末年始, a reply deadline on a weekend or holiday, a meeting
 * already past, a reply deadline after the meeting or already passed (D-20). Events for residents (住民向け講演会) are held on Saturdays,
 * Sundays and holidays on purpose, so those two warnings are not raised for them; 年末年始 is.
 */
import type { Finding } from '../core/findings';
import { formatWareki, parseIsoDate, weekdayOf, WEEKDAYS_JA } from '../dates';
import { eventsSheet } from '../sheets/events';
import { RESIDENT_EVENT_TYPES } from '../sheets/vocabulary';
import type { EventRow } from '../sheets/rows';
import type { SheetLayout } from '../validate/types';
import { HOLIDAY_DATA_LAST_YEAR, holidayName } from './holidays';
import { cellFinding } from './where';

const WEEKDAYS_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

const RESIDENT_TYPES: ReadonlySet<string> = new Set(RESIDENT_EVENT_TYPES);

/**
 * True for 12/29–1/3, the days 役場 are closed by law (行政機関の休日に関する法律 第1条, and each
 * town's 休日条例 that follows it): nobody is at the desk to hold a meeting or take replies.
 * @example isYearEndClosure('2025-12-29') // true
 */
export function isYearEndClosure(iso: string): boolean {
  const md = iso.slice(5, 10);
  return md >= '12-29' || md <= '01-03';
}

/** Why the town hall is closed on a day (weekend or public holiday), or null on a workday. */
function closedDayOf(iso: string): { reason: string; reasonEn: string } | null {
  const holiday = holidayName(iso);
  if (holiday) return { reason: `祝日（${holiday}）`, reasonEn: `a public holiday (${holiday})` };
  const weekday = weekdayOf(iso);
  if (weekday === 0 || weekday === 6) return { reason: `${WEEKDAYS_JA[weekday] as string}曜日`, reasonEn: `a ${WEEKDAYS_EN[weekday] as string}` };
  return null;
}

/** Splits the injected clock 'YYYY-MM-DDTHH:MM' into its date and 'HH:MM'. @throws RangeError if malformed. */
export function splitNow(now: string): { date: string; time: string } {
  const m = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})(?::\d{2})?$/.exec(now);
  if (!m || !parseIsoDate(m[1] as string)) throw new RangeError(`now must be a Tokyo wall-clock 'YYYY-MM-DDTHH:MM', got ${now}`);
  return { date: m[1] as string, time: m[2] as string };
}

/**
 * Warnings about an event's date and reply deadline, relative to the injected `now`.
 * @example scheduleWarnings(event, '2025-05-01T10:00') // [] for a weekday meeting on 2025-05-20
 */
export function scheduleWarnings(event: EventRow, now: string, layout?: SheetLayout): Finding[] {
  const out: Finding[] = [];
  const at = (key: string, code: Parameters<typeof cellFinding>[5], params: Record<string, string | number>) =>
    out.push(cellFinding(eventsSheet, event.__row, key, layout, 'warning', code, params));
  const clock = splitNow(now);
  const date = event.date;
  if (!parseIsoDate(date)) return out;
  const shown = formatWareki(date, { weekday: true });
  const weekday = weekdayOf(date);
  const forResidents = RESIDENT_TYPES.has(event.type);
  if ((weekday === 0 || weekday === 6) && !forResidents) at('date', 'notice.weekend', { date: shown, weekday: WEEKDAYS_JA[weekday] as string, weekdayEn: WEEKDAYS_EN[weekday] as string });
  const holiday = holidayName(date);
  if (holiday) {
    if (!forResidents) at('date', 'notice.holiday', { date: shown, holiday });
  } else if (Number(date.slice(0, 4)) > HOLIDAY_DATA_LAST_YEAR) at('date', 'notice.holidayUnknown', { date: shown, lastYear: HOLIDAY_DATA_LAST_YEAR });
  if (isYearEndClosure(date)) at('date', 'notice.yearEnd', { date: shown });
  const startsAt = `${date} ${event.startTime ?? '23:59'}`; // no start time: past only once the day is over
  if (startsAt < `${clock.date} ${clock.time}`) at('date', 'notice.pastEvent', { date: `${shown} ${event.startTime ?? ''}`.trim(), now: `${formatWareki(clock.date)} ${clock.time}` });
  const deadline = event.responseDeadline;
  if (deadline && parseIsoDate(deadline)) {
    const deadlineShown = formatWareki(deadline, { weekday: true });
    const misplaced = deadline > date || deadline < clock.date;
    if (deadline > date) at('responseDeadline', 'notice.deadlineAfterEvent', { deadline: deadlineShown, date: shown });
    else if (deadline < clock.date) at('responseDeadline', 'notice.deadlinePassed', { deadline: deadlineShown, now: formatWareki(clock.date) });
    if (isYearEndClosure(deadline)) at('responseDeadline', 'notice.deadlineYearEnd', { deadline: deadlineShown });
    else if (!misplaced) {
      // Replies come to the office whatever the event: a deadline on a closed day is read the next
      // workday. (A deadline that must move anyway says so above, once.)
      const closed = closedDayOf(deadline);
      if (closed) at('responseDeadline', 'notice.deadlineClosedDay', { deadline: deadlineShown, ...closed });
    }
  }
  return out;
}
