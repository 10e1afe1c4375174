/**
 * Test helpers for the command line: run it in-process with captured output, make temporary
 * folders, and write town workbooks — either through the full standard plan (what towns get) or
 * as plain values (fast, for tests that need many files).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { run } from '../../cli/main';
import { writeWorkbookFile } from '../../cli/xlsx/write';
import type { Grid } from '../../templates/core/cell';
import { townWorkbookPlan } from '../../templates/plan/workbook';
import type { SampleTown, TownSize } from '../../templates/sample';
import type { WorkbookValues } from '../../templates/validate/types';

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `zaitaku …` in-process. The clock is fixed (2025-12-01 09:00 Tokyo) unless given. */
export async function runCli(argv: readonly string[], now: Date = new Date('2025-12-01T00:00:00Z')): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(argv, { stdout: (s) => out.push(s), stderr: (s) => err.push(s), now: () => now });
  return { code, stdout: out.join(''), stderr: err.join('') };
}

/** A fresh temporary folder; remove it with {@link removeDir}. */
export function tempDir(prefix = 'zaitaku-cli-'): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix));
}

export function removeDir(path: string): Promise<void> {
  return rm(path, { recursive: true, force: true });
}

/** Very small towns: enough rows for every indicator, quick to write and read. */
export const TINY_TOWN: TownSize = { resources: 14, contacts: 12, events: 5, attendees: 24, consultations: 20, issues: 3, planRows: 6 };

/** Writes a town through the standard workbook plan (formats, dropdowns, 指標 sheet…). */
export async function writeTownWorkbook(town: SampleTown, path: string): Promise<void> {
  await writeWorkbookFile(townWorkbookPlan(town), path);
}

/**
 * Writes grids as a plain workbook: one sheet per tab, values only (strings stay strings, numbers
 * numbers, booleans booleans) — like an export from another spreadsheet program.
 */
export async function writeValuesWorkbook(book: WorkbookValues, path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const [name, grid] of Object.entries(book)) {
    const ws = wb.addWorksheet(name);
    for (const row of grid as Grid) ws.addRow(row.map((v) => (v === '' || v === undefined ? null : v)));
  }
  await wb.xlsx.writeFile(path);
}
