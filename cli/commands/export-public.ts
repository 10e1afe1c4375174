/** `zaitaku export-public <book.xlsx> --out <file.csv>`: the resident-facing resource list (D-03). */
import { todayInTokyo } from '../../templates/dates/serial';
import { isPublicToResidents, publicResourceCsv } from '../../templates/export/public-list';
import { writeOutput } from '../fs/write';
import { onePositional, requiredValue } from './args';
import type { Command } from './context';
import { loadTown } from './pipeline';

export const exportPublicCommand: Command = {
  name: 'export-public',
  args: { values: ['out'] },
  async run(ctx) {
    const path = onePositional(ctx.args, '<book.xlsx>');
    const out = requiredValue(ctx.args, 'out');
    const { result } = await loadTown(path, todayInTokyo(ctx.now()));
    const resources = result.rows.resources;
    await writeOutput(out, publicResourceCsv(resources));
    const count = resources.filter(isPublicToResidents).length;
    ctx.out(ctx.t('export.summary', { count, total: resources.length, path: out }));
    return 0;
  },
};
