/**
 * Sample towns pass the validation engine: written as cells and read back, they give zero errors,
 * only the intended warnings (stale resource entries), and exactly the rows that were generated.
 */
import { generateTown, generateTowns, townToWorkbookValues } from '../../templates/sample';
import type { SampleTown } from '../../templates/sample/types';
import { daysOf } from '../../templates/sample/calendar';
import { validateWorkbook } from '../../templates/validate/engine';
import type { Grid } from '../../templates/core/cell';
import { columnLetters } from '../../templates/core/address';
import { mediumTown, smallTown } from '../fixtures/sample-towns';

/** Entries the engine should flag as stale: last verified more than a year before today. */
function staleCount(town: SampleTown): number {
  const today = daysOf(town.today);
  return town.rows.resources.filter((r) => r.lastVerified !== null && today - daysOf(r.lastVerified) > 366).length;
}

describe.each([
  ['small', () => smallTown()],
  ['medium', () => mediumTown()],
])('%s town through validateWorkbook', (_label, get) => {
  const town = get();
  const result = validateWorkbook(townToWorkbookValues(town), { today: town.today });

  it('has zero errors', () => {
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(result.errorCount).toBe(0);
  });

  it('warns only about stale resource entries, one per stale entry', () => {
    const codes = new Set(result.findings.map((f) => f.code));
    expect([...codes]).toEqual(['rule.staleResource']);
    expect(result.warningCount).toBe(staleCount(town));
    expect(result.warningCount).toBeGreaterThan(0);
  });

  it('reads back exactly the generated rows (cells round-trip)', () => {
    expect(result.rows).toEqual(town.rows);
  });
});

describe('more towns and years', () => {
  it.each([
    ['fiscal year 2024', () => generateTown({ seed: 21, fiscalYear: 2024 })],
    ['late in the year', () => generateTown({ seed: 22, today: '2026-03-20' })],
    ['early in the year', () => generateTown({ seed: 23, today: '2025-05-15' })],
  ])('%s: zero errors', (_label, make) => {
    const town = make();
    const result = validateWorkbook(townToWorkbookValues(town), { today: town.today });
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(result.findings.filter((f) => f.code !== 'rule.staleResource')).toEqual([]);
  });

  it('five towns of a prefecture: zero errors each', () => {
    for (const town of generateTowns(5, 300)) {
      const result = validateWorkbook(townToWorkbookValues(town), { today: town.today });
      expect({ town: town.townName, errors: result.errorCount }).toEqual({ town: town.townName, errors: 0 });
    }
  });

  it('a damaged copy does produce errors (the check can fail)', () => {
    const town = smallTown();
    const book = townToWorkbookValues(town);
    const grid = book['資源リスト'] as Grid;
    const phoneCol = (grid[0] ?? []).indexOf('電話番号');
    const damaged = grid.map((line, r) => (r === 1 ? line.map((v, c) => (c === phoneCol ? '電話なし' : v)) : line));
    const result = validateWorkbook({ ...book, 資源リスト: damaged }, { today: town.today });
    expect(result.errorCount).toBeGreaterThan(0);
    expect(result.findings.some((f) => f.severity === 'error' && f.address === `${columnLetters(phoneCol)}2`)).toBe(true);
  });
});
