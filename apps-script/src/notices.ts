/// <reference types="google-apps-script" />
/**
 * The 通知 command of the Sheets host as the sidebar calls it (google.script.run) and the resume
 * trigger runs it. main.ts re-exports this module, so every export here becomes a top-level Apps
 * Script function: keep exports to entry points, returning plain data (google.script.run passes no
 * class instances). Every entry point answers in plain Japanese (English when the user's locale is
 * not Japanese) — errors included: the sidebar never sees a stack trace.
 *
 *   sidebar: sidebarInit → noticeEvents → noticePreview(event) → noticeSend(event, …) ×N chunks
 *            (each chunk a separate execution that reads the workbook once and returns progress)
 *   trigger: resumeNoticeSend (scheduled by noticeScheduleResume after the quota stopped a run)
 */
import { noticeEventChoices, noticesCommand, type EventChoice } from '../../templates/host/commands';
import { destinationText } from '../../templates/host/notice-sheets';
import { uiLangFor, uiText, UI_TEXT_KEYS, type UiLang } from '../../templates/host/texts';
import { applyAndFlush, openWorkbook } from './command-run';
import { beforeSendingStatus } from './notice-sheet-status';
import { NOTICE_TEXT_KEYS, noticeText } from './notice-texts';
import { cancelResume, NEXT_DAY_MS, resumeSend, scheduledResume, scheduleResume } from './send-resume';
import { errorLine, lastProgress, runNoticeSend, type Line, type SendProgress } from './send-run';
import { draftsEnabled } from './send-transport';
import { sheetsEnv } from './sheets-env';

/** A sidebar chunk stops starting batches after 30 s, so progress shows at least twice a minute. */
const SIDEBAR_CHUNK_MS = 30_000;

function userLang(): UiLang {
  return uiLangFor(Session.getActiveUserLocale());
}

/** Runs an entry point; an unexpected error becomes one plain-language line. */
function guarded<T extends { readonly ok: boolean; readonly lines: readonly Line[] }>(fallback: Omit<T, 'ok' | 'lines'>, body: (lang: UiLang) => T): T {
  let lang: UiLang = 'ja';
  try {
    lang = userLang();
    return body(lang);
  } catch (e) {
    return { ...fallback, ok: false, lines: [errorLine(e, lang)] } as unknown as T;
  }
}

export interface SidebarInit {
  readonly ok: boolean;
  readonly lines: readonly Line[];
  readonly lang: UiLang;
  /** Every UI text in the user's language, by key ({name} placeholders left for the sidebar). */
  readonly texts: Readonly<Record<string, string>>;
  /** This build may create Gmail drafts (the opt-in drafts build). */
  readonly drafts: boolean;
  readonly progress: SendProgress | null;
  /** A scheduled resume: what and when (Tokyo). */
  readonly resume: { readonly eventId: string; readonly at: string } | null;
}

/** What the sidebar needs when it opens: texts, build flavour, the last run and any scheduled resume. */
export function sidebarInit(): SidebarInit {
  return guarded<SidebarInit>({ lang: 'ja', texts: {}, drafts: false, progress: null, resume: null }, (lang) => {
    const texts: Record<string, string> = {};
    for (const key of UI_TEXT_KEYS) texts[key] = uiText(key, lang);
    for (const key of NOTICE_TEXT_KEYS) texts[`sheets.${key}`] = noticeText(key, lang);
    const job = scheduledResume();
    return {
      ok: true, lines: [], lang, texts, drafts: draftsEnabled(), progress: lastProgress(),
      resume: job ? { eventId: job.eventId, at: sheetsEnv({}, new Date(job.atMs)).now.replace('T', ' ') } : null,
    };
  });
}

export interface EventList {
  readonly ok: boolean;
  readonly lines: readonly Line[];
  readonly events: readonly EventChoice[];
}

/** The meetings to pick from, newest first. */
export function noticeEvents(): EventList {
  return guarded<EventList>({ events: [] }, (lang) => {
    const book = openWorkbook();
    const events = noticeEventChoices(book.read.values, book.env);
    return { ok: true, lines: events.length ? [] : [{ text: uiText('notices.noEvents', lang), tone: 'warn' }], events };
  });
}

