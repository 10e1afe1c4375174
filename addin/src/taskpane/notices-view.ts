/**
 * The 通知 screen: pick a meeting → 通知を作成 plans the notices WITHOUT writing (preview cards,
 * problems, warnings; copy one message) → 通知シートに書き出す writes the 通知 and 通知_印刷 sheets and
 * the send log → the e-mail drafts as one .zip of .eml files where the platform can save files.
 */
import { noticeEvents, notices, previewNotices, type NoticeRequest } from '../host/commands';
import type { EventChoice } from '../../../templates/host/commands';
import { uiText, type UiLang } from '../../../templates/host/texts';
import type { Finding } from '../../../templates/core/findings';
import { emlZip } from '../../../templates/notices/eml';
import type { NoticeMessage, NoticePlan } from '../../../templates/notices/plan';
import { copyText } from './clipboard';
import { h, type Child } from './dom';
import { canDownload, downloadBytes } from './download';
import { messageLine, messageLines } from './messages';
import { runCommand, type PaneContext } from './runner';

/** The 通知 button: reads the meetings, then offers the picker. */
export function openNotices(ctx: PaneContext): Promise<boolean> {
  return runCommand(ctx, async (progress) => {
    progress('read');
    const events = await noticeEvents(ctx.lang);
    if (!events.length) return [messageLine(uiText('notices.noEvents', ctx.lang), 'warn')];
    return [picker(ctx, events, null, false)];
  });
}

function picker(ctx: PaneContext, events: readonly EventChoice[], selected: string | null, force: boolean): HTMLElement {
  const { lang } = ctx;
  const select = h(
    'select',
    { id: 'notice-event', name: 'event' },
    ...events.map((e) => h('option', { value: e.id, selected: e.id === selected }, uiText('notices.eventOption', lang, { date: e.dateText, title: e.title, invited: e.invited }))),
  );
  const forceBox = h('input', { type: 'checkbox', id: 'notice-force', checked: force });
  const make = h('button', { type: 'button', class: 'btn primary', id: 'notice-make' }, uiText('notices.make', lang));
  make.addEventListener('click', () => {
    const eventId = select.value;
    const redo = forceBox.checked;
    const request: NoticeRequest = { eventId, force: redo };
    void runCommand(ctx, async (progress) => {
      const r = await previewNotices(progress, lang, request);
      const write = r.plan && r.plan.messages.length ? writeButton(ctx, events, request) : messageLine(uiText('notices.nothingToWrite', lang), 'warn');
      return [
        picker(ctx, events, eventId, redo),
        messageLine(uiText('notices.previewNote', lang), 'ok'),
        ...messageLines(r.messages.filter((m) => m.key !== 'notices.summary')),
        findingList(uiText('notices.problemsTitle', lang), r.problems, lang),
        findingList(uiText('notices.warningsTitle', lang), r.warnings, lang),
        write,
        r.plan && preview(r.plan, lang, false),
      ];
    });
  });
  const form = h(
    'form',
    { class: 'notice-form' },
    h('label', { for: 'notice-event' }, uiText('notices.pickEvent', lang)),
    select,
    h('label', { class: 'check' }, forceBox, uiText('notices.force', lang)),
    h('div', { class: 'row' }, make),
  );
  form.addEventListener('submit', (e) => e.preventDefault());
  return form;
}

/** 通知シートに書き出す: the existing notices command (sheets + send log), then the drafts to save. */
function writeButton(ctx: PaneContext, events: readonly EventChoice[], request: NoticeRequest): HTMLElement {
  const { lang } = ctx;
  const button = h('button', { type: 'button', class: 'btn primary', id: 'notice-write' }, uiText('notices.write', lang));
  button.addEventListener('click', () => {
    void runCommand(ctx, async (progress) => {
      const r = await notices(progress, lang, request);
      return [picker(ctx, events, request.eventId, request.force === true), ...messageLines(r.messages), findingList(uiText('notices.problemsTitle', lang), r.problems, lang), findingList(uiText('notices.warningsTitle', lang), r.warnings, lang), r.plan && preview(r.plan, lang, true)];
    });
  });
  return h('div', { class: 'row' }, button);
}

function findingList(title: string, findings: readonly Finding[], lang: UiLang): Child {
  if (!findings.length) return null;
  return h('section', {}, h('h3', {}, title), h('ul', { class: 'findings' }, ...findings.map((f) => h('li', {}, lang === 'ja' ? f.message : f.messageEn))));
}

function destination(msg: NoticeMessage, lang: UiLang): string {
  if (msg.channel === 'メール' && msg.to) return msg.to.address;
  if (msg.channel === 'FAX' && msg.fax) return `FAX ${msg.fax}`;
  if (msg.channel === '郵送' && msg.postalAddress) return `${msg.postalCode ? `〒${msg.postalCode} ` : ''}${msg.postalAddress}`;
  return uiText('notices.noDestination', lang);
}

/** The cards; `written` adds the .eml download (drafts are offered only once they are logged). */
function preview(plan: NoticePlan, lang: UiLang, written: boolean): HTMLElement {
  const status = h('p', { class: 'help', role: 'status', 'aria-live': 'polite' });
  const say = (text: string) => {
    status.textContent = text;
  };
  const mail = plan.messages.filter((m) => m.to !== null);
  let files: Child;
  if (!written) files = null;
  else if (!mail.length) files = messageLine(uiText('notices.noMail', lang), 'ok');
  else if (!canDownload()) files = messageLine(uiText('notices.downloadUnsupported', lang), 'warn');
  else {
    const button = h('button', { type: 'button', class: 'btn', id: 'notice-download' }, uiText('notices.download', lang));
    button.addEventListener('click', () => {
      const file = `開催通知_${plan.eventId}.zip`;
      downloadBytes(emlZip(plan), file, 'application/zip');
      say(uiText('notices.downloaded', lang, { count: mail.length, file }));
    });
    files = h('div', { class: 'row' }, button);
  }
  return h(
    'section',
    { class: 'notice-preview' },
    h('h2', {}, uiText('notices.previewTitle', lang, { count: plan.messages.length })),
    files,
    status,
    ...plan.messages.map((msg) => noticeCard(msg, lang, say)),
  );
}

function noticeCard(msg: NoticeMessage, lang: UiLang, say: (text: string) => void): HTMLElement {
  const copy = h('button', { type: 'button', class: 'btn small notice-copy' }, uiText('notices.copyOne', lang));
  copy.addEventListener('click', () => {
    void copyText(`${msg.subject}\n\n${msg.text}`).then((ok) => say(uiText(ok ? 'notices.copied' : 'notices.copyFailed', lang)));
  });
  return h(
    'article',
    { class: 'notice', 'aria-label': msg.salutation },
    h(
      'dl',
      {},
      h('dt', {}, uiText('notices.channel', lang)),
      h('dd', { class: 'notice-channel' }, msg.channel),
      h('dt', {}, uiText('notices.addressee', lang)),
      h('dd', {}, msg.organisation ? `${msg.organisation} ${msg.salutation}` : msg.salutation),
      h('dt', {}, uiText('notices.destination', lang)),
      h('dd', {}, destination(msg, lang)),
      h('dt', {}, uiText('notices.subject', lang)),
      h('dd', { class: 'notice-subject' }, msg.subject),
    ),
    h('pre', { 'aria-label': uiText('notices.body', lang) }, msg.text),
    copy,
  );
}
