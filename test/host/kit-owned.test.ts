/**
 * replaceSheet clears a tab: no command may aim it at a standard sheet that holds the town's data
 * (a printed list once shared its name with the 緊急連絡網 register). Also 表記をそろえる through the
 * host layer: it changes exactly the cells planFix lists, and a rerun changes nothing.
 */
import {
  annualReportHostCommand,
  fixNotationCommand,
  indicatorsCommand,
  noticeEventChoices,
  noticesCommand,
  professionalListsHostCommand,
  residentListCommand,
  validateCommand,
  type HostEnv,
  type HostOp,
} from '../../templates/host';
import { planFix } from '../../templates/fix';
import { messyWorkbookValues } from '../../templates/sample/messy';
import { SHEETS } from '../../templates/sheets/registry';
import type { SheetSpec } from '../../templates/spec/types';
import { smallTown, smallWorkbook } from '../fixtures/sample-towns';
import { applyToModel, modelFromValues, modelToValues } from './apply-values';

const env: HostEnv = { today: '2025-12-01', now: '2025-12-01T10:00', links: { kind: 'excel' }, dates: 'wareki', lang: 'ja' };
const standardNames = new Set((SHEETS as readonly SheetSpec[]).flatMap((s) => [s.name, ...(s.aliases ?? [])]));

it('no command replaces a standard sheet of a filled workbook', () => {
  const values = smallWorkbook();
  const eventId = noticeEventChoices(values, env)[0]!.id;
  const runs: [string, readonly HostOp[]][] = [
    ['validate', validateCommand(values, env).ops],
    ['indicators', indicatorsCommand(values, env).ops],
    ['notices', noticesCommand(values, env, { eventId, force: true }).ops],
    ['resident', residentListCommand(values, env).ops],
    ['report', annualReportHostCommand(values, env).ops],
    ['lists', professionalListsHostCommand(values, env).ops],
    ['fix', fixNotationCommand(messyWorkbookValues(smallTown(), { seed: 5 }), env).ops],
  ];
  for (const [name, ops] of runs) {
    const replaced = ops.flatMap((op) => (op.kind === 'replaceSheet' ? [op.plan.name] : []));
    expect([name, replaced.filter((t) => standardNames.has(t))]).toEqual([name, []]);
  }
});

it('表記をそろえる changes what planFix lists and nothing on a second run', () => {
  const values = messyWorkbookValues(smallTown(), { seed: 4 });
  const out = fixNotationCommand(values, env);
  expect(out.changes).toBe(planFix(values, { at: '2025-12-01 10:00' }).changes.length);
  expect(out.changes).toBeGreaterThan(0);
  expect(out.messages[0]?.text).toContain(`${out.changes} 個`);
  const book = modelFromValues(values);
  applyToModel(book, out.ops);
  const again = fixNotationCommand(modelToValues(book), env);
  expect(again.changes).toBe(0);
  expect(again.messages[0]?.key).toBe('fix.none');
});
