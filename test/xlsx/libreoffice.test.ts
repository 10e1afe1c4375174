/**
 * LibreOffice as an independent engine: it opens the workbooks the Node host writes (blank, sample
 * town, upgraded older layout), recalculates every formula, and must agree with the TypeScript
 * indicator computation on every row of the 指標 sheet (issue 3's Done-when).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readWorkbookValues } from '../../cli/xlsx/read';
import { upgradeWorkbook } from '../../cli/xlsx/upgrade';
import { writeWorkbook } from '../../cli/xlsx/write';
import type { CellValue, Grid } from '../../templates/core/cell';
import { computeIndicators, indicatorColumn, INDICATOR_SHEET_NAME, type IndicatorResult } from '../../templates/indicators';
import { blankWorkbookPlan, townWorkbookPlan } from '../../templates/plan/workbook';
import { generateTown } from '../../templates/sample';
import type { TownRows } from '../../templates/validate/types';
import { validateWorkbook } from '../../templates/validate/engine';
import { convertToCsv, libreOfficeOrSkip, recalculateToXlsx, removeProfile } from '../helpers/libreoffice';
import { buildOldWorkbook } from './old-layout';

// LibreOffice and 1,000-row upgrades take seconds each; leave room on a busy machine.
jest.setTimeout(300_000);

const soffice = libreOfficeOrSkip();
const describeLo = soffice ? describe : describe.skip;
const dir = mkdtempSync(join(tmpdir(), 'zrk-lo-'));
const town = generateTown({ seed: 1 });
const RISKY = ['=HYPERLINK("http://x","y")', '+81 3-1234-5678', '@home', '-5', '=cmd|calc'];

/** Writes a plan to dir/name.xlsx. */
async function save(name: string, bytes: Buffer): Promise<string> {
  const path = join(dir, `${name}.xlsx`);
  writeFileSync(path, bytes);
  return path;
}

/** Compares the 指標 sheet LibreOffice computed with the TypeScript twin, value, target and 達成. */
function expectIndicatorsMatch(sheet: Grid, expected: readonly IndicatorResult[], parse: (v: CellValue) => CellValue = (v) => v): void {
  const idCol = indicatorColumn('指標ID');
  const cols = { value: indicatorColumn('値'), target: indicatorColumn('目標'), achieved: indicatorColumn('達成') };
  const mismatches: string[] = [];
  const same = (got: CellValue, want: number | string | null) => {
    if (want === null || want === '') return got === '' || got === null || got === undefined;
    if (typeof want === 'number') return typeof got === 'number' && Math.abs(got - want) <= 1e-9;
    return got === want;
  };
  expected.forEach((ind, i) => {
    const row = sheet[i + 1] ?? [];
    if (row[idCol] !== ind.id) mismatches.push(`row ${i + 2}: id ${String(row[idCol])} ≠ ${ind.id}`);
    for (const [name, col] of Object.entries(cols)) {
      const got = parse(row[col]);
      const want = name === 'value' ? ind.value : name === 'target' ? ind.target : ind.achieved;
      if (!same(got, want)) mismatches.push(`${ind.id} ${name}: LibreOffice ${String(got)} ≠ TypeScript ${String(want)}`);
    }
  });
  expect(mismatches).toEqual([]);
  expect(expected.length).toBeGreaterThan(50);
}

/** CSV cells are text: numbers back to numbers (15 significant digits), '' stays ''. */
function csvNumber(v: CellValue): CellValue {
  return typeof v === 'string' && /^-?\d+(\.\d+)?(E[-+]?\d+)?$/i.test(v) ? Number(v) : v;
}

function indicatorsOf(rows: TownRows, fiscalYear: number, today: string): IndicatorResult[] {
  return computeIndicators(rows, { fiscalYear, today });
}

describeLo('LibreOffice opens and recalculates what the Node host writes', () => {
  const lo = soffice as string;
  afterAll(() => {
    removeProfile();
    rmSync(dir, { recursive: true, force: true });
  });

  it('exports every sheet of the blank workbook', async () => {
    const plan = blankWorkbookPlan();
    const { sheets, log } = await convertToCsv(lo, await save('blank', await writeWorkbook(plan)), join(dir, 'blank-csv'));
    expect(Object.keys(sheets).sort()).toEqual(plan.sheets.map((s) => s.name).sort());
    expect(sheets['資源リスト']?.[0]?.[0]).toBe('資源ID');
    expect(log).toContain('Writing sheet');
  });

  it('sample town: every sheet exported, literal =/+/@ text unchanged, all indicators equal the TypeScript values', async () => {
    const risky = {
      ...town.rows,
      resources: town.rows.resources.map((r, i) => (i < RISKY.length ? { ...r, name: RISKY[i] as string } : r)),
    };
    const plan = townWorkbookPlan(risky);
    const path = await save('town', await writeWorkbook(plan));
    const started = Date.now();
    const { sheets } = await convertToCsv(lo, path, join(dir, 'town-csv'));
    const csvMs = Date.now() - started;
    expect(Object.keys(sheets).sort()).toEqual(plan.sheets.map((s) => s.name).sort());
    const resources = sheets['資源リスト'] ?? [];
    RISKY.forEach((text, i) => expect(resources[i + 1]?.[2]).toBe(text));

    const expected = indicatorsOf(risky, town.fiscalYear, town.today);
    expectIndicatorsMatch((sheets[INDICATOR_SHEET_NAME] ?? []) as Grid, expected, csvNumber);
    const recalculated = await readWorkbookValues(await recalculateToXlsx(lo, path, join(dir, 'town-lo')));
    expectIndicatorsMatch(recalculated[INDICATOR_SHEET_NAME] ?? [], expected);
    // eslint-disable-next-line no-console
    console.log(`LibreOffice: sample town CSV export ${csvMs} ms, ${expected.length} indicators compared`);
  });

  it('an upgraded older-layout workbook (columns moved, renamed, appended) still computes every indicator right', async () => {
    const old = await buildOldWorkbook(town);
    const oldPath = await save('old', old.bytes);
    const newPath = join(dir, 'upgraded.xlsx');
    await upgradeWorkbook(oldPath, newPath);
    const values = await readWorkbookValues(newPath);
    const check = validateWorkbook(values, { today: town.today });
    expect(check.errorCount).toBe(0);
    const recalculated = await readWorkbookValues(await recalculateToXlsx(lo, newPath, join(dir, 'upgraded-lo')));
    expectIndicatorsMatch(recalculated[INDICATOR_SHEET_NAME] ?? [], indicatorsOf(check.rows, town.fiscalYear, town.today));
  });
});
