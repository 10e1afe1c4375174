/**
 * `zaitaku lists <book.xlsx> --out <dir>`: the lists for professionals as one printable workbook
 * (関係者向けリスト.xlsx: three A4 lists and the blank FAX連絡票) and one CSV per list (UTF-8 with
 * BOM, formula-injection guard).
 */
import { join } from 'node:path';
import { todayInTokyo } from '../../templates/dates/serial';
import { toCsv } from '../../templates/export/csv';
import { listCsvRows } from '../../templates/report/lists';
import { professionalListPlans } from '../../templates/report/commands';
import { writeWorkbook } from '../xlsx';
import { writeOutput } from '../fs/write';
import { onePositional, requiredValue } from './args';
import type { Command } from './context';
import { loadTown } from './pipeline';

export const LISTS_WORKBOOK = '関係者向けリスト.xlsx';

export const listsCommand: Command = {
  name: 'lists',
  args: { values: ['out'] },
  async run(ctx) {
    const path = onePositional(ctx.args, '<book.xlsx>');
    const dir = requiredValue(ctx.args, 'out');
    const today = todayInTokyo(ctx.now());
    const { result } = await loadTown(path, today);
    const { lists, plans } = professionalListPlans(result.rows, today);
    await writeOutput(join(dir, LISTS_WORKBOOK), await writeWorkbook({ sheets: plans, namedRanges: [], recalcOnOpen: false }));
    for (const list of Object.values(lists)) await writeOutput(join(dir, `${list.name}.csv`), toCsv(listCsvRows(list)));
    ctx.out(ctx.t('lists.summary', { resources: lists.resources.rows.length, cmt: lists.careManagerTime.rows.length, network: lists.network.rows.length, dir }));
    return 0;
  },
};
