/**
 * integer and decimal columns. Accepts numbers, and strings with full-width digits, thousands
 * separators (1,234), a leading minus look-alike, and one trailing Japanese counter word
 * (12人, 5件, 3回, 2か所 …) which is dropped silently: the column header already names the
 * unit, and rejecting 12人 would only make clerks retype it. Other trailing text is an error.
 * Decimal columns also accept a trailing % (80% → 0.8, as a percent-formatted cell holds it).
 */
import type { CellValue } from '../core/cell';
import type { ColumnSpec } from '../spec/types';
import { cleanStructured } from './fold';
import { BLANK, fail, shownValue, type ValueNormalizer, type Normalized } from './result';

const COUNTERS = /(?:人|名|件|回|か所|カ所|ヶ所|ケ所|箇所|ヵ所|施設|機関|事業所|箇|個|本|枚|日|歳|才|床|台|世帯|組|部)$/;
const SIMPLE = /^-?\d+(?:\.\d+)?$/;
const PLAIN_NUMBER = /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)$/;
const GROUPED_NUMBER = /^[-+]?\d{1,3}(?:,\d{3})+(?:\.\d*)?$/;
const MINUS_LIKE = /^[\u2212\u2012\u2013\u2014\u2015\u30FC\uFF70\u25B2\u25B3]/;

/**
 * Parses a numeric string as people type it; NaN when it is not a number.
 * `percent` allows a trailing % (divides by 100).
 * @example parseLooseNumber('１，２３４人') // 1234
 */
export function parseLooseNumber(input: string, percent = false): number {
  if (SIMPLE.test(input)) return Number(input); // the usual case: nothing to clean
  let s = cleanStructured(input).replace(/\s+/g, '');
  if (MINUS_LIKE.test(s)) s = `-${s.slice(1)}`; // −5, ▲5 (accounting style)
  let scale = 1;
  if (percent && s.endsWith('%')) {
    scale = 0.01;
    s = s.slice(0, -1);
  } else {
    s = s.replace(COUNTERS, '');
  }
  if (PLAIN_NUMBER.test(s)) return Number(s) * scale;
  if (GROUPED_NUMBER.test(s)) return Number(s.replace(/,/g, '')) * scale;
  return Number.NaN;
}

/** Integer values that floating-point formulas left a hair off (3.0000000000000004). */
function snapToInteger(n: number): number {
  const r = Math.round(n);
  return Math.abs(n - r) <= 1e-9 * Math.max(1, Math.abs(n)) ? r : n;
}

/**
 * Compiles an integer or decimal column's normalizer (bounds from col.min/col.max).
 * @example compileNumber({ ...col, type: 'integer', min: 0 })('１２人') // { ok: true, value: 12 }
 */
export function compileNumber(col: ColumnSpec): ValueNormalizer {
  const integer = col.type === 'integer';
  const min = col.min;
  const max = col.max;
  const bounds = { min: min ?? '', max: max ?? '' };
  return (raw: CellValue): Normalized => {
    let n: number;
    if (typeof raw === 'number') n = raw;
    else if (typeof raw === 'string') {
      if (raw.trim() === '') return BLANK;
      n = parseLooseNumber(raw, !integer);
    } else if (raw === null || raw === undefined) return BLANK;
    else return fail('number.invalid', { value: shownValue(raw) });
    if (!Number.isFinite(n)) return fail('number.invalid', { value: shownValue(raw) });
    if (integer) {
      n = snapToInteger(n);
      if (!Number.isInteger(n)) return fail('number.notInteger', { value: shownValue(raw) });
      if (!Number.isSafeInteger(n)) return fail('number.outOfRange', { value: shownValue(raw), ...bounds });
    }
    if ((min !== undefined && n < min) || (max !== undefined && n > max)) {
      return fail('number.outOfRange', { value: shownValue(raw), ...bounds });
    }
    return n === 0 ? 0 : n; // no -0 in output
  };
}
