/**
 * `zaitaku indicators`: the JSON output is the TypeScript computation on the validated rows; --csv
 * follows the 指標 sheet layout; --year overrides 設定's 対象年度; option errors exit 2.
 */
import { join } from 'node:path';
import { readWorkbookValues } from '../../cli/xlsx/read';
import { parseCsv } from '../../templates/export/csv';
import { computeIndicators, computeIndicatorsFromCells, INDICATOR_SHEET_HEADER, indicatorSheetLayout, type IndicatorResult } from '../../templates/indicators';
import { generateTown, townToWorkbookValues } from '../../templates/sample';
import { validateWorkbook } from '../../templates/validate/engine';
import { removeDir, runCli, tempDir, TINY_TOWN, writeValuesWorkbook } from './helpers';
import { withMistakes } from './mistakes';

let dir: string;
let book: string;
let broken: string;

beforeAll(async () => {
  dir = await tempDir();
  book = join(dir, 'town.xlsx');
  broken = join(dir, 'broken.xlsx');
  const town = generateTown({ seed: 31, size: TINY_TOWN });
  await writeValuesWorkbook(townToWorkbookValues(town), book);
  await writeValuesWorkbook(townToWorkbookValues(withMistakes(town)), broken);
});
afterAll(() => removeDir(dir));

async function json(args: string[]): Promise<IndicatorResult[]> {
  const r = await runCli(['indicators', ...args, '--json']);
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as IndicatorResult[];
}

describe('indicators', () => {
  it('--json equals the indicators computed from the cells of the file (and, for a clean town, from its validated rows)', async () => {
    const values = await readWorkbookValues(book);
    const result = validateWorkbook(values, { today: '2025-12-01' });
    const expected = computeIndicatorsFromCells(values, result.layouts, { fiscalYear: 2025, today: '2025-12-01' });
    const got = await json([book]);
    expect(got).toEqual(JSON.parse(JSON.stringify(expected)));
    const fromRows = computeIndicators(result.rows, { fiscalYear: 2025, today: '2025-12-01' });
    expect(got.map((r) => [r.id, r.value, r.target, r.achieved])).toEqual(fromRows.map((r) => [r.id, r.value, r.target, r.achieved]));
    expect(got.filter((r) => r.pending !== 0).map((r) => `${r.id}:${r.pending}`)).toEqual(['S25:null']); // S25 reads only ids
    expect(got.find((r) => r.id === 'P20')?.value).toBe(TINY_TOWN.consultations);
  });

  it('--year overrides the fiscal year of 設定', async () => {
    const y2025 = await json([book]);
    const y2024 = await json([book, '--year', '2024']);
    const p20 = (rows: IndicatorResult[]) => rows.find((r) => r.id === 'P20')?.value;
    expect(p20(y2025)).toBeGreaterThan(0);
    expect(p20(y2024)).toBe(0);
  });

  it('--csv has the 指標 sheet header and one row per layout row, in order', async () => {
    const r = await runCli(['indicators', book, '--csv']);
    expect(r.code).toBe(0);
    expect(r.stdout.charCodeAt(0)).not.toBe(0xfeff);
    const rows = parseCsv(r.stdout);
    expect(rows[0]).toEqual([...INDICATOR_SHEET_HEADER]);
    expect(rows.slice(1).map((x) => x[0])).toEqual(indicatorSheetLayout().rows.map((x) => x.id));
    const p20 = rows.find((x) => x[0] === 'P20') as string[];
    expect(p20[INDICATOR_SHEET_HEADER.indexOf('値')]).toBe(String(TINY_TOWN.consultations));
  });

  it('prints a table, and warns on stderr when validation errors left rows out', async () => {
    const ok = await runCli(['indicators', book]);
    expect(ok.stdout).toMatch(/^ID\s+指標/);
    expect(ok.stderr).toBe('');
    const withErrors = await runCli(['indicators', broken, '--lang', 'en']);
    expect(withErrors.code).toBe(0);
    expect(withErrors.stdout).toMatch(/^Id\s+Indicator/);
    expect(withErrors.stderr).toMatch(/\d+ validation error\(s\)/);
  });

  it('rejects --json with --csv and a malformed --year (exit 2)', async () => {
    expect((await runCli(['indicators', book, '--json', '--csv'])).code).toBe(2);
    const bad = await runCli(['indicators', book, '--year', '令和7']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--year');
  });
});
