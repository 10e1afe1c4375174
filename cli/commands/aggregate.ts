/**
 * `zaitaku aggregate <folder> [--out file.csv|file.xlsx]`: one row per town workbook in a folder with
 * its key indicators, then the towns by 在宅医療の圏域 with area totals per 1,000 aged 65+ (a second
 * sheet of the .xlsx, or a second CSV named …_圏域別.csv). A damaged or foreign file is reported (naming it) and skipped; the run goes on.
 */
import { readdir, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { areaTable } from '../../templates/aggregate/areas';
import { buildComparison, comparisonTable, type Comparison, type TownSummary } from '../../templates/aggregate/compare';
import { KEY_INDICATOR_IDS } from '../../templates/aggregate/key-indicators';
import { todayInTokyo } from '../../templates/dates/serial';
import { toCsv } from '../../templates/export/csv';
import { tableXlsx } from '../fs/table-xlsx';
import { writeOutput } from '../fs/write';
import { formatTable } from '../output/table';
import { cliText, type Lang } from '../output/texts';
import { CliError, onePositional } from './args';
import type { Command } from './context';
import { loadTown, townIndicators } from './pipeline';

/** A file that could not be compared, with the reason in both languages' catalogue form. */
export interface SkippedFile {
  readonly file: string;
  readonly error: CliError;
}

export interface AggregateResult {
  readonly comparison: Comparison;
  readonly skipped: readonly SkippedFile[];
}

/** The .xlsx files of a folder (not recursive), excluding Office lock files, sorted by name. */
export async function workbookFiles(folder: string): Promise<string[]> {
  const info = await stat(folder).catch(() => null);
  if (!info || !info.isDirectory()) throw new CliError('error.folderNotFound', { path: folder });
  const names = await readdir(folder);
  return names.filter((n) => extname(n).toLowerCase() === '.xlsx' && !n.startsWith('~$')).sort();
}

/**
 * Reads, validates and computes every town in a folder (`exclude`: file names to leave out, such as
 * a comparison written into the same folder by an earlier run).
 * @example const { comparison, skipped } = await aggregateFolder('towns', '2025-12-01');
 */
export async function aggregateFolder(folder: string, today: string, exclude: readonly string[] = []): Promise<AggregateResult> {
  const files = (await workbookFiles(folder)).filter((f) => !exclude.includes(f));
  const towns: TownSummary[] = [];
  const skipped: SkippedFile[] = [];
  for (const file of files) {
    try {
      const loaded = await loadTown(join(folder, file), today);
      const { result } = loaded;
      const settings = result.rows.settings;
      if (typeof settings?.fiscalYear !== 'number') throw new CliError('aggregate.noYear', { file });
      const indicators = townIndicators(loaded, today);
      towns.push({
        file,
        townName: settings?.townName ?? null,
        lgCode: settings?.lgCode ?? null,
        fiscalYear: settings?.fiscalYear ?? null,
        indicators,
        errorCount: result.errorCount,
        homeCareArea: settings?.homeCareArea ?? null,
        population65: result.rows.statistics?.population65 ?? null,
      });
    } catch (e) {
      if (!(e instanceof CliError)) throw e;
      skipped.push({ file, error: e });
    }
  }
  return { comparison: buildComparison(towns, KEY_INDICATOR_IDS), skipped };
}

/** The skip line printed for a file. */
export function skipMessage(s: SkippedFile, lang: Lang): string {
  return cliText(lang, 'aggregate.skip', { reason: cliText(lang, s.error.key, s.error.params) });
}

/** Sheet of the .xlsx output with the towns by 在宅医療の圏域. */
export const AREA_SHEET = '圏域別';

/** Where the by-area CSV goes next to the comparison: 比較.csv → 比較_圏域別.csv. */
export function areaCsvPath(out: string): string {
  const ext = extname(out);
  return `${out.slice(0, out.length - ext.length)}_${AREA_SHEET}${ext}`;
}

function headerAndBody(table: readonly (readonly unknown[])[]): [string[], string[][]] {
  const [header = [], ...body] = table.map((r) => r.map((c) => (c === null || c === undefined ? '' : String(c))));
  return [header, body];
}

export const aggregateCommand: Command = {
  name: 'aggregate',
  args: { values: ['out'] },
  async run(ctx) {
    const folder = onePositional(ctx.args, '<folder>');
    const out = ctx.args.values.get('out');
    const kind = out === undefined ? null : extname(out).toLowerCase();
    if (out !== undefined && kind !== '.csv' && kind !== '.xlsx') throw new CliError('error.badOutExtension', { path: out });
    const files = await workbookFiles(folder);
    if (files.length === 0) throw new CliError('aggregate.none', { path: folder });

    // A comparison .xlsx written into the folder itself is not a town.
    const own = out !== undefined && resolve(dirname(out)) === resolve(folder) ? [basename(out)] : [];
    const { comparison, skipped } = await aggregateFolder(folder, todayInTokyo(ctx.now()), own);
    for (const s of skipped) ctx.err(skipMessage(s, ctx.lang));
    const table = comparisonTable(comparison, ctx.lang);
    const byArea = areaTable(comparison, ctx.lang);
    if (out === undefined) {
      ctx.out(formatTable(...headerAndBody(table), { maxCellWidth: 24 }));
      ctx.out('');
      ctx.out(formatTable(...headerAndBody(byArea), { maxCellWidth: 24 }));
    } else if (kind === '.csv') {
      const areaOut = areaCsvPath(out);
      await writeOutput(out, toCsv(table));
      await writeOutput(areaOut, toCsv(byArea));
      ctx.out(ctx.t('aggregate.written', { path: out }));
      ctx.out(ctx.t('aggregate.areaWritten', { path: areaOut }));
    } else {
      await writeOutput(out, await tableXlsx('町村比較', table, [{ name: AREA_SHEET, rows: byArea }]));
      ctx.out(ctx.t('aggregate.written', { path: out }));
    }
    ctx.out(ctx.t('aggregate.summary', { count: comparison.towns.length }));
    if (skipped.length) ctx.out(ctx.t('aggregate.skipped', { count: skipped.length }));
    return 0;
  },
};
