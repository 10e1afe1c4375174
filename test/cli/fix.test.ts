/**
 * `zaitaku fix` with the Node host on hand-typed workbooks: only the listed cells change (every
 * other cell equal, read back cell by cell), the changes are printed and logged on 修正履歴, a
 * second run changes nothing, and afterwards the CLI's indicators still equal the formulas.
 */
import { join } from 'node:path';
import type { CellValue, Grid } from '../../templates/core/cell';
import { columnLetters } from '../../templates/core/address';
import { FIX_HISTORY_HEADER, FIX_HISTORY_SHEET, planFix } from '../../templates/fix';
import type { IndicatorResult } from '../../templates/indicators';
import type { WorkbookValues } from '../../templates/validate/types';
import { readWorkbookValues } from '../../cli/xlsx/read';
import { valuesMismatches } from '../indicators/compare';
import { demoMistakeTown, messyTowns } from '../indicators/messy-towns';
import { removeDir, runCli, tempDir } from './helpers';
import { writeHandTypedWorkbook } from './messy-workbook';

jest.setTimeout(120_000);

function differing(a: WorkbookValues, b: WorkbookValues): string[] {
  const out: string[] = [];
  for (const tab of new Set([...Object.keys(a), ...Object.keys(b)])) {
    if (tab === FIX_HISTORY_SHEET) continue;
    const ga = (a[tab] ?? []) as Grid;
    const gb = (b[tab] ?? []) as Grid;
    for (let r = 0; r < Math.max(ga.length, gb.length); r++) {
      for (let c = 0; c < Math.max(ga[r]?.length ?? 0, gb[r]?.length ?? 0); c++) {
        const va: CellValue = ga[r]?.[c] ?? '';
        const vb: CellValue = gb[r]?.[c] ?? '';
        if (va !== vb) out.push(`${tab}!${columnLetters(c)}${r + 1}`);
      }
    }
  }
  return out.sort();
}

describe('zaitaku fix', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await tempDir();
  });
  afterAll(() => removeDir(dir));

  const towns = [...messyTowns(1), demoMistakeTown()];

  it.each(towns.map((t, i) => [t.name, i]))('%s: patches only the listed cells, logs them, and is idempotent', async (_name, i) => {
    const t = towns[i as number]!;
    const input = join(dir, `in-${i}.xlsx`);
    const output = join(dir, `out-${i}.xlsx`);
    const again = join(dir, `again-${i}.xlsx`);
    await writeHandTypedWorkbook(t.book, input);
    const before = await readWorkbookValues(input);
    const expected = planFix(before, { at: 'x' }).changes;

    const run = await runCli(['fix', input, '--out', output]);
    expect(run.code).toBe(0);
    const printed = run.stdout.split('\n').filter((l) => l.startsWith('  ')).length;
    expect(printed).toBe(expected.length);
    for (const c of expected) expect(run.stdout).toContain(`${c.sheet}!${c.address}`);

    const after = await readWorkbookValues(output);
    expect(differing(before, after)).toEqual(expected.map((c) => `${c.sheet}!${c.address}`).sort());
    for (const c of expected) expect(after[c.sheet]?.[c.row - 1]?.[c.col] ?? '').toBe(c.new);
    if (expected.length > 0) {
      const log = after[FIX_HISTORY_SHEET] ?? [];
      expect(log[0]).toEqual([...FIX_HISTORY_HEADER]);
      expect(log.length - 1).toBe(expected.length);
      expect(log[1]?.[0]).toBe('2025-12-01 09:00');
    } else {
      expect(run.stdout).toContain('そろえる表記はありませんでした');
    }

    const second = await runCli(['fix', output, '--out', again]);
    expect(second.code).toBe(0);
    expect(second.stdout).not.toContain('!');
    expect(differing(after, await readWorkbookValues(again))).toEqual([]);

    // The CLI's numbers are the formulas' numbers after the patch (fix-libreoffice.test.ts checks more towns).
    const cli = await runCli(['indicators', output, '--json']);
    expect(valuesMismatches(after, JSON.parse(cli.stdout) as IndicatorResult[])).toEqual([]);
  });

  it('refuses without --out, and on a file that is not a kit workbook', async () => {
    const input = join(dir, 'in-x.xlsx');
    await writeHandTypedWorkbook(towns[0]!.book, input);
    expect((await runCli(['fix', input])).code).toBe(2);
    expect((await runCli(['fix', join(dir, 'missing.xlsx'), '--out', join(dir, 'o.xlsx')])).code).toBe(2);
  });
});
