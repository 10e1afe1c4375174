/**
 * `zaitaku notices <book.xlsx> --event <id> --out <dir> [--template T01] [--record] [--force] [--now ISO]`:
 * the meeting notices of one event as .eml drafts (one file each, plus one zip) and one printable
 * HTML for FAX/post recipients. The source workbook's send log is written only with --record.
 */
import { basename, join } from 'node:path';
import type { Finding } from '../../templates/core/findings';
import { DEFAULT_NOTICE_TEMPLATES, emlEntries, emlZip, planNotices, renderPrintHtml, type NoticePlan } from '../../templates/notices';
import { attendeesSheet } from '../../templates/sheets/attendees';
import type { ValidationResult } from '../../templates/validate/types';
import { recordSendLog, type SendLogResult } from '../fs/send-log';
import { PatchError } from '../fs/sheet-xml';
import { ensureDir, writeOutput } from '../fs/write';
import { findingsTable } from '../output/findings';
import { CliError, onePositional, requiredValue } from './args';
import type { Command, CommandContext } from './context';
import { loadTown } from './pipeline';

const TOKYO_OFFSET_MS = 9 * 3600_000;

/**
 * The run's Tokyo wall clock 'YYYY-MM-DDTHH:MM' from --now (a Tokyo wall clock, or an instant
 * with Z/offset) or from the clock.
 * @throws CliError('error.badNow')
 * @example tokyoWallClock('2025-05-01T01:00:00Z', new Date()) // '2025-05-01T10:00'
 */
export function tokyoWallClock(option: string | undefined, now: Date): string {
  if (option === undefined) return new Date(now.getTime() + TOKYO_OFFSET_MS).toISOString().slice(0, 16);
  const local = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?$/.exec(option);
  if (local) {
    const probe = new Date(`${local[1]}T${local[2]}:00Z`);
    if (!Number.isNaN(probe.getTime()) && probe.toISOString().slice(0, 16) === `${local[1]}T${local[2]}`) return `${local[1]}T${local[2]}`;
    throw new CliError('error.badNow', { value: option });
  }
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/.test(option)) {
    const t = new Date(option).getTime();
    if (!Number.isNaN(t)) return new Date(t + TOKYO_OFFSET_MS).toISOString().slice(0, 16);
  }
  throw new CliError('error.badNow', { value: option });
}

/** The run id stamped into Message-IDs: derived from the clock so a rerun at the same --now is identical. */
export function runIdOf(wallClock: string): string {
  return `r${wallClock.replace(/\D/g, '')}`;
}

export interface NoticeFiles {
  readonly emlDir: string;
  readonly zip: string | null;
  readonly printHtml: string | null;
  readonly counts: Readonly<Record<'メール' | 'FAX' | '郵送', number>>;
}

/** Writes a plan's files under `outDir`: eml/<file>.eml, 通知_<event>.zip, FAX・郵送_<event>.html. */
export async function writeNoticeFiles(plan: NoticePlan, outDir: string): Promise<NoticeFiles> {
  const counts = { メール: 0, FAX: 0, 郵送: 0 };
  for (const m of plan.messages) counts[m.channel]++;
  const emlDir = join(outDir, 'eml');
  await ensureDir(outDir);
  const entries = emlEntries(plan);
  if (entries.length) await ensureDir(emlDir);
  for (const e of entries) await writeOutput(join(emlDir, e.name), e.data);
  const zip = entries.length ? join(outDir, `通知_${plan.eventId}.zip`) : null;
  if (zip) await writeOutput(zip, emlZip(plan));
  const paper = plan.messages.filter((m) => m.channel !== 'メール');
  const printHtml = paper.length ? join(outDir, `FAX・郵送_${plan.eventId}.html`) : null;
  if (printHtml) await writeOutput(printHtml, renderPrintHtml(paper));
  return { emlDir, zip, printHtml, counts };
}

/**
 * Plans the notices of a validated town.
 * @throws CliError when the event or template id is unknown
 */
export function planForTown(result: ValidationResult, eventId: string, templateId: string, now: string, force: boolean): NoticePlan {
  if (!result.rows.events.some((e) => e.id === eventId)) throw new CliError('error.eventNotFound', { event: eventId });
  const templates = [...result.rows.noticeTemplates, ...DEFAULT_NOTICE_TEMPLATES];
  if (!templates.some((t) => t.id === templateId)) throw new CliError('error.templateNotFound', { template: templateId });
  return planNotices(result.rows, eventId, templateId, { now, runId: runIdOf(now), force, layouts: result.layouts });
}

function printFindings(ctx: CommandContext, findings: readonly Finding[]): void {
  if (findings.length === 0) return;
  ctx.out(findingsTable(findings, ctx.lang));
  ctx.out('');
}

export const noticesCommand: Command = {
  name: 'notices',
  args: { flags: ['record', 'force'], values: ['event', 'template', 'out', 'now'] },
  async run(ctx) {
    const path = onePositional(ctx.args, '<book.xlsx>');
    const eventId = requiredValue(ctx.args, 'event');
    const outDir = requiredValue(ctx.args, 'out');
    const templateId = ctx.args.values.get('template') ?? 'T01';
    const now = tokyoWallClock(ctx.args.values.get('now'), ctx.now());
    const { result } = await loadTown(path, now.slice(0, 10));
    const plan = planForTown(result, eventId, templateId, now, ctx.args.flags.has('force'));
    const files = await writeNoticeFiles(plan, outDir);

    printFindings(ctx, [...plan.findings, ...plan.warnings]);
    const event = result.rows.events.find((e) => e.id === eventId);
    ctx.out(ctx.t('notices.summary', { title: event?.title ?? '', event: eventId, total: plan.messages.length }));
    for (const channel of ['メール', 'FAX', '郵送'] as const) ctx.out(ctx.t('notices.channel', { channel, count: files.counts[channel] }));
    if (plan.skipped.length) ctx.out(ctx.t('notices.skipped', { count: plan.skipped.length }));
    if (plan.findings.length) ctx.out(ctx.t('notices.problems', { count: plan.findings.length }));
    ctx.out(ctx.t('notices.written', { path: outDir }));

    if (ctx.args.flags.has('record')) {
      const layout = result.layouts.attendees;
      if (!layout) throw new CliError('error.writeFailed', { path, reason: '出席者' });
      let written: SendLogResult;
      try {
        written = await recordSendLog(path, layout, plan.writeBack);
      } catch (e) {
        if (e instanceof PatchError) throw new CliError('error.writeFailed', { path, reason: e.message });
        throw e;
      }
      ctx.out(ctx.t('notices.recorded', { file: basename(path), count: written.rows }));
      if (written.missingColumns.length) {
        const headers = written.missingColumns.map((k) => attendeesSheet.columns.find((c) => c.key === k)?.header ?? k);
        ctx.err(ctx.t('notices.missingLogColumns', { columns: headers.join('、') }));
      }
    } else ctx.out(ctx.t('notices.notRecorded'));
    return plan.findings.length > 0 ? 1 : 0;
  },
};
