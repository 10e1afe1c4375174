/**
 * date columns → 'YYYY-MM-DD'. Accepts serials (1900 system, plausible 1990–2100 only, since a
 * small number in a date column is far likelier a typo than a 1900 date), 8-digit numbers
 * 20250520, JS Dates (read in Asia/Tokyo), and text: ISO (with or without a time part; an
 * explicit offset is converted to Tokyo), 2025/5/20, 2025.5.20, 2025-5-20, 20250520,
 * 2025年5月20日, 令和7年5月20日, 令和元年5月1日, R7.5.20, H31/4/30, 令7.5.20, with an optional
 * trailing weekday （火）. Era dates must lie inside their era (平成31年5月1日 is invalid).
 * 7年5月20日 (no era) is read as 令和 with a warning; 7.5.20 and 5/20 are ambiguous.
 */
import type { CellValue } from '../core/cell';
import { isValidYmd, toIsoDate } from '../dates/calendar';
import { excelSerialToIso, tokyoDateOf } from '../dates/serial';
import { findEra, warekiToIso } from '../dates/wareki';
import { cleanStructured, foldHyphens } from './fold';
import { BLANK, fail, okWithWarning, shownValue, type ValueNormalizer, type Normalized } from './result';

/** Serial range accepted from numeric cells: 1990-01-01 … 2100-12-31. */
export const SERIAL_MIN = 32874;
export const SERIAL_MAX = 73415;
export const SERIAL_MIN_ISO = '1990-01-01';
export const SERIAL_MAX_ISO = '2100-12-31';
/** Range accepted from text and Date objects. */
export const DATE_MIN_ISO = '1900-01-01';
export const DATE_MAX_ISO = '2199-12-31';

export type DateParse =
  | { readonly kind: 'date'; readonly iso: string; readonly eraAssumed: boolean }
  | { readonly kind: 'invalid' }
  | { readonly kind: 'ambiguous' };

const INVALID: DateParse = { kind: 'invalid' };
const AMBIGUOUS: DateParse = { kind: 'ambiguous' };

const ISO_DATETIME = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/;
const TRAILING_WEEKDAY = /\s*\(\s*[日月火水木金土](?:曜日?)?\s*\)\s*$/;
const TRAILING_TIME = /\s+\d{1,2}:\d{2}(?::\d{2})?$/;
const YMD = /^(明治|大正|昭和|平成|令和|[MTSHRmtshr明大昭平令]\.?)?(\d{1,4}|元)(年|[./-])(\d{1,2})(月|[./-])(\d{1,2})(日?)$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const MONTH_DAY = /^(\d{1,2})(?:月|[./-])(\d{1,2})日?$/;

function western(year: number, month: number, day: number): DateParse {
  return isValidYmd(year, month, day) ? { kind: 'date', iso: toIsoDate(year, month, day), eraAssumed: false } : INVALID;
}

/** An ISO date-time with an explicit offset names an instant: take its Tokyo date. */
function withOffset(m: RegExpExecArray): DateParse {
  const [, y, mo, d, h, mi, sec, zone] = m;
  if (!isValidYmd(Number(y), Number(mo), Number(d))) return INVALID;
  if (zone === undefined) return western(Number(y), Number(mo), Number(d));
  if (Number(h) > 23 || Number(mi) > 59) return INVALID;
  const offset = zone === 'Z' ? 0 : (zone[0] === '-' ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(-2)));
  const utcMs = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(sec ?? 0)) - offset * 60_000;
  const iso = tokyoDateOf(new Date(utcMs));
  return iso === null ? INVALID : { kind: 'date', iso, eraAssumed: false };
}

/**
 * Parses date text as typed in Japanese offices.
 * @example parseDateText('Ｒ７．５．２０') // { kind: 'date', iso: '2025-05-20', eraAssumed: false }
 * @example parseDateText('5/20') // { kind: 'ambiguous' }
 */
