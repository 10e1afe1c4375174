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
