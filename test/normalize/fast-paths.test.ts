/**
 * The per-cell fast paths (already-canonical phones, plain ISO dates, text needing no fold,
 * ○/× marks, coordinates without a degree sign) must give exactly what the full parse gives.
 * Each case pairs an input that takes the fast path with a spelling that cannot.
 */
import fc from 'fast-check';
import { normalizeCell } from '../../templates/normalize';
import { parsePhoneText } from '../../templates/normalize/phone';
import { foldText } from '../../templates/normalize/fold';
import { column } from './helpers';

describe('phone fast path', () => {
  test.each<[string, string | null]>([
    ['03-1234-5678', '03-1234-5678'],
    ['0123-45-6789', '0123-45-6789'],
    ['01267-2-3456', '01267-2-3456'],
    ['090-1234-5678', '090-1234-5678'],
    ['0901-234-5678', '090-1234-5678'], // 11 digits regrouped 3-4-4
    ['0800-123-4567', '0800-123-4567'],
    ['080-0123-4567', '0800-123-4567'], // 0800 regrouped 4-3-4
    ['0120-123-456', '0120-123-456'],
    ['012-0123-456', '0120-123-456'],
    ['0570-123-456', '0570-123-456'],
    ['03-123-456', null], // 9 digits
    ['00-1234-5678', null],
    ['090-123-4567', null], // 090 needs 11 digits
    ['050-1234-567', null],
    ['03-1234-567', null], // 9 digits
    ['03-12345-678', '0312345678'], // not a landline shape: digits only
    ['010-1234-5678', null], // 11 digits outside the mobile/IP/0800 prefixes
  ])('%s → %s', (input, expected) => {
    expect(parsePhoneText(input)).toBe(expected);
    // The same number written with full-width digits bypasses the fast path and must agree.
    const wide = input.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
    expect(parsePhoneText(wide)).toBe(expected);
  });

  test('hyphenated digit strings: fast path and full parse agree', () => {
    const group = (min: number, max: number) => fc.stringMatching(new RegExp(`^\\d{${min},${max}}$`));
    fc.assert(
      fc.property(group(1, 5), group(1, 4), group(3, 4), (a, b, c) => {
        const ascii = `0${a}-${b}-${c}`;
        const wide = ascii.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
        expect(parsePhoneText(ascii)).toBe(parsePhoneText(wide));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('ISO date fast path', () => {
  test.each<[string, unknown]>([
    ['2025-05-20', '2025-05-20'],
    ['2024-02-29', '2024-02-29'],
    ['2025-02-29', 'date.invalid'],
    ['2025-13-01', 'date.invalid'],
    ['0000-01-01', 'date.invalid'],
    ['1899-12-31', 'date.outOfRange'],
    ['2200-01-01', 'date.outOfRange'],
  ])('%s', (input, expected) => {
    const wide = input.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
    for (const text of [input, wide, ` ${input} `]) {
      const r = normalizeCell(column('date'), text);
      expect(r.ok ? r.value : r.code).toBe(expected);
    }
  });

  test('any 4-2-2 digit string: same outcome as with a time part', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }), (y, m, d) => {
        const p = (n: number, w: number) => String(n).padStart(w, '0');
        const iso = `${p(y, 4)}-${p(m, 2)}-${p(d, 2)}`;
        // A time part sends the text through the full parse; it names the same day.
        const outcome = (text: string) => {
          const r = normalizeCell(column('date'), text);
          return r.ok ? r.value : r.code;
        };
        expect(outcome(iso)).toBe(outcome(`${iso}T00:00`));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('text, boolean and coordinate fast paths', () => {
  test('foldText leaves plain text untouched and still folds what needs it', () => {
    expect(foldText('在宅医療クリニック 1F')).toBe('在宅医療クリニック 1F');
    expect(foldText('ＡＢＣ医院（ｻﾝﾌﾟﾙ）\u00a0')).toBe('ABC医院（サンプル） ');
    expect(foldText('！？（）')).toBe('！？（）'); // full-width punctuation stays
  });

  test('○ and × read as true and false, like their look-alikes', () => {
    const b = column('boolean');
    expect(normalizeCell(b, '○')).toEqual({ ok: true, value: true });
    expect(normalizeCell(b, '〇')).toEqual({ ok: true, value: true });
    expect(normalizeCell(b, '×')).toEqual({ ok: true, value: false });
    expect(normalizeCell(b, '✕')).toEqual({ ok: true, value: false });
  });

  test('coordinates with and without a degree sign', () => {
    const lat = column('latitude');
    expect(normalizeCell(lat, '36.6513')).toEqual({ ok: true, value: 36.6513 });
    expect(normalizeCell(lat, '36.6513°')).toEqual({ ok: true, value: 36.6513 });
    expect(normalizeCell(lat, '36.6513度 ')).toEqual({ ok: true, value: 36.6513 });
    expect(normalizeCell(lat, '99.1')).toMatchObject({ ok: false, code: 'coordinate.outOfRange' });
  });
});
