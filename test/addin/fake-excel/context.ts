/**
 * The load/sync layer of the fake Excel: calls on proxy objects are queued and run only by
 * `context.sync()`, in order; loaded properties become readable after that sync and reading one
 * before throws PropertyNotLoaded; each sync's request (the queued calls, as JSON) and response (the
 * loaded data, as JSON) are measured and refused above 5 MB as Excel on the web refuses them.
 * Sources for each rule are listed in index.ts.
 */

/** Excel on the web's cap on one request and one response. */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

/** An error shaped like OfficeExtension.Error (code, message, debugInfo). */
export class FakeOfficeError extends Error {
  readonly code: string;
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  constructor(code: string, message: string, location?: string) {
    super(message);
    this.name = 'RichApi.Error';
    this.code = code;
    this.debugInfo = { code, message, ...(location ? { errorLocation: location } : {}) };
  }
}

/** UTF-8 length of a string (no TextEncoder: the fake also runs in the browser bundle and old engines). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code >= 0xd800 && code <= 0xdfff ? 2 : 3;
  }
  return bytes;
}

export interface SyncRecord {
  /** Queued calls (property sets, method calls, loads) sent with this sync. */
  readonly calls: number;
  readonly requestBytes: number;
  readonly responseBytes: number;
  /** How many of the calls were property writes or methods by name, e.g. { 'set formulas': 2 }. */
  readonly byOp: Readonly<Record<string, number>>;
}

export interface FakeStats {
  readonly runs: number;
  readonly syncs: readonly SyncRecord[];
}

interface Action {
  readonly op: string;
  readonly bytes: number;
  /** Async work done when the sync starts, before any call runs (parsing a file the call carries). */
  readonly prepare?: () => Promise<void>;
  /** Runs the call against the store; may return a commit for loaded data (applied if the response fits). */
  run(): { commit: () => void; bytes: number } | void;
}

/** Stats shared by every context of one fake application. */
export class StatsRecorder {
  runs = 0;
  syncs: SyncRecord[] = [];
  snapshot(): FakeStats {
    return { runs: this.runs, syncs: [...this.syncs] };
  }
  reset(): void {
    this.runs = 0;
    this.syncs = [];
  }
}

export class QueueContext {
  private queue: Action[] = [];
  constructor(private readonly stats: StatsRecorder) {}

  /** Queues one call; its request size is its JSON (object path, operation, arguments). */
  enqueue(path: string, op: string, args: readonly unknown[], run: Action['run'], prepare?: () => Promise<void>): void {
    const bytes = utf8Length(JSON.stringify([path, op, args])) + 16;
    this.queue.push({ op, bytes, run, ...(prepare ? { prepare } : {}) });
  }

  get pending(): number {
    return this.queue.length;
  }

  async sync(): Promise<void> {
    const batch = this.queue;
    this.queue = [];
    const requestBytes = batch.reduce((n, a) => n + a.bytes, 0);
    const byOp: Record<string, number> = {};
    for (const a of batch) byOp[a.op] = (byOp[a.op] ?? 0) + 1;
    // Yield like a real round trip, so callers that forget to await are caught by the order of effects.
    await Promise.resolve();
    if (requestBytes > PAYLOAD_LIMIT_BYTES) {
      this.stats.syncs.push({ calls: batch.length, requestBytes, responseBytes: 0, byOp });
      throw new FakeOfficeError('RequestPayloadSizeLimitExceeded', 'The request payload size has exceeded the limit.');
    }
    for (const action of batch) if (action.prepare) await action.prepare();
    const commits: (() => void)[] = [];
    let responseBytes = 0;
    try {
      for (const action of batch) {
        const loaded = action.run();
        if (loaded) {
          commits.push(loaded.commit);
          responseBytes += loaded.bytes;
        }
      }
    } finally {
      this.stats.syncs.push({ calls: batch.length, requestBytes, responseBytes, byOp });
    }
    if (responseBytes > PAYLOAD_LIMIT_BYTES) {
      throw new FakeOfficeError('ResponsePayloadSizeLimitExceeded', 'The response payload size has exceeded the limit.');
    }
    for (const commit of commits) commit();
  }
}

/** Parses load()'s argument into property paths ('values', 'items/name', 'format/font/bold'). */
export function loadPaths(spec: unknown): string[] {
  if (spec === undefined || spec === null) return [];
  if (typeof spec === 'string') return spec.split(',').map((s) => s.trim()).filter(Boolean);
  if (Array.isArray(spec)) return spec.flatMap((s) => loadPaths(s));
  if (typeof spec === 'object' && 'select' in (spec as object)) return loadPaths((spec as { select?: unknown }).select);
  return [];
}

/**
 * Base of every proxy: `load()` queues a snapshot of the named properties, taken when the sync runs
 * the queue up to that point; reads before the sync throw PropertyNotLoaded.
 */
export abstract class FakeClientObject {
  private readonly data = new Map<string, unknown>();
  protected constructor(
    protected readonly ctx: QueueContext,
    readonly _path: string,
  ) {}

  /** Scalar properties this object can load, read against the store when the load runs. */
  protected abstract scalars(): Record<string, () => unknown>;
  /** Navigation properties (objects loaded through 'nav/prop' paths). */
  protected navs(): Record<string, () => FakeClientObject> {
    return {};
  }

  load(spec?: unknown): this {
    const paths = loadPaths(spec);
    this.ctx.enqueue(this._path, 'load', [paths], () => this.snapshot(paths));
    return this;
  }

  /** Takes the values now; returns how to publish them and their JSON size. */
  snapshot(paths: readonly string[]): { commit: () => void; bytes: number } {
    const scalars = this.scalars();
    const navs = this.navs();
    const wanted = paths.length ? paths : Object.keys(scalars);
    const own: [string, unknown][] = [];
    const nested: { commit: () => void; bytes: number }[] = [];
    const byNav = new Map<string, string[]>();
    for (const path of wanted) {
      const [head, ...rest] = path.split('/') as [string, ...string[]];
      if (rest.length === 0 && head in scalars) own.push([head, (scalars[head] as () => unknown)()]);
      else if (head in navs) byNav.set(head, [...(byNav.get(head) ?? []), rest.join('/')].filter(Boolean));
      else throw new FakeOfficeError('InvalidArgument', `The property '${head}' is not available on ${this._path}.`);
    }
    for (const [head, rest] of byNav) nested.push((navs[head] as () => FakeClientObject)().snapshot(rest));
    const bytes = own.reduce((n, [k, v]) => n + utf8Length(JSON.stringify(v ?? null)) + k.length + 4, 0) + nested.reduce((n, x) => n + x.bytes, 0);
    return {
      bytes,
      commit: () => {
        for (const [k, v] of own) this.data.set(k, v);
        for (const n of nested) n.commit();
      },
    };
  }

  /** A loaded property, or PropertyNotLoaded as Office throws it. */
  protected loaded<T>(name: string): T {
    if (!this.data.has(name)) {
      throw new FakeOfficeError(
        'PropertyNotLoaded',
        `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
        this._path,
      );
    }
    return this.data.get(name) as T;
  }

  /** Publishes a value as if loaded (results of a sync that Office fills in by itself, e.g. isNullObject). */
  protected publish(name: string, value: unknown): void {
    this.data.set(name, value);
  }

  protected call(op: string, args: readonly unknown[], run: () => void, prepare?: () => Promise<void>): void {
    this.ctx.enqueue(this._path, op, args, run, prepare);
  }
}
