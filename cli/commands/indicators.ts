/** `zaitaku indicators <book.xlsx> [--json|--csv] [--year 2025]`: indicators computed from the validated rows. */
import { todayInTokyo } from '../../templates/dates/serial';
import { indicatorsCsv, indicatorsJson, indicatorsTable } from '../output/indicators';
import { CliError, onePositional } from './args';
import type { Command } from './context';
import { loadTown, townIndicators } from './pipeline';

function yearOption(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{4}$/.test(value)) throw new CliError('error.badYear', { value });
  return Number(value);
}

export const indicatorsCommand: Command = {
  name: 'indicators',
  args: { flags: ['json', 'csv'], values: ['year'] },
  async run(ctx) {
    const path = onePositional(ctx.args, '<book.xlsx>');
    const json = ctx.args.flags.has('json');
    const csv = ctx.args.flags.has('csv');
    if (json && csv) throw new CliError('error.exclusive', { a: '--json', b: '--csv' });
    const year = yearOption(ctx.args.values.get('year'));
    const today = todayInTokyo(ctx.now());
    const loaded = await loadTown(path, today);
    const { result } = loaded;
    const results = townIndicators(loaded, today, year);
    if (json) ctx.io.stdout(indicatorsJson(results));
    else if (csv) ctx.io.stdout(indicatorsCsv(results));
    else {
      ctx.out(indicatorsTable(results, ctx.lang));
      if (result.errorCount > 0) ctx.err(ctx.t('indicators.findings', { errors: result.errorCount }));
    }
    return 0;
  },
};
