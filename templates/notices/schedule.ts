/**
 * Scheduling warnings shown before any notice goes out: a meeting on a weekend or public holiday,
 * a meeting already past, a reply deadline after the meeting or already passed (D-20).
 */
import type { Finding } from '../core/findings';
import { formatWareki, parseIsoDate, weekdayOf, WEEKDAYS_JA } from '../dates';
import { eventsSheet } from '../sheets/events';
import type { EventRow } from '../sheets/rows';
import type { SheetLayout } from '../validate/types';
import { HOLIDAY_DATA_LAST_YEAR, holidayName } from './holidays';
import { cellFinding } from './where';

const WEEKDAYS_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

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
  if (weekday === 0 || weekday === 6) at('date', 'notice.weekend', { date: shown, weekday: WEEKDAYS_JA[weekday] as string, weekdayEn: WEEKDAYS_EN[weekday] as string });
  const holiday = holidayName(date);
  if (holiday) at('date', 'notice.holiday', { date: shown, holiday });
  else if (Number(date.slice(0, 4)) > HOLIDAY_DATA_LAST_YEAR) at('date', 'notice.holidayUnknown', { date: shown, lastYear: HOLIDAY_DATA_LAST_YEAR });
  const startsAt = `${date} ${event.startTime ?? '23:59'}`; // no start time: past only once the day is over
  if (startsAt < `${clock.date} ${clock.time}`) at('date', 'notice.pastEvent', { date: `${shown} ${event.startTime ?? ''}`.trim(), now: `${formatWareki(clock.date)} ${clock.time}` });
  const deadline = event.responseDeadline;
  if (deadline && parseIsoDate(deadline)) {
    const deadlineShown = formatWareki(deadline, { weekday: true });
    if (deadline > date) at('responseDeadline', 'notice.deadlineAfterEvent', { deadline: deadlineShown, date: shown });
    else if (deadline < clock.date) at('responseDeadline', 'notice.deadlinePassed', { deadline: deadlineShown, now: formatWareki(clock.date) });
  }
  return out;
}
