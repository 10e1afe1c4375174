/**
 * id and ref columns: trimmed, full-width folded, letters/digits/-/_ only (first character a
 * letter or digit). Whole numbers (a cell typed as 1) become '1'. Whether a ref points at an
 * existing id is a cross-sheet check in the engine, not a cell check.
 */
import type { CellValue } from '../core/cell';
import { ID_PATTERN } from '../spec/schema';
import { cleanStructured, foldHyphens } from './fold';
import { BLANK, fail, shownValue, type ValueNormalizer, type Normalized } from './result';

/**
 * Normalizes one id/ref cell.
 * @example normalizeId('Ｒ００１') // { ok: true, value: 'R001' }
 */
export function normalizeId(raw: CellValue): Normalized {
  if (typeof raw === 'string') {
    if (ID_PATTERN.test(raw)) return raw;
    const s = foldHyphens(cleanStructured(raw));
    if (s === '') return BLANK;
    return ID_PATTERN.test(s) ? s : fail('id.invalid', { value: shownValue(raw) });
  }
  if (typeof raw === 'number') {
    return Number.isSafeInteger(raw) && raw >= 0 ? String(raw) : fail('id.invalid', { value: shownValue(raw) });
  }
  if (raw === null || raw === undefined) return BLANK;
  return fail('id.invalid', { value: shownValue(raw) });
}

export function compileId(): ValueNormalizer {
  return normalizeId;
}
