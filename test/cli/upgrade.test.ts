/**
 * `zaitaku upgrade`: an older hand-made workbook (old tab and header names, version-1 columns only)
 * comes out on the current layout with every value kept; the summary lists the changes and the
 * validation of the result. The source file is not modified.
 */
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readWorkbookValues } from '../../cli/xlsx/read';
import type { CellValue } from '../../templates/core/cell';
import { generateTown, townToWorkbookValues } from '../../templates/sample';
import { resourcesSheet } from '../../templates/sheets/resources';
import type { ColumnSpec } from '../../templates/spec/types';
import type { WorkbookValues } from '../../templates/validate/types';
import { removeDir, runCli, tempDir, TINY_TOWN, writeValuesWorkbook } from './helpers';

/** A version-1 style book: 資源リスト under an older tab name, an alias header, no version-2 columns. */
function olderBook(): WorkbookValues {
  const current = townToWorkbookValues(generateTown({ seed: 12, size: TINY_TOWN }));
  const grid = current['資源リスト'] ?? [];
  const v2 = new Set((resourcesSheet.columns as readonly ColumnSpec[]).filter((c) => (c.since ?? 1) >= 2).map((c) => c.header));
  const keep = (grid[0] ?? []).map((h, i) => (v2.has(String(h)) ? -1 : i)).filter((i) => i >= 0);
  const old = grid.map((row, r) => keep.map((i) => (r === 0 && row[i] === '名称' ? '医療機関名' : row[i])) as CellValue[]);
  return { 設定: current['設定'] ?? [], 医療・介護資源リスト: old, 関係者名簿: current['関係者名簿'] ?? [], 町の独自メモ: [['メモ'], ['そのまま残る']] };
}

let dir: string;

beforeAll(async () => {
  dir = await tempDir();
});
afterAll(() => removeDir(dir));

it('renames, appends the missing columns, keeps every value and validates the result', async () => {
  const input = join(dir, 'old.xlsx');
  const output = join(dir, 'new.xlsx');
  const book = olderBook();
  await writeValuesWorkbook(book, input);
  const hash = createHash('sha256').update(await readFile(input)).digest('hex');

  const r = await runCli(['upgrade', input, '--out', output]);
  expect([0, 1]).toContain(r.code);
  expect(r.stdout).toContain('シート名の変更: 医療・介護資源リスト → 資源リスト');
  expect(r.stdout).toContain('見出しの変更（資源リスト）: 医療機関名 → 名称');
  expect(r.stdout).toContain('列の追加（資源リスト）: ケアマネタイム');
  expect(r.stdout).toMatch(/new\.xlsx: エラー \d+ 件、注意 \d+ 件/);
  expect(createHash('sha256').update(await readFile(input)).digest('hex')).toBe(hash);

  const after = await readWorkbookValues(output);
  const grid = after['資源リスト'] ?? [];
  const header = (grid[0] ?? []) as string[];
  expect(header).toContain('名称');
  expect(header).toContain('ケアマネタイム');
  const oldGrid = book['医療・介護資源リスト'] ?? [];
  for (let row = 1; row < oldGrid.length; row++)
    for (let c = 0; c < (oldGrid[row] ?? []).length; c++) expect(grid[row]?.[c] ?? '').toEqual(oldGrid[row]?.[c] ?? '');
  expect(after['町の独自メモ']).toEqual([['メモ'], ['そのまま残る']]);
}, 120_000);

it('exits 2 for a file that is not a workbook', async () => {
  const bogus = join(dir, 'bogus.xlsx');
  await writeFile(bogus, 'nope');
  const r = await runCli(['upgrade', bogus, '--out', join(dir, 'x.xlsx')]);
  expect(r.code).toBe(2);
  expect(r.stderr).toContain('bogus.xlsx');
});
