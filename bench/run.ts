/**
 * `npm run bench`: runs every suite in bench/suites/ (or those named on the command line) and
 * prints one table per suite. Exits 1 when any target is missed, so a regression cannot pass as a
 * report. A full run (no suite named) also writes bench/RESULTS.md with the machine, the date and
 * the command, so every figure quoted elsewhere can be traced to one run.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem, type as osType, release } from 'node:os';
import { join } from 'node:path';
import { formatTable, type BenchSuite } from './harness';

function machine(): string {
  const cpu = cpus();
  return `${cpu[0]?.model ?? 'unknown CPU'} × ${cpu.length} cores, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, ${osType()} ${release()}, Node ${process.version}`;
}

async function main(): Promise<number> {
  const only = process.argv.slice(2);
  const dir = join(__dirname, 'suites');
  const files = readdirSync(dir).filter((f) => f.endsWith('.ts')).sort();
  const started = new Date();
  const loadAtStart = loadavg()[0] ?? 0;
  const tables: string[] = [];
  let missed = 0;
  for (const file of files) {
    if (only.length && !only.some((o) => file.includes(o))) continue;
    const mod = (await import(join(dir, file))) as { suite: BenchSuite };
    const rows = await mod.suite.run();
    const table = formatTable(mod.suite.title, rows);
    console.log(table);
    tables.push(table);
    missed += rows.filter((r) => r.pass === false).length;
  }
  const verdict = missed === 0 ? 'すべての目標を達成 / all targets met' : `未達の目標 ${missed} 件 / ${missed} target(s) missed`;
  console.log(`\n${verdict}`);
  if (only.length === 0) {
    const minutes = ((Date.now() - started.getTime()) / 60_000).toFixed(1);
    const header = [
      '# Benchmark results (latest full run)',
      '',
      `- command: \`npm run bench\` (all suites, one process)`,
      `- date: ${started.toISOString()} (took ${minutes} min)`,
      `- machine: ${machine()}`,
      `- load average (1 min) at start / end: ${loadAtStart.toFixed(1)} / ${(loadavg()[0] ?? 0).toFixed(1)} — the machine is shared; absolute times scale with it, interleaved ratios much less`,
      '- ratios compare the same work on both sides within this one run; each suite says what both sides do',
      `- result: ${verdict}`,
    ].join('\n');
    writeFileSync(join(__dirname, 'RESULTS.md'), `${header}\n${tables.join('\n')}\n`);
  }
  return missed === 0 ? 0 : 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    console.error(e);
    process.exitCode = 2;
  },
);
