/**
 * Google Sheets host: the size of the Apps Script bundle (target ≤ 400 KB unminified, issue 9) and, for each
 * menu command run in the vm over the SpreadsheetApp fake, the Spreadsheet calls it makes for a town
 * of 10 rows per sheet and of 10,000 (target: equal — no call per row or per cell). The time column
 * is the command's wall time on the 10,000-row town inside the fake (not Google's latency); the
 * baseline is a naive host that writes every cell with its own setValue call.
 */
import { performance } from 'node:perf_hooks';
import vm from 'node:vm';
import { buildGas } from '../../apps-script/build/bundle';
import { generateTown, townToWorkbookValues } from '../../templates/sample';
import { sheetsSession } from '../../test/apps-script/sheets-session';
import type { BenchRow, BenchSuite } from '../harness';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const COMMANDS = ['insertTemplate', 'validate', 'indicators', 'residentList'] as const;
const LIMIT_BYTES = 400 * 1024; // issue 9's target; missed since the import, report and fix code joined (see test/apps-script/bundle.test.ts)

/**
 * What the size stands for: every Apps Script execution (a menu click, a sidebar call, a trigger)
 * compiles Code.js and runs its top level before calling the entry point. Median of fresh compiles
 * (each source made distinct so V8's in-process compilation cache cannot answer) and of top-level
 * runs in a fresh context, which needs no Apps Script service.
 */
function loadCost(code: string, runs = 9): { compileMs: number; topLevelMs: number } {
  const compile: number[] = [];
  const topLevel: number[] = [];
  for (let i = 0; i <= runs; i++) {
    const t0 = performance.now();
    const script = new vm.Script(`${code}\n// load ${i} ${t0}`, { filename: `Code-${i}.js` });
    const t1 = performance.now();
    script.runInContext(vm.createContext({}));
    const t2 = performance.now();
    if (i === 0) continue; // warm-up
    compile.push(t1 - t0);
    topLevel.push(t2 - t1);
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1] as number;
  return { compileMs: median(compile), topLevelMs: median(topLevel) };
}

function townOf(rows: number) {
  return townToWorkbookValues(
    generateTown({ seed: 3, size: { resources: rows, contacts: rows, events: Math.max(4, rows / 10), attendees: rows, consultations: rows, issues: rows, planRows: 24 } }),
  );
}

interface Measured {
  readonly calls: number;
  readonly ms: number;
  /** Cells the command wrote: what a cell-by-cell host would spend one call on each. */
  readonly cells: number;
}

async function measure(rows: number): Promise<Record<string, Measured>> {
  const s = await sheetsSession(townOf(rows));
  const out: Record<string, Measured> = {};
  for (const fn of COMMANDS) {
    const before = s.fake.spreadsheet.cellWrites;
    const t0 = performance.now();
    const { calls } = s.run(fn);
    const ms = performance.now() - t0;
    out[fn] = { calls: calls.length, ms, cells: s.fake.spreadsheet.cellWrites - before };
  }
  return out;
}

export const suite: BenchSuite = {
  title: 'Google Sheets (Apps Script bundle in vm, SpreadsheetApp fake)',
  async run(): Promise<BenchRow[]> {
    const t0 = performance.now();
    const build = await buildGas({ outDir: mkdtempSync(join(tmpdir(), 'zrk-gas-bench-')) });
    const buildMs = performance.now() - t0;
    const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
    const rows: BenchRow[] = [
      {
        name: `Code.js: ${kb(build.bytes)} unminified (${build.functions.length} entry points)`,
        ms: buildMs,
        target: '≤ 400 KB',
        pass: build.bytes <= LIMIT_BYTES,
        note: `largest: ${build.largestInputs.slice(0, 3).map((i) => `${i.path.replace(/^.*node_modules\//, '')} ${kb(i.bytes)}`).join(', ')}`,
      },
      (() => {
        const load = loadCost(build.code);
        return {
          name: 'Code.js load per execution: compile + top-level run in a fresh vm context',
          ms: load.compileMs + load.topLevelMs,
          note: `compile ${load.compileMs.toFixed(1)} ms, top level ${load.topLevelMs.toFixed(1)} ms (Node's V8 here, not Google's servers)`,
        };
      })(),
    ];
    const small = await measure(10);
    const large = await measure(10_000);
    for (const fn of COMMANDS) {
      const a = small[fn] as Measured;
      const b = large[fn] as Measured;
      rows.push({
        name: `${fn}: Spreadsheet calls 10 rows = ${a.calls}, 10,000 rows = ${b.calls}`,
        ms: b.ms,
        baseline: `cell-by-cell host (${b.cells.toLocaleString('en-US')} setValue calls at 10,000 rows)`,
        target: 'calls equal for 10 and 10,000 rows',
        pass: a.calls === b.calls,
      });
    }
    return rows;
  },
};
