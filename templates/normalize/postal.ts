/**
 * postal columns → '123-4567'. Accepts '1234567', '123-4567', '〒123-4567', full-width digits and
 * hyphen look-alikes. A number cell with 6 digits lost its leading zero (北海道 0xx-xxxx): the 0
 * is restored with the warning postal.leadingZeroRestored.
 */
import type { CellValue } from '../core/cell';
import { cleanStructured, foldHyphens } from './fold';
import { BLANK, fail, okWithWarning, shownValue, type ValueNormalizer, type Normalized } from './result';

const POSTAL = /^(\d{3})-?(\d{4})$/;
const CANONICAL = /^\d{3}-\d{4}$/;

/**
 * Parses postal-code text; null when it is not 7 digits.
 * @example parsePostalText('〒１２３ー４５６７') // '123-4567'
 */
export function parsePostalText(input: string): string | null {
  if (CANONICAL.test(input)) return input;
  const s = foldHyphens(cleanStructured(input)).replace(/^〒\s*/, '').replace(/\s+/g, '');
  const m = POSTAL.exec(s);
  return m ? `${m[1]}-${m[2]}` : null;
}

/** Normalizes one postal-code cell. */
export function normalizePostal(raw: CellValue): Normalized {
  if (typeof raw === 'string') {
    if (raw.trim() === '') return BLANK;
    const postal = parsePostalText(raw);
    return postal === null ? fail('postal.invalid', { value: shownValue(raw) }) : postal;
  }
  if (typeof raw === 'number') {
    if (Number.isInteger(raw) && raw >= 1_000_000 && raw <= 9_999_999) return `${String(raw).slice(0, 3)}-${String(raw).slice(3)}`;
    if (Number.isInteger(raw) && raw >= 100_000 && raw <= 999_999) {
      const text = `0${raw}`;
      const postal = `${text.slice(0, 3)}-${text.slice(3)}`;
      return okWithWarning(postal, 'postal.leadingZeroRestored', { value: String(raw), normalized: postal });
    }
    return fail('postal.invalid', { value: shownValue(raw) });
  }
  if (raw === null || raw === undefined) return BLANK;
  return fail('postal.invalid', { value: shownValue(raw) });
}

export function compilePostal(): ValueNormalizer {
  return normalizePostal;
}
