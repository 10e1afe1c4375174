import {
  addDays, addMonths, dayNumberOf, daysInMonth, diffDays, fromDayNumber, isIsoDate, isValidYmd, isoFromDayNumber,
  parseIsoDate, toIsoDate, weekdayJa, weekdayOf, WEEKDAYS_JA,
} from '../../templates/dates';

describe('calendar arithmetic on ISO dates', () => {
  test('leap years and month lengths', () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2025, 2)).toBe(28);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(2025, 4)).toBe(30);
    expect(daysInMonth(2025, 12)).toBe(31);
  });

  test.each([
    ['2025-05-20', true], ['2025-02-30', false], ['2024-02-29', true], ['2025-02-29', false],
    ['2025-13-01', false], ['2025-5-20', false], ['20250520', false], ['', false],
  ])('isIsoDate(%s) = %s', (iso, expected) => {
    expect(isIsoDate(iso)).toBe(expected);
  });

  test('isValidYmd rejects non-integers', () => {
    expect(isValidYmd(2025, 1.5, 1)).toBe(false);
    expect(isValidYmd(2025, 1, 31)).toBe(true);
  });

  test('day numbers round-trip over four centuries, agreeing with Date.UTC', () => {
    for (let n = dayNumberOf(1899, 12, 1); n < dayNumberOf(2300, 1, 1); n += 37) {
      const { year, month, day } = fromDayNumber(n);
      expect(dayNumberOf(year, month, day)).toBe(n);
      expect(Date.UTC(year, month - 1, day) / 86_400_000).toBe(n);
    }
    expect(isoFromDayNumber(0)).toBe('1970-01-01');
    expect(parseIsoDate('2025-05-20')).toEqual({ year: 2025, month: 5, day: 20 });
    expect(toIsoDate(987, 1, 2)).toBe('0987-01-02');
  });

  test('addDays / addMonths / diffDays', () => {
    expect(addDays('2025-03-31', 1)).toBe('2025-04-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2025-12-01', -12)).toBe('2024-12-01');
    expect(addMonths('2025-03-15', -3)).toBe('2024-12-15');
    expect(diffDays('2025-05-20', '2025-05-01')).toBe(19);
    expect(diffDays('2025-01-01', '2026-01-01')).toBe(-365);
    expect(() => addDays('2025-02-30', 1)).toThrow(RangeError);
  });

  test('weekdays in Japanese', () => {
    expect(WEEKDAYS_JA).toEqual(['日', '月', '火', '水', '木', '金', '土']);
    expect(weekdayOf('2025-05-20')).toBe(2);
    expect(weekdayJa('2025-05-20')).toBe('火');
    expect(weekdayJa('1970-01-01')).toBe('木');
    expect(weekdayJa('1900-01-01')).toBe('月');
    expect(weekdayJa('2019-05-01')).toBe('水');
  });
});
