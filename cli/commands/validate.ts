/** `zaitaku validate <book.xlsx> [--json] [--today YYYY-MM-DD]`: the findings of a workbook; exit 1 on errors. */
import { basename } from 'node:path';
import { todayInTokyo } from '../../templates/dates/serial';
import { validateWorkbook } from '../../templates/validate/engine';
import type { ValidationResult, WorkbookValues } from '../../templates/validate/types';
import { readBook } from '../fs/workbook-file';
import { findingsJson, findingsTable } from '../output/findings';
import { redactFindings } from '../../templates/validate/redact';
import { dateOption, onePositional } from './args';
import type { Command } from './context';

/** Validates values read from a file and returns the result with personal-column findings redacted. */
export function validateForReport(book: WorkbookValues, today: string): ValidationResult {
  const result = validateWorkbook(book, { today });
  return { ...result, findings: redactFindings(result.findings, book) };
}

export const validateCommand: Command = {
  name: 'validate',
  args: { flags: ['json'], values: ['today'] },
  async run(ctx) {
    const path = onePositional(ctx.args, '<book.xlsx>');
    const today = dateOption(ctx.args, 'today') ?? todayInTokyo(ctx.now());
    const book = await readBook(path);
    const result = validateForReport(book, today);
    if (ctx.args.flags.has('json')) {
      ctx.io.stdout(findingsJson(result.findings, ctx.lang));
    } else {
      const file = basename(path);
      if (result.findings.length === 0) ctx.out(ctx.t('validate.clean', { file }));
      else {
        ctx.out(findingsTable(result.findings, ctx.lang));
        ctx.out('');
        ctx.out(ctx.t('validate.summary', { file, errors: result.errorCount, warnings: result.warningCount }));
      }
    }
    return result.errorCount > 0 ? 1 : 0;
  },
};
