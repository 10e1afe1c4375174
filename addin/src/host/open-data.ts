/**
 * 公表データの取込 in Excel: the files the clerk picked in the pane, handed to the shared import
 * command (templates/import) in one Excel.run. CSVs go as bytes with the browser's Shift_JIS
 * decoder (the host side of templates/import/encoding.ts); an .xlsx (厚生局 名簿) is opened by Excel
 * itself: its sheets are inserted into this workbook (ExcelApi 1.13), hidden, read and deleted
 * again before anything is written, so no .xlsx parser ships in the pane.
 */
import type { Grid } from '../../../templates/core/cell';
import type { UiMessage } from '../../../templates/host/commands';
import { uiText, type UiLang } from '../../../templates/host/texts';
import { detectSource, type ImportFile } from '../../../templates/import';
import type { ShiftJisDecoder } from '../../../templates/import/encoding';
import type { XRange, XRequestContext } from './excel-api';
import { fromA1Grid } from './read';

/** A file as the pane's file picker gives it. */
export interface PickedFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** WHATWG "shift_jis" is Windows-31J, so ① and ㈱ decode (Chromium, Edge WebView2, WebKit). */
export const browserShiftJis: ShiftJisDecoder = (bytes) => new TextDecoder('shift_jis').decode(bytes);

export const isWorkbookFile = (name: string): boolean => /\.xls[xm]$/i.test(name);

/** Base64 without Node's Buffer (btoa takes a binary string; built in chunks to spare the stack). */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export interface WorkbookGrids {
  readonly files: readonly ImportFile[];
  readonly messages: readonly UiMessage[];
  readonly syncs: number;
}

const say = (key: 'import.xlsxUnreadable' | 'import.xlsxNeedsNewerExcel', lang: UiLang, file: string): UiMessage => ({ key, text: uiText(key, lang, { file }), tone: 'error' });

/**
 * Each .xlsx as the grid of its source sheet (the one the import recognizes, else the first — as the
 * CLI picks it), read through Excel: one sync per file to insert (a file Excel cannot open fails
 * alone), one to hide and read every inserted sheet, one to delete them.
 */
export async function workbookGrids(ctx: XRequestContext, files: readonly PickedFile[], lang: UiLang): Promise<WorkbookGrids> {
  const messages: UiMessage[] = [];
  const inserted: { name: string; ids: readonly string[] }[] = [];
  let syncs = 0;
  for (const f of files) {
    const result = ctx.workbook.insertWorksheetsFromBase64(bytesToBase64(f.bytes), { positionType: 'End' });
    try {
      syncs++;
      await ctx.sync();
      inserted.push({ name: f.name, ids: result.value });
    } catch {
      messages.push(say('import.xlsxUnreadable', lang, f.name));
    }
  }
  const all = inserted.flatMap((i) => i.ids);
  if (!all.length) return { files: [], messages, syncs };
  try {
    const used = new Map<string, XRange>();
    for (const id of all) {
      const sheet = ctx.workbook.worksheets.getItem(id);
      sheet.visibility = 'Hidden';
      const range = sheet.getUsedRangeOrNullObject(true);
      range.load(['values', 'rowIndex', 'columnIndex']);
      used.set(id, range);
    }
    syncs++;
    await ctx.sync();
    const gridOf = (id: string): Grid => {
      const r = used.get(id) as XRange;
      return r.isNullObject ? [] : fromA1Grid(r.rowIndex, r.columnIndex, r.values);
    };
    const out = inserted.map((i): ImportFile => {
      const grids = i.ids.map(gridOf);
      return { name: i.name, grid: grids.find((g) => detectSource(g) !== null) ?? grids[0] ?? [] };
    });
    return { files: out, messages, syncs: syncs + 1 };
  } finally {
    for (const id of all) ctx.workbook.worksheets.getItem(id).delete();
    await ctx.sync();
  }
}

/** Without ExcelApi 1.13 an .xlsx cannot be opened in the pane: say so; CSVs still go. */
export function workbooksUnsupported(files: readonly PickedFile[], lang: UiLang): UiMessage[] {
  return files.map((f) => say('import.xlsxNeedsNewerExcel', lang, f.name));
}
