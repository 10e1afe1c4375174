/** A small stable string hash for deterministic identifiers (Message-ID suffixes, MIME boundaries). */

/**
 * FNV-1a 32-bit hash of a string's UTF-16 code units, as 8 hex digits. Stable across hosts; not
 * for security (identifiers only need to be distinct and reproducible).
 * @example fnv1a('') // '811c9dc5'
 */
export function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}
