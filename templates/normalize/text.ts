/**
 * text columns. Decision: free text is folded gently (see foldText) — full-width letters/digits
 * become ASCII, half-width katakana becomes full-width, full-width punctuation and inner
 * full-width spaces stay. Strings starting with = + - @ are kept verbatim as plain text; hosts
 * write them back escaped, so they never become formulas.
 */
import type { CellValue } from '../core/cell';
import type { ColumnSpec } from '../spec/types';
import { minutesToHhMm, tokyoDateOf, tokyoMinutesOf } from '../dates/serial';
import { foldText } from './fold';
import { BLANK, fail, safeString, shownValue, type ValueNormalizer, type Normalized } from './result';

/**
 * Text of a non-string cell: numbers as written, booleans as TRUE/FALSE, Dates in Tokyo time;
 * null for broken host values (NaN, ±Infinity, Invalid Date), which are reported, not stored.
 */
export function textOfCell(raw: Exclude<CellValue, string | null | undefined>): string | null {
  if (typeof raw === 'number') return Number.isFinite(raw) ? String(raw) : null;
  if (typeof raw === 'boolean') return raw ? 'TRUE' : 'FALSE';
  if (!(raw instanceof Date)) return safeString(raw); // not a CellValue: a host bug, still never throw
  const date = tokyoDateOf(raw);
  const minutes = tokyoMinutesOf(raw);
  if (date === null || minutes === null) return null;
  return minutes === 0 ? date : `${date} ${minutesToHhMm(minutes)}`;
}

/**
 * Module-local handle on foldText, which runs once per text cell: where modules are compiled to
 * CommonJS (test runners, bundlers), each use of an imported name goes through a property getter.
 */
const fold = foldText;

/**
 * Compiles the normalizer of a text column (trim, fold, maxLength in UTF-16 units like Excel's LEN).
 * @example compileText({ ...col, maxLength: 3 })('ＡＢＣＤ') // { ok: false, code: 'text.tooLong', … }
 */
export function compileText(col: ColumnSpec): ValueNormalizer {
  const max = col.maxLength;
  return (raw: CellValue): Normalized => {
    if (raw === null || raw === undefined) return BLANK;
    const text = typeof raw === 'string' ? raw : textOfCell(raw);
    if (text === null) return fail('cell.errorValue', { value: shownValue(raw) });
    const s = fold(text).trim();
    if (s === '') return BLANK;
    if (max !== undefined && s.length > max) return fail('text.tooLong', { max, length: s.length });
    return s;
  };
}
