/**
 * What the notices command leaves in the workbook, for both spreadsheet hosts: the 通知 sheet (one
 * row per message: channel, where it goes, subject, body, status) and the 通知_印刷 sheet (one A4
 * page per FAX/post recipient, the same content as the printable HTML). Contacts are professionals
 * and organisations, never patients; the planner cannot read consultation or sharing data at all.
 */
import { rangeA1 } from '../core/address';
import type { NoticeMessage, NoticePlan } from '../notices/plan';
import { HEADER_FILL, HEADER_HEIGHT } from '../plan/styles';
import type { PlanCell, SheetPlan } from '../plan/types';

export const NOTICE_SHEET = '通知';
export const NOTICE_PRINT_SHEET = '通知_印刷';

export const NOTICE_HEADER = ['No', '会議ID', 'テンプレート', '経路', '宛名', '所属', '送付先', '件名', '本文', '状況', 'メッセージID', '出席者ID'] as const;
const WIDTHS = [5, 9, 9, 7, 22, 22, 30, 36, 70, 10, 30, 14];

/** Where a message goes, as a person reads it: the e-mail address, the FAX number, or 〒 + address. */
export function destinationText(msg: NoticeMessage): string {
  if (msg.channel === 'メール') return msg.to?.address ?? '';
  if (msg.channel === 'FAX') return msg.fax ?? '';
  return `${msg.postalCode ? `〒${msg.postalCode} ` : ''}${msg.postalAddress ?? ''}`;
}

/** The status this run records for a message (from its write-back). */
export function plannedStatus(msg: NoticeMessage): string {
  return msg.updates[0]?.noticeStatus ?? '';
}

/**
 * The 通知 sheet for one plan. Every column is text-formatted: a subject or body that starts with
 * = + - @ must stay text (hosts also write through literalInputs).
 */
export function noticeSheetPlan(plan: NoticePlan): SheetPlan {
  const values: PlanCell[][] = [[...NOTICE_HEADER]];
  plan.messages.forEach((msg, i) => {
    values.push([
      i + 1,
      msg.eventId,
      msg.templateId,
      msg.channel,
      msg.salutation,
      msg.organisation || null,
      destinationText(msg) || null,
      msg.subject,
      msg.text,
      plannedStatus(msg),
      msg.messageId,
      msg.recipients.map((r) => r.attendeeId).join('、'),
    ]);
  });
  const width = NOTICE_HEADER.length;
  const rows = values.length;
  return {
    name: NOTICE_SHEET,
    role: 'table',
    tabColor: '#5B9BD5',
    columns: WIDTHS.map((w, index) => ({ index, width: w, ...(index === 0 ? {} : { numberFormat: '@' }) })),
    freeze: { rows: 1, cols: 0 },
    blocks: [{ at: 'A1', values }],
    numberFormats: [],
    validations: [],
    conditionalFormats: [],
    styles: [
      { range: rangeA1(0, 0, 1, width), bold: true, wrap: true, vertical: 'middle', horizontal: 'center', fill: HEADER_FILL, border: 'grid' },
      { range: rangeA1(1, 0, Math.max(rows - 1, 1), width), wrap: true, vertical: 'top' },
    ],
    merges: [],
    rowHeights: [{ row: 0, height: HEADER_HEIGHT }],
    charts: [],
    print: { paper: 'A4', orientation: 'landscape', fitToWidth: true, repeatRows: { first: 1, last: 1 } },
  };
}

/** Rows per printed page: each page is padded to this height so pages start at the same place on every host. */
export const PRINT_PAGE_ROWS = 48;

function pageLines(msg: NoticeMessage): string[] {
  const lines: string[] = [msg.channel === 'FAX' ? 'FAX送信票' : msg.channel === '郵送' ? '送付状' : 'メール'];
  if (msg.channel === 'FAX') lines.push(`送信先FAX：${msg.fax ?? ''}`);
  else if (msg.channel === '郵送') lines.push(`郵送先：${msg.postalCode ? `〒${msg.postalCode} ` : ''}${msg.postalAddress ?? ''}`);
  else lines.push(`送信先メール：${msg.to?.address ?? ''}`);
  if (msg.organisation) lines.push(`宛先：${msg.organisation}`, `　　　${msg.salutation}`);
  else lines.push(`宛先：${msg.salutation}`);
  lines.push(`発信元：${msg.senderName}`, `発信日：${msg.issuedOn}`);
  if (msg.channel === 'FAX') lines.push('枚数：本票を含め1枚');
  lines.push('', msg.subject, '', ...msg.text.split('\n'));
  return lines;
}

/**
 * One A4 page per message (column A, one line per row), a page break before each page after the
 * first. Lines longer than a page are kept (the page grows) rather than cut: nothing is lost.
 */
export function noticePrintSheetPlan(messages: readonly NoticeMessage[]): SheetPlan {
  const values: PlanCell[][] = [];
  const pageBreaks: number[] = [];
  const titleRows: number[] = [];
  for (const msg of messages) {
    if (values.length) pageBreaks.push(values.length + 1);
    titleRows.push(values.length);
    const lines = pageLines(msg);
    for (const line of lines) values.push([line === '' ? null : line]);
    for (let i = lines.length; i < PRINT_PAGE_ROWS; i++) values.push([null]);
  }
  if (values.length === 0) values.push(['FAX・郵送で送る通知はありません。']);
  return {
    name: NOTICE_PRINT_SHEET,
    role: 'form',
    tabColor: '#5B9BD5',
    columns: [{ index: 0, width: 90, numberFormat: '@' }],
    blocks: [{ at: 'A1', values }],
    numberFormats: [],
    validations: [],
    conditionalFormats: [],
    styles: titleRows.map((r) => ({ range: `A${r + 1}`, bold: true, fontSize: 14, horizontal: 'center' as const })),
    merges: [],
    rowHeights: [],
    charts: [],
    pageBreaks,
    print: { paper: 'A4', orientation: 'portrait', fitToWidth: true, printArea: `A1:A${values.length}` },
  };
}
