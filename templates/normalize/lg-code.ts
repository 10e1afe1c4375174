/**
 * lgCode columns: 全国地方公共団体コード (JIS X 0402 + check digit) → 6-digit string.
 * Check digit: multiply the five code digits by 6, 5, 4, 3, 2, sum, r = sum mod 11;
 * check = (11 − r) mod 10 (so r = 0 → 1 and r = 1 → 0). E.g. 13101 → 131016 (千代田区),
 * 01100 → 011002 (札幌市), 01205 → 012050 (室蘭市, r = 1), 01101 → 011011 (札幌市中央区, r = 0).
 * A 5-digit code gets its check digit appended with the warning lgCode.checkDigitAdded.
 * Number cells lose leading zeros (11002): we restore the zero when the padded 6 digits carry a
 * valid check digit, else treat the value as a 5-digit code.
 */
import type { CellValue } from '../core/cell';
import { cleanStructured, foldHyphens } from './fold';
import { BLANK, fail, okWithWarning, shownValue, type ValueNormalizer, type Normalized } from './result';

const WEIGHTS = [6, 5, 4, 3, 2] as const;

/**
 * Check digit of a 5-digit local government code.
 * @example lgCheckDigit('13101') // 6
 */
export function lgCheckDigit(code5: string): number {
  let sum = 0;
  for (let i = 0; i < 5; i++) sum += Number(code5[i]) * (WEIGHTS[i] as number);
  return (11 - (sum % 11)) % 10;
}

/** Prefecture part must be 01–47. */
function plausible(code5: string): boolean {
  const pref = Number(code5.slice(0, 2));
  return pref >= 1 && pref <= 47;
}

function fromDigits(digits: string, raw: CellValue): Normalized {
  if (digits.length === 6) {
    const code5 = digits.slice(0, 5);
    if (!plausible(code5)) return fail('lgCode.invalid', { value: shownValue(raw) });
    const expected = lgCheckDigit(code5);
    return Number(digits[5]) === expected ? digits : fail('lgCode.checkDigit', { value: shownValue(raw), expected });
  }
  if (digits.length === 5 && plausible(digits)) {
    const full = `${digits}${lgCheckDigit(digits)}`;
    return okWithWarning(full, 'lgCode.checkDigitAdded', { value: shownValue(raw), normalized: full });
  }
  return fail('lgCode.invalid', { value: shownValue(raw) });
}

/** Normalizes one lgCode cell. */
export function normalizeLgCode(raw: CellValue): Normalized {
  if (typeof raw === 'string') {
    if (raw.trim() === '') return BLANK;
    const digits = foldHyphens(cleanStructured(raw)).replace(/[\s-]/g, '');
    return /^\d+$/.test(digits) ? fromDigits(digits, raw) : fail('lgCode.invalid', { value: shownValue(raw) });
  }
  if (typeof raw === 'number') {
    if (!Number.isInteger(raw) || raw <= 0 || raw > 999_999) return fail('lgCode.invalid', { value: shownValue(raw) });
    const six = String(raw).padStart(6, '0');
    if (raw >= 100_000) return fromDigits(six, raw);
    if (plausible(six.slice(0, 5)) && lgCheckDigit(six.slice(0, 5)) === Number(six[5])) return six;
    return fromDigits(String(raw).padStart(5, '0'), raw);
  }
  if (raw === null || raw === undefined) return BLANK;
  return fail('lgCode.invalid', { value: shownValue(raw) });
}

export function compileLgCode(): ValueNormalizer {
  return normalizeLgCode;
}
