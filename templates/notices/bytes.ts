/**
 * UTF-8 and base64 encoding by hand. Apps Script V8 has neither TextEncoder nor btoa, and the task
 * pane must not rely on Buffer, so the notices core carries its own small, tested encoders.
 */

/**
 * UTF-8 bytes of a string. Lone surrogates (invalid UTF-16) become U+FFFD, as the WHATWG encoder does.
 * @example utf8Encode('𠮷').length // 4
 */
export function utf8Encode(text: string): Uint8Array {
  // Exact size first (one cheap pass), so no oversized buffer becomes garbage on every call.
  let size = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) size += 1;
    else if (c < 0x800) size += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      size += 4;
      i++;
    } else size += 3; // BMP, or a lone surrogate written as U+FFFD
  }
  const out = new Uint8Array(size);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    let cp = text.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff) {
      const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
      if (next >= 0xdc00 && next <= 0xdfff) {
        cp = 0x10000 + ((cp - 0xd800) << 10) + (next - 0xdc00);
        i++;
      } else cp = 0xfffd;
    } else if (cp >= 0xdc00 && cp <= 0xdfff) cp = 0xfffd;
    if (cp < 0x80) out[n++] = cp;
    else if (cp < 0x800) {
      out[n++] = 0xc0 | (cp >> 6);
      out[n++] = 0x80 | (cp & 0x3f);
    } else if (cp < 0x10000) {
      out[n++] = 0xe0 | (cp >> 12);
      out[n++] = 0x80 | ((cp >> 6) & 0x3f);
      out[n++] = 0x80 | (cp & 0x3f);
    } else {
      out[n++] = 0xf0 | (cp >> 18);
      out[n++] = 0x80 | ((cp >> 12) & 0x3f);
      out[n++] = 0x80 | ((cp >> 6) & 0x3f);
      out[n++] = 0x80 | (cp & 0x3f);
    }
  }
  return out;
}

/** Number of UTF-8 bytes of one code point. */
export function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

const B64_CODES = Uint8Array.from('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', (c) => c.charCodeAt(0));
const PAD = 61; // '='

/** ASCII codes → string, in slices small enough for Function.prototype.apply's argument limit. */
function asciiToString(codes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < codes.length; i += 0x2000) out += String.fromCharCode.apply(null, codes.subarray(i, i + 0x2000) as unknown as number[]);
  return out;
}

/**
 * Standard base64 (RFC 4648, with padding) of bytes; `lineLength` > 0 (a multiple of 4) inserts
 * CRLF after every that many characters, as MIME bodies need (76).
 * Written into a byte buffer first: building the string quad by quad made GC the bottleneck.
 * @throws RangeError when lineLength is not a multiple of 4.
 * @example base64Encode(utf8Encode('あ')) // '44GC'
 */
export function base64Encode(bytes: Uint8Array, lineLength = 0): string {
  if (lineLength < 0 || lineLength % 4 !== 0) throw new RangeError(`lineLength must be a multiple of 4: ${lineLength}`);
  const quads = Math.ceil(bytes.length / 3);
  const quadsPerLine = lineLength > 0 ? lineLength / 4 : Infinity;
  const breaks = lineLength > 0 && quads > 0 ? Math.ceil(quads / quadsPerLine) - 1 : 0;
  const out = new Uint8Array(quads * 4 + breaks * 2);
  let o = 0;
  let inLine = 0;
  const full = bytes.length - (bytes.length % 3);
  for (let i = 0; i < full; i += 3) {
    if (inLine === quadsPerLine) {
      out[o++] = 13;
      out[o++] = 10;
      inLine = 0;
    }
    const v = ((bytes[i] as number) << 16) | ((bytes[i + 1] as number) << 8) | (bytes[i + 2] as number);
    out[o++] = B64_CODES[v >> 18] as number;
    out[o++] = B64_CODES[(v >> 12) & 63] as number;
    out[o++] = B64_CODES[(v >> 6) & 63] as number;
    out[o++] = B64_CODES[v & 63] as number;
    inLine++;
  }
  const rest = bytes.length - full;
  if (rest > 0) {
    if (inLine === quadsPerLine) {
      out[o++] = 13;
      out[o++] = 10;
    }
    const v = ((bytes[full] as number) << 16) | (rest === 2 ? (bytes[full + 1] as number) << 8 : 0);
    out[o++] = B64_CODES[v >> 18] as number;
    out[o++] = B64_CODES[(v >> 12) & 63] as number;
    out[o++] = rest === 2 ? (B64_CODES[(v >> 6) & 63] as number) : PAD;
    out[o++] = PAD;
  }
  return asciiToString(out);
}
