/** Test helpers: a fake Excel installed as the globals for one test, and workbooks seeded from sample towns. */
import { createFakeExcel, type FakeExcel } from './fake-excel';
import type { WorkbookValues } from '../../templates/validate/types';
import type { XRequestContext } from '../../addin/src/host/excel-api';
import type { FakeRequestContext } from './fake-excel';

/** Compile-time: the fake's context satisfies the host's view of Office.js. */
export type FakeSatisfiesHost = FakeRequestContext extends XRequestContext ? true : never;
export const fakeSatisfiesHost: FakeSatisfiesHost = true;

/** A fake with an empty first tab, as Excel opens a new workbook. */
export function emptyBook(options?: Parameters<typeof createFakeExcel>[0]): FakeExcel {
  const fake = createFakeExcel(options);
  fake.seedSheet('Sheet1', []);
  return fake;
}

/** A fake holding these values (every tab typed in by a user, General format). */
export function bookFrom(values: WorkbookValues, options?: Parameters<typeof createFakeExcel>[0]): FakeExcel {
  const fake = createFakeExcel(options);
  for (const [tab, grid] of Object.entries(values)) fake.seedSheet(tab, grid);
  return fake;
}

/** Runs `fn` with the fake installed as globalThis.Excel / Office. */
export async function withFake<T>(fake: FakeExcel, fn: () => Promise<T>): Promise<T> {
  const restore = fake.install();
  try {
    return await fn();
  } finally {
    restore();
  }
}

export const noProgress = (): void => undefined;

import * as host from '../../addin/src/host/commands';
import type { SyncRecord } from './fake-excel';

/** What one command cost on the fake: its syncs as recorded by the fake, and the host's own count. */
export interface CommandCost {
  readonly name: string;
  readonly syncs: readonly SyncRecord[];
  readonly hostSyncs: number;
  readonly hostMaxRequestBytes: number;
  /** Excel.run calls the command made (one by design). */
  readonly runs: number;
  /** Wall time of the command on the fake (for the bench table only). */
  readonly ms: number;
}

/** Runs every task-pane command once on the fake (insert, validate, indicators, notices, resident list). */
export async function runEveryCommand(fake: FakeExcel): Promise<CommandCost[]> {
  const costs: CommandCost[] = [];
  await withFake(fake, async () => {
    const measure = async (name: string, fn: () => Promise<{ syncs: number; maxRequestBytes: number }>) => {
      fake.resetStats();
      const started = Date.now();
      const r = await fn();
      costs.push({ name, syncs: fake.stats().syncs, hostSyncs: r.syncs, hostMaxRequestBytes: r.maxRequestBytes, runs: fake.stats().runs, ms: Date.now() - started });
    };
    await measure('insertTemplate', () => host.insertTemplate(noProgress, 'ja'));
    await measure('validate', () => host.validate(noProgress, 'ja'));
    await measure('indicators', () => host.indicators(noProgress, 'ja'));
    fake.resetStats();
    const started = Date.now();
    const events = await host.noticeEvents('ja');
    costs.push({ name: 'noticeEvents', syncs: fake.stats().syncs, hostSyncs: fake.stats().syncs.length, hostMaxRequestBytes: 0, runs: fake.stats().runs, ms: Date.now() - started });
    const eventId = events[0]?.id;
    if (!eventId) throw new Error('the sample town has no meeting');
    await measure('notices', () => host.notices(noProgress, 'ja', { eventId }));
    await measure('residentList', () => host.residentList(noProgress, 'ja'));
  });
  return costs;
}
