/**
 * `npm run bench`: runs every suite in bench/suites/ (or those named on the command line)
 * and prints one table per suite. Exit code 0 even when a target is missed: the table is the report.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { printTable, type BenchSuite } from './harness';

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const dir = join(__dirname, 'suites');
  const files = readdirSync(dir).filter((f) => f.endsWith('.ts')).sort();
  let missed = 0;
  for (const file of files) {
    if (only.length && !only.some((o) => file.includes(o))) continue;
    const mod = (await import(join(dir, file))) as { suite: BenchSuite };
    const rows = await mod.suite.run();
    printTable(mod.suite.title, rows);
    missed += rows.filter((r) => r.pass === false).length;
  }
  console.log(`\n${missed === 0 ? 'すべての目標を達成 / all targets met' : `未達の目標 ${missed} 件 / ${missed} target(s) missed`}`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
