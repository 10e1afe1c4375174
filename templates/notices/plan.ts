/**
 * planNotices: one event × one template → the rendered messages (e-mail, FAX, post), the findings
 * that stop individual notices, the warnings to show before sending, the recipients skipped because
 * the send log says they are done, and the declarative write-back for 出席者's log columns.
 */
import type { Finding } from '../core/findings';
import { makeFinding } from '../core/findings';
import { formatWareki } from '../dates';
import { eventsSheet } from '../sheets/events';
import { noticeTemplatesSheet } from '../sheets/notice-templates';
import { attendeesSheet } from '../sheets/attendees';
import { settingsSheet } from '../sheets/settings';
import type { NoticeStatus } from '../sheets/vocabulary';
import type { SheetId } from '../spec/types';
import type { SheetLayout, TownRows } from '../validate/types';
import { DEFAULT_NOTICE_TEMPLATES } from './default-templates';
import { mailHtmlDocument } from './html';
import { fnv1a } from './hash';
import { isValidEmail, rfc5322Date, type Mailbox } from './mime';
import { PLACEHOLDERS, type MergeValues, type PlaceholderName } from './placeholders';
import { recipientLabel, resolveRecipients, type DeliveryChannel, type Recipient } from './recipients';
import { scheduleWarnings, splitNow } from './schedule';
import { compileTemplate, renderBody, renderSubject } from './template';
import { eventValues, recipientValues, senderName, settingsValues, type SourcedValue } from './values';
import { cellFinding } from './where';

/** 'draft': Outlook/Gmail drafts a person sends; 'send': the host sends directly. */
export type NoticeMode = 'draft' | 'send';

/** The sheets the planner reads — and nothing else (相談記録 and sharing data are not even in the type). */
export type NoticeTownInput = Pick<TownRows, 'settings' | 'resources' | 'contacts' | 'events' | 'attendees' | 'noticeTemplates'>;

export interface PlanOptions {
  /** Tokyo wall clock 'YYYY-MM-DDTHH:MM' of this run (injected; the core never reads a clock). */
  readonly now: string;
  /** Identifies this run in Message-IDs: letters, digits, '-' and '_', starting with a letter or digit. */
  readonly runId: string;
  /** Re-create notices for recipients the log marks as done or in doubt. */
  readonly force?: boolean;
  /** Default 'draft'. */
  readonly mode?: NoticeMode;
  /** Where columns sit in the user's workbook (from the validation engine), for A1 addresses in findings. */
  readonly layouts?: Readonly<Partial<Record<SheetId, SheetLayout>>>;
}

/** One row of the 出席者 send log to write: the host applies a batch of these in one write. */
export interface NoticeUpdate {
  readonly attendeeId: string;
  /** 1-based row in 出席者. */
  readonly row: number;
  readonly noticeStatus: NoticeStatus;
  /** 'YYYY-MM-DD HH:MM' (write as text, see docs). */
  readonly noticeAt: string;
  readonly messageId: string;
}

export interface NoticeMessage {
  /** Message-ID without angle brackets; deterministic from run id, event and recipients. */
  readonly messageId: string;
  readonly eventId: string;
  readonly templateId: string;
  readonly channel: DeliveryChannel;
  /** Every invited row this message covers (several when e-mail addresses were merged). */
  readonly recipients: readonly Recipient[];
  /** Salutation line as printed: '山田 太郎 様' or 'みどり病院 御中'. */
  readonly salutation: string;
  /** 所属 line ('' when none). */
  readonly organisation: string;
  readonly to: Mailbox | null;
  readonly from: Mailbox | null;
  /** Sender as shown on paper: 差出人. */
  readonly senderName: string;
  readonly fax: string | null;
  readonly postalCode: string | null;
  readonly postalAddress: string | null;
  readonly subject: string;
  /** Plain text, '\n' line ends. */
  readonly text: string;
  /** Complete HTML document of the same text. */
  readonly html: string;
  /** RFC 5322 Date of the run. */
  readonly date: string;
  /** Suggested .eml file name inside the zip. */
  readonly fileName: string;
  /** The log rows to write once this message is delivered. */
  readonly updates: readonly NoticeUpdate[];
  /** The run's 発信日 in 和暦 (printed on FAX pages). */
  readonly issuedOn: string;
}

