/** `zaitaku report <book.xlsx> --out <report.docx> [--year 2025] [--previous <last-year.xlsx>]`: the annual report (D-17). */
import { todayInTokyo } from '../../templates/dates/serial';
import { buildAnnualReport } from '../../templates/report/annual';
import { reportDocxBytes } from '../report/docx';
import { writeOutput } from '../fs/write';
import { CliError, onePositional, requiredValue } from './args';
import type { Command } from './context';
import { fiscalYearOf, loadTown } from './pipeline';

function yearOption(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{4}$/.test(value)) throw new CliError('error.badYear', { value });
  return Number(value);
}

export const reportCommand: Command = {
  name: 'report',
  args: { values: ['out', 'year', 'previous'] },
  async run(ctx) {
    const path = onePositional(ctx.args, '<book.xlsx>');
    const out = requiredValue(ctx.args, 'out');
    const today = todayInTokyo(ctx.now());
    const { result } = await loadTown(path, today);
    const fiscalYear = fiscalYearOf(result, yearOption(ctx.args.values.get('year')));
    const previousPath = ctx.args.values.get('previous');
    const previous = previousPath === undefined ? null : (await loadTown(previousPath, today)).result.rows;
    const doc = buildAnnualReport(result.rows, { fiscalYear, today, previous });
    await writeOutput(out, await reportDocxBytes(doc));
    ctx.out(ctx.t('report.summary', { title: doc.title, path: out, tables: doc.blocks.filter((b) => b.kind === 'table').length }));
    return 0;
  },
};
