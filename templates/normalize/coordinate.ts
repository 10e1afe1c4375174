/** latitude/longitude columns: decimal degrees inside Japan's bounding box (lat 20–46, lon 122–154). */
import type { CellValue } from '../core/cell';
import type { ColumnSpec } from '../spec/types';
import { BLANK, fail, shownValue, type ValueNormalizer, type Normalized } from './result';
import { parseLooseNumber } from './number';

export const JAPAN_BOUNDS = {
  latitude: { min: 20, max: 46 },
  longitude: { min: 122, max: 154 },
} as const;

/** A trailing degree sign (36.65°, 36.65度), dropped before parsing. */
const DEGREE_SUFFIX = /[°度]\s*$/;

/** True when the text ends in an ASCII digit: then it has no degree suffix to drop (the usual cell). */
function endsWithDigit(s: string): boolean {
  const last = s.charCodeAt(s.length - 1);
  return last >= 48 && last <= 57;
}

/**
 * Compiles a latitude or longitude column's normalizer.
 * @example compileCoordinate({ ...col, type: 'latitude' })('３６．６５１３') // ok 36.6513
 */
export function compileCoordinate(col: ColumnSpec): ValueNormalizer {
  const { min, max } = col.type === 'longitude' ? JAPAN_BOUNDS.longitude : JAPAN_BOUNDS.latitude;
  return (raw: CellValue): Normalized => {
    let n: number;
    if (typeof raw === 'number') n = raw;
    else if (typeof raw === 'string') {
      if (raw.trim() === '') return BLANK;
      n = parseLooseNumber(endsWithDigit(raw) ? raw : raw.replace(DEGREE_SUFFIX, ''));
    } else if (raw === null || raw === undefined) return BLANK;
    else return fail('number.invalid', { value: shownValue(raw) });
    if (!Number.isFinite(n)) return fail('number.invalid', { value: shownValue(raw) });
    if (n < min || n > max) return fail('coordinate.outOfRange', { value: shownValue(raw) });
    return n;
  };
}