export interface SkippedRecipient {
  readonly attendeeId: string;
  readonly row: number;
  readonly status: NoticeStatus | null;
  readonly messageId: string | null;
  readonly reason: 'done' | 'inDoubt';
}

export interface NoticePlan {
  readonly eventId: string;
  readonly templateId: string;
  readonly runId: string;
  readonly now: string;
  readonly mode: NoticeMode;
  readonly messages: readonly NoticeMessage[];
  /** Errors: each one names a notice that was not created (or a template/event problem). */
  readonly findings: readonly Finding[];
  /** Warnings to show before sending. */
  readonly warnings: readonly Finding[];
  readonly skipped: readonly SkippedRecipient[];
  /** Every message's updates: apply after delivering all messages as files (drafts zip, print page). */
  readonly writeBack: readonly NoticeUpdate[];
}

const RUN_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;
const FALLBACK_DOMAIN = 'zaitaku-renkei.invalid';

/** Characters Windows and macOS refuse in file names, plus controls. */
const UNSAFE_FILE_CHARS = /[\\/:*?"<>|\u0000-\u001f\u007f]/g;

function fileNameFor(eventId: string, group: readonly Recipient[], label: string): string {
  const first = group[0] as Recipient;
  const who = label.replace(UNSAFE_FILE_CHARS, '').replace(/\s+/g, ' ').trim().slice(0, 40);
  const more = group.length > 1 ? `_他${group.length - 1}名` : '';
  return `${eventId}_${first.attendeeId}${more}${who ? `_${who}` : ''}.eml`;
}

/** Status that says a notice reached (or is queued for) the row. */
function isDone(status: NoticeStatus | null): boolean {
  return status === '送信済み' || status === '下書き作成' || status === 'FAX待ち' || status === '郵送待ち';
}

/**
 * The template a logged Message-ID was made with, or null when the ID is not one of ours
 * (typed by hand, another tool): then the row counts as done for every template.
 */
export function loggedTemplateId(messageId: string | null, eventId: string): string | null {
  if (!messageId) return null;
  const parts = (messageId.split('@')[0] ?? '').split('.');
  return parts.length === 5 && parts[1] === eventId ? (parts[2] as string) : null;
}

const emptyPlan = (eventId: string, templateId: string, opts: PlanOptions, mode: NoticeMode, findings: Finding[], warnings: Finding[] = []): NoticePlan => ({
  eventId, templateId, runId: opts.runId, now: opts.now, mode, messages: [], findings, warnings, skipped: [], writeBack: [],
});

/**
 * Plans the notices of one event with one template.
 *
 * Skips rows whose 通知状況 is 送信済み, 下書き作成, FAX待ち or 郵送待ち (a paper notice is queued) for this
 * template (the メッセージID names it), and rows left in doubt by an interrupted send (状況
 * 未送信/blank but a メッセージID) — unless `force`. Rows done with another template get this one
 * as a follow-up (リマインド, 日程変更), with one warning saying how many.
 * Recipients sharing an e-mail address get one message that maps back to all their rows.
 * @throws RangeError when `now` or `runId` is malformed (programmer error).
 * @example
 * const plan = planNotices(town, 'E001', 'T01', { now: '2025-05-01T10:00', runId: 'r20250501a' });
 * plan.messages.map(renderEml); renderPrintHtml(plan.messages.filter((m) => m.channel !== 'メール'));
 */
export function planNotices(town: NoticeTownInput, eventId: string, templateId: string, opts: PlanOptions): NoticePlan {
  if (!RUN_ID.test(opts.runId)) throw new RangeError(`runId must match ${RUN_ID.source}: ${opts.runId}`);
  const clock = splitNow(opts.now);
  const mode: NoticeMode = opts.mode ?? 'draft';
  const layouts = opts.layouts ?? {};
  const errors: Finding[] = [];
  const warnings: Finding[] = [];
  const add = (f: Finding): void => void (f.severity === 'error' ? errors : warnings).push(f);

  const event = town.events.find((e) => e.id === eventId);
  if (!event) return emptyPlan(eventId, templateId, opts, mode, [makeFinding(eventsSheet.name, null, null, 'error', 'notice.eventNotFound', { value: eventId })]);
  const templateRow = town.noticeTemplates.find((t) => t.id === templateId) ?? DEFAULT_NOTICE_TEMPLATES.find((t) => t.id === templateId);
  if (!templateRow) return emptyPlan(eventId, templateId, opts, mode, [makeFinding(noticeTemplatesSheet.name, null, null, 'error', 'notice.templateNotFound', { value: templateId })]);
  const compiled = compileTemplate(templateRow, layouts.noticeTemplates);
  compiled.findings.forEach(add);
  scheduleWarnings(event, opts.now, layouts.events).forEach(add);
  if (!compiled.template) return emptyPlan(eventId, templateId, opts, mode, errors, warnings);
  const template = compiled.template;

  const invited = town.attendees.some((a) => a.eventId === eventId && a.invited === true);
  if (!invited) add(cellFinding(eventsSheet, event.__row, 'id', layouts.events, 'warning', 'notice.noInvitees', { value: eventId }));
  const resolved = resolveRecipients(town, eventId, { ...(layouts.attendees ? { attendees: layouts.attendees } : {}), ...(layouts.contacts ? { contacts: layouts.contacts } : {}), ...(layouts.resources ? { resources: layouts.resources } : {}) });
  resolved.findings.forEach(add);

  // The send log decides who is still pending. It holds one notice per row (the latest), so a row
  // is done for this template when its ID names this template — or is not ours (conservative).
  const pending: Recipient[] = [];
  const skipped: SkippedRecipient[] = [];
  const followUpOf = new Map<string, number>();
  for (const r of resolved.recipients) {
    const inDoubt = (r.status === null || r.status === '未送信') && r.messageId !== null;
    const logged = loggedTemplateId(r.messageId, eventId);
    const done = isDone(r.status) && (logged === null || logged === templateId);
    if (!opts.force && (done || inDoubt)) {
      skipped.push({ attendeeId: r.attendeeId, row: r.attendeeRow, status: r.status, messageId: r.messageId, reason: inDoubt ? 'inDoubt' : 'done' });
      const label = recipientLabel(r);
      if (inDoubt) add(cellFinding(attendeesSheet, r.attendeeRow, 'messageId', layouts.attendees, 'error', 'notice.inDoubt', { recipient: label, messageId: r.messageId ?? '' }));
      else if (mode === 'send' && r.status === '下書き作成') add(cellFinding(attendeesSheet, r.attendeeRow, 'noticeStatus', layouts.attendees, 'warning', 'notice.draftNotSent', { recipient: label }));
      continue;
    }
    if (isDone(r.status) && logged !== null && logged !== templateId) followUpOf.set(logged, (followUpOf.get(logged) ?? 0) + 1);
    pending.push(r);
  }
  for (const [previous, count] of followUpOf) {
    add(cellFinding(attendeesSheet, null, 'messageId', layouts.attendees, 'warning', 'notice.followUp', { count, previous, template: templateId }));
  }

  // Event and settings values are shared by every message: a blank one the template needs stops them all.
  const shared: Partial<Record<PlaceholderName, SourcedValue>> = { ...eventValues(event), ...settingsValues(town.settings) };
  let blocked = false;
  if (pending.length > 0) {
    const usesSettings = [...template.fields].some((f) => PLACEHOLDERS[f].scope === 'settings');
    if (usesSettings && !town.settings) {
      add(makeFinding(settingsSheet.name, null, null, 'error', 'notice.missingSettings'));
      blocked = true;
    }
    for (const name of template.fields) {
      const spec = PLACEHOLDERS[name];
      const source = shared[name];
      if (!spec.required || !source || source.value !== '' || (spec.scope === 'settings' && !town.settings)) continue;
      const finding = spec.scope === 'event'
        ? cellFinding(eventsSheet, event.__row, source.key, layouts.events, 'error', 'notice.missingEventValue', { name, count: pending.length })
        : cellFinding(settingsSheet, null, source.key, layouts.settings, 'error', 'notice.missingEventValue', { name, count: pending.length });
      add(finding);
      blocked = true;
    }
  }
  if (blocked) return { ...emptyPlan(eventId, templateId, opts, mode, errors, warnings), skipped };

  // One message per recipient, except e-mail recipients sharing an address (case-insensitive).
  const groups: Recipient[][] = [];
  const byAddress = new Map<string, Recipient[]>();
  for (const r of pending) {
    if (r.channel === 'メール' && r.email) {
      const key = r.email.toLowerCase();
      const group = byAddress.get(key);
      if (group) {
        group.push(r);
        continue;
      }
      const fresh = [r];
      byAddress.set(key, fresh);
      groups.push(fresh);
    } else groups.push([r]);
  }

  const settings = town.settings;
  const sender = senderName(settings);
  const senderAddress = settings && isValidEmail(settings.email) ? settings.email : null;
  const domain = senderAddress ? (senderAddress.split('@')[1] as string).toLowerCase() : FALLBACK_DOMAIN;
  if (!senderAddress && groups.some((g) => (g[0] as Recipient).channel === 'メール')) {
    add(cellFinding(settingsSheet, null, 'email', layouts.settings, 'warning', 'notice.noSenderAddress'));
  }
  const from: Mailbox | null = senderAddress ? { name: sender, address: senderAddress } : null;
  const issuedOn = formatWareki(clock.date);
  const date = rfc5322Date(opts.now);
  const noticeAt = `${clock.date} ${clock.time}`;
  const base: Record<string, string> = { 発信日: issuedOn };
  for (const [name, v] of Object.entries(shared)) base[name] = (v as SourcedValue).value;

  const messages: NoticeMessage[] = [];
  for (const group of groups) {
    const first = group[0] as Recipient;
    if (group.length > 1) {
      add(cellFinding(attendeesSheet, first.attendeeRow, 'contactId', layouts.attendees, 'warning', 'notice.mergedAddress', {
        value: first.email ?? '', count: group.length, names: group.map((r) => r.name).join('、'),
      }));
    }
    const who = recipientValues(group);
    const values = { ...base, ...who } as MergeValues;
    const subject = renderSubject(template, values);
    const text = renderBody(template, values);
    const idKey = `${first.channel}|${first.email ?? ''}|${group.map((r) => r.attendeeId).join(',')}`;
    const messageId = `${opts.runId}.${eventId}.${templateId}.${first.attendeeId}.${fnv1a(idKey)}@${domain}`;
    const status: NoticeStatus = first.channel === 'メール' ? (mode === 'send' ? '送信済み' : '下書き作成') : first.channel === 'FAX' ? 'FAX待ち' : '郵送待ち';
    const label = recipientLabel({ name: who.宛名, organisation: who.所属 });
    const displayName = group.length > 1 ? [...new Set(group.map((r) => r.name))].join('、') : first.name;
    messages.push({
      messageId,
      eventId,
      templateId,
      channel: first.channel,
      recipients: group,
      salutation: `${who.宛名} ${who.敬称}`,
      organisation: who.所属,
      to: first.channel === 'メール' && first.email ? { name: displayName, address: first.email } : null,
      from,
      senderName: sender,
      fax: first.channel === 'FAX' ? first.fax : null,
      postalCode: first.channel === '郵送' ? first.postalCode : null,
      postalAddress: first.channel === '郵送' ? first.postalAddress : null,
      subject,
      text,
      html: mailHtmlDocument(subject, text),
      date,
      fileName: fileNameFor(eventId, group, label),
      updates: group.map((r) => ({ attendeeId: r.attendeeId, row: r.attendeeRow, noticeStatus: status, noticeAt, messageId })),
      issuedOn,
    });
  }
  return {
    eventId, templateId, runId: opts.runId, now: opts.now, mode, messages, findings: errors, warnings, skipped,
    writeBack: messages.flatMap((m) => m.updates),
  };
}
