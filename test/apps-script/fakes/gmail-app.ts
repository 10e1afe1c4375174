/**
 * GmailApp's draft half, for the opt-in drafts build
 * (https://developers.google.com/apps-script/reference/gmail/gmail-app#createDraft(String,String,String,Object)):
 * `createDraft(recipient, subject, body[, options])` with options name, htmlBody, replyTo, cc, bcc
 * returns a GmailDraft (`getId()`, `getMessageId()`:
 * https://developers.google.com/apps-script/reference/gmail/gmail-draft). Needs the restricted
 * https://mail.google.com/ scope. Drafts count against "Email read/write (excluding send)", not the
 * recipients quota (https://developers.google.com/apps-script/guides/services/quotas).
 *
 * Pinned limitation: GmailApp handles Unicode only up to 5.1, so characters it does not know come out
 * as replacement characters (U+FFFD, one per UTF-8 byte — "emojis like '☺' are replaced with ������",
 * https://github.com/googleworkspace/solutions/issues/99). The fake applies that to every character
 * outside the Basic Multilingual Plane, which covers emoji and rare kanji such as 𠮷 (U+20BB7); this is
 * why MailApp is the default and drafts are opt-in.
 */
import type { CapturedMail, MailOptions } from './mail-app';

/** What GmailApp stores for text with characters outside the BMP. */
export function gmailMangle(text: string): string {
  return text.replace(/[\u{10000}-\u{10FFFF}]/gu, '\uFFFD'.repeat(4));
}

export class FakeGmailDraft {
  constructor(
    private readonly id: string,
    readonly message: CapturedMail,
  ) {}

  getId(): string {
    return this.id;
  }

  getMessageId(): string {
    return `m-${this.id}`;
  }
}

export class FakeGmailApp {
  readonly drafts: FakeGmailDraft[] = [];
  readonly calls = { createDraft: 0 };

  createDraft(recipient: string, subject: string, body: string, options: MailOptions = {}): FakeGmailDraft {
    this.calls.createDraft++;
    if (typeof recipient !== 'string' || typeof subject !== 'string' || typeof body !== 'string') throw new Error("The parameters don't match the method signature for GmailApp.createDraft.");
    const draft = new FakeGmailDraft(`r-${this.drafts.length + 1}`, {
      to: recipient,
      subject: gmailMangle(subject),
      body: gmailMangle(body),
      htmlBody: options.htmlBody === undefined ? null : gmailMangle(options.htmlBody),
      name: options.name === undefined ? null : gmailMangle(options.name),
      replyTo: options.replyTo ?? null,
      cc: options.cc ?? null,
      bcc: options.bcc ?? null,
    });
    this.drafts.push(draft);
    return draft;
  }
}
