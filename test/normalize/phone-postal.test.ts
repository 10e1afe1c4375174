import { normalizeCell } from '../../templates/normalize';
import { PHONE_NORMALIZED, POSTAL_NORMALIZED } from '../../templates/spec/schema';
import { column } from './helpers';

const phone = column('phone');
const postal = column('postal');

describe('phone cells', () => {
  test.each<[unknown, string]>([
    ['03-1234-5678', '03-1234-5678'],
    ['0312345678', '0312345678'],
    ['03(1234)5678', '03-1234-5678'],
    ['(03)1234-5678', '03-1234-5678'],
    ['03 1234 5678', '03-1234-5678'],
    ['０３‐１２３４‐５６７８', '03-1234-5678'],
    ['03ー1234ー5678', '03-1234-5678'],
    ['03－1234－5678', '03-1234-5678'],
    ['03–1234—5678', '03-1234-5678'],
    ['0123-45-6789', '0123-45-6789'],
    ['01267-2-3456', '01267-2-3456'],
    ['+81 3-1234-5678', '03-1234-5678'],
    ['+81-90-1234-5678', '090-1234-5678'],
    ['+81 (0)3 1234 5678', '03-1234-5678'],
    ['TEL: 03-1234-5678', '03-1234-5678'],
    ['ＦＡＸ：０３−１２３４−５６７９', '03-1234-5679'],
    ['09012345678', '090-1234-5678'],
    ['090-1234-5678', '090-1234-5678'],
    ['0901-234-5678', '090-1234-5678'],
    ['080 1234 5678', '080-1234-5678'],
    ['070-1234-5678', '070-1234-5678'],
    ['050-1234-5678', '050-1234-5678'],
    ['0120-123-456', '0120-123-456'],
    ['0120123456', '0120-123-456'],
    ['0570-00-1234', '0570-001-234'],
    ['08001234567', '0800-123-4567'],
    ['03-12-345678', '0312345678'],
  ])('%p → %s', (raw, expected) => {
    const res = normalizeCell(phone, raw as never);
    expect(res).toEqual({ ok: true, value: expected });
    expect(PHONE_NORMALIZED.test(expected)).toBe(true);
  });

  test.each<unknown>([
    '03-1234-567', '03-1234-56789', '3-1234-5678', '090-1234-567', '0901234567', '00-1234-5678', '03-1234-5678 内線12',
    'なし', '0312345678901', '+1 212 555 1234', 12345678, 123, 1.5, -312345678, true, new Date(0),
  ])('%p is invalid', (raw) => {
    expect(normalizeCell(phone, raw as never)).toMatchObject({ ok: false, code: 'phone.invalid' });
  });

  test('a number cell that lost its leading zero is restored with a warning', () => {
    expect(normalizeCell(phone, 312345678)).toEqual({
      ok: true,
      value: '0312345678',
      warning: { code: 'phone.leadingZeroRestored', params: { value: '312345678', normalized: '0312345678' } },
    });
    expect(normalizeCell(phone, 9012345678)).toMatchObject({ ok: true, value: '090-1234-5678', warning: { code: 'phone.leadingZeroRestored' } });
    expect(normalizeCell(phone, 120123456)).toMatchObject({ ok: true, value: '0120-123-456' });
  });
});

describe('postal cells', () => {
  test.each<[unknown, string]>([
    ['1234567', '123-4567'],
    ['123-4567', '123-4567'],
    ['〒123-4567', '123-4567'],
    ['〒 123-4567', '123-4567'],
    ['１２３ー４５６７', '123-4567'],
    ['１２３－４５６７', '123-4567'],
    [1234567, '123-4567'],
  ])('%p → %s', (raw, expected) => {
    expect(normalizeCell(postal, raw as never)).toEqual({ ok: true, value: expected });
    expect(POSTAL_NORMALIZED.test(expected)).toBe(true);
  });

  test('6-digit number cells get the leading zero back', () => {
    expect(normalizeCell(postal, 600001)).toMatchObject({ ok: true, value: '060-0001', warning: { code: 'postal.leadingZeroRestored' } });
  });

  test.each<unknown>(['123-456', '12-34567', '1234-567', '〒', 'abc-defg', 12345, 1.5, true])('%p is invalid', (raw) => {
    expect(normalizeCell(postal, raw as never)).toMatchObject({ ok: false, code: 'postal.invalid' });
  });
});
