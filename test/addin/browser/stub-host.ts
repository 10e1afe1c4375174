/**
 * The stub host for the task pane in headless Chromium: what Excel would give the page, built from
 * the fake Excel (test/addin/fake-excel). The test serves the real office.js from the
 * @microsoft/office-js package and appends this bundle to that response, so by the time the pane's
 * own script runs, `Office.onReady` reports Excel, `Office.context` answers like Excel's, and
 * `Excel.run` drives the fake workbook. Office's own enums (HostType…) still come from the real
 * office.js. Nothing of this is in the production bundle.
 *
 * Options come from `window.__zrkStubHost` (set by the test before any script runs); the fake is
 * exposed as `window.__zrkFakeExcel` so the test can look at the workbook afterwards.
 */
import { generateTown, townToWorkbookValues } from '../../../templates/sample';
import { createFakeExcel } from '../fake-excel';

interface StubOptions {
  /** 'sample': the sample town (seed 1) typed into the workbook; 'empty': one blank sheet. */
  readonly workbook: 'sample' | 'empty';
  readonly displayLanguage: string;
}

const w = window as unknown as Record<string, unknown> & { Office: Record<string, unknown>; __zrkStubHost?: StubOptions };
const options: StubOptions = { workbook: 'sample', displayLanguage: 'ja-JP', ...w.__zrkStubHost };
const fake = createFakeExcel();
if (options.workbook === 'sample') {
  for (const [tab, grid] of Object.entries(townToWorkbookValues(generateTown({ seed: 1 })))) fake.seedSheet(tab, grid as Parameters<typeof fake.seedSheet>[1]);
} else {
  fake.seedSheet('Sheet1', []);
}
const stubOffice = fake.Office as unknown as { context: { displayLanguage: string } };
stubOffice.context.displayLanguage = options.displayLanguage;

// The real Office namespace stays (enums, helpers); Excel's answers come from the fake. Patched in
// place: office.js later sets window.Office to the same namespace object again.
const realOffice = w.Office;
const log: string[] = [];
for (const [key, value] of Object.entries(fake.Office)) {
  try {
    // Sticky: office.js keeps initialising in the background and may assign Office.context (or
    // onReady) again after this script ran — on a loaded machine that came after the pane read
    // displayLanguage. Writes are ignored so the pane always sees the stub host's answers.
    Object.defineProperty(realOffice, key, { get: () => value, set: () => undefined, configurable: true });
  } catch (e) {
    log.push(`${key}: ${String(e)}`);
  }
}
w.__zrkStubLog = log;
w.Excel = fake.Excel;
w.__zrkFakeExcel = fake;
