/**
 * RFC 5322 / MIME .eml files of planned notices: UTF-8, B-encoded Japanese headers,
 * multipart/alternative (text/plain + text/html, base64 with 76-char lines) and `X-Unsent: 1`
 * so Outlook opens each file as an unsent draft. Output is 7-bit ASCII with CRLF line ends.
 */
import { base64Encode, utf8Encode } from './bytes';
import { fnv1a } from './hash';
import { foldHeader, mailboxHeader, unstructuredPieces } from './mime';
import type { NoticeMessage, NoticePlan } from './plan';
import { zipFiles, type ZipEntry } from './zip';

/** Canonical text form of MIME: CRLF line ends. */
const crlf = (text: string): string => text.replace(/\r\n?|\n/g, '\r\n');

function part(contentType: string, body: string): string {
  return `Content-Type: ${contentType}; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n${base64Encode(utf8Encode(crlf(body)), 76)}\r\n`;
}

/**
 * The .eml text of an e-mail notice.
 * @throws Error when the message has no e-mail recipient (FAX/post notices are printed instead).
 * @example
 * const eml = renderEml(plan.messages[0]); // 'MIME-Version: 1.0\r\nDate: Thu, 01 May 2025 10:00:00 +0900\r\n…'
 */
export function renderEml(msg: NoticeMessage): string {
  if (!msg.to) throw new Error(`message ${msg.messageId} is not an e-mail (channel ${msg.channel})`);
  // The boundary cannot occur in base64 text, which has no '_' (and '=' only as final padding).
  const boundary = `=_zrk_${fnv1a(msg.messageId)}`;
  const headers = [
    'MIME-Version: 1.0',
    `Date: ${msg.date}`,
    `Message-ID: <${msg.messageId}>`,
    ...(msg.from ? [mailboxHeader('From', msg.from)] : []),
    mailboxHeader('To', msg.to),
    foldHeader('Subject', unstructuredPieces('Subject', msg.subject)),
    'X-Unsent: 1',
    `Content-Type: multipart/alternative; boundary="${boundary}"`,
  ];
  return (
    `${headers.join('\r\n')}\r\n\r\n` +
    'This is a multi-part message in MIME format.\r\n' +
    `--${boundary}\r\n${part('text/plain', msg.text)}` +
    `--${boundary}\r\n${part('text/html', msg.html)}` +
    `--${boundary}--\r\n`
  );
}

/**
 * The zip entries of every e-mail message of a plan (file names are unique within the plan).
 * @example zipFiles(emlEntries(plan), { modified: plan.now })
 */
export function emlEntries(plan: Pick<NoticePlan, 'messages'>): ZipEntry[] {
  const used = new Set<string>();
  const out: ZipEntry[] = [];
  for (const msg of plan.messages) {
    if (!msg.to) continue;
    let name = msg.fileName;
    for (let n = 2; used.has(name); n++) name = msg.fileName.replace(/\.eml$/, `_${n}.eml`);
    used.add(name);
    out.push({ name, data: renderEml(msg) });
  }
  return out;
}

/**
 * One zip of all e-mail drafts of a plan, stamped with the run's time.
 * @example const bytes = emlZip(plan); // host offers it as 開催通知_E001.zip
 */
export function emlZip(plan: Pick<NoticePlan, 'messages' | 'now'>): Uint8Array {
  return zipFiles(emlEntries(plan), { modified: plan.now });
}
