/**
 * `zaitaku upgrade` on a workbook made before the registers existed: every register tab appears
 * with its header row and nothing under it, every cell of the old tabs is unchanged, and the
 * upgraded book validates with the same rows as before (the registers empty).
 */
import { join } from 'node:path';
import { readWorkbookValues } from '../../cli/xlsx/read';
import { generateTown, townToWorkbookValues } from '../../templates/sample';
import { bcpSheet } from '../../templates/sheets/bcp';
import { contactTreeSheet } from '../../templates/sheets/contact-tree';
import { coverPairsSheet } from '../../templates/sheets/cover-pairs';
import { emergencyCareSheet } from '../../templates/sheets/emergency-care';
import { equipmentSheet } from '../../templates/sheets/equipment';
import { validateWorkbook } from '../../templates/validate/engine';
import type { WorkbookValues } from '../../templates/validate/types';
import { removeDir, runCli, tempDir, TINY_TOWN, writeValuesWorkbook } from '../cli/helpers';

const REGISTERS = [contactTreeSheet, equipmentSheet, bcpSheet, coverPairsSheet, emergencyCareSheet];

let dir: string;
beforeAll(async () => {
  dir = await tempDir('zaitaku-reg-upgrade-');
});
afterAll(() => removeDir(dir));

it('adds the registers empty and keeps every old value', async () => {
  const town = generateTown({ seed: 31, size: TINY_TOWN });
  const current = townToWorkbookValues(town);
  const registerNames = new Set<string>(REGISTERS.map((s) => s.name));
  const older: WorkbookValues = Object.fromEntries(Object.entries(current).filter(([tab]) => !registerNames.has(tab)));
  const input = join(dir, 'old.xlsx');
  const output = join(dir, 'new.xlsx');
  await writeValuesWorkbook(older, input);

  const r = await runCli(['upgrade', input, '--out', output]);
  expect([0, 1]).toContain(r.code);
  const after = await readWorkbookValues(output);

  for (const spec of REGISTERS) {
    const grid = after[spec.name];
    expect(grid).toBeDefined();
    expect(grid?.[0]?.slice(0, spec.columns.length)).toEqual(spec.columns.map((c) => c.header));
    const below = (grid ?? []).slice(1).flat().filter((v) => v !== null && v !== '');
    expect(below).toEqual([]);
  }
  const before = await readWorkbookValues(input);
  for (const [tab, grid] of Object.entries(before)) {
    grid.forEach((row, r) => row.forEach((v, c) => {
      if (v !== null && v !== '') expect({ tab, r, c, v: after[tab]?.[r]?.[c] }).toEqual({ tab, r, c, v });
    }));
  }
  const again = validateWorkbook(after, { today: town.today });
  expect(again.rows.resources).toEqual(validateWorkbook(before, { today: town.today }).rows.resources);
  for (const spec of REGISTERS) expect((again.rows as unknown as Record<string, unknown[]>)[spec.id]).toEqual([]);
});
