import { normalizeCell } from '../../templates/normalize';
import { parseDateText } from '../../templates/normalize/date';
import { parseTimeText } from '../../templates/normalize/time';
import { column } from './helpers';

const date = column('date');
const time = column('time');

describe('date cells', () => {
  test.each<[unknown, string]>([
    [45797, '2025-05-20'],
    [45797.6, '2025-05-20'],
    [20250520, '2025-05-20'],
    [new Date('2025-05-19T15:00:00Z'), '2025-05-20'],
    [new Date('2025-05-20T00:00:00Z'), '2025-05-20'],
    ['2025-05-20', '2025-05-20'],
    ['2025-5-2', '2025-05-02'],
    ['2025/5/20', '2025-05-20'],
    ['2025.5.20', '2025-05-20'],
    ['20250520', '2025-05-20'],
    ['2025年5月20日', '2025-05-20'],
    ['2025 年 5 月 20 日', '2025-05-20'],
    ['2025年5月20日（火）', '2025-05-20'],
    ['2025/5/20(火)', '2025-05-20'],
    ['令和7年5月20日', '2025-05-20'],
    ['令和元年5月1日', '2019-05-01'],
    ['R7.5.20', '2025-05-20'],
    ['r7.5.20', '2025-05-20'],
    ['R7/5/20', '2025-05-20'],
    ['R.7.5.20', '2025-05-20'],
    ['令7.5.20', '2025-05-20'],
    ['Ｒ７．５．２０', '2025-05-20'],
    ['２０２５／５／２０', '2025-05-20'],
    ['H31.4.30', '2019-04-30'],
    ['平成31年4月30日', '2019-04-30'],
    ['S64.1.7', '1989-01-07'],
    ['2025-05-20T00:00:00', '2025-05-20'],
    ['2025-05-20T23:30:00', '2025-05-20'],
    ['2025-05-20 10:00', '2025-05-20'],
    ['2025/5/20 10:00:00', '2025-05-20'],
    ['2025-05-19T15:00:00Z', '2025-05-20'],
    ['2025-05-20T08:59:00+09:00', '2025-05-20'],
    ['  2025/5/20\u3000', '2025-05-20'],
  ])('%p → %s', (raw, iso) => {
    expect(normalizeCell(date, raw as never)).toEqual({ ok: true, value: iso });
  });

  test.each<[unknown, string]>([
    ['2025/2/30', 'date.invalid'],
    ['2025-13-01', 'date.invalid'],
    ['平成32年1月1日', 'date.invalid'],
    ['平成31年5月1日', 'date.invalid'],
    ['令和元年4月1日', 'date.invalid'],
    ['令和0年5月1日', 'date.invalid'],
    ['5/20', 'date.ambiguous'],
    ['5月20日', 'date.ambiguous'],
    ['7.5.20', 'date.ambiguous'],
    ['25/5/20', 'date.ambiguous'],
    ['2025年5月', 'date.invalid'],
    ['2025/5-20', 'date.invalid'],
    ['2025年5/20', 'date.invalid'],
    ['来週火曜', 'date.invalid'],
    ['202/5/20', 'date.invalid'],
    [5, 'date.outOfRange'],
    [100000, 'date.outOfRange'],
    [Number.NaN, 'date.invalid'],
    [true, 'date.invalid'],
    [new Date(Number.NaN), 'date.invalid'],
    [new Date('1850-01-01T00:00:00Z'), 'date.outOfRange'],
    ['明治30年1月1日', 'date.outOfRange'],
    ['#VALUE!', 'cell.errorValue'],
  ])('%p → %s', (raw, code) => {
    const res = normalizeCell(date, raw as never);
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.code).toBe(code);
  });

  test('bare era year is read as 令和 with a warning', () => {
    expect(normalizeCell(date, '7年5月20日')).toEqual({
      ok: true, value: '2025-05-20', warning: { code: 'date.eraAssumed', params: { value: '7年5月20日' } },
    });
    expect(normalizeCell(date, '元年5月1日')).toMatchObject({ ok: true, value: '2019-05-01', warning: { code: 'date.eraAssumed' } });
    expect(normalizeCell(date, '2年2月30日')).toMatchObject({ ok: false, code: 'date.invalid' });
  });

  test('blanks', () => {
    for (const blank of ['', '  ', '\u3000', null, undefined]) expect(normalizeCell(date, blank)).toEqual({ ok: true, value: null });
  });

  test('parseDateText exposes the three outcomes', () => {
    expect(parseDateText('令和7年5月20日')).toEqual({ kind: 'date', iso: '2025-05-20', eraAssumed: false });
    expect(parseDateText('5/20')).toEqual({ kind: 'ambiguous' });
    expect(parseDateText('x')).toEqual({ kind: 'invalid' });
  });
});

describe('time cells', () => {
  test.each<[unknown, string]>([
    ['9:00', '09:00'],
    ['09:00', '09:00'],
    ['9:05:59', '09:05'],
    ['9時', '09:00'],
    ['9時30分', '09:30'],
    ['9時半', '09:30'],
    ['１４：００', '14:00'],
    ['午後2時', '14:00'],
    ['午前0時', '00:00'],
    ['2:30 PM', '14:30'],
    ['23:59', '23:59'],
    [0, '00:00'],
    [0.5, '12:00'],
    [0.375, '09:00'],
    [45797.5625, '13:30'],
    [new Date('1899-12-30T05:30:00Z'), '14:30'],
    [new Date('2025-05-20T01:00:00Z'), '10:00'],
  ])('%p → %s', (raw, hhmm) => {
    expect(normalizeCell(time, raw as never)).toEqual({ ok: true, value: hhmm });
  });

  test.each<unknown>(['24:00', '25:00', '9:60', '9', '朝', '午後12時', '13時PM', 1, 2, -0.1, 0.9999999, true, new Date(Number.NaN)])(
    '%p is not a time',
    (raw) => {
      expect(normalizeCell(time, raw as never)).toMatchObject({ ok: false, code: 'time.invalid' });
    },
  );

  test('parseTimeText gives minutes', () => {
    expect(parseTimeText('午後2時半')).toBe(870);
    expect(parseTimeText('nonsense')).toBeNull();
  });
});
