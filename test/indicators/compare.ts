/** Test helper: compares the TypeScript twin with the HyperFormula evaluation of the 指標 sheet. */
import { computeIndicators, type IndicatorResult } from '../../templates/indicators';
import type { WorkbookValues } from '../../templates/validate/types';
import type { SampleTown } from '../../templates/sample/types';
import { townToWorkbookValues } from '../../templates/sample';
import { asTsValue, evaluateIndicatorSheet, type EvaluatedRow, type EvaluateOptions } from './hf-harness';

const TOLERANCE = 1e-9;

const same = (ts: number | null, hf: number | string | null): boolean =>
  ts === null ? hf === null : typeof hf === 'number' && Math.abs(hf - ts) <= TOLERANCE;

/**
 * Every disagreement between TS and formulas for a town, as readable lines ([] when all agree):
 * value (null ↔ ""), target and 達成.
 */
export function mismatches(town: SampleTown, opts: EvaluateOptions = {}): string[] {
  const ts = computeIndicators(town.rows, { fiscalYear: town.fiscalYear, today: town.today });
  const ev = evaluateIndicatorSheet(townToWorkbookValues(town), opts);
  try {
    const out: string[] = [];
    ts.forEach((r, i) => {
      const h = ev.rows[i];
      if (!h || h.id !== r.id) throw new Error(`row order differs at ${i}`);
      const value = asTsValue(h.value);
      const target = asTsValue(h.target);
      const achieved = h.achieved === null || h.achieved === undefined ? '' : h.achieved;
      if (!same(r.value, value)) out.push(`${r.id} value: ts=${r.value} formula=${value}`);
      if (!same(r.target, target)) out.push(`${r.id} target: ts=${r.target} formula=${target}`);
      if (r.achieved !== achieved) out.push(`${r.id} 達成: ts=${r.achieved} formula=${String(achieved)}`);
    });
    return out;
  } finally {
    ev.hf.destroy();
  }
}

/** Disagreements between results and evaluated 指標 rows: value, target, 達成 and (when counted) 未整理セル. */
export function resultMismatches(results: readonly IndicatorResult[], evaluated: readonly EvaluatedRow[], engine = 'formula'): string[] {
  const out: string[] = [];
  results.forEach((r, i) => {
    const h = evaluated[i];
    if (!h || h.id !== r.id) throw new Error(`row order differs at ${i}`);
    const value = asTsValue(h.value);
    const target = asTsValue(h.target);
    const achieved = h.achieved === null || h.achieved === undefined ? '' : h.achieved;
    if (!same(r.value, value)) out.push(`${r.id} value: ts=${r.value} ${engine}=${value}`);
    if (!same(r.target, target)) out.push(`${r.id} target: ts=${r.target} ${engine}=${target}`);
    if (r.achieved !== achieved) out.push(`${r.id} 達成: ts=${r.achieved} ${engine}=${String(achieved)}`);
    if (!same(r.pending, asTsValue(h.pending))) out.push(`${r.id} 未整理: ts=${r.pending} ${engine}=${asTsValue(h.pending)}`);
  });
  return out;
}

/** The same comparison for any workbook values (HyperFormula builds the 指標 sheet over them). */
export function valuesMismatches(book: WorkbookValues, results: readonly IndicatorResult[]): string[] {
  const ev = evaluateIndicatorSheet(book);
  try {
    return resultMismatches(results, ev.rows);
  } finally {
    ev.hf.destroy();
  }
}
