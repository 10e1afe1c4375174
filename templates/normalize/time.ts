/**
 * time columns → 'HH:MM' (00:00–23:59). Accepts day fractions (0.5 → 12:00; a date-time serial's
 * fraction), JS Dates (Tokyo wall-clock time; Apps Script gives time-only cells on 1899-12-30),
 * and text: 9:00, 09:00:30, 9時, 9時30分, 9時半, １４：００, 午後2時, 2:00 PM. 24:00 is invalid.
 */
import type { CellValue } from '../core/cell';
import { dayFractionToHhMm, minutesToHhMm, tokyoMinutesOf } from '../dates/serial';
import { cleanStructured } from './fold';
import { BLANK, fail, shownValue, type ValueNormalizer, type Normalized } from './result';

const COLON = /^(\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?$/;
const KANJI = /^(\d{1,2})時(?:(\d{1,2})分|(半))?$/;
const MERIDIEM_BEFORE = /^(午前|午後|AM|PM)/i;
const MERIDIEM_AFTER = /(AM|PM)$/i;

/**
 * Minutes after midnight of time text; null when it is not a time of day.
 * @example parseTimeText('午後2時半') // 870
 */
export function parseTimeText(input: string): number | null {
  let s = cleanStructured(input).replace(/\s+/g, '');
  let meridiem: 'am' | 'pm' | null = null;
  const before = MERIDIEM_BEFORE.exec(s);
  const after = before ? null : MERIDIEM_AFTER.exec(s);
  const mark = before ?? after;
  if (mark) {
    meridiem = /午後|pm/i.test(mark[0]) ? 'pm' : 'am';
    s = before ? s.slice(mark[0].length) : s.slice(0, -mark[0].length);
  }
  let hour: number;
  let minute: number;
  const colon = COLON.exec(s);
  const kanji = colon ? null : KANJI.exec(s);
  if (colon) {
    hour = Number(colon[1]);
    minute = Number(colon[2]);
  } else if (kanji) {
    hour = Number(kanji[1]);
    minute = kanji[3] ? 30 : kanji[2] === undefined ? 0 : Number(kanji[2]);
  } else return null;
  if (meridiem !== null) {
    // 12-hour clock: 午前0–12時 (午前12時 = noon, as in Japanese usage), 午後0–11時.
    if (hour > 12 || (meridiem === 'pm' && hour === 12)) return null;
    if (meridiem === 'pm') hour += 12;
  }
  if (hour > 23 || minute > 59) return null;
  return hour * 60 + minute;
}

/** Normalizes one time cell. */
export function normalizeTime(raw: CellValue): Normalized {
  if (typeof raw === 'number') {
    // A date-time serial carries the time in its fraction; whole numbers ≥ 1 are not times.
    const fraction = raw >= 1 && !Number.isInteger(raw) ? raw - Math.floor(raw) : raw;
    const hhmm = raw >= 1 && Number.isInteger(raw) ? null : dayFractionToHhMm(fraction);
    return hhmm === null ? fail('time.invalid', { value: shownValue(raw) }) : hhmm;
  }
  if (typeof raw === 'string') {
    if (raw.trim() === '') return BLANK;
    const minutes = parseTimeText(raw);
    return minutes === null ? fail('time.invalid', { value: shownValue(raw) }) : (minutesToHhMm(minutes));
  }
  if (raw instanceof Date) {
    const minutes = tokyoMinutesOf(raw);
    return minutes === null ? fail('time.invalid', { value: shownValue(raw) }) : (minutesToHhMm(minutes));
  }
  if (raw === null || raw === undefined) return BLANK;
  return fail('time.invalid', { value: shownValue(raw) });
}

export function compileTime(): ValueNormalizer {
  return normalizeTime;
}
