/**
 * Resumable delivery of planned e-mail notices, host-free. The host supplies a transport (Apps
 * Script mail, Graph, Gmail drafts …) and a log that writes 出席者 rows durably. Per message, in this order:
 *   1. intent  — log: 通知状況 未送信 + メッセージID (write-ahead marker)
 *   2. send    — transport.send(msg)
 *   3. outcome — log: 送信済み / 下書き作成, or エラー when the transport refused it
 * A run stopped between messages (quota, time budget) resumes with exactly the messages left:
 * planNotices skips done rows. A run killed between 1 and 3 leaves that one message "in doubt";
 * planNotices reports it and never resends it on its own (at most once, never twice).
 */
import type { Finding } from '../core/findings';
import { attendeesSheet } from '../sheets/attendees';
import type { NoticeMessage, NoticePlan, NoticeUpdate } from './plan';
import type { DeliveryChannel } from './recipients';
import { recipientLabel } from './recipients';
import { splitNow } from './schedule';
import { cellFinding } from './where';

export interface NoticeTransport {
  /**
   * Delivers one message. Returning means it was accepted. Throwing means it was NOT accepted
   * (quota, invalid address) — unless the error has `uncertain: true` (e.g. a network timeout
   * after the request left), which leaves the row in doubt instead of marking it エラー.
   */
  send(msg: NoticeMessage): void | Promise<void>;
}

export interface NoticeLog {
  /**
   * Writes the rows to 出席者 and returns only once they are durable (Apps Script: one setValues
   * then a flush; Excel: one range write then a context sync). Throwing aborts the run.
   */
  apply(updates: readonly NoticeUpdate[]): void | Promise<void>;
}

export interface DeliverOptions {
  /** Checked before each message: true stops the run cleanly (quota left, time budget). */
  readonly shouldStop?: () => boolean;
  /** Tokyo wall clock 'YYYY-MM-DDTHH:MM' for 通知日時; defaults to the plan's `now`. */
  readonly clock?: () => string;
  /** Channels this transport delivers; default e-mail only (FAX/post pages are printed). */
  readonly channels?: readonly DeliveryChannel[];
}

export interface DeliveryReport {
  readonly delivered: readonly string[];
  readonly failed: readonly { readonly messageId: string; readonly error: string }[];
  /** Sent or not — unknown; the rows keep the intent marker and the next plan reports them. */
  readonly uncertain: readonly string[];
  /** Not attempted because the run stopped. */
  readonly remaining: readonly string[];
  readonly stopped: boolean;
  /** One error finding per failed message (on its 出席者 row). */
  readonly findings: readonly Finding[];
}

function stamp(clock: (() => string) | undefined, fallback: string): string {
  const { date, time } = splitNow(clock ? clock() : fallback);
  return `${date} ${time}`;
}

const intentOf = (msg: NoticeMessage, at: string): NoticeUpdate[] => msg.updates.map((u) => ({ ...u, noticeStatus: '未送信', noticeAt: at }));
const outcomeOf = (msg: NoticeMessage, at: string, failed: boolean): NoticeUpdate[] =>
  msg.updates.map((u) => ({ ...u, noticeStatus: failed ? 'エラー' : u.noticeStatus, noticeAt: at }));
const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e)).replace(/[\r\n]+/g, ' ').slice(0, 200);
const isUncertain = (e: unknown): boolean => typeof e === 'object' && e !== null && (e as { uncertain?: unknown }).uncertain === true;

class ReportBuilder {
  readonly delivered: string[] = [];
  readonly failed: { messageId: string; error: string }[] = [];
  readonly uncertain: string[] = [];
  readonly remaining: string[] = [];
  readonly findings: Finding[] = [];
  stopped = false;

  fail(msg: NoticeMessage, error: string): void {
    this.failed.push({ messageId: msg.messageId, error });
    const first = msg.recipients[0];
    if (first) this.findings.push(cellFinding(attendeesSheet, first.attendeeRow, 'noticeStatus', undefined, 'error', 'notice.deliveryFailed', { recipient: recipientLabel(first), error }));
  }

