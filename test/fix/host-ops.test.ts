/**
 * The 「表記をそろえる」 button of the Excel and Sheets hosts: the fix plan as host operations gives,
 * through the reference interpreter of host operations, the same cells as the plan itself — and a
 * second press changes nothing.
 */
import { applyFixToValues, FIX_HISTORY_SHEET, fixHostOps, planFix } from '../../templates/fix';
import { applyToModel, modelFromValues, type ModelBook } from '../host/apply-values';
import { messyTowns } from '../indicators/messy-towns';

const blankAsNull = (book: ModelBook) =>
  Object.fromEntries([...book].map(([tab, grid]) => [tab, grid.map((row) => row.map((v) => (v === '' || v === undefined ? null : v)))]));

describe('fixHostOps', () => {
  it('writes exactly what applyFixToValues holds, and only once', () => {
    const t = messyTowns(1)[0]!;
    const plan = planFix(t.book, { at: '2026-03-31 09:00' });
    const ops = fixHostOps(plan);
    expect(ops.map((o) => o.kind)).toContain('replaceSheet');
    expect(ops.filter((o) => o.kind === 'replaceSheet').map((o) => (o.kind === 'replaceSheet' ? o.plan.name : ''))).toEqual([FIX_HISTORY_SHEET]);

    const model = modelFromValues(t.book);
    applyToModel(model, ops);
    const expected = modelFromValues(applyFixToValues(t.book, plan));
    expect(blankAsNull(model)).toEqual(blankAsNull(expected));

    // Pressed again on the fixed workbook: nothing to do.
    const again = planFix(applyFixToValues(t.book, plan), { at: 'later' });
    expect(fixHostOps(again)).toEqual([]);
  });
});
