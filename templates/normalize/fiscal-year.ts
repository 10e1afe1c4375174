/**
 * fiscalYear columns → western year of the fiscal year's April (2025 = 令和7年度). Accepts
 * 2025, '2025', '2025年度', 'FY2025', '令和7年度', '令和元年度', 'R7', 'R7年度', 'H30年度'.
 * A bare era year ('7年度', 7) is read as 令和 with the warning date.eraAssumed.
 * Valid range 1989 (平成元年度) … 2200, as in the row schema.
 */
import type { CellValue } from '../core/cell';
import { eraYearToWestern, findEra } from '../dates/wareki';
import { cleanStructured } from './fold';
import { BLANK, fail, okWithWarning, shownValue, type ValueNormalizer, type Normalized } from './result';

export const FISCAL_YEAR_MIN = 1989;
export const FISCAL_YEAR_MAX = 2200;
const REIWA_START = 2019;

const PATTERN = /^(?:FY)?(明治|大正|昭和|平成|令和|[MTSHRmtshr明大昭平令]\.?)?(\d{1,4}|元)(?:年度?)?$/i;

export type FiscalYearParse = { readonly year: number; readonly eraAssumed: boolean } | null;

/**
 * Parses fiscal-year text.
 * @example parseFiscalYearText('令和元年度') // { year: 2019, eraAssumed: false }
 */
export function parseFiscalYearText(input: string): FiscalYearParse {
  const m = PATTERN.exec(cleanStructured(input).replace(/\s+/g, ''));
  if (!m) return null;
  const [, eraText, yearText = ''] = m;
  const n = yearText === '元' ? 1 : Number(yearText);
  if (eraText !== undefined) {
    const era = findEra(eraText.replace('.', ''));
    return era && n >= 1 && n <= 99 ? { year: eraYearToWestern(era, n), eraAssumed: false } : null;
  }
  if (yearText.length === 4) return { year: n, eraAssumed: false };
  if (yearText.length <= 2 && n >= 1) return { year: REIWA_START + n - 1, eraAssumed: true };
  return null;
}

function checked(year: number, eraAssumed: boolean, raw: CellValue): Normalized {
  if (!Number.isInteger(year) || year < FISCAL_YEAR_MIN || year > FISCAL_YEAR_MAX) {
    return fail('fiscalYear.invalid', { value: shownValue(raw) });
  }
  return eraAssumed ? okWithWarning(year, 'date.eraAssumed', { value: shownValue(raw) }) : year;
}

/** Normalizes one fiscal-year cell. */
export function normalizeFiscalYear(raw: CellValue): Normalized {
  if (typeof raw === 'number') {
    if (Number.isInteger(raw) && raw >= 1 && raw <= 99) return checked(REIWA_START + raw - 1, true, raw);
    return checked(raw, false, raw);
  }
  if (typeof raw === 'string') {
    if (raw.trim() === '') return BLANK;
    const parsed = parseFiscalYearText(raw);
    return parsed === null ? fail('fiscalYear.invalid', { value: shownValue(raw) }) : checked(parsed.year, parsed.eraAssumed, raw);
  }
  if (raw === null || raw === undefined) return BLANK;
  return fail('fiscalYear.invalid', { value: shownValue(raw) });
}

export function compileFiscalYear(): ValueNormalizer {
  return normalizeFiscalYear;
}
