/**
 * A faithful fake of the Excel JavaScript API (Office.js) for the kit's Excel host: `Excel.run`, a
 * request context whose queued calls run at `sync()`, and the workbook model the host uses. Tests
 * (and the task pane's stub host in headless Chromium) install it as the globals `Excel` and `Office`.
 *
 * Behaviours pinned, with the Microsoft documentation they come from:
 * - Calls are queued on proxy objects and run in order at `context.sync()`; a property is readable
 *   only after `load()` and a sync, else PropertyNotLoaded is thrown.
 *   https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model
 *   https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling (PropertyNotLoaded)
 * - `*OrNullObject` methods give an object whose `isNullObject` is set by the sync instead of throwing
 *   ItemNotFound. https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model#ornullobject-methods-and-properties
 * - Excel on the web refuses a request or a response over 5 MB: RequestPayloadSizeLimitExceeded /
 *   ResponsePayloadSizeLimitExceeded; a range read is limited to 5,000,000 cells.
 *   https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins
 *   https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling
 * - A string written to `values` that starts with = + - is interpreted as a formula ("If the value
 *   starts with a plus, minus, or equal sign, Excel interprets this value as a formula"), except in a
 *   text-formatted cell ('@'); a leading apostrophe stores text without the apostrophe (reading
 *   `formulas` does not return it: office-js#6687).
 *   https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member
 *   https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-set-get-values
 * - A single (non-array) value written to `values`/`formulas`/`numberFormat` is applied to every
 *   cell of the range, and `null` in an input array leaves that cell as it is. These are Office.js
 *   runtime behaviours described by the Office.js team (M. Zlatkovsky, "Building Office Add-ins using
 *   Office.js") rather than on the reference page; the host relies only on the first (whole-column
 *   number formats), and its input-shape check follows the documented 2-D form:
 *   https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-set-format
 * - suspendApiCalculationUntilNextSync (ExcelApi 1.6) and suspendScreenUpdatingUntilNextSync (1.9)
 *   are queued calls that last until the next sync.
 *   https://learn.microsoft.com/office/dev/add-ins/excel/performance-optimization
 * - `Range.copyFrom` (ExcelApi 1.9) repeats a smaller source over the destination and moves relative
 *   references like Paste. https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-copyfrom-member(1)
 * - `Office.context.requirements.isSetSupported('ExcelApi', v)` answers from the fake's version.
 *   https://learn.microsoft.com/office/dev/add-ins/develop/specify-api-requirements-runtime
 *
 * - `Workbook.insertWorksheetsFromBase64` (ExcelApi 1.13) appends every sheet of the .xlsx by
 *   default and returns "an array of IDs corresponding to each newly inserted worksheet" (a
 *   ClientResult, read after the sync); `worksheets.getItem` takes a name or an id.
 *   https://learn.microsoft.com/javascript/api/excel/excel.workbook#excel-excel-workbook-insertworksheetsfrombase64-member(1)
 *   https://learn.microsoft.com/javascript/api/excel/excel.worksheetcollection#excel-excel-worksheetcollection-getitem-member(1)
 *   The fake reads the file with jszip (xlsx.ts); a clashing name gets " (2)" as Excel names copies
 *   (not documented for this API); a file that is not a workbook fails its sync (InvalidArgument).
 *
 * - `Worksheet.autoFilter` (ExcelApi 1.9): one AutoFilter per sheet, `apply(range)` sets its range,
 *   `remove()` drops it; none can be created or removed on a protected sheet. `protect(options)`
 *   keeps its WorksheetProtectionOptions (ExcelApi 1.2; allowAutoFilter = "allowing use of the
 *   AutoFilter feature").
 *   https://learn.microsoft.com/javascript/api/excel/excel.autofilter
 *   https://learn.microsoft.com/javascript/api/excel/excel.worksheetprotectionoptions
 *   https://learn.microsoft.com/office/vba/api/excel.protection.allowfiltering
 * Not modelled: formula results (a formula cell reads as ''), calculation, events, tables, undo.
 * Every sync is recorded (calls, request and response bytes) so tests can assert batching.
 */
import { QueueContext, StatsRecorder, type FakeStats } from './context';
import { FakeWorkbook } from './model';
import { findSheet, newSheet, newWorkbookStore, setCell, sheetValues, type Cell, type Scalar, type SheetStore, type WorkbookStore } from './store';

