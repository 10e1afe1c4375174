/// <reference types="google-apps-script" />
/**
 * Resuming a send without the clerk: a one-off time-driven trigger (scope script.scriptapp) that runs
 * `resumeNoticeSend` later — the next day after the daily quota stopped a run, or a minute later after
 * the time budget did. It runs as the clerk who scheduled it (installable triggers run as their
 * creator), so the mail still comes from the clerk's account. Add-ons may not fire time-driven
 * triggers more than once an hour; a refused short delay falls back to an hour. The clerk schedules
 * it from the sidebar; nothing is scheduled behind their back.
 */
import type { UiLang } from '../../templates/host/texts';
import { noticeText } from './notice-texts';
import { runNoticeSend, type SendProgress, type SendRequest } from './send-run';

export const RESUME_HANDLER = 'resumeNoticeSend';
export const RESUME_KEY = 'zaitaku.notices.resume';
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** The quota resets 24 hours after the day's first request; now + 24 h is always past that. */
export const NEXT_DAY_MS = 24 * HOUR + 5 * MINUTE;

/** What a scheduled resume will send (stored with the trigger's schedule). */
interface ResumeJob {
  readonly eventId: string;
  readonly templateId: string;
  readonly drafts: boolean;
  readonly atMs: number;
}

function removeResumeTriggers(): void {
  for (const t of ScriptApp.getProjectTriggers()) if (t.getHandlerFunction() === RESUME_HANDLER) ScriptApp.deleteTrigger(t);
}

function tokyoClock(ms: number): string {
  return Utilities.formatDate(new Date(ms), 'Asia/Tokyo', 'M/d HH:mm');
}

/**
 * Replaces any scheduled resume with one `delayMs` from now. Returns the line to show, or null when
 * this deployment cannot schedule (the clerk then presses Send again).
 */
export function scheduleResume(job: Omit<ResumeJob, 'atMs'>, delayMs: number, lang: UiLang, now: () => number = () => Date.now()): string | null {
  removeResumeTriggers();
  let delay = delayMs;
  try {
    ScriptApp.newTrigger(RESUME_HANDLER).timeBased().after(delay).create();
  } catch {
    if (delay >= HOUR) return null;
    delay = HOUR;
    try {
      ScriptApp.newTrigger(RESUME_HANDLER).timeBased().after(delay).create();
    } catch {
      return null;
    }
  }
  const atMs = now() + delay;
  PropertiesService.getDocumentProperties()?.setProperty(RESUME_KEY, JSON.stringify({ ...job, atMs } satisfies ResumeJob));
  return noticeText('resumeScheduled', lang, { at: tokyoClock(atMs) });
}

export function cancelResume(): void {
  removeResumeTriggers();
  PropertiesService.getDocumentProperties()?.deleteProperty(RESUME_KEY);
}

/** The scheduled resume, or null. */
export function scheduledResume(): ResumeJob | null {
  const raw = PropertiesService.getDocumentProperties()?.getProperty(RESUME_KEY);
  if (!raw) return null;
  try {
    return JSON.parse(raw) as ResumeJob;
  } catch {
    return null;
  }
}

/**
 * The trigger's run: spends its trigger, sends with the full time budget, and schedules itself again
 * while something is left (next day after the quota, a minute after the time budget).
 */
export function resumeSend(lang: UiLang, now: () => number = () => Date.now()): SendProgress | null {
  const job = scheduledResume();
  removeResumeTriggers();
  if (!job) return null;
  PropertiesService.getDocumentProperties()?.deleteProperty(RESUME_KEY);
  const req: SendRequest = { eventId: job.eventId, templateId: job.templateId, drafts: job.drafts };
  const progress = runNoticeSend(req, now);
  if (progress.busy) scheduleResume(job, 5 * MINUTE, lang, now);
  else if (progress.ok && progress.stopped === 'quota') scheduleResume(job, NEXT_DAY_MS, lang, now);
  else if (progress.ok && progress.stopped === 'time') scheduleResume(job, MINUTE, lang, now);
  return progress;
}