export function parseDateText(input: string): DateParse {
  const s0 = foldHyphens(cleanStructured(input));
  const iso = ISO_DATETIME.exec(s0);
  if (iso) return withOffset(iso);
  const s = s0.replace(TRAILING_WEEKDAY, '').replace(TRAILING_TIME, '').replace(/\s+/g, '');

  const compact = COMPACT.exec(s);
  if (compact) return western(Number(compact[1]), Number(compact[2]), Number(compact[3]));

  const m = YMD.exec(s);
  if (m) {
    const [, eraText, yearText = '', sep1, monthText, sep2, dayText, daySuffix] = m;
    // Separators must agree: 年…月…(日) or the same punctuation twice with no 日.
    if (sep1 === '年' ? sep2 !== '月' : sep2 !== sep1 || daySuffix !== '') return INVALID;
    const month = Number(monthText);
    const day = Number(dayText);
    const eraYear = yearText === '元' ? 1 : Number(yearText);
    if (eraText !== undefined) {
      const era = findEra(eraText.replace('.', ''));
      const isoDate = era ? warekiToIso(era.name, eraYear, month, day) : null;
      return isoDate === null ? INVALID : { kind: 'date', iso: isoDate, eraAssumed: false };
    }
    if (yearText.length === 4) return western(eraYear, month, day);
    if (yearText.length === 3) return INVALID;
    if (sep1 !== '年') return AMBIGUOUS; // 7.5.20 or 25/5/20: era year or two-digit western year?
    const isoDate = warekiToIso('令和', eraYear, month, day);
    return isoDate === null ? INVALID : { kind: 'date', iso: isoDate, eraAssumed: true };
  }
  if (MONTH_DAY.test(s)) return AMBIGUOUS;
  return INVALID;
}

function inRange(iso: string, raw: CellValue, min: string, max: string, warnEra: boolean): Normalized {
  if (iso < min || iso > max) return fail('date.outOfRange', { value: shownValue(raw), min, max });
  return warnEra ? okWithWarning(iso, 'date.eraAssumed', { value: shownValue(raw) }) : iso;
}

const DIGIT_0 = 48;
const DIGIT_9 = 57;
const HYPHEN = 45;

/** Value of the two ASCII digits at i, i+1; -1 when either is not a digit. */
function twoDigits(s: string, i: number): number {
  const a = s.charCodeAt(i) - DIGIT_0;
  const b = s.charCodeAt(i + 1) - DIGIT_0;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/**
 * The text itself when it is already a real day written 'YYYY-MM-DD' (CSV exports, ISO input,
 * the templates' own text cells), else null. Same answer as parseDateText for such text, read
 * from character codes without a regex match or a new string; anything else takes the full parse.
 */
function plainIsoDate(s: string): string | null {
  if (s.length !== 10 || s.charCodeAt(4) !== HYPHEN || s.charCodeAt(7) !== HYPHEN) return null;
  const c1 = s.charCodeAt(0);
  if (c1 < DIGIT_0 || c1 > DIGIT_9) return null;
  const century = twoDigits(s, 0);
  const yy = twoDigits(s, 2);
  const month = twoDigits(s, 5);
  const day = twoDigits(s, 8);
  if (century < 0 || yy < 0 || month < 0 || day < 0) return null;
  return isValidYmd(century * 100 + yy, month, day) ? s : null;
}

/** Normalizes one date cell. */
export function normalizeDate(raw: CellValue): Normalized {
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw)) return fail('date.invalid', { value: shownValue(raw) });
    if (raw >= 19000101 && raw <= 21991231 && Number.isInteger(raw)) {
      const parsed = western(Math.floor(raw / 10000), Math.floor(raw / 100) % 100, raw % 100);
      return parsed.kind === 'date' ? parsed.iso : fail('date.invalid', { value: shownValue(raw) });
    }
    if (raw < SERIAL_MIN || raw >= SERIAL_MAX + 1) {
      return fail('date.outOfRange', { value: shownValue(raw), min: SERIAL_MIN_ISO, max: SERIAL_MAX_ISO });
    }
    const iso = excelSerialToIso(raw);
    return iso === null ? fail('date.invalid', { value: shownValue(raw) }) : iso;
  }
  if (typeof raw === 'string') {
    const plain = plainIsoDate(raw);
    if (plain !== null) return inRange(plain, raw, DATE_MIN_ISO, DATE_MAX_ISO, false);
    if (raw.trim() === '') return BLANK;
    const parsed = parseDateText(raw);
    if (parsed.kind === 'date') return inRange(parsed.iso, raw, DATE_MIN_ISO, DATE_MAX_ISO, parsed.eraAssumed);
    return fail(parsed.kind === 'ambiguous' ? 'date.ambiguous' : 'date.invalid', { value: shownValue(raw) });
  }
  if (raw instanceof Date) {
    const iso = tokyoDateOf(raw);
    return iso === null ? fail('date.invalid', { value: shownValue(raw) }) : inRange(iso, raw, DATE_MIN_ISO, DATE_MAX_ISO, false);
  }
  if (raw === null || raw === undefined) return BLANK;
  return fail('date.invalid', { value: shownValue(raw) });
}

/** Date columns need no per-column state; compiled for symmetry with the other types. */
export function compileDate(): ValueNormalizer {
  return normalizeDate;
}
