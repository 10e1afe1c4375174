/**
 * Indicators on LARGE_TOWN: the TypeScript twin (computeIndicators, median of 5 fresh runs) against a
 * full HyperFormula build + recalculation of the very same 指標 / 指標計算 formulas over the same cells
 * (what a spreadsheet engine must do when the workbook opens). Target: TS ≥ 20× faster.
 * Both sides' values are compared, so the speed-up is never bought with a different answer.
 */
import { performance } from 'node:perf_hooks';
import { medianMs, type BenchRow, type BenchSuite } from '../harness';
import { computeIndicators, INDICATORS } from '../../templates/indicators';
import { generateTown, LARGE_TOWN, townToWorkbookValues } from '../../templates/sample';
import type { TownRows } from '../../templates/validate/types';
import { asTsValue, evaluateIndicatorSheet } from '../../test/indicators/hf-harness';

const RUNS = 5;
const TARGET_RATIO = 20;

export const suite: BenchSuite = {
  title: 'indicators: 大規模サンプル町の指標計算 / all indicators on a large town (TS twin vs formulas in HyperFormula)',
  async run(): Promise<BenchRow[]> {
    const town = generateTown({ seed: 2025, size: LARGE_TOWN });
    const ctx = { fiscalYear: town.fiscalYear, today: town.today };
    const values = townToWorkbookValues(town);

    // A shallow copy per run: the per-town tally cache is keyed by the rows object, so every run computes from scratch.
    let tsValues: (number | null)[] = [];
    const tsMs = await medianMs(() => {
      const rows: TownRows = { ...town.rows };
      tsValues = computeIndicators(rows, ctx).map((r) => r.value);
    }, RUNS);

    const t0 = performance.now();
    const ev = evaluateIndicatorSheet(values, { useColumnIndex: true });
    const hfMs = performance.now() - t0;
    const disagreements = ev.rows.filter((r, i) => {
      const ts = tsValues[i] ?? null;
      const hf = asTsValue(r.value);
      return ts === null ? hf !== null : typeof hf !== 'number' || Math.abs(hf - ts) > 1e-9;
    });
    ev.hf.destroy();

    const s = LARGE_TOWN;
    const ratio = hfMs / tsMs;
    return [
      {
        name: `指標 ${INDICATORS.length} 件: TypeScript (資源 ${s.resources.toLocaleString()}・出席者 ${s.attendees.toLocaleString()}・相談 ${s.consultations.toLocaleString()} 行)`,
        ms: tsMs,
        baseline: 'HyperFormula build + recalc (1 run)',
        baselineMs: hfMs,
        target: `≥ ${TARGET_RATIO}× faster, same values`,
        pass: ratio >= TARGET_RATIO && disagreements.length === 0,
        note: `ratio ${ratio.toFixed(0)}×; values differing: ${disagreements.length === 0 ? 'none' : disagreements.map((d) => d.id).join(', ')}; helper rows ${ev.ctx.calcCapacity.toLocaleString()}`,
      },
    ];
  },
};
