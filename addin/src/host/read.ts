/**
 * Reading the workbook the way the core wants it (WorkbookValues: tab → grid from A1, like
 * Range.values) plus what the writes will need (existing conditional formats, charts, protection,
 * names), in a constant number of syncs: one to learn the tabs, one to load every tab's used range
 * and metadata together. A workbook whose values exceed Excel on the web's 5 MB response is read
 * again in row bands (extra syncs only for such workbooks; later commands go to bands directly).
 */
import type { CellValue, Grid } from '../../../templates/core/cell';
import type { WorkbookValues } from '../../../templates/validate/types';
import { EXCEL_LIMITS } from '../../../templates/plan/limits';
import { estimateCellBytes } from '../../../templates/plan/chunk';
import type { XChart, XConditionalFormat, XConditionalFormatCollection, XRange, XRequestContext, XScalar, XWorksheet } from './excel-api';
import { CALL_BYTES } from './batch';

export interface SheetInfo {
  readonly name: string;
  readonly sheet: XWorksheet;
  readonly protected: boolean;
  readonly charts: readonly XChart[];
  /** Conditional formats with their custom formula ('' for other types). */
  readonly conditionalFormats: readonly { readonly format: XConditionalFormat; readonly formula: string }[];
}

export interface ReadBook {
  readonly values: WorkbookValues;
  /** Lower-cased tab name → what was read. */
  readonly sheets: ReadonlyMap<string, SheetInfo>;
  readonly names: ReadonlySet<string>;
  readonly syncs: number;
  /** Largest estimated request of the read. */
  readonly maxRequestBytes: number;
}

/** Response budget when reading in bands (Excel counts JSON; cells estimated generously). */
const BAND_BUDGET_BYTES = EXCEL_LIMITS.requestBytes * 0.6;
const BYTES_PER_CELL_GUESS = 48;

/**
 * Set when Excel refused a whole read as too large: the next commands (a task pane serves one
 * workbook, and a clerk runs several commands on it) read in bands at once instead of being refused
 * again; cleared when a banded read finds the workbook small after all.
 */
let readInBandsFirst = false;

function isPayloadError(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return code === 'ResponsePayloadSizeLimitExceeded' || code === 'RequestPayloadSizeLimitExceeded';
}

/** A used range's values placed at their offset from A1 (Range.values of A1:<last used cell>). */
export function fromA1Grid(rowIndex: number, columnIndex: number, values: readonly (readonly XScalar[])[]): Grid {
  if (rowIndex === 0 && columnIndex === 0) return values as Grid;
  const out: CellValue[][] = [];
  for (let r = 0; r < rowIndex; r++) out.push([]);
  for (const row of values) out.push([...new Array<CellValue>(columnIndex).fill(''), ...row]);
  return out;
}

interface Pending {
  readonly name: string;
  readonly sheet: XWorksheet;
  readonly used: XRange;
  readonly cfs: XConditionalFormatCollection;
}

/**
 * Every tab's values and metadata.
 * @example const book = await readWorkbook(context); validateWorkbook(book.values, { today })
 */
export async function readWorkbook(ctx: XRequestContext): Promise<ReadBook> {
  const { worksheets, names } = ctx.workbook;
  worksheets.load('items/name');
  names.load('items/name');
  await ctx.sync();
  let syncs = 1;
  const tabs = worksheets.items.map((s) => s.name);
  const pending: Pending[] = [];
  const queueMeta = (withValues: boolean): void => {
    pending.length = 0;
    for (const name of tabs) {
      const sheet = worksheets.getItem(name);
      const used = sheet.getUsedRangeOrNullObject(true);
      used.load(withValues ? ['values', 'rowIndex', 'columnIndex'] : ['rowIndex', 'columnIndex', 'rowCount', 'columnCount']);
      const cfs = sheet.getRange().conditionalFormats;
      cfs.load(['items/type', 'items/customOrNullObject/rule/formula']);
      sheet.charts.load('items/name');
      sheet.protection.load('protected');
      pending.push({ name, sheet, used, cfs });
    }
  };
  let values: Record<string, Grid> = {};
  let banded = readInBandsFirst;
  if (!banded) {
    queueMeta(true);
    try {
      await ctx.sync();
      syncs++;
      for (const p of pending) values[p.name] = p.used.isNullObject ? [] : fromA1Grid(p.used.rowIndex, p.used.columnIndex, p.used.values);
    } catch (e) {
      if (!isPayloadError(e)) throw e;
      syncs++;
      banded = true;
    }
  }
  if (banded) {
    queueMeta(false);
    await ctx.sync();
    syncs++;
    const read = await readInBands(ctx, pending);
    values = read.values;
    syncs += read.syncs;
    readInBandsFirst = read.estimatedBytes > BAND_BUDGET_BYTES;
  }
  const sheets = new Map<string, SheetInfo>();
  for (const p of pending) {
    sheets.set(p.name.toLowerCase(), {
      name: p.name,
      sheet: p.sheet,
      protected: p.sheet.protection.protected,
      charts: p.sheet.charts.items,
      conditionalFormats: p.cfs.items.map((format) => ({ format, formula: format.type === 'Custom' ? format.customOrNullObject.rule.formula : '' })),
    });
  }
  return { values, sheets, names: new Set(names.items.map((n) => n.name)), syncs, maxRequestBytes: (tabs.length * 6 + 2) * CALL_BYTES };
}

/**
 * Reads used ranges whose dimensions are loaded, in row bands: each sync carries as many rows as the
 * response budget allows at the bytes per cell measured so far (a generous guess before the first).
 */
async function readInBands(ctx: XRequestContext, pending: readonly Pending[]): Promise<{ values: Record<string, Grid>; syncs: number; estimatedBytes: number }> {
  const cursors = pending.map((p) => ({
    name: p.name,
    used: p.used,
    rows: p.used.isNullObject ? 0 : p.used.rowCount,
    cols: p.used.isNullObject ? 0 : p.used.columnCount,
    rowIndex: p.used.isNullObject ? 0 : p.used.rowIndex,
    columnIndex: p.used.isNullObject ? 0 : p.used.columnIndex,
    next: 0,
    bands: [] as XRange[],
  }));
  let perCell = BYTES_PER_CELL_GUESS;
  let syncs = 0;
  let estimatedBytes = 0;
  while (cursors.some((c) => c.next < c.rows)) {
    let room = BAND_BUDGET_BYTES;
    const loaded: XRange[] = [];
    for (const c of cursors) {
      if (c.next >= c.rows || room <= 0) continue;
      const n = Math.min(c.rows - c.next, Math.max(loaded.length ? 0 : 1, Math.floor(room / (c.cols * perCell))));
      if (n === 0) continue;
      const band = c.used.getCell(c.next, 0).getResizedRange(n - 1, c.cols - 1);
      band.load('values');
      c.bands.push(band);
      loaded.push(band);
      c.next += n;
      room -= n * c.cols * perCell;
    }
    await ctx.sync();
    syncs++;
    let bytes = 0;
    let cells = 0;
    for (const band of loaded) {
      for (const row of band.values) {
        cells += row.length;
        for (const v of row) bytes += estimateCellBytes(v);
      }
    }
    estimatedBytes += bytes;
    if (cells > 0) perCell = Math.max(4, (1.25 * bytes) / cells);
  }
  const values: Record<string, Grid> = {};
  for (const c of cursors) {
    const rows: XScalar[][] = [];
    for (const band of c.bands) for (const row of band.values) rows.push(row);
    values[c.name] = fromA1Grid(c.rowIndex, c.columnIndex, rows);
  }
  return { values, syncs, estimatedBytes };
}
