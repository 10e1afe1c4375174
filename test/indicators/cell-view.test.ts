/**
 * The rows hosts compute indicators from (cell-view.ts): a finding on one cell never removes the row
 * from an indicator that does not read that cell; a variant the formulas cannot count is not counted
 * and shows in 未整理セル of exactly the indicators that read it.
 */
import type { CellValue, Grid } from '../../templates/core/cell';
import { computeIndicatorsFromCells, computeIndicators, type IndicatorResult } from '../../templates/indicators';
import { generateTown, townToWorkbookValues } from '../../templates/sample';
import { getSheet } from '../../templates/sheets/registry';
import { MEDICAL_INSTITUTIONS } from '../../templates/sheets/vocabulary';
import { validateWorkbook } from '../../templates/validate';
import type { WorkbookValues } from '../../templates/validate/types';

const town = generateTown({ seed: 12, size: { resources: 30, contacts: 20, events: 8, attendees: 40, consultations: 40, issues: 5, planRows: 8 } });
const clean = townToWorkbookValues(town);
const ctx = { fiscalYear: town.fiscalYear, today: town.today };
const res = getSheet('resources');
const col = (k: string) => res.columns.findIndex((c) => c.key === k);

function edit(book: WorkbookValues, row: number, key: string, value: CellValue): WorkbookValues {
  const grid = (book['資源リスト'] as Grid).map((l) => [...l]);
  (grid[row] as CellValue[])[col(key)] = value;
  return { ...book, 資源リスト: grid };
}
const fromCells = (book: WorkbookValues) => computeIndicatorsFromCells(book, validateWorkbook(book, { today: town.today }).layouts, ctx);
const byId = (rs: IndicatorResult[]) => new Map(rs.map((r) => [r.id, r]));

describe('indicators from cells', () => {
  it('equal the validated-row twins on a clean town, with nothing pending', () => {
    const cells = fromCells(clean);
    const rows = computeIndicators(town.rows, ctx);
    expect(cells.map((r) => [r.id, r.value, r.target, r.achieved])).toEqual(rows.map((r) => [r.id, r.value, r.target, r.achieved]));
    expect(cells.filter((r) => (r.pending ?? 0) !== 0)).toEqual([]);
  });

  it.each([
    ['a short phone number', 'phone', '0123-45'],
    ['a blank required name', 'name', ''],
    ['a duplicated id', 'id', null],
  ])('keep every row with %s in the counts that do not read that cell', (_what, key, value) => {
    for (const row of [1, 7, 19]) {
      const v = value ?? (clean['資源リスト'] as Grid)[row + 1]?.[col('id')];
      const broken = edit(clean, row, key, v as CellValue);
      expect(validateWorkbook(broken, { today: town.today }).errorCount).toBeGreaterThan(0);
      const before = byId(fromCells(clean));
      const after = fromCells(broken);
      const S = after.filter((r) => r.id.startsWith('S') && r.id !== 'S25');
      expect(S.map((r) => [r.id, r.value])).toEqual(S.map((r) => [r.id, before.get(r.id)?.value]));
    }
  });

  it('does not count 〇 as ○ and says so in 未整理セル of the indicators that read the flag', () => {
    // A clinic or hospital doing 訪問診療 (made so if the seed drew none: about one clinic in five does).
    const row = (clean['資源リスト'] as Grid).findIndex((l, i) => i > 0 && (MEDICAL_INSTITUTIONS as readonly unknown[]).includes(l[col('category')]));
    expect(row).toBeGreaterThan(0);
    const visiting = edit(clean, row, 'homeVisitCare', '○');
    const typed = fromCells(edit(visiting, row, 'homeVisitCare', '〇'));
    const before = byId(fromCells(visiting));
    const s02 = typed.find((r) => r.id === 'S02');
    expect(s02?.value).toBe((before.get('S02')?.value as number) - 1);
    expect(s02?.pending).toBe(1);
    // S02 counts 訪問診療 clinics; S26 (BCP策定率 among visiting services) reads the same flag to pick
    // its denominator. No other indicator reads 訪問診療.
    expect(typed.filter((r) => (r.pending ?? 0) > 0).map((r) => r.id)).toEqual(['S02', 'S26']);
  });
});
