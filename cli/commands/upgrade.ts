/**
 * `zaitaku upgrade <book.xlsx> --out <new.xlsx>`: moves an older or hand-made workbook onto the
 * current standard layout (cli/xlsx/upgrade), then validates the result and prints what changed
 * and what validation found. The source file is left as it is.
 */
import { basename } from 'node:path';
import { todayInTokyo } from '../../templates/dates/serial';
import { upgradeWorkbook, type UpgradeReport } from '../xlsx/upgrade';
import { assertFile, readBook } from '../fs/workbook-file';
import { findingsTable } from '../output/findings';
import { CliError, onePositional, requiredValue } from './args';
import type { Command, CommandContext } from './context';
import { fixTimestamp } from './fix';
import { validateForReport } from './validate';

/** Prints one line per change of the report (or that there was none). */
export function printUpgradeReport(ctx: CommandContext, report: UpgradeReport): void {
  const lines = [
    ...report.tabRenames.map((r) => ctx.t('upgrade.tabRename', r)),
    ...report.headerRenames.map((r) => ctx.t('upgrade.headerRename', r)),
    ...report.appended.map((a) => ctx.t('upgrade.appended', a)),
    ...report.renamedValues.map((v) => ctx.t('upgrade.valueRenamed', v)),
    ...report.added.map((sheet) => ctx.t('upgrade.added', { sheet })),
    ...report.regenerated.map((sheet) => ctx.t('upgrade.regenerated', { sheet })),
    ...report.unrecognized.map((sheet) => ctx.t('upgrade.unrecognized', { sheet })),
  ];
  for (const line of lines.length ? lines : [ctx.t('upgrade.noChange')]) ctx.out(line);
}

export const upgradeCommand: Command = {
  name: 'upgrade',
  args: { values: ['out'] },
  async run(ctx) {
    const input = onePositional(ctx.args, '<book.xlsx>');
    const output = requiredValue(ctx.args, 'out');
    await assertFile(input);
    let report: UpgradeReport;
    try {
      report = await upgradeWorkbook(input, output, { at: fixTimestamp(ctx.now()) });
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) throw new CliError('error.writeFailed', { path: output, reason: code });
      throw new CliError('error.notWorkbook', { file: basename(input) });
    }
    ctx.out(ctx.t('upgrade.summary', { from: input, to: output }));
    printUpgradeReport(ctx, report);
    const result = validateForReport(await readBook(output), todayInTokyo(ctx.now()));
    if (result.findings.length) {
      ctx.out('');
      ctx.out(findingsTable(result.findings, ctx.lang));
    }
    ctx.out(ctx.t('validate.summary', { file: basename(output), errors: result.errorCount, warnings: result.warningCount }));
    return result.errorCount > 0 ? 1 : 0;
  },
};
