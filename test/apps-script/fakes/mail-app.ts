/**
 * MailApp as Apps Script provides it, for tests (https://developers.google.com/apps-script/reference/mail/mail-app):
 * - `sendEmail` has four overloads: (message), (recipient, subject, body), (recipient, subject, body,
 *   options) and (to, replyTo, subject, body); options/message carry name, htmlBody, replyTo, cc, bcc,
 *   noReply, attachments. Recipients may be a comma-separated list.
 * - `getRemainingDailyQuota()` is the number of RECIPIENTS the script may still send to today; each
 *   message uses one per recipient (to, cc and bcc) — "Quotas are based on the number of email
 *   recipients" (same page; 100/day consumer, 1,500/day Workspace:
 *   https://developers.google.com/apps-script/guides/services/quotas).
 * - Past the quota a call throws and nothing is sent: "If you exceed a quota or limitation, your script
 *   throws an exception" (quotas page); the message Apps Script uses is
 *   "Service invoked too many times for one day: email." (seen in scripts' logs, e.g.
 *   https://github.com/shabuthomas/gmail-delay-send/issues/34).
 * - MailApp carries the full Unicode range (characters beyond Unicode 5.1 and outside the BMP arrive
 *   intact) — the reason Google's mail-merge solution moved from GmailApp to MailApp
 *   (https://github.com/googleworkspace/solutions/issues/99).
 * The fake captures every accepted message and counts calls; a script can make it refuse or fail
 * uncertainly on chosen sends (an invalid address; a service error after the message left).
 */

export interface CapturedMail {
  readonly to: string;
  readonly subject: string;
  readonly body: string;
  readonly htmlBody: string | null;
  readonly name: string | null;
  readonly replyTo: string | null;
  readonly cc: string | null;
  readonly bcc: string | null;
}

export interface MailOptions {
  readonly name?: string;
  readonly htmlBody?: string;
  readonly replyTo?: string;
  readonly cc?: string;
  readonly bcc?: string;
  readonly noReply?: boolean;
  readonly attachments?: unknown[];
}

/** What the n-th sendEmail call does (1-based among all sendEmail calls). */
export type SendFault =
  /** Refused before sending (e.g. "Invalid email: …"): nothing is sent. */
  | 'invalid'
  /** The message left, then the call failed (a transient service error): sent, but the script sees an exception. */
  | 'errorAfterSend'
  /** The call failed before the message left, with a service error the script cannot tell apart from the above. */
  | 'errorBeforeSend';

export const QUOTA_ERROR = 'Service invoked too many times for one day: email.';

function recipientCount(...lists: (string | null | undefined)[]): number {
  return lists.reduce((n, list) => n + (list ? list.split(',').filter((s) => s.trim() !== '').length : 0), 0);
}

export class FakeMailApp {
  readonly sent: CapturedMail[] = [];
  readonly calls = { sendEmail: 0, getRemainingDailyQuota: 0 };
  private faults = new Map<number, SendFault>();

  constructor(private quota = 100) {}

  /** A new day: the quota is back (it resets 24 hours after the first request). */
  resetQuota(quota: number): void {
    this.quota = quota;
  }

  /** Makes the n-th sendEmail call (counted over the fake's lifetime, 1-based) misbehave. */
  faultOn(call: number, fault: SendFault): void {
    this.faults.set(call, fault);
  }

  getRemainingDailyQuota(): number {
    this.calls.getRemainingDailyQuota++;
    return this.quota;
  }

  sendEmail(...args: unknown[]): void {
    this.calls.sendEmail++;
    const mail = FakeMailApp.parse(args);
    const fault = this.faults.get(this.calls.sendEmail);
    if (fault === 'invalid') throw new Error(`Invalid email: ${mail.to}`);
    if (fault === 'errorBeforeSend') throw new Error('Service error: Mail');
    const n = recipientCount(mail.to, mail.cc, mail.bcc);
    if (n > this.quota) throw new Error(QUOTA_ERROR);
    this.quota -= n;
    this.sent.push(mail);
    if (fault === 'errorAfterSend') throw new Error('Service error: Mail');
  }

  /** The four documented overloads → one captured message. */
  static parse(args: readonly unknown[]): CapturedMail {
    const str = (v: unknown, what: string): string => {
      if (typeof v !== 'string') throw new Error(`Invalid argument: ${what}`);
      return v;
    };
    let to: string;
    let subject: string;
    let body: string;
    let options: MailOptions = {};
    if (args.length === 1 && typeof args[0] === 'object' && args[0] !== null) {
      const m = args[0] as MailOptions & { to?: unknown; subject?: unknown; body?: unknown };
      to = str(m.to, 'to');
      subject = str(m.subject, 'subject');
      body = typeof m.body === 'string' ? m.body : '';
      if (typeof m.body !== 'string' && typeof m.htmlBody !== 'string') throw new Error('Invalid argument: body');
      options = m;
    } else if (args.length === 3) {
      [to, subject, body] = [str(args[0], 'recipient'), str(args[1], 'subject'), str(args[2], 'body')];
    } else if (args.length === 4 && typeof args[3] === 'string') {
      to = str(args[0], 'to');
      options = { replyTo: str(args[1], 'replyTo') };
      subject = str(args[2], 'subject');
      body = args[3];
    } else if (args.length === 4 && typeof args[3] === 'object' && args[3] !== null) {
      [to, subject, body] = [str(args[0], 'recipient'), str(args[1], 'subject'), str(args[2], 'body')];
      options = args[3] as MailOptions;
    } else {
      throw new Error(`The parameters (${args.map((a) => typeof a).join(',')}) don't match the method signature for MailApp.sendEmail.`);
    }
    return {
      to,
      subject,
      body,
      htmlBody: options.htmlBody ?? null,
      name: options.name ?? null,
      replyTo: options.replyTo ?? null,
      cc: options.cc ?? null,
      bcc: options.bcc ?? null,
    };
  }
}