export interface PreviewItem {
  readonly channel: string;
  readonly salutation: string;
  readonly organisation: string;
  readonly destination: string;
  readonly subject: string;
}

export interface NoticePreview {
  readonly ok: boolean;
  readonly lines: readonly Line[];
  readonly eventId: string;
  readonly items: readonly PreviewItem[];
  readonly mail: number;
  readonly paper: number;
  /** Problems that stopped single notices, and warnings to read before sending (plain text). */
  readonly problems: readonly string[];
  readonly warnings: readonly string[];
}

/**
 * Preview: the 通知 and 通知_印刷 sheets for the meeting, and the list the sidebar shows before the
 * clerk presses 送信. Writes no send log.
 */
export function noticePreview(eventId: string, templateId?: string): NoticePreview {
  return guarded<NoticePreview>({ eventId, items: [], mail: 0, paper: 0, problems: [], warnings: [] }, (lang) => {
    const book = openWorkbook();
    const env = { ...book.env, lang };
    const result = noticesCommand(book.read.values, env, { eventId, ...(templateId ? { templateId } : {}), mode: 'send', record: false });
    applyAndFlush(book, { ...result, ops: beforeSendingStatus(result.ops) });
    const plan = result.plan;
    const text = (f: { message: string; messageEn: string }) => (lang === 'ja' ? f.message : f.messageEn);
    const items = (plan?.messages ?? []).map((m) => ({ channel: m.channel, salutation: m.salutation, organisation: m.organisation, destination: destinationText(m), subject: m.subject }));
    return {
      ok: plan !== null,
      lines: result.messages.map((m) => ({ text: m.text, tone: m.tone })),
      eventId,
      items,
      mail: items.filter((i) => i.channel === 'メール').length,
      paper: items.filter((i) => i.channel !== 'メール').length,
      problems: result.problems.map(text),
      warnings: result.warnings.map(text),
    };
  });
}

/**
 * 送信 / 下書き作成: one chunk (about 30 s). The sidebar calls it again while `left > 0` and nothing
 * stopped it; `first` rebuilds the 通知 sheet on the clerk's click.
 */
export function noticeSend(eventId: string, templateId?: string, first?: boolean, drafts?: boolean): SendProgress {
  const fallback = {
    busy: false, eventId, templateId: templateId ?? 'T01', mode: drafts ? ('draft' as const) : ('send' as const),
    sent: 0, failed: 0, left: 0, inDoubt: 0, paper: 0, stopped: null, done: false, at: '',
  };
  return guarded<SendProgress>(fallback, () =>
    runNoticeSend({ eventId, ...(templateId ? { templateId } : {}), refreshSheets: first === true, drafts: drafts === true, limits: { timeBudgetMs: SIDEBAR_CHUNK_MS } }),
  );
}

export interface ResumeReply {
  readonly ok: boolean;
  readonly lines: readonly Line[];
}

/** 明日続きを送る: a one-off trigger a day later for the same meeting (after a quota stop). */
export function noticeScheduleResume(eventId: string, templateId?: string, drafts?: boolean): ResumeReply {
  return guarded<ResumeReply>({}, (lang) => {
    const line = scheduleResume({ eventId, templateId: templateId ?? 'T01', drafts: drafts === true }, NEXT_DAY_MS, lang);
    return line ? { ok: true, lines: [{ text: line, tone: 'ok' }] } : { ok: false, lines: [{ text: noticeText('resumeUnavailable', lang), tone: 'warn' }] };
  });
}

export function noticeCancelResume(): ResumeReply {
  return guarded<ResumeReply>({}, (lang) => {
    cancelResume();
    return { ok: true, lines: [{ text: noticeText('resumeCancelled', lang), tone: 'ok' }] };
  });
}

/** The resume trigger's handler (runs without the sidebar; its progress is kept for the next sidebar). */
export function resumeNoticeSend(): void {
  resumeSend(userLang());
}
