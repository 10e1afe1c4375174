/**
 * email columns: trimmed, full-width folded (＠ → @), an optional mailto: dropped, the domain
 * lower-cased (the local part is kept: some servers treat it case-sensitively). Anything with
 * spaces, no @, two @ or a malformed domain is invalid (pattern shared with the row schema).
 */
import type { CellValue } from '../core/cell';
import { EMAIL_NORMALIZED } from '../spec/schema';
import { cleanStructured } from './fold';
import { BLANK, fail, shownValue, type ValueNormalizer, type Normalized } from './result';

/**
 * Parses an e-mail address; null when invalid.
 * @example parseEmailText(' Ｔａｒｏ＠Example.JP ') // 'Taro@example.jp'
 */
export function parseEmailText(input: string): string | null {
  // Fast path: already valid with a lower-case domain (the usual case).
  if (EMAIL_NORMALIZED.test(input) && !/[A-Z]/.test(input.slice(input.lastIndexOf('@')))) return input;
  const s = cleanStructured(input).replace(/^mailto:/i, '');
  const at = s.lastIndexOf('@');
  if (at <= 0) return null;
  const address = `${s.slice(0, at)}@${s.slice(at + 1).toLowerCase()}`;
  return EMAIL_NORMALIZED.test(address) ? address : null;
}

/** Normalizes one e-mail cell. */
export function normalizeEmail(raw: CellValue): Normalized {
  if (typeof raw === 'string') {
    if (raw.trim() === '') return BLANK;
    const email = parseEmailText(raw);
    return email === null ? fail('email.invalid', { value: shownValue(raw) }) : email;
  }
  if (raw === null || raw === undefined) return BLANK;
  return fail('email.invalid', { value: shownValue(raw) });
}

export function compileEmail(): ValueNormalizer {
  return normalizeEmail;
}
