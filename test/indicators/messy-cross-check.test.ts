/**
 * The "one number" contract on hand-typed workbooks (issue 10): for messy towns and the demo's
 * mistake town, the indicators the CLI computes from the cells equal what HyperFormula computes from
 * the 指標 sheet over the same cells — value, target, 達成 and 未整理セル.
 */
import { computeIndicatorsFromCells } from '../../templates/indicators';
import { validateWorkbook } from '../../templates/validate';
import { valuesMismatches } from './compare';
import { demoMistakeTown, messyTowns, type HandTypedTown } from './messy-towns';

function cliResults(t: HandTypedTown) {
  const result = validateWorkbook(t.book, { today: t.today });
  return computeIndicatorsFromCells(t.book, result.layouts, { fiscalYear: t.fiscalYear, today: t.today });
}

const towns = [...messyTowns(6), demoMistakeTown()];

describe('CLI indicators = HyperFormula on hand-typed workbooks', () => {
  it.each(towns.map((t) => [t.name, t]))('%s', (_name, town) => {
    const t = town as HandTypedTown;
    expect(valuesMismatches(t.book, cliResults(t))).toEqual([]);
  });

  it('the messy towns really are messy: findings, and cells awaiting fixing on the sheet', () => {
    for (const t of towns.slice(0, 6)) {
      const result = validateWorkbook(t.book, { today: t.today });
      expect(result.errorCount).toBeGreaterThan(3);
      const pending = cliResults(t).reduce((n, r) => n + (r.pending ?? 0), 0);
      expect(pending).toBeGreaterThan(20);
    }
  });
});
