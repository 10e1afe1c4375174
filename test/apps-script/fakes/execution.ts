/**
 * One Apps Script execution as the tests see it: a call counter shared by every fake service, a
 * simulated clock the fakes advance, and a kill switch. Apps Script ends an execution that runs
 * past its limit without running any more of the script — no catch, no finally that could still
 * write ("Exceeded maximum execution time",
 * https://developers.google.com/apps-script/guides/services/quotas#current_limitations). The tests
 * model that by wrapping every service in `killable`: once the execution is killed, every further
 * service call throws before it has any effect, so nothing the script does afterwards reaches the
 * spreadsheet, the mailbox or the properties store.
 */

export class ExecutionKilled extends Error {
  constructor(at: string) {
    super(`execution killed at ${at}`);
    this.name = 'ExecutionKilled';
  }
}

export interface KillPlan {
  /** Kill on the n-th service call of the execution (1-based), before it takes effect. */
  readonly atCall?: number;
  /** Kill on the first call after `label` has returned normally this many times (e.g. right after a send, before its status write). */
  readonly after?: { readonly label: string; readonly count: number };
}

export class Execution {
  /** Service calls of this execution, in order ('MailApp.sendEmail', 'Range.setValues', …). */
  readonly trace: string[] = [];
  private readonly returned = new Map<string, number>();
  private armed = false;
  killed = false;

  constructor(
    private readonly plan: KillPlan = {},
    /** Simulated wall clock (ms since the epoch); Date.now of the script under test. */
    public nowMs = Date.UTC(2025, 4, 1, 1, 0, 0),
    /** Simulated duration of a service call by label (e.g. a MailApp send ≈ 1 s); the clock advances by it. */
    private readonly costs: Readonly<Record<string, number>> = {},
  ) {}

  /** Called before every service call. */
  enter(label: string): void {
    if (this.killed) throw new ExecutionKilled(`${label} (already dead)`);
    this.trace.push(label);
    this.nowMs += this.costs[label] ?? 0;
    if (this.armed || (this.plan.atCall !== undefined && this.trace.length >= this.plan.atCall)) {
      this.killed = true;
      throw new ExecutionKilled(label);
    }
  }

  /** Called after a service call returned normally. */
  leave(label: string): void {
    const n = (this.returned.get(label) ?? 0) + 1;
    this.returned.set(label, n);
    if (this.plan.after && this.plan.after.label === label && this.plan.after.count === n) this.armed = true;
  }

  count(label: string): number {
    return this.trace.filter((t) => t === label).length;
  }

  advance(ms: number): void {
    this.nowMs += ms;
  }
}

function wrapsResult(value: unknown): value is object {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || value instanceof Date) return false;
  // Service objects (Range, Lock, Trigger …) are class instances; plain data records are returned as they are.
  return Object.getPrototypeOf(value) !== Object.prototype;
}

/**
 * The service as the script sees it: every method call goes through the execution's counter and
 * kill switch; objects the method returns (a Lock, a Trigger builder …) are wrapped the same way.
 */
export function killable<T extends object>(target: T, exec: Execution, name: string): T {
  return new Proxy(target, {
    get(obj, prop, receiver) {
      const value = Reflect.get(obj, prop, receiver) as unknown;
      if (typeof value !== 'function' || typeof prop !== 'string' || prop === 'constructor') return value;
      const label = `${name}.${prop}`;
      return (...args: unknown[]) => {
        exec.enter(label);
        const result = (value as (...a: unknown[]) => unknown).apply(obj, args);
        exec.leave(label);
        return wrapsResult(result) ? killable(result, exec, (result as { constructor: { name: string } }).constructor.name) : result;
      };
    },
  });
}

/**
 * A Date whose clock is the execution's: `Date.now()` and `new Date()` read `exec.nowMs`, so a test
 * decides how long sends take and when the 6-minute limit comes. Everything else is the real Date.
 */
export function clockedDate(exec: Execution): DateConstructor {
  const Real = Date;
  class ClockedDate extends Real {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(exec.nowMs);
      else super(...(args as [string]));
    }

    static override now(): number {
      return exec.nowMs;
    }
  }
  return ClockedDate as unknown as DateConstructor;
}
