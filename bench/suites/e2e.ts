/**
 * End to end on the Node host: LARGE_TOWN written once as .xlsx, then (a) exceljs alone reading the
 * file — the reader the CLI used before the fast reader — and (b) the whole `validate` +
 * `indicators` pipeline as the CLI runs it: read the sheets it needs (cli/fs readBook's choice),
 * validate, compute the indicators and write the findings report (CSV and JSON). (a) is a named
 * baseline, not a floor: since the fast reader, the whole pipeline must beat the former reader alone,
 * (b) ≤ (a). Also shows each stage of (b) on its own, so a miss says where the time goes. The floor
 * (unzip every part + one regex over every cell) and its 1.5× target are in workbook-scale.ts.
 */
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import ExcelJS from 'exceljs';
import { medianMs, type BenchRow, type BenchSuite } from '../harness';
import { findingsCsv, findingsJson } from '../../cli/output/findings';
import { redactFindings } from '../../templates/validate/redact';
import { readValuesFast } from '../../cli/xlsx/fast-read';
import { writeWorkbookFile } from '../../cli/xlsx/write';
import { CALC_SHEET_NAME, computeIndicators } from '../../templates/indicators';
import { townWorkbookPlan } from '../../templates/plan/workbook';
import { generateTown, LARGE_TOWN } from '../../templates/sample';
import { validateWorkbook } from '../../templates/validate/engine';

const RUNS = 3;
const TODAY = '2025-12-01';

/** Wall time of each stage of the pipeline, one entry per run. */
interface StageTimes {
  read: number[];
  validate: number[];
  indicators: number[];
  report: number[];
}

/** Findings of the last pipeline run, for the table's note. */
let lastFindings = { count: 0, errors: 0 };

const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

/**
 * The pipeline of `validate` + `indicators` on one file, recording each stage's time (so the stage
 * split comes from the very runs that are measured, without extra reads of the big file).
 * Returns a checksum so nothing is optimised away.
 */
async function pipeline(book: string, reportDir: string, times: StageTimes): Promise<number> {
  let t = performance.now();
  const lap = (into: number[]): void => {
    const now = performance.now();
    into.push(now - t);
    t = now;
  };
  const values = await readValuesFast(book, { sheets: (name) => name !== CALC_SHEET_NAME });
  lap(times.read);
  const result = validateWorkbook(values, { today: TODAY });
  lap(times.validate);
  const indicators = computeIndicators(result.rows, { fiscalYear: result.rows.settings?.fiscalYear ?? 2025, today: TODAY });
  lap(times.indicators);
  const findings = redactFindings(result.findings, values);
  await writeFile(join(reportDir, 'findings.csv'), findingsCsv(findings, 'ja'));
  await writeFile(join(reportDir, 'findings.json'), findingsJson(findings, 'ja'));
  lap(times.report);
  lastFindings = { count: findings.length, errors: result.errorCount };
  return findings.length + indicators.length;
}

export const suite: BenchSuite = {
  title: 'e2e: 大規模サンプル町の .xlsx → 検査 + 指標 + 報告書 / large town end to end (Node host)',
  async run(): Promise<BenchRow[]> {
    const dir = await mkdtemp(join(tmpdir(), 'zaitaku-bench-e2e-'));
    try {
      const book = join(dir, 'large-town.xlsx');
      const t0 = performance.now();
      await writeWorkbookFile(townWorkbookPlan(generateTown({ seed: 2025, size: LARGE_TOWN })), book);
      const writeMs = performance.now() - t0;
      const sizeMb = (await stat(book)).size / 1e6;

      const floor = await medianMs(() => new ExcelJS.Workbook().xlsx.readFile(book), RUNS);
      const times: StageTimes = { read: [], validate: [], indicators: [], report: [] };
      const whole = await medianMs(() => pipeline(book, dir, times), RUNS);

      const size = `${LARGE_TOWN.resources.toLocaleString()} 資源・${LARGE_TOWN.consultations.toLocaleString()} 相談・${LARGE_TOWN.attendees.toLocaleString()} 出席者, ${sizeMb.toFixed(1)} MB`;
      return [
        { name: `(a) exceljs 読み込みのみ（従来の読み込み）/ exceljs readFile alone (the former reader) — ${size}`, ms: floor, note: `ファイル作成 ${(writeMs / 1000).toFixed(1)} s (once)` },
        {
          name: '(b) 読み込み+検査+指標+報告書 / read + validate + indicators + report',
          ms: whole,
          baseline: '(a) the former reader — not a floor (see workbook-scale)',
          baselineMs: floor,
          target: '(b) ≤ (a)',
          pass: whole <= floor,
          note: `findings ${lastFindings.count.toLocaleString()}, errors ${lastFindings.errors}; stages below are medians over the same runs (warm-up included)`,
        },
        { name: '  (b1) readValuesFast (all but 指標計算)', ms: median(times.read) },
        { name: '  (b2) validateWorkbook', ms: median(times.validate) },
        { name: '  (b3) computeIndicators', ms: median(times.indicators) },
        { name: '  (b4) 報告書 CSV+JSON / findings report CSV+JSON', ms: median(times.report) },
      ];
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  },
};
