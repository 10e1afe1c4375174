import { normalizeCell } from '../../templates/normalize';
import { lgCheckDigit } from '../../templates/normalize/lg-code';
import { column } from './helpers';

describe('全国地方公共団体コード', () => {
  test.each([
    ['13101', 6], // 千代田区
    ['01100', 2], // 札幌市
    ['46201', 2], // 鹿児島市
    ['27204', 3], // 池田市
    ['01205', 0], // 室蘭市: remainder 1
    ['01101', 1], // 札幌市中央区: remainder 0
    ['13000', 1], // 東京都
    ['01000', 6], // 北海道
  ])('check digit of %s is %i', (code5, digit) => {
    expect(lgCheckDigit(code5)).toBe(digit);
  });

  const lg = column('lgCode');
  test.each<[unknown, string]>([
    ['131016', '131016'],
    ['０１１００２', '011002'],
    [' 462012 ', '462012'],
    [131016, '131016'],
    [11002, '011002'],
    [12050, '012050'],
  ])('%p → %s', (raw, expected) => {
    expect(normalizeCell(lg, raw as never)).toEqual({ ok: true, value: expected });
  });

  test('5-digit codes get their check digit with a warning', () => {
    expect(normalizeCell(lg, '13101')).toEqual({
      ok: true, value: '131016', warning: { code: 'lgCode.checkDigitAdded', params: { value: '13101', normalized: '131016' } },
    });
    expect(normalizeCell(lg, 13101)).toMatchObject({ ok: true, value: '131016', warning: { code: 'lgCode.checkDigitAdded' } });
  });

  test('wrong check digit names the expected digit', () => {
    expect(normalizeCell(lg, '131017')).toEqual({ ok: false, code: 'lgCode.checkDigit', params: { value: '131017', expected: 6 } });
  });

  test.each<unknown>(['1310', '1310161', '991016', '481000', 'ABCDEF', 0, -131016, 1.5, true])('%p is invalid', (raw) => {
    expect(normalizeCell(lg, raw as never)).toMatchObject({ ok: false, code: 'lgCode.invalid' });
  });
});

describe('fiscal years', () => {
  const fy = column('fiscalYear');
  test.each<[unknown, number]>([
    [2025, 2025], ['2025', 2025], ['2025年度', 2025], ['２０２５年度', 2025], ['FY2025', 2025], ['令和7年度', 2025],
    ['令和元年度', 2019], ['R7', 2025], ['R7年度', 2025], ['Ｒ７年度', 2025], ['H30年度', 2018], ['平成30年度', 2018],
    ['平成元年度', 1989],
  ])('%p → %i', (raw, year) => {
    expect(normalizeCell(fy, raw as never)).toEqual({ ok: true, value: year });
  });

  test('bare era years are 令和 with a warning', () => {
    expect(normalizeCell(fy, '７年度')).toEqual({ ok: true, value: 2025, warning: { code: 'date.eraAssumed', params: { value: '７年度' } } });
    expect(normalizeCell(fy, 7)).toMatchObject({ ok: true, value: 2025, warning: { code: 'date.eraAssumed' } });
  });

  test.each<unknown>(['昭和63年度', 1988, 2201, '令和', 'X7', '20255', 2025.5, true, new Date(0)])('%p is invalid', (raw) => {
    expect(normalizeCell(fy, raw as never)).toMatchObject({ ok: false, code: 'fiscalYear.invalid' });
  });
});

describe('ids, refs and e-mail', () => {
  const id = column('id');
  test.each<[unknown, string]>([
    ['R001', 'R001'], [' R001 ', 'R001'], ['Ｒ００１', 'R001'], ['R-001', 'R-001'], ['R_1', 'R_1'], ['Ｒ－００１', 'R-001'], [1, '1'], [0, '0'],
  ])('id %p → %s', (raw, expected) => {
    expect(normalizeCell(id, raw as never)).toEqual({ ok: true, value: expected });
    expect(normalizeCell(column('ref'), raw as never)).toEqual({ ok: true, value: expected });
  });
  test.each<unknown>(['R 001', '-R1', 'R001!', '資源1', 1.5, -1, true])('id %p is invalid', (raw) => {
    expect(normalizeCell(id, raw as never)).toMatchObject({ ok: false, code: 'id.invalid' });
  });

  const email = column('email');
  test.each<[string, string]>([
    ['taro@example.jp', 'taro@example.jp'],
    [' Taro@Example.JP ', 'Taro@example.jp'],
    ['ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ', 'taro@example.jp'],
    ['mailto:info@town.example.lg.jp', 'info@town.example.lg.jp'],
    ['a.b+c@sub-domain.example.co.jp', 'a.b+c@sub-domain.example.co.jp'],
  ])('email %p → %s', (raw, expected) => {
    expect(normalizeCell(email, raw)).toEqual({ ok: true, value: expected });
  });
  test.each<unknown>(['taro', 'taro@', '@example.jp', 'taro @example.jp', 'taro@example', 'a@b@example.jp', 'taro@exa mple.jp', 'taro@-x.jp', 1])(
    'email %p is invalid',
    (raw) => {
      expect(normalizeCell(email, raw as never)).toMatchObject({ ok: false, code: 'email.invalid' });
    },
  );
});

describe('coordinates', () => {
  test('inside Japan', () => {
    expect(normalizeCell(column('latitude'), 36.6513)).toEqual({ ok: true, value: 36.6513 });
    expect(normalizeCell(column('latitude'), '３６．６５１３')).toEqual({ ok: true, value: 36.6513 });
    expect(normalizeCell(column('longitude'), '138.181°')).toEqual({ ok: true, value: 138.181 });
  });
  test('outside Japan or not numbers', () => {
    expect(normalizeCell(column('latitude'), 138.18)).toMatchObject({ ok: false, code: 'coordinate.outOfRange' });
    expect(normalizeCell(column('longitude'), 36.65)).toMatchObject({ ok: false, code: 'coordinate.outOfRange' });
    expect(normalizeCell(column('latitude'), 'north')).toMatchObject({ ok: false, code: 'number.invalid' });
    expect(normalizeCell(column('latitude'), true)).toMatchObject({ ok: false, code: 'number.invalid' });
  });
});
