/**
 * MIME header pieces for .eml files: RFC 2047 B-encoded words (split on character boundaries),
 * RFC 5322 display names and dates. Everything returned is 7-bit ASCII, so no header can carry
 * a raw line break from a value (header injection is impossible by construction).
 */
import { base64Encode, utf8Encode, utf8Length } from './bytes';

/** Longest encoded word RFC 2047 allows. */
export const MAX_ENCODED_WORD = 75;
const PREFIX = '=?UTF-8?B?';
const SUFFIX = '?=';

/** Max UTF-8 bytes whose base64 fits in `chars` characters of an encoded word. */
function bytesFor(chars: number): number {
  const payload = chars - PREFIX.length - SUFFIX.length;
  return Math.floor(payload / 4) * 3;
}

/**
 * Splits text into B-encoded words of at most `firstMax` (first) / `restMax` (others) characters,
 * never splitting a code point's UTF-8 sequence across words.
 * @example encodeWords('会議') // ['=?UTF-8?B?5Lya6K2w?=']
 */
export function encodeWords(text: string, firstMax = MAX_ENCODED_WORD, restMax = MAX_ENCODED_WORD): string[] {
  const words: string[] = [];
  let budget = bytesFor(firstMax);
  let chunk = '';
  let chunkBytes = 0;
  for (const ch of text) {
    const len = utf8Length(ch.codePointAt(0) as number);
    if (chunkBytes + len > budget && chunk) {
      words.push(PREFIX + base64Encode(utf8Encode(chunk)) + SUFFIX);
      chunk = '';
      chunkBytes = 0;
      budget = bytesFor(restMax);
    }
    chunk += ch;
    chunkBytes += len;
  }
  if (chunk || words.length === 0) words.push(PREFIX + base64Encode(utf8Encode(chunk)) + SUFFIX);
  return words;
}

/** Printable ASCII without controls (what may stand in a header unencoded). */
const PLAIN_ASCII = /^[\x20-\x7e]*$/;
/** RFC 5322 atext plus space: a phrase of atoms needs no quoting. */
const ATOM_PHRASE = /^[A-Za-z0-9!#$%&'*+\-/=?^_`{|}~ ]*$/;

/**
 * Folds a header whose value is either plain ASCII or encoded words. Lines stay ≤ 76 characters
 * where the pieces allow it; continuation lines start with one space (RFC 5322 folding).
 */
export function foldHeader(name: string, pieces: readonly string[]): string {
  const lines: string[] = [];
  let line = `${name}:`;
  for (const piece of pieces) {
    if (line.length + 1 + piece.length > 76 && line.length > name.length + 1) {
      lines.push(line);
      line = ` ${piece}`;
    } else line += ` ${piece}`;
  }
  lines.push(line);
  return lines.join('\r\n');
}

/**
 * The value pieces of an unstructured header (Subject): ASCII words as they are, anything else
 * as encoded words sized to fit the first line after `Name: `.
 */
export function unstructuredPieces(headerName: string, text: string): string[] {
  const oneLine = text.replace(/[\r\n\t]+/g, ' ');
  if (PLAIN_ASCII.test(oneLine) && !/=\?/.test(oneLine) && oneLine.trim() === oneLine && !/ {2}/.test(oneLine)) {
    return oneLine === '' ? [''] : oneLine.split(' ');
  }
  return encodeWords(oneLine, 76 - headerName.length - 2, MAX_ENCODED_WORD);
}

export interface Mailbox {
  /** Display name as people read it (may be Japanese, may hold quotes or commas). */
  readonly name: string;
  /** addr-spec; must already be validated ASCII (see isValidEmail). */
  readonly address: string;
}

/** Display-name pieces: atoms, a quoted string, or encoded words (never raw non-ASCII). */
function displayNamePieces(headerName: string, name: string): string[] {
  const oneLine = name.replace(/[\r\n\t]+/g, ' ').trim();
  if (oneLine === '') return [];
  if (PLAIN_ASCII.test(oneLine) && !/=\?/.test(oneLine)) {
    if (ATOM_PHRASE.test(oneLine)) return [oneLine];
    return [`"${oneLine.replace(/(["\\])/g, '\\$1')}"`];
  }
  return encodeWords(oneLine, 76 - headerName.length - 2, MAX_ENCODED_WORD);
}

/**
 * A From/To header with one mailbox.
 * @example mailboxHeader('To', { name: 'Pat', address: 'pat@example.jp' }) // 'To: Pat <pat@example.jp>'
 */
export function mailboxHeader(headerName: string, box: Mailbox): string {
  return foldHeader(headerName, [...displayNamePieces(headerName, box.name), `<${box.address}>`]);
}

/** Addresses we can put in a 7-bit header: ASCII local part without specials, dotted domain. */
const EMAIL = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/;

/** True for an ASCII dot-atom address such as `kaigo@town.example.jp`. */
export function isValidEmail(value: string | null | undefined): value is string {
  return typeof value === 'string' && value.length <= 254 && EMAIL.test(value);
}

const DAY_NAMES = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/**
 * RFC 5322 Date of a Tokyo wall-clock time 'YYYY-MM-DDTHH:MM[:SS]' (Japan has no DST, so +0900 is exact).
 * @example rfc5322Date('2025-05-01T10:00') // 'Thu, 01 May 2025 10:00:00 +0900'
 */
export function rfc5322Date(tokyoLocal: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/.exec(tokyoLocal);
  if (!m) throw new RangeError(`expected YYYY-MM-DDTHH:MM, got ${tokyoLocal}`);
  const [, y, mo, d, h, mi, s] = m as unknown as [string, string, string, string, string, string, string | undefined];
  const weekday = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d))).getUTCDay();
  return `${DAY_NAMES[weekday]}, ${d} ${MONTH_NAMES[Number(mo) - 1]} ${y} ${h}:${mi}:${s ?? '00'} +0900`;
}
