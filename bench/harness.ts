/** Tiny benchmark harness: median of N timed runs, results as rows of one printed table. */
import { performance } from 'node:perf_hooks';

export interface BenchRow {
  /** What was measured, e.g. '検証: 大規模サンプル町 (5,000 資源 …)'. */
  readonly name: string;
  /** Median wall time of the subject in milliseconds. */
  readonly ms: number;
  /** Named peer or naive baseline, if any. */
  readonly baseline?: string;
  readonly baselineMs?: number;
  /** How the figure is judged, e.g. '≥ 5× faster' or '≤ 1500 ms'. */
  readonly target?: string;
  /** Whether the target is met (undefined when there is no target). */
  readonly pass?: boolean;
  /** Free note (ratio definitions etc.). */
  readonly note?: string;
}

export interface BenchSuite {
  readonly title: string;
  run(): Promise<BenchRow[]>;
}

/** Median wall time (ms) of `runs` calls after one warm-up call. */
export async function medianMs(fn: () => unknown | Promise<unknown>, runs = 5): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] as number;
}

/** baseline / subject: how many times faster the subject is. */
export function speedup(row: BenchRow): number | undefined {
  return row.baselineMs === undefined ? undefined : row.baselineMs / row.ms;
}

const fmt = (n: number | undefined, digits = 1): string => (n === undefined ? '' : n.toFixed(digits));

/** Rows as a Markdown table (readable in a terminal and pasteable into issue notes). */
export function formatTable(title: string, rows: readonly BenchRow[]): string {
  const lines = [
    `\n### ${title}`,
    '| 測定 / measure | ms (median) | baseline | baseline ms | ratio (×) | target | ok |',
    '| --- | ---: | --- | ---: | ---: | --- | --- |',
    ...rows.map((r) =>
      `| ${r.name} | ${fmt(r.ms)} | ${r.baseline ?? ''} | ${fmt(r.baselineMs)} | ${fmt(speedup(r), 2)} | ${r.target ?? ''} | ${r.pass === undefined ? '' : r.pass ? '✔' : '✘'} |` +
        (r.note ? `\n|  ↳ ${r.note} | | | | | | |` : ''),
    ),
  ];
  return lines.join('\n');
}

/** Prints formatTable's table. */
export function printTable(title: string, rows: readonly BenchRow[]): void {
  console.log(formatTable(title, rows));
}