  build(): DeliveryReport {
    return { delivered: this.delivered, failed: this.failed, uncertain: this.uncertain, remaining: this.remaining, stopped: this.stopped, findings: this.findings };
  }
}

function selected(plan: Pick<NoticePlan, 'messages'>, channels: readonly DeliveryChannel[] | undefined): NoticeMessage[] {
  const wanted = channels ?? ['メール'];
  return plan.messages.filter((m) => wanted.includes(m.channel));
}

/** One step of the delivery protocol: a durable log write, or one send. */
type DeliveryStep = { readonly log: readonly NoticeUpdate[] } | { readonly send: NoticeMessage };

/** What a driver passes back after a send that was accepted (anything else is the thrown error). */
const SENT: unique symbol = Symbol('sent');

/**
 * The delivery protocol, written once for both drivers: yields each log write and each send in
 * order; after a send the driver passes back SENT or the error the transport threw. Results go
 * into `report` as the steps complete, so a log write that throws leaves an accurate report.
 */
function* deliverySteps(plan: Pick<NoticePlan, 'messages' | 'now'>, options: DeliverOptions, report: ReportBuilder): Generator<DeliveryStep, void, unknown> {
  const queue = selected(plan, options.channels);
  for (let i = 0; i < queue.length; i++) {
    const msg = queue[i] as NoticeMessage;
    if (options.shouldStop?.()) {
      report.stopped = true;
      report.remaining.push(...queue.slice(i).map((m) => m.messageId));
      return;
    }
    yield { log: intentOf(msg, stamp(options.clock, plan.now)) };
    const outcome: unknown = yield { send: msg };
    if (outcome !== SENT) {
      if (isUncertain(outcome)) report.uncertain.push(msg.messageId);
      else {
        yield { log: outcomeOf(msg, stamp(options.clock, plan.now), true) };
        report.fail(msg, errorText(outcome));
      }
      continue;
    }
    yield { log: outcomeOf(msg, stamp(options.clock, plan.now), false) };
    report.delivered.push(msg.messageId);
  }
}

/**
 * Delivers a plan's messages one by one, logging each outcome before the next (async transports).
 * @example
 * const report = await deliverAll(plan, { send: (m) => graphSend(m) }, { apply: (u) => writeRows(u) },
 *   { shouldStop: () => elapsedMs() > 300_000 });
 */
export async function deliverAll(plan: Pick<NoticePlan, 'messages' | 'now'>, transport: NoticeTransport, log: NoticeLog, options: DeliverOptions = {}): Promise<DeliveryReport> {
  const report = new ReportBuilder();
  const steps = deliverySteps(plan, options, report);
  for (let step = steps.next(); !step.done; ) {
    if ('log' in step.value) {
      await log.apply(step.value.log);
      step = steps.next();
      continue;
    }
    let outcome: unknown = SENT;
    try {
      await transport.send(step.value.send);
    } catch (e) {
      outcome = e;
    }
    step = steps.next(outcome);
  }
  return report.build();
}

/**
 * The same protocol for synchronous transports (Apps Script mail services, whose calls block).
 * @example const report = deliverAllSync(plan, { send: (m) => sendWithAppsScript(m) }, sheetLog, { shouldStop });
 */
export function deliverAllSync(plan: Pick<NoticePlan, 'messages' | 'now'>, transport: { send(msg: NoticeMessage): void }, log: { apply(updates: readonly NoticeUpdate[]): void }, options: DeliverOptions = {}): DeliveryReport {
  const report = new ReportBuilder();
  const steps = deliverySteps(plan, options, report);
  for (let step = steps.next(); !step.done; ) {
    if ('log' in step.value) {
      log.apply(step.value.log);
      step = steps.next();
      continue;
    }
    let outcome: unknown = SENT;
    try {
      transport.send(step.value.send);
    } catch (e) {
      outcome = e;
    }
    step = steps.next(outcome);
  }
  return report.build();
}
