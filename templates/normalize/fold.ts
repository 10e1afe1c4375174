/**
 * Character folding shared by the normalizers: full-width ASCII → half-width, the many hyphen
 * and dash look-alikes → '-', half-width katakana → full-width. Each has a fast path that
 * returns the input untouched (no allocation) when there is nothing to fold.
 */

const FULL_WIDTH_ASCII = /[\uFF01-\uFF5E]/g;
const HAS_WIDE = /[\uFF01-\uFF5E\u3000\u00A0\u2002-\u200B\u202F\u205F]/;
const WIDE_SPACES = /[\u3000\u00A0\u2002-\u200B\u202F\u205F]/g;

/**
 * Full-width ASCII letters, digits and symbols (Ａ１！) → ASCII; full-width space, NBSP and other
 * typographic spaces → ' '. Used for structured values (ids, numbers, codes, enums).
 * @example toHalfWidth('ＡＢ　１２') // 'AB 12'
 */
export function toHalfWidth(s: string): string {
  if (!HAS_WIDE.test(s)) return s;
  return s
    .replace(FULL_WIDTH_ASCII, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(WIDE_SPACES, ' ');
}

const FULL_WIDTH_ALNUM = /[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g;
const HAS_TEXT_FOLD = /[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A\uFF61-\uFF9F\u00A0]/;
const HALF_WIDTH_KANA = /[\uFF61-\uFF9F]+/g;

/**
 * Cheap pre-check for foldText, run on every text cell: false when no character lies in
 * U+FF10…U+FF9F (which contains every range HAS_TEXT_FOLD looks for) and none is NBSP. A plain
 * loop beats entering the regex engine on the short strings that fill most cells.
 */
function mayNeedTextFold(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xff10 ? c <= 0xff9f : c === 0xa0) return true;
  }
  return false;
}

/**
 * Folding for free text: full-width letters/digits → ASCII, half-width katakana → full-width
 * (ｶﾞ → ガ), NBSP → space. Full-width punctuation （）！？ and full-width spaces inside the
 * text are kept: they are ordinary Japanese typography, not input mistakes.
 * @example foldText('ＡＢＣ医院（ｻﾝﾌﾟﾙ）') // 'ABC医院（サンプル）'
 */
export function foldText(s: string): string {
  if (!mayNeedTextFold(s)) return s;
  if (!HAS_TEXT_FOLD.test(s)) return s;
  return s
    .replace(FULL_WIDTH_ALNUM, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(HALF_WIDTH_KANA, (run) => run.normalize('NFKC'))
    .replace(/\u00A0/g, ' ');
}

/** Hyphen, dash, minus and long-vowel look-alikes that people type between digits. */
const HYPHENS = /[\u2010-\u2015\u2212\u2043\u30FC\uFF70\uFE63\uFF0D\u2500\u2501\u02D7]/g;

/**
 * All hyphen look-alikes → '-'. Only for values made of digits (phones, postal codes, dates):
 * in words the long-vowel mark ー is a letter.
 * @example foldHyphens('03ー1234―5678') // '03-1234-5678'
 */
export function foldHyphens(s: string): string {
  return s.replace(HYPHENS, '-');
}

/**
 * Canonical key for matching words typed in different widths and spacings: NFKC (width and
 * kana folding), no whitespace at all, ASCII lower case, the wave dashes 〜～~ unified.
 * @example matchKey('多職種会議 (イ)') === matchKey('多職種会議（イ）') // true
 */
export function matchKey(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/[\u301C\u223C\uFF5E~]/g, '~')
    .toLowerCase();
}

/** Trims and folds to half-width: the common first step for structured values. */
export function cleanStructured(s: string): string {
  return toHalfWidth(s).trim();
}
