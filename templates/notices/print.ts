/**
 * Printable notices for FAX and post: one self-contained HTML document, one A4 page per recipient
 * (@page size A4, a page break after each), showing the FAX number or postal address on top.
 * No external resource: print it from any browser or save as PDF.
 */
import { escapeHtml, textToHtml } from './html';
import type { NoticeMessage } from './plan';

const STYLE = `@page { size: A4; margin: 18mm 16mm; }
* { box-sizing: border-box; }
body { margin: 0; font-family: 'Yu Mincho', 'Hiragino Mincho ProN', 'MS Mincho', serif; font-size: 10.5pt; line-height: 1.7; color: #000; }
.page { page-break-after: always; break-after: page; }
.page:last-child { page-break-after: auto; break-after: auto; }
.route { border: 1.5pt solid #000; padding: 3mm 4mm; margin-bottom: 6mm; }
.route table { width: 100%; border-collapse: collapse; }
.route th { width: 28mm; text-align: left; font-weight: bold; vertical-align: top; padding: 0.5mm 0; }
.route td { vertical-align: top; padding: 0.5mm 0; }
.route .big { font-size: 14pt; font-weight: bold; letter-spacing: 0.05em; }
.kind { font-size: 16pt; font-weight: bold; text-align: center; margin: 0 0 3mm; }
.subject { font-size: 12pt; font-weight: bold; margin: 0 0 4mm; }
.body { white-space: normal; }
@media screen { body { background: #eee; } .page { background: #fff; width: 210mm; min-height: 297mm; margin: 8mm auto; padding: 18mm 16mm; } }`;

function routeBlock(msg: NoticeMessage): string {
  const rows: string[] = [];
  const row = (label: string, html: string, big = false): void => void rows.push(`<tr><th>${label}</th><td${big ? ' class="big"' : ''}>${html}</td></tr>`);
  if (msg.channel === 'FAX') {
    row('送信先FAX', escapeHtml(msg.fax ?? ''), true);
  } else {
    row('郵送先', `${msg.postalCode ? `〒${escapeHtml(msg.postalCode)}<br>\n` : ''}${escapeHtml(msg.postalAddress ?? '')}`);
  }
  if (msg.organisation) row('宛先', `${escapeHtml(msg.organisation)}<br>\n${escapeHtml(msg.salutation)}`);
  else row('宛先', escapeHtml(msg.salutation));
  row('発信元', escapeHtml(msg.senderName));
  row('発信日', escapeHtml(msg.issuedOn));
  if (msg.channel === 'FAX') row('枚数', '本票を含め1枚');
  return `<div class="route">\n<p class="kind">${msg.channel === 'FAX' ? 'FAX送信票' : '送付状'}</p>\n<table>\n${rows.join('\n')}\n</table>\n</div>`;
}

/**
 * One HTML document with an A4 page per message (FAX or post). E-mail messages may be passed
 * too (e.g. to print everything); they show their e-mail address instead.
 * @example const html = renderPrintHtml(plan.messages.filter((m) => m.channel !== 'メール'));
 */
export function renderPrintHtml(msgs: readonly NoticeMessage[], title = '通知（FAX・郵送用）'): string {
  const pages: string[] = [];
  for (const msg of msgs) {
    const route = msg.channel === 'メール'
      ? `<div class="route"><table><tr><th>送信先メール</th><td>${escapeHtml(msg.to?.address ?? '')}</td></tr></table></div>`
      : routeBlock(msg);
    pages.push(
      `<section class="page" data-message-id="${escapeHtml(msg.messageId)}">\n${route}\n` +
        `<p class="subject">${escapeHtml(msg.subject)}</p>\n<div class="body">${textToHtml(msg.text)}</div>\n</section>`,
    );
  }
  return (
    `<!DOCTYPE html>\n<html lang="ja">\n<head>\n<meta charset="utf-8">\n<title>${escapeHtml(title)}</title>\n` +
    `<style>\n${STYLE}\n</style>\n</head>\n<body>\n${pages.join('\n')}\n</body>\n</html>\n`
  );
}
