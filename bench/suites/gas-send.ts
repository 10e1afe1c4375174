/**
 * Sending notices from Sheets (the bundle's resume-trigger execution in the vm over the fakes): for 50
 * and 500 e-mail recipients, the Spreadsheet calls, the durable status writes (setValues + flush) and
 * the simulated Apps Script time (send 300 ms, setValues 50 ms, flush 100 ms, getValues 50 ms).
 * Baseline: a host that makes each message's intent and outcome durable on their own (two
 * setValues + flush per message), the straightforward way to get the same never-twice guarantee.
 * The ms column is the simulated execution time, not wall time on this machine.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildGas } from '../../apps-script/build/bundle';
import { loadWorkbookValues } from '../../test/apps-script/fakes/spreadsheet-app';
import { DEFAULT_COSTS, GasWorld } from '../../test/apps-script/gas-world';
import { bundleCode } from '../../test/apps-script/load-bundle';
import { sendTown } from '../../test/apps-script/send-town';
import type { BenchRow, BenchSuite } from '../harness';

const BATCH = 10;

function measure(code: string, n: number) {
  const w = new GasWorld({ quota: 1500 });
  loadWorkbookValues(w.spreadsheet, sendTown(n).values);
  w.runBundle(code, 'noticeScheduleResume', ['E001']);
  w.nowMs = w.scriptApp.triggers[0]?.atMs ?? w.nowMs;
  const started = w.nowMs;
  const run = w.runBundle(code, 'resumeNoticeSend');
  const trace = run.exec.trace;
  const spreadsheetCalls = trace.filter((l) => !/^(MailApp|GmailApp|Lock|LockService|Session|Properties|PropertiesService|ScriptApp|Utilities)\./.test(l)).length;
  return { sent: w.mail.sent.length, spreadsheetCalls, writes: run.exec.count('SpreadsheetApp.flush') - 1, reads: run.exec.count('Range.getValues'), ms: w.nowMs - started };
}

export const suite: BenchSuite = {
  title: 'Sheets: sending notices exactly once (bundle in vm, simulated Apps Script time)',
  async run(): Promise<BenchRow[]> {
    const code = bundleCode(await buildGas({ outDir: mkdtempSync(join(tmpdir(), 'zrk-gas-send-bench-')) }));
    const rows: BenchRow[] = [];
    for (const n of [50, 500]) {
      const m = measure(code, n);
      const perMessage = n * 2 * ((DEFAULT_COSTS['Range.setValues'] ?? 0) + (DEFAULT_COSTS['SpreadsheetApp.flush'] ?? 0));
      const bound = Math.ceil(n / BATCH) + 1;
      rows.push({
        name: `${n} recipients: sent ${m.sent}, ${m.reads} tab reads, ${m.writes} durable status writes, ${m.spreadsheetCalls} Spreadsheet calls`,
        ms: m.ms,
        baseline: `intent + outcome written per message (${n * 2} writes)`,
        baselineMs: m.ms - m.writes * ((DEFAULT_COSTS['Range.setValues'] ?? 0) + (DEFAULT_COSTS['SpreadsheetApp.flush'] ?? 0)) + perMessage,
        target: `writes ≤ ⌈n/${BATCH}⌉ + 1 = ${bound}; all sent in one execution`,
        pass: m.writes <= bound && m.sent === n,
      });
    }
    return rows;
  },
};
