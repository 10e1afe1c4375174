import {
  ERAS, eraOf, findEra, fiscalMonthIndex, fiscalYearLabel, fiscalYearOf, fiscalYearRange, formatWareki, toWareki, warekiToIso,
} from '../../templates/dates';

describe('和暦', () => {
  test.each([
    ['2025-05-20', '令和7年5月20日'],
    ['2019-05-01', '令和元年5月1日'],
    ['2019-04-30', '平成31年4月30日'],
    ['1989-01-08', '平成元年1月8日'],
    ['1989-01-07', '昭和64年1月7日'],
    ['1926-12-25', '昭和元年12月25日'],
    ['1926-12-24', '大正15年12月24日'],
    ['1912-07-30', '大正元年7月30日'],
    ['1912-07-29', '明治45年7月29日'],
    ['2026-03-31', '令和8年3月31日'],
  ])('formatWareki(%s) = %s', (iso, text) => {
    expect(formatWareki(iso)).toBe(text);
  });

  test('with weekday', () => {
    expect(formatWareki('2025-05-20', { weekday: true })).toBe('令和7年5月20日（火）');
    expect(formatWareki('2019-05-01', { weekday: true })).toBe('令和元年5月1日（水）');
  });

  test('before Meiji and malformed input fall back without throwing', () => {
    expect(formatWareki('1860-01-01')).toBe('1860年1月1日');
    expect(formatWareki('2025-02-30')).toBe('2025-02-30');
    expect(toWareki('1860-01-01')).toBeNull();
  });

  test('era boundaries both ways', () => {
    expect(warekiToIso('平成', 31, 4, 30)).toBe('2019-04-30');
    expect(warekiToIso('平成', 31, 5, 1)).toBeNull();
    expect(warekiToIso('平成', 32, 1, 1)).toBeNull();
    expect(warekiToIso('令和', 1, 4, 30)).toBeNull();
    expect(warekiToIso('令和', 1, 5, 1)).toBe('2019-05-01');
    expect(warekiToIso('R', 7, 5, 20)).toBe('2025-05-20');
    expect(warekiToIso('昭和', 64, 1, 7)).toBe('1989-01-07');
    expect(warekiToIso('昭和', 64, 1, 8)).toBeNull();
    expect(warekiToIso('令和', 0, 1, 1)).toBeNull();
    expect(warekiToIso('令和', 7, 2, 29)).toBeNull();
    expect(warekiToIso('天平', 1, 1, 1)).toBeNull();
    expect(toWareki('2019-05-01')).toMatchObject({ year: 1, month: 5, day: 1, era: { name: '令和' } });
  });

  test('era lookup by name, letter and one-kanji abbreviation', () => {
    expect(ERAS.map((e) => e.name)).toEqual(['明治', '大正', '昭和', '平成', '令和']);
    expect(findEra('r')?.name).toBe('令和');
    expect(findEra('H')?.name).toBe('平成');
    expect(findEra('昭')?.name).toBe('昭和');
    expect(findEra('X')).toBeUndefined();
    expect(eraOf('2019-04-30')?.name).toBe('平成');
  });
});

describe('fiscal years (April → March)', () => {
  test('fiscalYearOf', () => {
    expect(fiscalYearOf('2025-04-01')).toBe(2025);
    expect(fiscalYearOf('2026-03-31')).toBe(2025);
    expect(fiscalYearOf('2025-03-31')).toBe(2024);
    expect(fiscalYearOf('nope')).toBeNaN();
  });

  test('fiscalYearRange and month index', () => {
    expect(fiscalYearRange(2025)).toEqual({ start: '2025-04-01', end: '2026-03-31' });
    expect(fiscalMonthIndex('2025-04-15')).toBe(0);
    expect(fiscalMonthIndex('2025-12-01')).toBe(8);
    expect(fiscalMonthIndex('2026-01-15')).toBe(9);
    expect(fiscalMonthIndex('2026-03-31')).toBe(11);
  });

  test.each([
    [2025, '令和7年度'],
    [2019, '令和元年度'],
    [2018, '平成30年度'],
    [1989, '平成元年度'],
    [1988, '昭和63年度'],
  ])('fiscalYearLabel(%i) = %s', (fy, label) => {
    expect(fiscalYearLabel(fy)).toBe(label);
  });
});
