/**
 * 和暦 (Japanese era) dates: converting calendar dates to era/year and back, and formatting
 * them as 令和7年5月20日（火）. Era boundaries are the first day of each era (Gregorian).
 */
import { WEEKDAYS_JA, isValidYmd, parseIsoDate, toIsoDate, weekdayOf } from './calendar';

export type EraName = '明治' | '大正' | '昭和' | '平成' | '令和';

export interface Era {
  readonly name: EraName;
  /** Romaji initial used in abbreviations such as R7.5.20. */
  readonly letter: 'M' | 'T' | 'S' | 'H' | 'R';
  /** First day of the era, 'YYYY-MM-DD'. */
  readonly start: string;
  readonly startYear: number;
}

/**
 * Eras newest last. Meiji is counted from 慶応4年1月1日 (1868-01-25 Gregorian) as the era was applied
 * retroactively; Japan used the lunar calendar until 明治5年, so early Meiji dates are approximate.
 */
export const ERAS: readonly Era[] = [
  { name: '明治', letter: 'M', start: '1868-01-25', startYear: 1868 },
  { name: '大正', letter: 'T', start: '1912-07-30', startYear: 1912 },
  { name: '昭和', letter: 'S', start: '1926-12-25', startYear: 1926 },
  { name: '平成', letter: 'H', start: '1989-01-08', startYear: 1989 },
  { name: '令和', letter: 'R', start: '2019-05-01', startYear: 2019 },
];

/** Finds an era by kanji name, romaji letter (either case) or one-kanji abbreviation (令, 平, 昭, 大, 明). */
export function findEra(nameOrLetter: string): Era | undefined {
  const key = nameOrLetter.trim();
  return ERAS.find(
    (e) => e.name === key || e.letter === key.toUpperCase() || (key.length === 1 && e.name.startsWith(key)),
  );
}

export interface WarekiDate {
  readonly era: Era;
  /** Year within the era (1 = 元年). */
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** The era in force on an ISO date ('YYYY-MM-DD' strings compare correctly as text). */
export function eraOf(iso: string): Era | undefined {
  for (let i = ERAS.length - 1; i >= 0; i--) {
    const era = ERAS[i] as Era;
    if (iso >= era.start) return era;
  }
  return undefined;
}

/**
 * Era, era year, month and day of an ISO date; null before Meiji or for malformed input.
 * @example toWareki('2019-05-01') // { era: 令和, year: 1, month: 5, day: 1 }
 */
export function toWareki(iso: string): WarekiDate | null {
  const ymd = parseIsoDate(iso);
  if (!ymd) return null;
  const era = eraOf(iso);
  if (!era) return null;
  return { era, year: ymd.year - era.startYear + 1, month: ymd.month, day: ymd.day };
}

/**
 * ISO date of an era date, or null when it is not a real day or lies outside the era
 * (平成31年5月1日 and 平成32年 are null: Heisei ended on 2019-04-30).
 * @example warekiToIso('令和', 7, 5, 20) // '2025-05-20'
 */
export function warekiToIso(eraName: string, eraYear: number, month: number, day: number): string | null {
  const index = ERAS.findIndex((e) => e.name === eraName || e.letter === eraName);
  const era = ERAS[index];
  if (!era || !Number.isInteger(eraYear) || eraYear < 1) return null;
  const year = era.startYear + eraYear - 1;
  if (!isValidYmd(year, month, day)) return null;
  const iso = toIsoDate(year, month, day);
  const next = ERAS[index + 1];
  if (iso < era.start || (next !== undefined && iso >= next.start)) return null;
  return iso;
}

/** Western year of an era year (no boundary check): 令和7 → 2025. */
export function eraYearToWestern(era: Era, eraYear: number): number {
  return era.startYear + eraYear - 1;
}

/** '元' for year 1, else the number. */
export function eraYearText(year: number): string {
  return year === 1 ? '元' : String(year);
}

export interface FormatWarekiOptions {
  /** Append the weekday as （火）. */
  readonly weekday?: boolean;
}

/**
 * 和暦 text of an ISO date. Dates before Meiji fall back to 西暦 年月日 text; malformed input is
 * returned unchanged so a caller never shows an empty cell.
 * @example formatWareki('2025-05-20', { weekday: true }) // '令和7年5月20日（火）'
 * @example formatWareki('2019-05-01') // '令和元年5月1日'
 */
export function formatWareki(iso: string, options: FormatWarekiOptions = {}): string {
  const ymd = parseIsoDate(iso);
  if (!ymd) return iso;
  const w = toWareki(iso);
  const body = w
    ? `${w.era.name}${eraYearText(w.year)}年${w.month}月${w.day}日`
    : `${ymd.year}年${ymd.month}月${ymd.day}日`;
  return options.weekday ? `${body}（${WEEKDAYS_JA[weekdayOf(iso)]}）` : body;
}

/**
 * Japanese weekday name of an ISO date.
 * @example weekdayJa('2025-05-20') // '火'
 */
export function weekdayJa(iso: string): string {
  return WEEKDAYS_JA[weekdayOf(iso)] as string;
}
