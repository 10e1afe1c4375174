/**
 * Test harness: a Google "world" that outlives executions (one spreadsheet, one mailbox with its daily
 * quota, the property stores, the project's triggers, the locks) and runs each execution with fresh
 * services wired to a new Execution (its own call trace, simulated clock and kill switch), the way
 * Apps Script starts every menu click, google.script.run call and trigger as a new execution.
 * `globals()` is what an execution sees as its global object (for the vm bundle loader too).
 */
import { clockedDate, Execution, ExecutionKilled, killable, type KillPlan } from './fakes/execution';
import { FakeGmailApp } from './fakes/gmail-app';
import { FakeHtmlService } from './fakes/html-service';
import { FakeLockService, LockState } from './fakes/lock-service';
import { FakeMailApp } from './fakes/mail-app';
import { FakePropertiesService } from './fakes/properties-service';
import { FakeScriptApp } from './fakes/script-app';
import { FakeSession, type SessionOptions } from './fakes/session';
import { createFakeSheets, Spreadsheet, type FakeSheets } from './fakes/spreadsheet-app';
import { FakeUtilities } from './fakes/utilities';
import { loadGas } from './load-bundle';

export interface WorldOptions {
  readonly quota?: number;
  readonly session?: SessionOptions;
  /** Project HTML files by name (without .html). */
  readonly html?: Readonly<Record<string, string>>;
  /** Simulated cost of service calls by label, in ms (default: a send takes 300 ms). */
  readonly costs?: Readonly<Record<string, number>>;
  /** Deployed as an editor add-on (time-driven triggers at most hourly). */
  readonly addOn?: boolean;
}

export interface RunOptions {
  readonly kill?: KillPlan;
  readonly authMode?: 'NONE' | 'LIMITED' | 'FULL';
}

export interface RunOutcome<T> {
  readonly result: T | undefined;
  readonly killed: boolean;
  readonly exec: Execution;
  readonly sheets: FakeSheets;
}

export const DEFAULT_COSTS: Readonly<Record<string, number>> = {
  'MailApp.sendEmail': 300,
  'GmailApp.createDraft': 400,
  'SpreadsheetApp.flush': 100,
  'Range.setValues': 50,
  'Range.getValues': 50,
};

export class GasWorld {
  readonly spreadsheet = new Spreadsheet();
  readonly mail: FakeMailApp;
  readonly gmail = new FakeGmailApp();
  readonly properties = new FakePropertiesService();
  readonly locks = new LockState();
  readonly scriptApp: FakeScriptApp;
  nowMs = Date.UTC(2025, 4, 1, 1, 0, 0); // 2025-05-01 10:00 Tokyo
  private executions = 0;
  private readonly costs: Readonly<Record<string, number>>;

  constructor(private readonly options: WorldOptions = {}) {
    this.mail = new FakeMailApp(options.quota ?? 1500);
    this.scriptApp = new FakeScriptApp(() => this.nowMs, options.addOn ?? false);
    this.costs = options.costs ?? DEFAULT_COSTS;
  }

  /** The globals of one execution (the services Apps Script gives a script). */
  globals(exec: Execution, authMode: 'NONE' | 'LIMITED' | 'FULL' = 'FULL'): { sheets: FakeSheets; globals: Record<string, unknown> } {
    const sheets = createFakeSheets({ hook: exec, spreadsheet: this.spreadsheet, authMode });
    const lockService = new FakeLockService(this.locks, ++this.executions);
    const scriptApp = new FakeScriptApp(() => exec.nowMs, this.scriptApp.addOn, this.scriptApp.triggers);
    const globals: Record<string, unknown> = {
      SpreadsheetApp: sheets.SpreadsheetApp,
      Charts: sheets.Charts,
      MailApp: killable(this.mail, exec, 'MailApp'),
      GmailApp: killable(this.gmail, exec, 'GmailApp'),
      PropertiesService: killable(this.properties, exec, 'PropertiesService'),
      LockService: killable(lockService, exec, 'LockService'),
      ScriptApp: killable(scriptApp, exec, 'ScriptApp'),
      HtmlService: killable(new FakeHtmlService(this.options.html ?? {}), exec, 'HtmlService'),
      Utilities: killable(new FakeUtilities((ms) => exec.advance(ms)), exec, 'Utilities'),
      Session: killable(new FakeSession(this.options.session), exec, 'Session'),
      Date: clockedDate(exec),
      __endExecution: () => lockService.endExecution(),
    };
    return { sheets, globals };
  }

  /**
   * Runs `fn` as one execution with the globals installed on Node's global object (for code imported
   * directly from apps-script/src) — Date included, so `Date.now()` in the script is the simulated clock. A kill ends the execution like Apps Script does: nothing after it
   * has any effect, and its locks are released.
   */
  run<T>(fn: (exec: Execution) => T, options: RunOptions = {}): RunOutcome<T> {
    const exec = new Execution(options.kill ?? {}, this.nowMs, this.costs);
    const { sheets, globals } = this.globals(exec, options.authMode);
    const g = globalThis as Record<string, unknown>;
    const saved = new Map<string, unknown>();
    for (const [k, v] of Object.entries(globals)) {
      if (k.startsWith('__')) continue;
      saved.set(k, g[k]);
      g[k] = v;
    }
    let result: T | undefined;
    try {
      result = fn(exec);
    } catch (e) {
      if (!(e instanceof ExecutionKilled)) throw e;
    } finally {
      for (const [k, v] of saved) g[k] = v;
      (globals.__endExecution as () => void)();
      this.nowMs = exec.nowMs;
    }
    return { result: exec.killed ? undefined : result, killed: exec.killed, exec, sheets };
  }

  /**
   * Runs one top-level function of the bundle (`Code.js`) as one execution: a fresh V8 context per
   * execution, like Apps Script, with this world's services as its globals.
   */
  runBundle<T>(code: string, fn: string, args: readonly unknown[] = [], options: RunOptions = {}): RunOutcome<T> {
    const exec = new Execution(options.kill ?? {}, this.nowMs, this.costs);
    const { sheets, globals } = this.globals(exec, options.authMode);
    let result: T | undefined;
    try {
      const gas = loadGas(code, globals);
      result = gas.call<T>(fn, ...args);
    } catch (e) {
      if (!(e instanceof ExecutionKilled)) throw e;
    } finally {
      (globals.__endExecution as () => void)();
      this.nowMs = exec.nowMs;
    }
    return { result: exec.killed ? undefined : result, killed: exec.killed, exec, sheets };
  }
}
