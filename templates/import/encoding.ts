/**
 * Text encoding of the CSV files the national sources publish: UTF-8 with a BOM as published, or
 * Shift_JIS (Windows code page 932) once a clerk has opened and re-saved the file in Excel.
 *
 * Detection and UTF-8 decoding are pure TypeScript here (Apps Script has no TextDecoder). Decoding
 * cp932 needs a 7,000-entry table; every host already has one, so the host passes it in
 * (`ShiftJisDecoder`) instead of the kit shipping a copy:
 * - Node CLI and the Excel add-in (browser): `new TextDecoder('shift_jis')` — the WHATWG
 *   "Shift_JIS" decoder is Windows-31J, so NEC/IBM extensions such as ① and ㈱ decode.
 * - Apps Script: `Utilities.newBlob(bytes).getDataAsString('windows-31j')` (Java's plain
 *   "Shift_JIS" lacks those extensions).
 */

export type TextEncoding = 'utf-8' | 'shift_jis';

/** Decodes cp932 bytes with whatever the host has (see the file header). */
export type ShiftJisDecoder = (bytes: Uint8Array) => string;

/** True when the bytes start with the UTF-8 byte order mark EF BB BF. */
export function hasUtf8Bom(bytes: Uint8Array): boolean {
  return bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

const isCont = (b: Uint8Array, i: number): boolean => i < b.length && ((b[i] as number) & 0xc0) === 0x80;

/**
 * Length of the well-formed UTF-8 sequence at i, or 0 when the bytes there are not UTF-8
 * (overlongs, surrogates and code points above U+10FFFF count as not UTF-8).
 */
function utf8SequenceLength(b: Uint8Array, i: number): number {
  const x = b[i] as number;
  if (x < 0x80) return 1;
  if (x >= 0xc2 && x <= 0xdf) return isCont(b, i + 1) ? 2 : 0;
  if (x >= 0xe0 && x <= 0xef) {
    if (!isCont(b, i + 1) || !isCont(b, i + 2)) return 0;
    const y = b[i + 1] as number;
    if ((x === 0xe0 && y < 0xa0) || (x === 0xed && y >= 0xa0)) return 0;
    return 3;
  }
  if (x >= 0xf0 && x <= 0xf4) {
    if (!isCont(b, i + 1) || !isCont(b, i + 2) || !isCont(b, i + 3)) return 0;
    const y = b[i + 1] as number;
    if ((x === 0xf0 && y < 0x90) || (x === 0xf4 && y >= 0x90)) return 0;
    return 4;
  }
  return 0;
}

/**
 * The encoding of a published CSV: a BOM or well-formed UTF-8 means UTF-8, anything else is taken
 * for cp932. Japanese text in cp932 is practically never valid UTF-8 (its lead bytes 0x81–0x9F
 * are UTF-8 continuation bytes), so the check is reliable for these files.
 * @example detectEncoding(new Uint8Array([0x82, 0xa0])) // 'shift_jis' (あ)
 */
export function detectEncoding(bytes: Uint8Array): TextEncoding {
  if (hasUtf8Bom(bytes)) return 'utf-8';
  for (let i = 0; i < bytes.length; ) {
    const n = utf8SequenceLength(bytes, i);
    if (n === 0) return 'shift_jis';
    i += n;
  }
  return 'utf-8';
}

/** UTF-16 units decoded per String.fromCharCode call (its arguments go on the stack). */
const CHUNK = 8192;

/**
 * Decodes UTF-8 (a leading BOM is dropped; a malformed sequence becomes U+FFFD), without TextDecoder.
 * @example decodeUtf8(new Uint8Array([0xe3, 0x81, 0x82])) // 'あ'
 */
export function decodeUtf8(bytes: Uint8Array): string {
  const parts: string[] = [];
  const units = new Uint16Array(CHUNK + 2);
  let k = 0;
  for (let i = hasUtf8Bom(bytes) ? 3 : 0; i < bytes.length; ) {
    const x = bytes[i] as number;
    let cp: number;
    if (x < 0x80) {
      cp = x;
      i += 1;
    } else {
      const n = utf8SequenceLength(bytes, i);
      if (n === 0) {
        cp = 0xfffd;
        i += 1;
      } else {
        if (n === 2) cp = ((x & 0x1f) << 6) | ((bytes[i + 1] as number) & 0x3f);
        else if (n === 3) cp = ((x & 0x0f) << 12) | (((bytes[i + 1] as number) & 0x3f) << 6) | ((bytes[i + 2] as number) & 0x3f);
        else cp = ((x & 0x07) << 18) | (((bytes[i + 1] as number) & 0x3f) << 12) | (((bytes[i + 2] as number) & 0x3f) << 6) | ((bytes[i + 3] as number) & 0x3f);
        i += n;
      }
    }
    if (cp > 0xffff) {
      cp -= 0x10000;
      units[k++] = 0xd800 + (cp >> 10);
      units[k++] = 0xdc00 + (cp & 0x3ff);
    } else units[k++] = cp;
    if (k >= CHUNK) {
      parts.push(String.fromCharCode.apply(null, units.subarray(0, k) as unknown as number[]));
      k = 0;
    }
  }
  parts.push(String.fromCharCode.apply(null, units.subarray(0, k) as unknown as number[]));
  return parts.join('');
}

/** Text of a CSV file and the encoding it was found in. */
export interface DecodedText {
  readonly text: string;
  readonly encoding: TextEncoding;
}

/**
 * Decodes a published CSV file's bytes.
 * @throws Error when the file is cp932 and the host gave no decoder (a host wiring mistake)
 */
export function decodeCsvBytes(bytes: Uint8Array, shiftJis?: ShiftJisDecoder): DecodedText {
  const encoding = detectEncoding(bytes);
  if (encoding === 'utf-8') return { text: decodeUtf8(bytes), encoding };
  if (!shiftJis) throw new Error('a Shift_JIS file needs the host decoder (ShiftJisDecoder)');
  const text = shiftJis(bytes);
  return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, encoding };
}
