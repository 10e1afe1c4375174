/// <reference types="google-apps-script" />
/**
 * One sending run (a sidebar chunk or the resume trigger), start to finish:
 *   lock the document → read every tab once → plan (noticesCommand, record: false) → lay out the
 *   通知 / 通知_印刷 sheets → deliver with the core's protocol through the batched send log → report.
 * The document lock makes sure two runs (two clerks, or the sidebar and the trigger) never send at
 * the same time: the second one is told to wait, it does not queue behind the first and re-send.
 * Every run re-reads the workbook — the sheet, not memory, says who is done.
 */
import { noticesCommand } from '../../templates/host/commands';
import { NOTICE_PRINT_SHEET } from '../../templates/host/notice-sheets';
import type { HostOp } from '../../templates/host/ops';
import { uiLangFor, uiText, type UiLang } from '../../templates/host/texts';
import { deliverAllSync } from '../../templates/notices/delivery';
import type { NoticeMessage } from '../../templates/notices/plan';
import type { ValueBlock } from '../../templates/plan/types';
import { attendeesSheet } from '../../templates/sheets/attendees';
import { applyOps } from './apply-ops';
import { beforeSendingStatus } from './notice-sheet-status';
import { noticeText } from './notice-texts';
import { readWorkbook } from './read-workbook';
import { BatchedSendLog, DEFAULT_LIMITS, type BatchLimits, type StopReason } from './send-batches';
import { draftsEnabled, gmailDraftTransport, mailAppTransport } from './send-transport';
import { sheetsEnv } from './sheets-env';

/** How long a run waits for another run's lock before saying "busy" (the other run may take minutes). */
const LOCK_WAIT_MS = 3_000;

export interface SendRequest {
  readonly eventId: string;
  /** Default T01 (開催通知). */
  readonly templateId?: string;
  /** Create Gmail drafts instead of sending (only in the drafts build). */
  readonly drafts?: boolean;
  /** Rebuild the 通知 sheet and show it (the first run of a send the clerk started). */
  readonly refreshSheets?: boolean;
  readonly limits?: Partial<BatchLimits>;
}

export interface Line {
  readonly text: string;
  readonly tone: 'ok' | 'warn' | 'error';
}

/** What the sidebar shows after a run (and what the resume trigger stores). */
export interface SendProgress {
  readonly ok: boolean;
  /** Another run holds the lock; nothing was done. */
  readonly busy: boolean;
  readonly eventId: string;
  readonly templateId: string;
  readonly mode: 'send' | 'draft';
  /** E-mail messages sent (or drafted) by this run. */
  readonly sent: number;
  /** Messages refused by this run (rows marked エラー; sent again by a later run once fixed). */
  readonly failed: number;
  /** E-mail messages still to send after this run. */
  readonly left: number;
  /** 出席者 rows whose notice may or may not have gone out (never re-sent on their own). */
  readonly inDoubt: number;
  /** FAX/post notices recorded by this run (their pages are on 通知_印刷). */
  readonly paper: number;
  readonly stopped: StopReason | null;
  /** Nothing left to send. */
  readonly done: boolean;
  readonly lines: readonly Line[];
  /** Tokyo time of the run, 'YYYY-MM-DDTHH:MM'. */
  readonly at: string;
}

/** Where the last run's progress is kept (document properties: per spreadsheet, shared by its editors). */
export const PROGRESS_KEY = 'zaitaku.notices.progress';

function emptyProgress(req: SendRequest, at: string, lines: Line[], extra: Partial<SendProgress> = {}): SendProgress {
  return {
    ok: false, busy: false, eventId: req.eventId, templateId: req.templateId ?? 'T01', mode: req.drafts ? 'draft' : 'send',
    sent: 0, failed: 0, left: 0, inDoubt: 0, paper: 0, stopped: null, done: false, lines, at, ...extra,
  };
}

/** The command's operations a sending run applies: the print pages always, the 通知 sheet when asked. */
function sheetOps(ops: readonly HostOp[], refresh: boolean): HostOp[] {
  return ops.filter((op) => {
    if (op.kind === 'replaceSheet') return refresh || op.plan.name === NOTICE_PRINT_SHEET;
    if (op.kind === 'activate') return refresh;
    return false; // record: false → no writeBlocks; nothing else is expected
  });
}

const recipientsOf = (ids: readonly string[], messages: readonly NoticeMessage[]): number => {
  const wanted = new Set(ids);
  return messages.filter((m) => wanted.has(m.messageId)).reduce((n, m) => n + m.recipients.length, 0);
};

function summaryLines(p: Omit<SendProgress, 'lines'>, lang: UiLang): Line[] {
  const lines: Line[] = [];
  if (p.mode === 'draft') lines.push({ text: noticeText('drafted', lang, { count: p.sent }), tone: 'ok' });
  lines.push({ text: uiText('notices.sent', lang, { sent: p.sent, left: p.left, doubt: p.inDoubt }), tone: p.inDoubt || p.failed ? 'warn' : 'ok' });
  if (p.stopped === 'quota') lines.push({ text: uiText('notices.quotaStop', lang), tone: 'warn' });
  if (p.stopped === 'time') lines.push({ text: uiText('notices.timeStop', lang), tone: 'warn' });
  if (p.failed) lines.push({ text: noticeText('failed', lang, { count: p.failed }), tone: 'error' });
  if (p.inDoubt) lines.push({ text: uiText('notices.inDoubt', lang, { count: p.inDoubt }), tone: 'warn' });
  if (p.paper) lines.push({ text: noticeText('paperRecorded', lang, { count: p.paper }), tone: 'ok' });
  return lines;
}

