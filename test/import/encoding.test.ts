import fc from 'fast-check';
import { decodeCsvBytes, decodeUtf8, detectEncoding, hasUtf8Bom } from '../../templates/import/encoding';
import { cp932Bytes, kaigoCsvText, nodeShiftJis, utf8Bytes } from './fixtures';

describe('encoding of published CSV files', () => {
  it('takes a BOM file for UTF-8 and drops the BOM', () => {
    const bytes = utf8Bytes('\uFEFF事業所名,住所\r\n');
    expect(hasUtf8Bom(bytes)).toBe(true);
    expect(detectEncoding(bytes)).toBe('utf-8');
    expect(decodeCsvBytes(bytes).text).toBe('事業所名,住所\r\n');
  });

  it('takes well-formed UTF-8 without a BOM for UTF-8', () => {
    expect(detectEncoding(utf8Bytes('訪問介護,０２３７－１１'))).toBe('utf-8');
  });

  it('detects a file Excel re-saved as Shift_JIS (cp932, encoded by Python) and decodes it with the host decoder', () => {
    const text = 'さくら訪問介護,0237-①②-3333,㈱さくら,髙橋,―\r\n';
    const bytes = cp932Bytes(text);
    expect(detectEncoding(bytes)).toBe('shift_jis');
    expect(decodeCsvBytes(bytes, nodeShiftJis)).toEqual({ text, encoding: 'shift_jis' });
  });

  it('the whole 介護 fixture survives cp932 → host decoder unchanged', () => {
    const text = kaigoCsvText();
    expect(decodeCsvBytes(cp932Bytes(text), nodeShiftJis).text).toBe(text.slice(1));
  });

  it('refuses to guess a Shift_JIS file without a host decoder', () => {
    expect(() => decodeCsvBytes(cp932Bytes('あ'))).toThrow(/ShiftJisDecoder/);
  });

  it('decodes UTF-8 exactly like Node for any string (astral planes included)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (s) => {
        expect(decodeUtf8(utf8Bytes(s))).toBe(s);
        expect(detectEncoding(utf8Bytes(s))).toBe('utf-8');
      }),
    );
  });

  it('turns malformed UTF-8 into U+FFFD instead of failing', () => {
    expect(decodeUtf8(new Uint8Array([0x61, 0xff, 0x62]))).toBe('a\uFFFDb');
    expect(decodeUtf8(new Uint8Array([0xed, 0xa0, 0x80]))).toBe('\uFFFD\uFFFD\uFFFD'); // a lone surrogate is not UTF-8
  });

  it('decodes long files (no call-stack limit on fromCharCode)', () => {
    const s = 'あ'.repeat(100_000);
    expect(decodeUtf8(utf8Bytes(s))).toBe(s);
  });
});
