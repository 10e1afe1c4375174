/**
 * 表記をそろえる on the Excel fake: one Excel.run, the cells planFix lists rewritten as text or
 * numbers exactly as planned (never formulas), 修正履歴 added, and a second run changes nothing.
 */
import * as host from '../../addin/src/host/commands';
import { fromA1 } from '../../templates/core/address';
import { applyFixToValues, FIX_HISTORY_SHEET, planFix } from '../../templates/fix';
import { generateTown } from '../../templates/sample';
import { messyWorkbookValues } from '../../templates/sample/messy';
import { bookFrom, noProgress, withFake } from './helpers';

it('表記をそろえる rewrites exactly the planned cells and is idempotent', async () => {
  const values = messyWorkbookValues(generateTown({ seed: 1 }), { seed: 7 });
  const plan = planFix(values, { at: '2025-12-01 10:00' });
  expect(plan.changes.length).toBeGreaterThan(0);
  const fake = bookFrom(values);
  const r = await withFake(fake, () => host.fixNotation(noProgress, 'ja'));
  expect(r.changes).toBe(plan.changes.length);
  expect(fake.stats().runs).toBe(1);
  const after = fake.values();
  const expected = applyFixToValues(values, plan);
  for (const c of plan.changes) {
    const { row, col } = fromA1(c.address);
    expect([c.sheet, c.address, after[c.sheet]?.[row]?.[col]]).toEqual([c.sheet, c.address, expected[c.sheet]?.[row]?.[col]]);
  }
  expect((after[FIX_HISTORY_SHEET]?.length ?? 0) - 1).toBe(plan.changes.length);
  const again = await withFake(fake, () => host.fixNotation(noProgress, 'ja'));
  expect(again.changes).toBe(0);
});