/**
 * Sends (or drafts) the notices of one meeting that are still pending, until done, the quota or the
 * time budget. Safe to call again at any time: it continues with exactly the recipients left.
 * @param now the wall clock in ms (Date.now); tests pass a simulated one.
 */
export function runNoticeSend(req: SendRequest, now: () => number = () => Date.now()): SendProgress {
  const started = now();
  const lang = uiLangFor(Session.getActiveUserLocale());
  const at = sheetsEnv({}, new Date(started), lang).now;
  const lock = LockService.getDocumentLock();
  if (!lock || !lock.tryLock(LOCK_WAIT_MS)) return emptyProgress(req, at, [{ text: noticeText('busy', lang), tone: 'error' }], { busy: true });
  try {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const read = readWorkbook(ss);
    const env = sheetsEnv(read.sheetIds, new Date(started), lang);
    const drafts = req.drafts === true;
    if (drafts && !draftsEnabled()) return emptyProgress(req, at, [{ text: noticeText('draftsUnavailable', lang), tone: 'error' }]);
    const cmd = noticesCommand(read.values, env, { eventId: req.eventId, ...(req.templateId ? { templateId: req.templateId } : {}), mode: drafts ? 'draft' : 'send', record: false });
    const plan = cmd.plan;
    const sendLog = cmd.sendLog;
    const tab = cmd.attendeesTab;
    if (!plan) return emptyProgress(req, at, cmd.messages.map((m) => ({ text: m.text, tone: m.tone })));
    if (!sendLog || !tab || !read.sheets.has(tab)) return emptyProgress(req, at, [{ text: noticeText('missingSheet', lang), tone: 'error' }]);
    if (sendLog.missingColumns.length) {
      const headers = sendLog.missingColumns.map((key) => attendeesSheet.columns.find((c) => c.key === key)?.header ?? key);
      return emptyProgress(req, at, [{ text: uiText('notices.missingLog', lang, { columns: headers.join('、') }), tone: 'error' }]);
    }

    const applier = applyOps(ss, read.sheets, beforeSendingStatus(sheetOps(cmd.ops, req.refreshSheets === true)));
    const mail = plan.messages.filter((m) => m.channel === 'メール');
    const paper = plan.messages.filter((m) => m.channel !== 'メール');
    const transport = drafts ? gmailDraftTransport() : mailAppTransport();
    const write = (blocks: readonly ValueBlock[]): void => {
      if (blocks.length) applier.apply([{ kind: 'writeBlocks', sheet: tab, blocks }]);
      SpreadsheetApp.flush();
    };
    const log = new BatchedSendLog({
      queue: mail,
      buffer: sendLog,
      write,
      remainingQuota: () => transport.remainingQuota(),
      elapsedMs: () => now() - started,
      limits: { ...DEFAULT_LIMITS, ...req.limits },
      alsoRecord: paper.flatMap((m) => m.updates),
    });
    const report = deliverAllSync(plan, transport, log, { shouldStop: log.shouldStop, clock: () => sheetsEnv({}, new Date(now())).now });
    log.finish();

    const inDoubtBefore = plan.skipped.filter((s) => s.reason === 'inDoubt').length;
    const base = {
      ok: true, busy: false, eventId: req.eventId, templateId: plan.templateId, mode: drafts ? ('draft' as const) : ('send' as const),
      sent: report.delivered.length, failed: report.failed.length, left: report.remaining.length,
      inDoubt: inDoubtBefore + recipientsOf(report.uncertain, mail), paper: paper.length,
      stopped: report.stopped ? log.stopReason : null, done: !report.stopped, at,
    };
    const progress: SendProgress = { ...base, lines: summaryLines(base, lang) };
    PropertiesService.getDocumentProperties()?.setProperty(PROGRESS_KEY, JSON.stringify(progress));
    return progress;
  } finally {
    // Docs: flush before releasing a lock that guarded spreadsheet writes.
    SpreadsheetApp.flush();
    lock.releaseLock();
  }
}

/** The last run's progress in this spreadsheet, or null. */
export function lastProgress(): SendProgress | null {
  const raw = PropertiesService.getDocumentProperties()?.getProperty(PROGRESS_KEY);
  if (!raw) return null;
  try {
    return JSON.parse(raw) as SendProgress;
  } catch {
    return null;
  }
}

/** A plain-language line for an unexpected error (the sidebar never shows a stack trace). */
export function errorLine(e: unknown, lang: UiLang): Line {
  const code = (e instanceof Error ? e.message : String(e)).replace(/[\r\n]+/g, ' ').slice(0, 80);
  return { text: uiText('error.generic', lang, { code }), tone: 'error' };
}
