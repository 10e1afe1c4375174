/**
 * `zaitaku build-templates --out <dir>`: the blank standard workbook and the sample-town workbook,
 * the two files a town downloads to start with.
 */
import { join } from 'node:path';
import { blankWorkbookPlan, townWorkbookPlan } from '../../templates/plan/workbook';
import { generateTown } from '../../templates/sample';
import { ensureDir, writeOutput } from '../fs/write';
import { writeWorkbook } from '../xlsx/write';
import { requiredValue } from './args';
import type { Command } from './context';

export const BLANK_WORKBOOK_FILE = '在宅連携キット_標準様式.xlsx';
export const SAMPLE_WORKBOOK_FILE = '在宅連携キット_サンプル町.xlsx';
/** Seed of the published sample town (changing it changes the downloadable sample). */
export const SAMPLE_TOWN_SEED = 1;

export interface TemplateFiles {
  readonly blank: string;
  readonly sample: string;
}

/**
 * Writes both workbooks into a folder.
 * @example const { blank, sample } = await buildTemplates('out/templates');
 */
export async function buildTemplates(outDir: string): Promise<TemplateFiles> {
  await ensureDir(outDir);
  const blank = join(outDir, BLANK_WORKBOOK_FILE);
  const sample = join(outDir, SAMPLE_WORKBOOK_FILE);
  await writeOutput(blank, await writeWorkbook(blankWorkbookPlan()));
  await writeOutput(sample, await writeWorkbook(townWorkbookPlan(generateTown({ seed: SAMPLE_TOWN_SEED }))));
  return { blank, sample };
}

export const buildTemplatesCommand: Command = {
  name: 'build-templates',
  args: { values: ['out'] },
  async run(ctx) {
    const { blank, sample } = await buildTemplates(requiredValue(ctx.args, 'out'));
    ctx.out(ctx.t('templates.written'));
    ctx.out(`  ${blank}`);
    ctx.out(`  ${sample}`);
    return 0;
  },
};
