/** Japanese fiscal years (年度, April → March) of calendar dates, and their 和暦 labels. */
import { parseIsoDate, toIsoDate } from './calendar';
import { eraOf, eraYearText } from './wareki';

/**
 * Fiscal year (western year of its April) of an ISO date; NaN for malformed input.
 * @example fiscalYearOf('2026-03-31') // 2025
 */
export function fiscalYearOf(iso: string): number {
  const ymd = parseIsoDate(iso);
  if (!ymd) return Number.NaN;
  return ymd.month >= 4 ? ymd.year : ymd.year - 1;
}

/**
 * First and last day of a fiscal year.
 * @example fiscalYearRange(2025) // { start: '2025-04-01', end: '2026-03-31' }
 */
export function fiscalYearRange(fiscalYear: number): { readonly start: string; readonly end: string } {
  return { start: toIsoDate(fiscalYear, 4, 1), end: toIsoDate(fiscalYear + 1, 3, 31) };
}

/**
 * 0-based month position within the fiscal year (April = 0 … March = 11); NaN for malformed input.
 * @example fiscalMonthIndex('2026-01-15') // 9
 */
export function fiscalMonthIndex(iso: string): number {
  const ymd = parseIsoDate(iso);
  if (!ymd) return Number.NaN;
  return (ymd.month + 8) % 12;
}

/**
 * 和暦 label of a fiscal year. A fiscal year that spans an era change is named after the era in
 * force for most of it (the era of 1 October): 2019 → 令和元年度, 1988 → 昭和63年度.
 * @example fiscalYearLabel(2025) // '令和7年度'
 */
export function fiscalYearLabel(fiscalYear: number): string {
  const era = eraOf(toIsoDate(fiscalYear, 10, 1));
  if (!era) return `${fiscalYear}年度`;
  return `${era.name}${eraYearText(fiscalYear - era.startYear + 1)}年度`;
}
