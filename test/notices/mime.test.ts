/** RFC 2047 encoded words and RFC 5322 headers: sizes, character boundaries, quoting, dates. */
import fc from 'fast-check';
import { encodeWords, foldHeader, isValidEmail, mailboxHeader, MAX_ENCODED_WORD, rfc5322Date, unstructuredPieces } from '../../templates/notices/mime';

/** Decodes our own B-encoded words with Node (an independent decoder). */
function decodeWord(word: string): Buffer {
  const m = /^=\?UTF-8\?B\?([A-Za-z0-9+/=]*)\?=$/.exec(word);
  if (!m) throw new Error(`not an encoded word: ${word}`);
  return Buffer.from(m[1] as string, 'base64');
}

describe('encodeWords', () => {
  it('keeps every word ≤ 75 chars, each a complete UTF-8 sequence, and round-trips', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 120 }), fc.integer({ min: 20, max: 75 }), (text, first) => {
        const words = encodeWords(text, first);
        words.forEach((w, i) => expect(w.length).toBeLessThanOrEqual(i === 0 ? first : MAX_ENCODED_WORD));
        // Each word decodes on its own to valid UTF-8 (a split sequence would not survive a strict decode).
        const decoder = new TextDecoder('utf-8', { fatal: true });
        const parts = words.map((w) => decoder.decode(decodeWord(w)));
        expect(parts.join('')).toBe(text);
      }),
      { numRuns: 400 },
    );
  });

  it('never splits a 4-byte kanji such as 𠮷 across words', () => {
    const text = '𠮷'.repeat(40);
    const words = encodeWords(text);
    expect(words.length).toBeGreaterThan(1);
    for (const w of words) expect(decodeWord(w).length % 4).toBe(0);
  });
});

describe('headers', () => {
  it('writes ASCII display names as atoms or quoted strings with escapes', () => {
    expect(mailboxHeader('To', { name: 'Pat Smith', address: 'pat@example.jp' })).toBe('To: Pat Smith <pat@example.jp>');
    expect(mailboxHeader('To', { name: `O'Brien, "Jack"`, address: 'j@example.jp' })).toBe(`To: "O'Brien, \\"Jack\\"" <j@example.jp>`);
  });

  it('B-encodes Japanese names and keeps every line ≤ 76 chars', () => {
    const header = mailboxHeader('From', { name: 'みどり町 福祉課 高齢者支援係 在宅医療・介護連携推進担当', address: 'zaitaku@town.midori.example.jp' });
    expect(header.startsWith('From: =?UTF-8?B?')).toBe(true);
    for (const line of header.split('\r\n')) expect(line.length).toBeLessThanOrEqual(76);
    expect(header).not.toMatch(/[^\x00-\x7f]/);
  });

  it('folds a long subject into several encoded words on continuation lines', () => {
    const subject = `【開催通知】${'在宅医療・介護連携推進会議'.repeat(4)}`;
    const header = foldHeader('Subject', unstructuredPieces('Subject', subject));
    const lines = header.split('\r\n');
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(76);
    lines.slice(1).forEach((l) => expect(l.startsWith(' =?UTF-8?B?')).toBe(true));
  });

  it('never lets a line break in a value reach a header', () => {
    const header = foldHeader('Subject', unstructuredPieces('Subject', 'Hello\r\nBcc: victim@example.jp'));
    expect(header).toBe('Subject: Hello Bcc: victim@example.jp');
    const named = mailboxHeader('To', { name: 'A\r\nBcc: x@example.jp', address: 'a@example.jp' });
    expect(named.split('\r\n').every((l, i) => i === 0 || l.startsWith(' '))).toBe(true);
  });
});

describe('isValidEmail', () => {
  it.each([
    ['kaigo@town.example.jp', true],
    ['first.last+tag@sub.example.co.jp', true],
    ['nakamura@@example', false],
    ['no-domain@', false],
    ['space in@example.jp', false],
    ['山田@example.jp', false],
    ['a@b', false],
  ])('%s → %s', (address, ok) => expect(isValidEmail(address)).toBe(ok));
});

describe('rfc5322Date', () => {
  it('formats Tokyo wall-clock time with +0900 whatever the process time zone', () => {
    expect(rfc5322Date('2025-05-01T10:00')).toBe('Thu, 01 May 2025 10:00:00 +0900');
    expect(rfc5322Date('2025-12-31 23:59:58')).toBe('Wed, 31 Dec 2025 23:59:58 +0900');
  });
  it('rejects malformed clocks', () => expect(() => rfc5322Date('2025/05/01 10:00')).toThrow(RangeError));
});
