/**
 * phone columns (電話・FAX). Accepts full-width digits, every hyphen look-alike, spaces,
 * parentheses 03(1234)5678 / (03)1234-5678, a TEL/FAX label, and +81 (→ leading 0).
 * Valid: 10 digits (landlines, 0120, 0570) or 11 digits for 020/050/060/070/080/090 and 0800.
 * Output grouping: mobile/IP/M2M 3-4-4, 0800 4-3-4, 0120/0570 4-3-3; other landlines keep the
 * user's grouping when it has the shape of one (area-prefix-4 digits) and are digits only
 * otherwise — area-code tables are out of scope.
 * A number cell has lost its leading zero (Excel drops it): 9 or 10 digits get the 0 back
 * with the warning phone.leadingZeroRestored.
 */
import type { CellValue } from '../core/cell';
import { cleanStructured, foldHyphens } from './fold';
import { BLANK, fail, okWithWarning, shownValue, type ValueNormalizer, type Normalized } from './result';

const LABEL = /^(?:tel|fax|phone|電話(?:番号)?|ファックス|ファクス|携帯)\.?\s*[:：.]?\s*/i;
const ELEVEN_DIGIT_PREFIX = /^0[2-9]0/;
const ELEVEN_DIGIT_SERVICES = /^0(?:[25-9]0|800)/;

/** Canonical digits-with-hyphens form of a valid digit string; null when not a valid number. */
function canonical(digits: string, groups: readonly string[] | null): string | null {
  if (digits[0] !== '0' || digits[1] === '0') return null;
  if (digits.length === 11) {
    if (!ELEVEN_DIGIT_SERVICES.test(digits)) return null;
    if (digits.startsWith('0800')) return `${digits.slice(0, 4)}-${digits.slice(4, 7)}-${digits.slice(7)}`;
    return `${digits.slice(0, 3)}-${digits.slice(3, 7)}-${digits.slice(7)}`;
  }
  if (digits.length !== 10) return null;
  if (ELEVEN_DIGIT_PREFIX.test(digits)) return null; // 090…, 050… need 11 digits
  if (digits.startsWith('0120') || digits.startsWith('0570')) {
    return `${digits.slice(0, 4)}-${digits.slice(4, 7)}-${digits.slice(7)}`;
  }
  // Landline: area code (2–5 digits incl. 0) + exchange (1–4) + 4-digit subscriber number.
  if (groups && groups.length === 3) {
    const [a = '', b = '', c = ''] = groups;
    if (a.length >= 2 && a.length <= 5 && b.length >= 1 && b.length <= 4 && c.length === 4) return `${a}-${b}-${c}`;
  }
  return digits;
}

/** Already written the way we write it: three ASCII-hyphenated digit groups. */
const HYPHENATED = /^(0\d{1,4})-(\d{1,4})-(\d{3,4})$/;

const ZERO = 48;
const NINE = 57;
const HYPHEN = 45;

/** Code of the k-th digit of a three-group number (group lengths la, lb …), skipping the hyphens. */
function digitAt(s: string, k: number, la: number, lb: number): number {
  return s.charCodeAt(k < la ? k : k < la + lb ? k + 1 : k + 2);
}

/**
 * True when the text is exactly what `canonical` would make of it — the usual cell, as the
 * templates write phones that way. Decided from character codes alone, so such cells cost no
 * regex match, substrings or joins; anything else returns false and takes the full parse.
 */
function isCanonicalPhone(s: string): boolean {
  const len = s.length;
  if (len < 11 || len > 13 || s.charCodeAt(0) !== ZERO) return false;
  let h1 = -1;
  let h2 = -1;
  for (let i = 1; i < len; i++) {
    const ch = s.charCodeAt(i);
    if (ch === HYPHEN) {
      if (h1 < 0) h1 = i;
      else if (h2 < 0) h2 = i;
      else return false;
    } else if (ch < ZERO || ch > NINE) return false;
  }
  if (h2 < 0) return false;
  const la = h1;
  const lb = h2 - h1 - 1;
  const lc = len - h2 - 1;
  if (la < 2 || la > 5 || lb < 1 || lb > 4 || lc < 3 || lc > 4) return false;
  const d1 = digitAt(s, 1, la, lb);
  const d2 = digitAt(s, 2, la, lb);
  const d3 = digitAt(s, 3, la, lb);
  if (d1 === ZERO) return false;
  const starts0800 = d1 === 56 && d2 === ZERO && d3 === ZERO;
  if (len - 2 === 11) {
    const service = starts0800 || (d2 === ZERO && (d1 === 50 || d1 >= 53)); // 0[25-9]0
    if (!service) return false;
    return starts0800 ? la === 4 && lb === 3 && lc === 4 : la === 3 && lb === 4 && lc === 4;
  }
  if (len - 2 !== 10) return false;
  if (d2 === ZERO && d1 >= 50) return false; // 0[2-9]0 needs 11 digits
  const freeDial = (d1 === 49 && d2 === 50 && d3 === ZERO) || (d1 === 53 && d2 === 55 && d3 === ZERO); // 0120, 0570
  if (freeDial) return la === 4 && lb === 3 && lc === 3;
  return lc === 4; // landline: the user's grouping is kept (area 2–5, exchange 1–4)
}

/**
 * Parses phone text; returns the canonical number or null.
 * @example parsePhoneText('＋８１ ３−１２３４−５６７８') // '03-1234-5678'
 */
export function parsePhoneText(input: string): string | null {
  if (isCanonicalPhone(input)) return input;
  const plain = HYPHENATED.exec(input);
  if (plain) {
    const groups = [plain[1] as string, plain[2] as string, plain[3] as string] as const;
    const phone = canonical(groups.join(''), groups);
    return phone === input ? input : phone; // keep the input string when it is already canonical
  }
  let s = foldHyphens(cleanStructured(input)).replace(LABEL, '');
  if (s.startsWith('+81')) {
    s = s.slice(3).replace(/^[\s-]*\(0\)/, '').replace(/^[\s-]+/, '');
    s = `0${s}`;
  }
  if (!/^[\d\s()-]+$/.test(s)) return null;
  // '(03)1234-5678' and '03(1234)5678': brackets are group separators.
  const groups = s.split(/[\s()-]+/).filter((g) => g !== '');
  const digits = groups.join('');
  return canonical(digits, groups.length > 1 ? groups : null);
}

/** Normalizes one phone cell. */
export function normalizePhone(raw: CellValue): Normalized {
  if (typeof raw === 'string') {
    if (raw.trim() === '') return BLANK;
    const phone = parsePhoneText(raw);
    return phone === null ? fail('phone.invalid', { value: shownValue(raw) }) : phone;
  }
  if (typeof raw === 'number') {
    if (Number.isSafeInteger(raw) && raw > 0) {
      const text = String(raw);
      if (text.length === 9 || text.length === 10) {
        const phone = canonical(`0${text}`, null);
        if (phone !== null) return okWithWarning(phone, 'phone.leadingZeroRestored', { value: text, normalized: phone });
      }
    }
    return fail('phone.invalid', { value: shownValue(raw) });
  }
  if (raw === null || raw === undefined) return BLANK;
  return fail('phone.invalid', { value: shownValue(raw) });
}

export function compilePhone(): ValueNormalizer {
  return normalizePhone;
}
