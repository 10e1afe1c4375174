/**
 * How the Excel host writes: the 指標計算 helper block filled down from one row lands cell for cell as
 * the plan's formulas, in a request a small fraction of the strings' size; every write request opens
 * with the calculation (and, with ExcelApi 1.9, screen-updating) suspension.
 */
import * as host from '../../addin/src/host/commands';
import { excelEnv } from '../../addin/src/host/commands';
import { indicatorsCommand } from '../../templates/host/commands';
import { ID_ORDER_SWITCHES, IN_YEAR_SWITCH } from '../../templates/indicators';
import { fromA1 } from '../../templates/core/address';
import type { SheetPlan } from '../../templates/plan/types';
import { generateTown, townToWorkbookValues } from '../../templates/sample';
import { bookFrom, noProgress, withFake } from './helpers';

describe('Excel host writes', () => {
  it('fills 指標計算 down to exactly the planned formulas, in one small request', async () => {
    const values = townToWorkbookValues(generateTown({ seed: 8 }));
    const fake = bookFrom(values);
    const planned = indicatorsCommand(values, excelEnv('ja')).ops.flatMap((op) => (op.kind === 'replaceSheet' ? [op.plan] : [])) as SheetPlan[];
    const calc = planned.find((p) => p.name === '指標計算') as SheetPlan;
    await withFake(fake, async () => {
      const r = await host.indicators(noProgress, 'ja');
      expect(r.syncs).toBe(3);
    });
    const write = fake.stats().syncs[2];
    expect(write?.byOp['copyFrom']).toBeGreaterThan(0);
    expect(write?.requestBytes).toBeLessThan(500_000);
    const sheet = fake.store.sheets.find((s) => s.name === '指標計算');
    if (!sheet) throw new Error('no helper sheet');
    // Every block: the helper rows and, beside them, one block of the switch cells (in-year, id order, received-date bounds).
    expect(calc.blocks.length).toBe(2);
    let formulas = 0;
    for (const block of calc.blocks) {
      const at = fromA1(block.at);
      block.values.forEach((row, r) =>
        row.forEach((cell, c) => {
          const stored = sheet.rows[at.row + r]?.[at.col + c];
          const want = cell !== null && typeof cell === 'object' ? { f: `=${cell.formula}` } : { v: cell };
          // A blank planned cell is blank on the cleared sheet, written or not.
          const got = want.f !== undefined ? { f: stored?.f } : { v: stored?.v ?? null };
          if (JSON.stringify(got) !== JSON.stringify(want)) throw new Error(`指標計算 ${block.at} r${r + 1} c${c + 1}: ${JSON.stringify(got)} ≠ ${JSON.stringify(want)}`);
          if (want.f) formulas++;
        }),
      );
    }
    expect(sheet.rows[1]?.[IN_YEAR_SWITCH.col]?.f).toMatch(/^=COUNT\('指標計算'!\$K:\$K\)\+/);
    expect(sheet.rows[1]?.[ID_ORDER_SWITCHES.contacts.col]?.f).toMatch(/^=SUM\('指標計算'!\$L:\$L\)\+/);
    expect(sheet.rows[1]?.[ID_ORDER_SWITCHES.events.col]?.f).toMatch(/^=SUM\('指標計算'!\$M:\$M\)\+/);
    expect(formulas).toBeGreaterThan(10_000);
    expect(sheet.visibility).toBe('Hidden');
    expect(sheet.protected).toBe(true);
  });

  it('puts the scene filter on the 指標 header before protecting, and protects it allowing the AutoFilter', async () => {
    const values = townToWorkbookValues(generateTown({ seed: 8 }));
    const planned = indicatorsCommand(values, excelEnv('ja')).ops.flatMap((op) => (op.kind === 'replaceSheet' ? [op.plan] : [])) as SheetPlan[];
    const indicatorPlan = planned.find((p) => p.name === '指標') as SheetPlan;
    expect(indicatorPlan.autoFilter).toMatch(/^A1:[A-Z]+\d+$/);
    const fake = bookFrom(values);
    // Twice: the second run rebuilds a sheet that already has its filter and protection.
    for (let run = 0; run < 2; run++) await withFake(fake, () => host.indicators(noProgress, 'ja'));
    const sheet = fake.store.sheets.find((s) => s.name === '指標');
    const [a, b] = (indicatorPlan.autoFilter as string).split(':').map((x) => fromA1(x as string));
    expect(sheet?.autoFilter).toEqual({ r0: a?.row, c0: a?.col, r1: b?.row, c1: b?.col });
    expect(sheet?.protected).toBe(true);
    expect(sheet?.protectionOptions).toEqual({ allowAutoFilter: true });
    const helper = fake.store.sheets.find((s) => s.name === '指標計算');
    expect([helper?.autoFilter, helper?.protectionOptions]).toEqual([null, {}]);
  });

  it('leaves the filter out below ExcelApi 1.9 (no Worksheet.autoFilter there) and still protects', async () => {
    const fake = bookFrom(townToWorkbookValues(generateTown({ seed: 8 })), { excelApi: '1.8' });
    await withFake(fake, () => host.indicators(noProgress, 'ja'));
    const sheet = fake.store.sheets.find((s) => s.name === '指標');
    expect([sheet?.autoFilter, sheet?.protected, sheet?.protectionOptions]).toEqual([null, true, {}]);
  });

  it('opens every write request with the calculation and screen-updating suspension', async () => {
    const fake = bookFrom(townToWorkbookValues(generateTown({ seed: 8 })));
    await withFake(fake, async () => {
      for (const run of [() => host.insertTemplate(noProgress, 'ja'), () => host.validate(noProgress, 'ja'), () => host.residentList(noProgress, 'ja')]) {
        fake.resetStats();
        await run();
        const writes = fake.stats().syncs.filter((s) => s.byOp['set values'] || s.byOp['set formulas']);
        expect(writes.length).toBeGreaterThan(0);
        for (const s of writes) expect([s.byOp['suspendApiCalculationUntilNextSync'], s.byOp['suspendScreenUpdatingUntilNextSync']]).toEqual([1, 1]);
      }
    });
  });
});
