/** Rounding and 達成 rules, in TypeScript and as formulas evaluated by HyperFormula. */
import { HyperFormula, type RawCellContent } from 'hyperformula';
import { achievement, achievementFormula, percent, percentFormula, roundHalfAwayFromZero } from '../../templates/indicators';
import { daysBetween, median } from '../../templates/indicators/facts';
import type { Direction } from '../../templates/indicators';

function evaluate(cells: RawCellContent[][]): unknown[][] {
  const hf = HyperFormula.buildFromArray(cells, { licenseKey: 'gpl-v3' });
  try {
    return hf.getSheetValues(0);
  } finally {
    hf.destroy();
  }
}

describe('rounding', () => {
  it('rounds halves away from zero', () => {
    expect(roundHalfAwayFromZero(2.5, 0)).toBe(3);
    expect(roundHalfAwayFromZero(-2.5, 0)).toBe(-3);
    expect(roundHalfAwayFromZero(2.45, 1)).toBe(2.5);
    expect(roundHalfAwayFromZero(2.449, 1)).toBe(2.4);
    expect(roundHalfAwayFromZero(0, 1)).toBe(0);
  });

  it('gives percentages with one decimal, null on a zero or missing denominator', () => {
    expect(percent(1, 3)).toBe(33.3);
    expect(percent(2, 3)).toBe(66.7);
    expect(percent(1, 80)).toBe(1.3); // 1.25 % is an exact half → away from zero
    expect(percent(2105, 10000)).toBe(21.1);
    expect(percent(0, 5)).toBe(0);
    expect(percent(5, 0)).toBeNull();
    expect(percent(null, 5)).toBeNull();
    expect(percent(5, null)).toBeNull();
  });

  it('agrees with the formula on every ratio n/d for d ≤ 200 (ties included)', () => {
    const pairs: [number, number][] = [];
    for (let d = 0; d <= 200; d++) for (let n = 0; n <= d; n += d > 40 ? 7 : 1) pairs.push([n, d]);
    const rows = pairs.map(([n, d], i) => [n, d, `=${percentFormula(`A${i + 1}`, `B${i + 1}`)}`]);
    const got = evaluate(rows);
    expect(got.length).toBe(pairs.length);
    pairs.forEach(([n, d], i) => {
      const want = percent(n, d);
      expect([n, d, got[i]?.[2]]).toEqual([n, d, want === null ? '' : want]);
    });
  });
});

describe('median and day counts', () => {
  it('takes the middle value, or the mean of the two middle values', () => {
    expect(median([])).toBeNull();
    expect(median([5])).toBe(5);
    expect(median([9, 1, 5])).toBe(5);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('counts calendar days without time zones (leap day included)', () => {
    expect(daysBetween('2025-04-01', '2025-04-01')).toBe(0);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2025-03-31', '2026-03-31')).toBe(365);
  });
});

describe('達成', () => {
  const cases: [number | null, number | null, Direction, string][] = [
    [10, 10, 'higher', '○'],
    [11, 10, 'higher', '○'],
    [8, 10, 'higher', '△'],
    [7.9, 10, 'higher', '×'],
    [0, 0, 'higher', '○'],
    [10, 10, 'lower', '○'],
    [12.5, 10, 'lower', '△'],
    [12.6, 10, 'lower', '×'],
    [0, 0, 'lower', '○'],
    [1, 0, 'lower', '×'],
    // A balance (医療系・介護系を半々, target 50 %): ○ within 10 % of the target either way, △ within 20 %.
    [50, 50, 'closer', '○'],
    [45, 50, 'closer', '○'],
    [55, 50, 'closer', '○'],
    [44.9, 50, 'closer', '△'],
    [60, 50, 'closer', '△'],
    [39.9, 50, 'closer', '×'],
    [61, 50, 'closer', '×'],
    [100, 50, 'closer', '×'],
    [0, 0, 'closer', '○'],
    [null, 50, 'closer', ''],
    [5, 10, 'none', ''],
    [null, 10, 'higher', ''],
    [5, null, 'lower', ''],
  ];

  it.each(cases)('value %p, target %p, %s → %p', (value, target, direction, want) => {
    expect(achievement(value, target, direction)).toBe(want);
  });

  it('the formula gives the same marks', () => {
    const rows = cases.map(([v, t, d], i) => [v ?? '', t ?? '', achievementFormula(`A${i + 1}`, `B${i + 1}`, d) || '']);
    const got = evaluate(rows.map((r) => r.map((c) => (c === '' ? null : c))));
    cases.forEach(([, , , want], i) => expect(got[i]?.[2] ?? '').toBe(want));
  });

  it('shows nothing rather than an error when the value is an error (e.g. #N/A from the helper guard)', () => {
    const got = evaluate([['=NA()', 5, achievementFormula('A1', 'B1', 'higher')]]);
    expect(got[0]?.[2]).toBe('');
  });
});
