/**
 * `zaitaku import <book.xlsx> <files…> [--out new.xlsx] [--apply] [--date YYYY-MM-DD]`
 *
 * Without --apply: reads the files (介護 CSV, 厚生局 .xlsx, ナビイ CSV — any order, detected by
 * header), writes the 取込差分 sheet into the workbook; 資源リスト is not touched.
 * With --apply: if the workbook has a 取込差分 sheet, its rows marked 採用 are applied (the files,
 * if given, are not read: the clerk's reviewed sheet is what counts). If it has none yet, the files
 * are read, the 取込差分 sheet is written, and only the new entries accepted by default are added —
 * never an overwrite, which always needs the clerk's 採用.
 * The workbook is rewritten in place unless --out names a new file. Exit 0, or 2 for usage/I/O.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import ExcelJS from 'exceljs';
import { todayInTokyo } from '../../templates/dates/serial';
import type { HostEnv, UiMessage } from '../../templates/host/commands';
import {
  DIFF_SHEET,
  applyImportCommand,
  applyRowsCommand,
  defaultNewEntryRows,
  detectSource,
  importCommand as planImport,
  type ImportFile,
} from '../../templates/import';
import { applyHostOps } from '../fs/host-ops';
import { assertFile, isKitWorkbook } from '../fs/workbook-file';
import { loadForValues, sheetValues, workbookValues } from '../xlsx/read';
import { CliError } from './args';
import type { Command, CommandContext } from './context';

/** The host's Shift_JIS decoder: WHATWG "shift_jis" is Windows-31J (① ㈱ decode). */
export const nodeShiftJis = (bytes: Uint8Array): string => new TextDecoder('shift_jis').decode(bytes);

/** A source file as the core takes it: CSV bytes, or the recognized sheet of an .xlsx as a grid. */
async function importFile(path: string): Promise<ImportFile> {
  await assertFile(path);
  const name = basename(path);
  const bytes = new Uint8Array(await readFile(path));
  if (!/^\.xls[xm]$/i.test(extname(path))) return { name, bytes };
  let wb: ExcelJS.Workbook;
  try {
    wb = await loadForValues(bytes);
  } catch {
    throw new CliError('error.notWorkbook', { file: name });
  }
  const grids = wb.worksheets.map((ws) => sheetValues(ws, Boolean(wb.properties?.date1904)));
  return { name, grid: grids.find((g) => detectSource(g) !== null) ?? grids[0] ?? [] };
}

function print(ctx: CommandContext, messages: readonly UiMessage[]): void {
  for (const m of messages) (m.tone === 'error' ? ctx.err : ctx.out)(m.text);
}

function envOf(ctx: CommandContext): HostEnv {
  const now = ctx.now();
  const today = todayInTokyo(now);
  return { today, now: `${today}T00:00`, links: { kind: 'excel' }, dates: 'wareki', lang: ctx.lang };
}

export const importCommand: Command = {
  name: 'import',
  args: { values: ['out', 'date'], flags: ['apply'] },
  async run(ctx) {
    const [book, ...files] = ctx.args.positionals;
    if (!book) throw new CliError('error.missingArgument', { what: '<book.xlsx>' });
    const date = ctx.args.values.get('date');
    if (date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new CliError('error.badDate', { option: '--date', value: date });
    const out = ctx.args.values.get('out') ?? book;
    const apply = ctx.args.flags.has('apply');
    await assertFile(book);
    const wb = new ExcelJS.Workbook();
    try {
      await wb.xlsx.load((await readFile(book)) as unknown as ArrayBuffer);
    } catch {
      throw new CliError('error.notWorkbook', { file: basename(book) });
    }
    const values = workbookValues(wb);
    if (!isKitWorkbook(values)) throw new CliError('error.foreignWorkbook', { file: basename(book) });
    const env = envOf(ctx);

    if (apply && DIFF_SHEET in values) {
      const applied = applyImportCommand(values, env);
      await applyHostOps(wb, applied.ops);
      ctx.out(ctx.t('import.appliedFrom', { source: ctx.t('import.fromSheet') }));
      print(ctx, applied.messages);
    } else {
      if (files.length === 0) throw new CliError('import.needFiles');
      const inputs = await Promise.all(files.map(importFile));
      const planned = planImport(values, env, inputs, { dataDate: date ?? env.today, shiftJis: nodeShiftJis });
      if (!planned.plan) {
        print(ctx, planned.messages);
        return 2;
      }
      for (const r of planned.reads) {
        if (!r.ok) continue;
        ctx.out(ctx.t('import.file', { file: r.source.file, source: r.source.title, date: r.source.date, encoding: r.encoding ?? 'xlsx', count: r.entries.length }));
      }
      print(ctx, planned.messages);
      await applyHostOps(wb, planned.ops);
      ctx.out(ctx.t('import.diffWritten', { path: out, rows: planned.plan.rows.length }));
      if (apply) {
        const applied = applyRowsCommand(values, env, defaultNewEntryRows(planned.plan));
        await applyHostOps(wb, applied.ops);
        ctx.out(ctx.t('import.appliedFrom', { source: ctx.t('import.newOnly') }));
        print(ctx, applied.messages);
      }
    }
    try {
      await writeFile(out, Buffer.from(await wb.xlsx.writeBuffer()));
    } catch (e) {
      throw new CliError('error.writeFailed', { path: out, reason: (e as NodeJS.ErrnoException).code ?? String(e) });
    }
    ctx.out(ctx.t('import.written', { path: out }));
    return 0;
  },
};
