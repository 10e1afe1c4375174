/** latitude/longitude columns: decimal degrees inside Japan's bounding box (lat 20–46, lon 122–154). */
import type { CellValue } from '../core/cell';
import type { ColumnSpec } from '../spec/types';
import { BLANK, fail, shownValue, type ValueNormalizer, type Normalized } from './result';
import { parseLooseNumber } from './number';

export const JAPAN_BOUNDS = {
  latitude: { min: 20, max: 46 },
  longitude: { min: 122, max: 154 },
} as const;

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
      n = parseLooseNumber(raw.replace(/[°度]\s*$/, ''));
    } else if (raw === null || raw === undefined) return BLANK;
    else return fail('number.invalid', { value: shownValue(raw) });
    if (!Number.isFinite(n)) return fail('number.invalid', { value: shownValue(raw) });
    if (n < min || n > max) return fail('coordinate.outOfRange', { value: shownValue(raw) });
    return n;
  };
}
