/**
 * `zaitaku export-opendata <book.xlsx> --out <dir>`: the consented public entries as
 * 医療機関一覧.csv, 介護サービス事業所一覧.csv (自治体標準オープンデータセット layouts) and
 * 資源マップ.geojson (templates/export/opendata.ts).
 */
import { join } from 'node:path';
import { todayInTokyo } from '../../templates/dates/serial';
import { opendataFiles } from '../../templates/export/opendata';
import { ensureDir, writeOutput } from '../fs/write';
import { onePositional, requiredValue } from './args';
import type { Command } from './context';
import { loadTown } from './pipeline';

export const OPENDATA_FILES = { medical: '医療機関一覧.csv', care: '介護サービス事業所一覧.csv', geojson: '資源マップ.geojson' } as const;

export const exportOpendataCommand: Command = {
  name: 'export-opendata',
  args: { values: ['out'] },
  async run(ctx) {
    const path = onePositional(ctx.args, '<book.xlsx>');
    const dir = requiredValue(ctx.args, 'out');
    const { result } = await loadTown(path, todayInTokyo(ctx.now()));
    const files = opendataFiles(result.rows.resources, result.rows.settings);
    await ensureDir(dir);
    await writeOutput(join(dir, OPENDATA_FILES.medical), files.medicalCsv);
    await writeOutput(join(dir, OPENDATA_FILES.care), files.careCsv);
    await writeOutput(join(dir, OPENDATA_FILES.geojson), files.geojson);
    ctx.out(ctx.t('opendata.summary', { ...files.counts, path: dir }));
    return 0;
  },
};
