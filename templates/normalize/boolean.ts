/**
 * boolean columns. The templates write ○/× (ADR 0001); people also type 〇◯●, TRUE/FALSE,
 * はい/いいえ, 有/無, あり/なし, yes/no, 1/0, check marks, and '-' for "no".
 * Letters x/X are NOT accepted: some people mark "yes" with an x, others "no".
 */
import type { CellValue } from '../core/cell';
import { matchKey } from './fold';
import { BLANK, fail, shownValue, type ValueNormalizer, type Normalized } from './result';

const TRUE_WORDS = ['○', '〇', '◯', '●', '◎', '⭕', '✓', '✔', '☑', 'true', 'はい', '有', '有り', 'あり', 'yes', 'y', '1', '可', '済'];
const FALSE_WORDS = ['×', '✕', '✗', '☓', '✖', '❌', 'false', 'いいえ', '無', '無し', 'なし', 'no', 'n', '0', '-', 'ー', '−', '―', '‐', '不可'];

const LOOKUP = new Map<string, boolean>();
for (const w of TRUE_WORDS) LOOKUP.set(w, true).set(matchKey(w), true);
for (const w of FALSE_WORDS) LOOKUP.set(w, false).set(matchKey(w), false);

/**
 * Reads a yes/no word; undefined when it is not one.
 * @example parseBooleanText('ＴＲＵＥ') // true
 */
export function parseBooleanText(input: string): boolean | undefined {
  return LOOKUP.get(input) ?? LOOKUP.get(matchKey(input));
}

/** Normalizes one boolean cell. */
export function normalizeBoolean(raw: CellValue): Normalized {
  if (typeof raw === 'string') {
    // The two marks the templates write fill most cells: answer them without a hash lookup.
    if (raw === '○') return true;
    if (raw === '×') return false;
    const hit = LOOKUP.get(raw);
    if (hit !== undefined) return hit;
    if (raw.trim() === '') return BLANK;
    const v = parseBooleanText(raw);
    return v === undefined ? fail('boolean.invalid', { value: shownValue(raw) }) : v;
  }
  if (typeof raw === 'boolean') return raw;
  if (typeof raw === 'number') {
    if (raw === 1) return true;
    if (raw === 0) return false;
    return fail('boolean.invalid', { value: shownValue(raw) });
  }
  if (raw === null || raw === undefined) return BLANK;
  return fail('boolean.invalid', { value: shownValue(raw) });
}

export function compileBoolean(): ValueNormalizer {
  return normalizeBoolean;
}
