/**
 * Host limits a plan must respect (Excel's data-validation text limits, its 5 MB request cap) and
 * the safe text cut that keeps prompts inside them.
 */

/** Excel rejects (or silently drops) longer data-validation texts; Sheets and LibreOffice accept them. */
export const EXCEL_LIMITS = {
  promptTitle: 32,
  promptMessage: 255,
  errorTitle: 32,
  errorMessage: 255,
  /** Inline list source "a,b,c" — longer lists must come from a range. */
  inlineList: 255,
  /** Excel on the web: bytes per request and per response (RequestPayloadSizeLimitExceeded). */
  requestBytes: 5_000_000,
  /** Characters one cell holds. */
  cellText: 32_767,
} as const;

const ELLIPSIS = '…';

/**
 * Cuts text to at most `max` UTF-16 code units (Excel counts those), ending with '…' when cut,
 * never splitting a surrogate pair (rare kanji such as 𠮷 are two units).
 * @example truncateText('在宅医療・介護連携推進事業の相談窓口の名称', 10) // '在宅医療・介護連携…'
 */
export function truncateText(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 0) return '';
  let end = max - ELLIPSIS.length;
  const code = text.charCodeAt(end - 1);
  // A high surrogate at the cut would be left without its partner: cut one unit earlier.
  if (end > 0 && code >= 0xd800 && code <= 0xdbff) end -= 1;
  return text.slice(0, Math.max(end, 0)) + ELLIPSIS;
}
