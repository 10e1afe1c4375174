/**
 * The send log of one Apps Script run, in small flushed batches. The core's protocol
 * (templates/notices/delivery.ts) asks, per message, for a durable intent (未送信 + メッセージID)
 * before the send and a durable outcome after it. Writing both for every message would cost two
 * setValues + flush per recipient — as slow as the sends themselves. Instead, when a batch starts,
 * ONE write makes the intents of the whole batch durable (together with the previous batch's
 * outcomes); the outcomes of this batch are held and go out with the next batch's intents, or at the
 * end of the run. The guarantee is the protocol's: a message is only sent after its intent is
 * durable, so a run killed at any moment never re-sends — the rows of the batch in flight are
 * reported "in doubt" (at most one batch, `batchSize` messages), the rest are exact.
 *
 * Batches are also where the run decides to go on: the remaining MailApp quota and the time budget
 * are checked only before a batch, and a batch never holds more messages than the quota left, so a
 * batch once started is always finished and no pre-written intent is left behind by a clean stop.
 */
import type { SendLogBuffer } from '../../templates/host/send-log';
import type { NoticeMessage, NoticeUpdate } from '../../templates/notices/plan';
import type { ValueBlock } from '../../templates/plan/types';

export interface BatchLimits {
  /** Most messages per batch: the most a crash can leave in doubt. */
  readonly batchSize: number;
  /** No batch starts after this much time since the run began (Apps Script stops a run at 6 minutes). */
  readonly timeBudgetMs: number;
}

/**
 * 10 messages per batch (about 10 s of MailApp sends between durable writes); no new batch after
 * 4.5 minutes, which leaves a batch and the final write ample room before the 6-minute limit.
 */
export const DEFAULT_LIMITS: BatchLimits = { batchSize: 10, timeBudgetMs: 270_000 };

export type StopReason = 'quota' | 'time';

export interface BatchedLogDeps {
  /** The messages the protocol will deliver, in its order (the plan's e-mail messages). */
  readonly queue: readonly NoticeMessage[];
  readonly buffer: SendLogBuffer;
  /** Writes the blocks to 出席者 and makes them durable (setValues per block, then one flush). */
  readonly write: (blocks: readonly ValueBlock[]) => void;
  /** Recipients the transport may still send to today (MailApp.getRemainingDailyQuota). */
  readonly remainingQuota: () => number;
  /** Milliseconds since the run started. */
  readonly elapsedMs: () => number;
  readonly limits?: BatchLimits;
  /** Log rows to record with the first write (FAX/post rows whose printable pages were just made). */
  readonly alsoRecord?: readonly NoticeUpdate[];
}

const isIntent = (updates: readonly NoticeUpdate[]): boolean => updates.every((u) => u.noticeStatus === '未送信');

/** One recipient per message: the transport sends to the message's single mailbox. */
const recipientsOf = (_msg: NoticeMessage): number => 1;

export class BatchedSendLog {
  /** Index in `queue` of the next message the protocol will announce. */
  private next = 0;
  /** Intents of queue[0, durableUntil) are durable. */
  private durableUntil = 0;
  private plannedSize = 0;
  private held: NoticeUpdate[] = [];
  private readonly limits: BatchLimits;
  stopReason: StopReason | null = null;
  /** Durable writes made (each: setValues per block + one flush). */
  writes = 0;

  constructor(private readonly deps: BatchedLogDeps) {
    this.limits = deps.limits ?? DEFAULT_LIMITS;
    this.held = [...(deps.alsoRecord ?? [])];
  }

  /** For the protocol's `shouldStop`: called before every message, decides only between batches. */
  readonly shouldStop = (): boolean => {
    if (this.next < this.durableUntil) return false;
    if (this.deps.elapsedMs() >= this.limits.timeBudgetMs) {
      this.stopReason = 'time';
      return true;
    }
    let quota = this.deps.remainingQuota();
    let size = 0;
    for (let i = this.next; i < this.deps.queue.length && size < this.limits.batchSize; i++) {
      const need = recipientsOf(this.deps.queue[i] as NoticeMessage);
      if (need > quota) break;
      quota -= need;
      size++;
    }
    if (size === 0) {
      this.stopReason = 'quota';
      return true;
    }
    this.plannedSize = size;
    return false;
  };

  /** For the protocol's log. */
  readonly apply = (updates: readonly NoticeUpdate[]): void => {
    if (updates.length === 0) return;
    if (!isIntent(updates)) {
      this.held.push(...updates);
      return;
    }
    const msg = this.deps.queue[this.next];
    if (!msg || msg.messageId !== updates[0]?.messageId) throw new Error(`send log out of step: expected ${msg?.messageId ?? 'no message'}, got ${updates[0]?.messageId ?? ''}`);
    if (this.next >= this.durableUntil) this.openBatch(updates);
    this.next++;
  };

  /** Writes whatever is held (the last batch's outcomes). Call once the protocol has returned. */
  finish(): void {
    if (this.held.length) this.flushWith([]);
  }

  private openBatch(first: readonly NoticeUpdate[]): void {
    const size = Math.max(1, this.plannedSize);
    const at = first[0]?.noticeAt ?? '';
    const intents: NoticeUpdate[] = [...first];
    for (let i = this.next + 1; i < Math.min(this.next + size, this.deps.queue.length); i++) {
      for (const u of (this.deps.queue[i] as NoticeMessage).updates) intents.push({ ...u, noticeStatus: '未送信', noticeAt: at });
    }
    this.flushWith(intents);
    this.durableUntil = this.next + size;
    this.plannedSize = 0;
  }

  private flushWith(intents: readonly NoticeUpdate[]): void {
    const blocks = this.deps.buffer.blocksFor([...this.held, ...intents]);
    this.deps.write(blocks);
    this.writes++;
    this.held = [];
  }
}
