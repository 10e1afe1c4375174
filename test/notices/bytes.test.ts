/** The hand-written UTF-8 and base64 encoders agree with Node's on any string, including lone surrogates. */
import fc from 'fast-check';
import { base64Encode, utf8Encode } from '../../templates/notices/bytes';

describe('utf8Encode', () => {
  it('encodes 1- to 4-byte characters', () => {
    expect([...utf8Encode('A')]).toEqual([0x41]);
    expect([...utf8Encode('é')]).toEqual([0xc3, 0xa9]);
    expect([...utf8Encode('会')]).toEqual([0xe4, 0xbc, 0x9a]);
    expect([...utf8Encode('𠮷')]).toEqual([0xf0, 0xa0, 0xae, 0xb7]);
  });

  it('replaces lone surrogates with U+FFFD like the WHATWG encoder', () => {
    expect([...utf8Encode('\ud842x')]).toEqual([0xef, 0xbf, 0xbd, 0x78]);
    expect([...utf8Encode('\udfb7')]).toEqual([0xef, 0xbf, 0xbd]);
  });

  it('matches Buffer.from(s, "utf8") for arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
        expect(Buffer.from(utf8Encode(s)).equals(Buffer.from(s, 'utf8'))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe('base64Encode', () => {
  it('matches Buffer base64 for arbitrary bytes and wraps at 76 with CRLF', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        const plain = Buffer.from(bytes).toString('base64');
        expect(base64Encode(bytes)).toBe(plain);
        const wrapped = base64Encode(bytes, 76);
        expect(wrapped.replace(/\r\n/g, '')).toBe(plain);
        for (const line of wrapped.split('\r\n')) expect(line.length).toBeLessThanOrEqual(76);
      }),
      { numRuns: 300 },
    );
  });
});
