/**
 * `zaitaku fix <book.xlsx> --out <new.xlsx>`: 「表記をそろえる」 with the Node host. The core plans
 * the changes (templates/fix); this command prints each one, patches only those cells into a copy
 * of the file, and adds the rows to 修正履歴. Every other cell, format and part stays as it was.
 */
import { copyFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { minutesToHhMm, todayInTokyo, tokyoMinutesOf } from '../../templates/dates/serial';
import { FIX_HISTORY_SHEET, planFix, type FixPlan } from '../../templates/fix';
import { shownValue } from '../../templates/normalize';
import { blockUpdates, patchWorkbookValues, type ValuePatch } from '../fs/patch-values';
import { readBook } from '../fs/workbook-file';
import { CliError, onePositional, requiredValue } from './args';
import type { Command } from './context';

/** When the fix ran, as 修正履歴 shows it: 'YYYY-MM-DD HH:MM' in Tokyo. */
export function fixTimestamp(now: Date): string {
  return `${todayInTokyo(now)} ${minutesToHhMm(tokyoMinutesOf(now) ?? 0)}`;
}

/** The file patch of a fix plan. */
export function patchOf(plan: FixPlan): ValuePatch {
  const cells = new Map([...plan.blocks].map(([tab, blocks]) => [tab, blockUpdates(blocks)]));
  const history = plan.history;
  if (history?.append) cells.set(FIX_HISTORY_SHEET, blockUpdates([history.append]));
  if (!history?.create) return { cells };
  const create = history.create;
  return { cells, newSheet: { name: create.name, blocks: create.blocks, widths: create.columns.map((c) => c.width) } };
}

export const fixCommand: Command = {
  name: 'fix',
  args: { values: ['out'] },
  async run(ctx) {
    const input = onePositional(ctx.args, '<book.xlsx>');
    const output = requiredValue(ctx.args, 'out');
    const book = await readBook(input, { requireKit: true });
    const plan = planFix(book, { at: fixTimestamp(ctx.now()) });
    try {
      if (plan.changes.length === 0) await copyFile(input, output);
      else await patchWorkbookValues(input, output, patchOf(plan));
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) throw new CliError('error.writeFailed', { path: output, reason: code });
      throw new CliError('error.notWorkbook', { file: basename(input) });
    }
    for (const c of plan.changes) {
      ctx.out(ctx.t('fix.change', { sheet: c.sheet, cell: c.address, column: c.column, old: shownValue(c.old), new: c.shown }));
    }
    ctx.out(plan.changes.length === 0 ? ctx.t('fix.noChange', { to: output }) : ctx.t('fix.summary', { count: plan.changes.length, from: input, to: output, log: FIX_HISTORY_SHEET }));
    return 0;
  },
};
