/**
 * Indicators from cells, as a clerk typed them (a messy MEDIUM_TOWN: 400 resources, 1,200
 * attendees, 2,000 consultations, with variants and mistakes), both sides starting from the same
 * WorkbookValues:
 * (1) cold: the core reads the grids (validateWorkbook for the layouts + computeIndicatorsFromCells)
 *     vs HyperFormula building the same cells plus the 指標 / 指標計算 formulas and recalculating —
 *     what a spreadsheet does when the file opens. Target: core ≥ 20× faster, identical numbers.
 * (2) warm, after one edit (a consultation's 相談分類 changes): the core recomputes everything from
 *     the edited grids (it keeps no state between calls) vs HyperFormula's incremental recalculation
 *     of the built workbook (setCellContents + reading the 指標 column). Different strategies, same
 *     question: how long until the right numbers show after an edit. Target: the core is no slower
 *     (≥ 1×), numbers equal after the edit too.
 * (3) the core alone on the messy LARGE_TOWN (5,000 / 20,000 / 50,000 rows): HyperFormula needs
 *     ~100 s there because of the joins on 指標計算, so the HyperFormula ratio is measured on the
 *     medium town. Target: linear — large/medium time ≤ 1.5 × large/medium cells (both timed in
 *     this run, so the figure does not depend on how busy the machine is).
 */
import { performance } from 'node:perf_hooks';
import { medianMs, type BenchRow, type BenchSuite } from '../harness';
import type { CellValue, Grid } from '../../templates/core/cell';
import { computeIndicatorsFromCells, INDICATORS, indicatorColumn, type IndicatorResult } from '../../templates/indicators';
import { generateTown, LARGE_TOWN, MEDIUM_TOWN, messyWorkbookValues } from '../../templates/sample';
import { CONSULTATION_CATEGORIES } from '../../templates/sheets/vocabulary';
import { getSheet } from '../../templates/sheets/registry';
import { validateWorkbook } from '../../templates/validate';
import type { WorkbookValues } from '../../templates/validate/types';
import { evaluateIndicatorSheet, type EvaluatedRow } from '../../test/indicators/hf-harness';
import { resultMismatches } from '../../test/indicators/compare';

const COLD_TARGET = 20;
const WARM_TARGET_RATIO = 1;
const LINEARITY_SLACK = 1.5;

function fromCells(book: WorkbookValues, fiscalYear: number, today: string): IndicatorResult[] {
  const { layouts } = validateWorkbook(book, { today });
  return computeIndicatorsFromCells(book, layouts, { fiscalYear, today });
}

/** The book with one consultation's 相談分類 set to `category` (a host re-reads the edited values). */
function withCategory(book: WorkbookValues, row: number, category: string): WorkbookValues {
  const col = getSheet('consultations').columns.findIndex((c) => c.key === 'category');
  const grid = (book['相談記録'] as Grid).slice();
  const line = [...(grid[row] ?? [])] as CellValue[];
  line[col] = category;
  grid[row] = line;
  return { ...book, 相談記録: grid };
}

