/// <reference types="google-apps-script" />
/**
 * How one planned notice leaves Apps Script: MailApp.sendEmail (the default; scope script.send_mail;
 * full Unicode, so 𠮷 arrives intact) or, in the opt-in drafts build, GmailApp.createDraft (restricted
 * scope https://mail.google.com/; GmailApp mangles characters beyond Unicode 5.1).
 *
 * What an error means decides whether a row may be sent again, so errors are sorted conservatively:
 * only errors that Apps Script raises BEFORE anything is sent — the daily quota, an address it
 * rejects, arguments it refuses — are refusals (row → エラー, sent again by a later run). Any other
 * error (a service error, a timeout) may have come after the message left, so it is "uncertain":
 * the row stays in doubt and is never re-sent on its own.
 */
import type { NoticeMessage } from '../../templates/notices/plan';

declare const GAS_DRAFTS_BUILD: boolean;

/** True in the build made with `npm run build:gas -- --drafts` (esbuild defines the constant). */
export function draftsEnabled(): boolean {
  return typeof GAS_DRAFTS_BUILD !== 'undefined' && GAS_DRAFTS_BUILD === true;
}

const REFUSED_BEFORE_SENDING = [/too many times for one day/i, /invalid email/i, /invalid argument/i, /don't match the method signature/i, /limit exceeded: email/i];

/** True when an Apps Script mail error certainly means nothing was sent. */
export function isRefusal(error: unknown): boolean {
  const text = error instanceof Error ? error.message : String(error);
  return REFUSED_BEFORE_SENDING.some((re) => re.test(text));
}

export function isQuotaError(error: unknown): boolean {
  return /too many times for one day/i.test(error instanceof Error ? error.message : String(error));
}

/** Rethrows `error` as the protocol expects: plain (refused) or marked uncertain. */
function classify(error: unknown): never {
  if (isRefusal(error)) throw error;
  const e = error instanceof Error ? error : new Error(String(error));
  throw Object.assign(e, { uncertain: true });
}

export interface MailTransport {
  send(msg: NoticeMessage): void;
  /** Recipients the transport may still reach today (∞ for drafts, which use no send quota). */
  remainingQuota(): number;
}

/** The address a message goes to; a plan message on the e-mail channel always has one. */
function addressOf(msg: NoticeMessage): string {
  const to = msg.to?.address;
  if (!to) throw new Error(`Invalid email: (none) for ${msg.messageId}`);
  return to;
}

/** MailApp.sendEmail(recipient, subject, body, { name, htmlBody }) — one recipient per message. */
export function mailAppTransport(): MailTransport {
  return {
    send(msg) {
      const to = addressOf(msg);
      const options: GoogleAppsScript.Mail.MailAdvancedParameters = { htmlBody: msg.html };
      if (msg.senderName) options.name = msg.senderName;
      if (msg.from?.address) options.replyTo = msg.from.address;
      try {
        MailApp.sendEmail(to, msg.subject, msg.text, options);
      } catch (e) {
        classify(e);
      }
    },
    remainingQuota: () => MailApp.getRemainingDailyQuota(),
  };
}

/** GmailApp.createDraft(recipient, subject, body, { name, htmlBody }) — the drafts build only. */
export function gmailDraftTransport(): MailTransport {
  return {
    send(msg) {
      const to = addressOf(msg);
      const options: GoogleAppsScript.Gmail.GmailAdvancedOptions = { htmlBody: msg.html };
      if (msg.senderName) options.name = msg.senderName;
      if (msg.from?.address) options.replyTo = msg.from.address;
      try {
        GmailApp.createDraft(to, msg.subject, msg.text, options);
      } catch (e) {
        classify(e);
      }
    },
    remainingQuota: () => Number.MAX_SAFE_INTEGER,
  };
}
