/**
 * LockService (https://developers.google.com/apps-script/reference/lock/lock-service): document, script
 * and user locks. `getDocumentLock()` returns null when the script is not bound to a document.
 * A Lock (https://developers.google.com/apps-script/reference/lock/lock): `tryLock(ms)` returns false
 * when another execution holds it past the timeout; `waitLock(ms)` throws instead ("Lock timeout:
 * another process was holding the lock for too long."); `hasLock()`; `releaseLock()` (no effect when
 * not held). A lock held by an execution that ends is released automatically.
 * Each fake execution gets its own LockService over shared lock state, so two executions contend.
 */

export class LockState {
  /** Which execution holds each lock kind. */
  readonly holders = new Map<string, number>();
}

export class FakeLock {
  private held = false;
  readonly calls = { tryLock: 0, waitLock: 0, releaseLock: 0, hasLock: 0 };

  constructor(
    private readonly state: LockState,
    private readonly kind: string,
    private readonly execution: number,
  ) {}

  tryLock(_timeoutInMillis: number): boolean {
    this.calls.tryLock++;
    const holder = this.state.holders.get(this.kind);
    if (holder !== undefined && holder !== this.execution) return false;
    this.state.holders.set(this.kind, this.execution);
    this.held = true;
    return true;
  }

  waitLock(timeoutInMillis: number): void {
    this.calls.waitLock++;
    if (!this.tryLock(timeoutInMillis)) throw new Error('Lock timeout: another process was holding the lock for too long.');
  }

  hasLock(): boolean {
    this.calls.hasLock++;
    return this.held;
  }

  releaseLock(): void {
    this.calls.releaseLock++;
    if (!this.held) return;
    this.held = false;
    if (this.state.holders.get(this.kind) === this.execution) this.state.holders.delete(this.kind);
  }
}

export class FakeLockService {
  readonly calls = { getDocumentLock: 0, getScriptLock: 0, getUserLock: 0 };

  constructor(
    readonly state: LockState,
    readonly execution: number,
    private readonly bound = true,
  ) {}

  getDocumentLock(): FakeLock | null {
    this.calls.getDocumentLock++;
    return this.bound ? new FakeLock(this.state, 'document', this.execution) : null;
  }

  getScriptLock(): FakeLock {
    this.calls.getScriptLock++;
    return new FakeLock(this.state, 'script', this.execution);
  }

  getUserLock(): FakeLock {
    this.calls.getUserLock++;
    return new FakeLock(this.state, 'user', this.execution);
  }

  /** The execution ended (normally or killed): Apps Script releases what it held. */
  endExecution(): void {
    for (const [kind, holder] of [...this.state.holders]) if (holder === this.execution) this.state.holders.delete(kind);
  }
}
