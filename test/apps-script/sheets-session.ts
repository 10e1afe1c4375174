/**
 * Test harness for the Sheets commands: a fake spreadsheet loaded with a workbook's values (date and
 * time columns formatted as Sheets would show them, so getValues hands back Dates), the bundle loaded
 * in a vm context over it, and a call counter per command.
 */
import { SHEETS } from '../../templates/sheets/registry';
import type { SheetSpec } from '../../templates/spec/types';
import type { WorkbookValues } from '../../templates/validate/types';
import { clockedDate, Execution } from './fakes/execution';
import { FakeLockService, LockState } from './fakes/lock-service';
import { FakeScriptApp } from './fakes/script-app';
import { CallCounter, createFakeSheets, loadWorkbookValues, type FakeSheets } from './fakes/spreadsheet-app';
import { FakeUtilities } from './fakes/utilities';
import { bundleCode, gasBuild, loadGas, type GasRuntime } from './load-bundle';

/** 2025-12-01 10:00 in Tokyo: the sample towns' "today". */
export const SAMPLE_NOW_MS = Date.UTC(2025, 11, 1, 1, 0, 0);

/** Column formats of the standard table sheets: dates and times as a clerk's sheet shows them. */
export function standardFormats(values: WorkbookValues): Record<string, Record<number, string>> {
  const out: Record<string, Record<number, string>> = {};
  for (const spec of SHEETS as readonly SheetSpec[]) {
    if (spec.kind !== 'table' || !(spec.name in values)) continue;
    const header = (values[spec.name]?.[0] ?? []) as readonly unknown[];
    const formats: Record<number, string> = {};
    for (const col of spec.columns) {
      const index = header.indexOf(col.header);
      if (index < 0) continue;
      if (col.type === 'date') formats[index] = 'yyyy/m/d';
      if (col.type === 'time') formats[index] = 'h:mm';
    }
    out[spec.name] = formats;
  }
  return out;
}

export interface SheetsSession {
  readonly fake: FakeSheets;
  readonly counter: CallCounter;
  readonly gas: GasRuntime;
  /** The document/script locks, shared with any other execution a test simulates. */
  readonly locks: LockState;
  /** Utilities of the script (blobs, base64, unzip), with its call counts. */
  readonly utilities: FakeUtilities;
  /** Runs one top-level function and returns its result with the calls it made. */
  run<T>(fn: string, ...args: unknown[]): { result: T; calls: string[] };
}

/**
 * ScriptApp with the installation source (https://developers.google.com/apps-script/reference/script/script-app#getinstallationsource):
 * NONE for a script bound to the spreadsheet, APPS_MARKETPLACE_DOMAIN_ADD_ON for an add-on a
 * Workspace admin installed for the domain.
 */
export class InstalledScriptApp extends FakeScriptApp {
  readonly InstallationSource = { APPS_MARKETPLACE_DOMAIN_ADD_ON: 'APPS_MARKETPLACE_DOMAIN_ADD_ON', NONE: 'NONE', WEB_STORE_ADD_ON: 'WEB_STORE_ADD_ON' } as const;

  constructor(
    nowMs: () => number,
    private readonly source: 'NONE' | 'APPS_MARKETPLACE_DOMAIN_ADD_ON',
  ) {
    super(nowMs, source !== 'NONE');
  }

  getInstallationSource(): string {
    return this.source;
  }
}

/** A spreadsheet holding `values` (none: one empty シート1, like a new Google Sheet) with the bundle loaded. */
export async function sheetsSession(
  values: WorkbookValues | null,
  nowMs = SAMPLE_NOW_MS,
  installation: 'NONE' | 'APPS_MARKETPLACE_DOMAIN_ADD_ON' = 'NONE',
): Promise<SheetsSession> {
  const code = bundleCode(await gasBuild());
  const counter = new CallCounter();
  const fake = createFakeSheets({ hook: counter, authMode: 'FULL' });
  if (values) loadWorkbookValues(fake.spreadsheet, values, standardFormats(values));
  else fake.spreadsheet.addSheet('シート1');
  const locks = new LockState();
  const utilities = new FakeUtilities();
  const gas = loadGas(code, {
    Utilities: utilities,
    SpreadsheetApp: fake.SpreadsheetApp,
    Charts: fake.Charts,
    LockService: new FakeLockService(locks, 1),
    ScriptApp: new InstalledScriptApp(() => nowMs, installation),
    Date: clockedDate(new Execution({}, nowMs)),
  });
  return {
    fake,
    counter,
    gas,
    locks,
    utilities,
    run<T>(fn: string, ...args: unknown[]) {
      counter.reset();
      const result = gas.call<T>(fn, ...args);
      return { result, calls: [...counter.calls] };
    },
  };
}

/** Calls per label, for comparing two runs. */
export function tally(calls: readonly string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const c of calls) out[c] = (out[c] ?? 0) + 1;
  return out;
}
