/**
 * Issue 10's Done-when, on real files: for 5 messy towns and the demo's mistake town, before and
 * after `zaitaku fix`, the indicators `zaitaku indicators --json` prints equal HyperFormula's and
 * LibreOffice's recalculated 指標 sheet — value, target, 達成 and 未整理セル — for every indicator.
 */
import { join } from 'node:path';
import type { CellValue, Grid } from '../../templates/core/cell';
import { indicatorColumn, type IndicatorResult } from '../../templates/indicators';
import { readWorkbookValues } from '../../cli/xlsx/read';
import { valuesMismatches } from '../indicators/compare';
import { demoMistakeTown, messyTowns } from '../indicators/messy-towns';
import { libreOfficeOrSkip, recalculateAllToXlsx, removeProfile } from '../helpers/libreoffice';
import { removeDir, runCli, tempDir } from './helpers';
import { writeHandTypedWorkbook } from './messy-workbook';

jest.setTimeout(900_000);

const soffice = libreOfficeOrSkip();
const maybe = soffice ? describe : describe.skip;

function loMismatches(sheet: Grid, results: readonly IndicatorResult[]): string[] {
  const cols = { value: indicatorColumn('値'), target: indicatorColumn('目標'), achieved: indicatorColumn('達成'), pending: indicatorColumn('未整理セル') };
  const same = (got: CellValue, want: number | string | null) => {
    if (want === null || want === '') return got === '' || got === null || got === undefined;
    if (typeof want === 'number') return typeof got === 'number' && Math.abs(got - want) <= 1e-9;
    return got === want;
  };
  const out: string[] = [];
  results.forEach((r, i) => {
    const row = sheet[i + 1] ?? [];
    if (row[indicatorColumn('指標ID')] !== r.id) out.push(`row ${i + 2}: ${String(row[0])} ≠ ${r.id}`);
    for (const [name, col] of Object.entries(cols)) {
      const want = r[name as keyof typeof cols];
      if (!same(row[col], want)) out.push(`${r.id} ${name}: LibreOffice ${String(row[col])} ≠ CLI ${String(want)}`);
    }
  });
  return out;
}

maybe('CLI = HyperFormula = LibreOffice on hand-typed workbooks, before and after fix', () => {
  let dir: string;
  const towns = [...messyTowns(5), demoMistakeTown()];
  const files: { name: string; path: string }[] = [];
  let recalculated: string[] = [];

  beforeAll(async () => {
    dir = await tempDir('zaitaku-fix-lo-');
    for (const [i, t] of towns.entries()) {
      const before = join(dir, `town${i}-before.xlsx`);
      const after = join(dir, `town${i}-after.xlsx`);
      await writeHandTypedWorkbook(t.book, before);
      expect((await runCli(['fix', before, '--out', after])).code).toBe(0);
      files.push({ name: `${t.name} before fix`, path: before }, { name: `${t.name} after fix`, path: after });
    }
    recalculated = await recalculateAllToXlsx(soffice as string, files.map((f) => f.path), join(dir, 'lo'));
  });
  afterAll(async () => {
    removeProfile();
    await removeDir(dir);
  });

  it('checks 6 towns twice', () => {
    expect(files).toHaveLength(12);
  });

  it.each(Array.from({ length: 12 }, (_, i) => [i]))('workbook %i', async (i) => {
    const file = files[i as number]!;
    const cli = await runCli(['indicators', file.path, '--json']);
    expect(cli.code).toBe(0);
    const results = JSON.parse(cli.stdout) as IndicatorResult[];
    const values = await readWorkbookValues(file.path);
    const lo = await readWorkbookValues(recalculated[i as number]!);
    expect({ file: file.name, hyperformula: valuesMismatches(values, results), libreoffice: loMismatches(lo['指標'] ?? [], results) }).toEqual({
      file: file.name,
      hyperformula: [],
      libreoffice: [],
    });
    expect(results.filter((r) => typeof r.value === 'number' && r.value > 0).length).toBeGreaterThan(30);
  });
});