export { FakeOfficeError, PAYLOAD_LIMIT_BYTES, type FakeStats, type SyncRecord } from './context';
export { cellAt, effectiveFormat, parseAddress, sheetValues, type Cell, type SheetStore, type WorkbookStore } from './store';

export class FakeRequestContext extends QueueContext {
  readonly workbook: FakeWorkbook;
  constructor(store: WorkbookStore, stats: StatsRecorder) {
    super(stats);
    this.workbook = new FakeWorkbook(this, store);
  }
}

export interface FakeExcelOptions {
  /** Highest ExcelApi requirement set the fake claims (default '1.9'). */
  readonly excelApi?: string;
  /** Office.context.displayLanguage (default 'ja-JP'). */
  readonly displayLanguage?: string;
}

export interface FakeExcel {
  readonly Excel: { run<T>(batch: (context: FakeRequestContext) => Promise<T>): Promise<T> };
  readonly Office: {
    readonly context: { readonly requirements: { isSetSupported(name: string, version?: string): boolean }; readonly displayLanguage: string };
    onReady(cb?: (info: { host: string; platform: string }) => void): Promise<{ host: string; platform: string }>;
  };
  readonly store: WorkbookStore;
  stats(): FakeStats;
  resetStats(): void;
  /** Puts a tab with these values into the workbook directly (a user's typing, not an API call). */
  seedSheet(name: string, grid: readonly (readonly unknown[])[], formats?: { readonly textColumns?: readonly number[] }): SheetStore;
  /** Every tab's Range.values of A1:<last used cell>. */
  values(): Record<string, Scalar[][]>;
  /** The stored cell (value, formula, format) at an address, or undefined. */
  cell(sheet: string, address: string): Cell | undefined;
  /** Sets globalThis.Excel and globalThis.Office; returns a function restoring the previous ones. */
  install(target?: Record<string, unknown>): () => void;
}

function versionAtMost(wanted: string, have: string): boolean {
  const [a = 0, b = 0] = wanted.split('.').map(Number);
  const [c = 0, d = 0] = have.split('.').map(Number);
  return a < c || (a === c && b <= d);
}

export function createFakeExcel(options: FakeExcelOptions = {}): FakeExcel {
  const store = newWorkbookStore();
  const stats = new StatsRecorder();
  const api = options.excelApi ?? '1.9';
  const Excel = {
    async run<T>(batch: (context: FakeRequestContext) => Promise<T>): Promise<T> {
      stats.runs++;
      const ctx = new FakeRequestContext(store, stats);
      const result = await batch(ctx);
      // Excel.run sends what is still queued when the batch resolves.
      if (ctx.pending > 0) await ctx.sync();
      return result;
    },
  };
  const info = { host: 'Excel', platform: 'OfficeOnline' };
  const Office = {
    context: {
      requirements: { isSetSupported: (name: string, version?: string) => name === 'ExcelApi' && versionAtMost(version ?? '1.1', api) },
      displayLanguage: options.displayLanguage ?? 'ja-JP',
    },
    onReady(cb?: (i: typeof info) => void) {
      cb?.(info);
      return Promise.resolve(info);
    },
  };
  return {
    Excel,
    Office,
    store,
    stats: () => stats.snapshot(),
    resetStats: () => stats.reset(),
    seedSheet(name, grid, formats) {
      const sheet = findSheet(store, name) ?? newSheet(store, name);
      for (const c of formats?.textColumns ?? []) sheet.columnFormats.set(c, '@');
      grid.forEach((row, r) =>
        row.forEach((v, c) => {
          if (typeof v === 'string' ? v !== '' : typeof v === 'number' || typeof v === 'boolean') setCell(sheet, r, c, { v: v as Scalar });
        }),
      );
      return sheet;
    },
    values() {
      const out: Record<string, Scalar[][]> = {};
      for (const s of store.sheets) out[s.name] = sheetValues(s);
      return out;
    },
    cell(sheet, address) {
      const s = findSheet(store, sheet);
      if (!s) return undefined;
      const m = /^([A-Z]+)(\d+)$/.exec(address);
      if (!m) throw new RangeError(address);
      let col = 0;
      for (const ch of m[1] as string) col = col * 26 + (ch.charCodeAt(0) - 64);
      return s.rows[Number(m[2]) - 1]?.[col - 1];
    },
    install(target = globalThis as unknown as Record<string, unknown>) {
      const before = { Excel: target.Excel, Office: target.Office };
      target.Excel = Excel;
      target.Office = Office;
      return () => {
        target.Excel = before.Excel;
        target.Office = before.Office;
      };
    },
  };
}
