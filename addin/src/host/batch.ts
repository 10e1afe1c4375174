/**
 * The write side's one rule: queue everything, sync once — and only sync earlier when the queued
 * request would pass Excel on the web's 5 MB cap. Each queued call reserves its estimated JSON size;
 * a reservation that would overflow the budget sends what is queued first. So the number of syncs
 * depends on bytes, never on how many rows or operations there are.
 */
import { EXCEL_LIMITS } from '../../../templates/plan/limits';
import type { XRequestContext } from './excel-api';

/** Budget per request: 80 % of the cap, leaving room for the object paths our estimate ignores. */
export const REQUEST_BUDGET_BYTES = Math.floor(EXCEL_LIMITS.requestBytes * 0.8);
/** Estimated size of one call that carries no cell data (object path, method, small arguments). */
export const CALL_BYTES = 160;

export class WriteBatch {
  private queued = 0;
  private started = false;
  syncs = 0;
  maxRequestBytes = 0;

  constructor(
    private readonly ctx: XRequestContext,
    /** Called at the start of every request (suspend calculation and screen updating until its sync). */
    private readonly onRequestStart: () => void,
    private readonly budget = REQUEST_BUDGET_BYTES,
  ) {}

  /** Reserves `bytes` for the call about to be queued, sending the queue first if it would overflow. */
  async reserve(bytes: number = CALL_BYTES): Promise<void> {
    if (this.queued > 0 && this.queued + bytes > this.budget) await this.flush();
    if (!this.started) {
      this.started = true;
      this.onRequestStart();
      this.queued += 2 * CALL_BYTES;
    }
    this.queued += bytes;
  }

  /** Sends what is queued (nothing to send: no round trip). */
  async flush(): Promise<void> {
    if (!this.started) return;
    await this.ctx.sync();
    this.syncs++;
    this.maxRequestBytes = Math.max(this.maxRequestBytes, this.queued);
    this.queued = 0;
    this.started = false;
  }
}