export const suite: BenchSuite = {
  title: 'indicators: 手入力の町（中規模）の指標 / indicators from hand-typed cells (core vs formulas in HyperFormula)',
  async run(): Promise<BenchRow[]> {
    const town = generateTown({ seed: 2025, size: MEDIUM_TOWN, today: '2026-03-31' });
    const { fiscalYear, today } = town;
    const book = messyWorkbookValues(town, { seed: 7 });
    const rows: BenchRow[] = [];

    // (1) cold
    let core: IndicatorResult[] = [];
    const coreMs = await medianMs(() => {
      core = fromCells(book, fiscalYear, today);
    }, 5);
    const hfRuns: number[] = [];
    let hfRows: readonly EvaluatedRow[] = [];
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      const ev = evaluateIndicatorSheet(book, { useColumnIndex: true });
      hfRuns.push(performance.now() - t0);
      hfRows = ev.rows;
      ev.hf.destroy();
    }
    const hfMs = [...hfRuns].sort((a, b) => a - b)[1] as number;
    const coldDiff = resultMismatches(core, hfRows);
    const s = MEDIUM_TOWN;
    rows.push({
      name: `指標 ${INDICATORS.length} 件をセルから: core（validate + computeIndicatorsFromCells, 資源 ${s.resources}・出席者 ${s.attendees}・相談 ${s.consultations} 行, 手入力）`,
      ms: coreMs,
      baseline: 'HyperFormula build + recalc of the same cells + 指標/指標計算 (median of 3)',
      baselineMs: hfMs,
      target: `≥ ${COLD_TARGET}× faster, same numbers`,
      pass: hfMs / coreMs >= COLD_TARGET && coldDiff.length === 0,
      note: `core median of 5 after 1 warm-up; numbers differing (value/target/達成/未整理): ${coldDiff.length === 0 ? 'none' : coldDiff.slice(0, 5).join('; ')}`,
    });

    // (2) warm, after one edit
    const ev = evaluateIndicatorSheet(book, { useColumnIndex: true });
    const sheetId = ev.hf.getSheetId('相談記録') as number;
    const indicatorSheet = ev.hf.getSheetId('指標') as number;
    const categoryCol = getSheet('consultations').columns.findIndex((c) => c.key === 'category');
    const editRow = 10;
    const categories = [CONSULTATION_CATEGORIES[0], CONSULTATION_CATEGORIES[1]] as string[];
    const edited = categories.map((c) => withCategory(book, editRow, c));
    const readHf = (): EvaluatedRow[] =>
      INDICATORS.map((ind, i) => {
        const at = (col: number) => ev.hf.getCellValue({ sheet: indicatorSheet, row: i + 1, col });
        return { id: ind.id, value: at(indicatorColumn('値')), target: at(indicatorColumn('目標')), achieved: at(indicatorColumn('達成')), pending: at(indicatorColumn('未整理セル')) };
      });
    let k = 0;
    let hfAfter: EvaluatedRow[] = [];
    const hfWarmMs = await medianMs(() => {
      ev.hf.setCellContents({ sheet: sheetId, row: editRow, col: categoryCol }, [[`'${categories[k % 2]}`]]);
      hfAfter = readHf();
      k++;
    }, 6);
    let j = 0;
    let coreAfter: IndicatorResult[] = [];
    const coreWarmMs = await medianMs(() => {
      coreAfter = fromCells(edited[j % 2] as WorkbookValues, fiscalYear, today);
      j++;
    }, 6);
    ev.hf.destroy();
    // Both ran 7 edits alternating the two categories, so both end on the same one.
    const warmDiff = resultMismatches(coreAfter, hfAfter);
    rows.push({
      name: '1セル編集後の再計算: core（編集後のセルから全件を計算し直す）',
      ms: coreWarmMs,
      baseline: 'HyperFormula setCellContents + read 指標 (incremental)',
      baselineMs: hfWarmMs,
      target: `≥ ${WARM_TARGET_RATIO}× (no slower), same numbers`,
      pass: hfWarmMs / coreWarmMs >= WARM_TARGET_RATIO && warmDiff.length === 0,
      note: `medians of 6 edits after 1 warm-up, alternating 相談分類 of row ${editRow + 1}; numbers differing: ${warmDiff.length === 0 ? 'none' : warmDiff.slice(0, 5).join('; ')}`,
    });

    // (3) the core alone on the large town
    const large = generateTown({ seed: 2025, size: LARGE_TOWN });
    const largeBook = messyWorkbookValues(large, { seed: 7 });
    const largeMs = await medianMs(() => fromCells(largeBook, large.fiscalYear, large.today), 5);
    const l = LARGE_TOWN;
    const cellsOf = (b: WorkbookValues) => Object.values(b).reduce((n, g) => n + (g as Grid).reduce((m, line) => m + line.length, 0), 0);
    const sizeRatio = cellsOf(largeBook) / cellsOf(book);
    const timeRatio = largeMs / coreMs;
    rows.push({
      name: `指標をセルから: core のみ（大規模・手入力: 資源 ${l.resources.toLocaleString()}・出席者 ${l.attendees.toLocaleString()}・相談 ${l.consultations.toLocaleString()} 行）`,
      ms: largeMs,
      target: `linear: time ratio ≤ ${LINEARITY_SLACK} × cell ratio`,
      pass: timeRatio <= LINEARITY_SLACK * sizeRatio,
      note: `cells ${sizeRatio.toFixed(1)}× the medium town's, time ${timeRatio.toFixed(1)}× (row 1: ${coreMs.toFixed(0)} ms); validate + computeIndicatorsFromCells, median of 5; no HyperFormula here (~100 s to build)`,
    });
    return rows;
  },
};
