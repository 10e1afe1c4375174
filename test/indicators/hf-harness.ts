/**
 * Test helper: evaluates the 指標 sheet (and its hidden 指標計算 helper sheet) with HyperFormula over
 * the same cells a host would hold, so every indicator's formula can be compared with its TS twin.
 */
import { HyperFormula, type RawCellContent } from 'hyperformula';
import type { CellValue, Grid } from '../../templates/core/cell';
import { calcSheetLayout, createFormulaContext, indicatorColumn, indicatorSheetLayout, INDICATORS, type FormulaContext } from '../../templates/indicators';
import { CALC_SHEET_NAME } from '../../templates/indicators/calc-columns';
import type { WorkbookValues } from '../../templates/validate/types';

export interface EvaluateOptions {
  /** Rows of 指標計算; defaults to just enough for each helper source sheet. */
  readonly calcCapacity?: number | { attendees?: number; consultations?: number; issues?: number; contacts?: number; events?: number };
  /** Keep '' cells as empty strings instead of blank cells (hosts write '' as blank). */
  readonly keepEmptyStrings?: boolean;
  /** HyperFormula's column index for MATCH (faster on large sheets; same results). */
  readonly useColumnIndex?: boolean;
}

/** One evaluated 指標 row: value, target and 達成 exactly as HyperFormula computed them. */
export interface EvaluatedRow {
  readonly id: string;
  readonly value: unknown;
  readonly target: unknown;
  readonly achieved: unknown;
  /** 未整理セル. */
  readonly pending: unknown;
}

/**
 * A host cell as HyperFormula content. Strings are stored as text (a leading apostrophe stops HF
 * from reading '0123' or '2025/5/1' as numbers, as a text-formatted cell does in Excel).
 */
function toRaw(v: CellValue, keepEmptyStrings: boolean): RawCellContent {
  if (v === undefined || v === null) return null;
  if (v instanceof Date) throw new Error('grids from townToWorkbookValues hold no Date objects');
  if (typeof v === 'string') {
    // A lone apostrophe is HyperFormula's empty text ("''" would be the text "'").
    if (v === '') return keepEmptyStrings ? "'" : null;
    return `'${v}`;
  }
  return v;
}

/** Helper rows per source so 指標計算 covers every attendee, consultation and issue row, and no more. */
export function neededCapacity(values: WorkbookValues): { attendees: number; consultations: number; issues: number; contacts: number; events: number } {
  const rows = (name: string) => Math.max(1, (values[name]?.length ?? 1) - 1);
  return { attendees: rows('出席者'), consultations: rows('相談記録'), issues: rows('課題・対応策'), contacts: rows('関係者名簿'), events: rows('会議・研修記録') };
}

export interface Evaluation {
  readonly rows: readonly EvaluatedRow[];
  readonly hf: HyperFormula;
  readonly ctx: FormulaContext;
}

/**
 * Builds a HyperFormula workbook of the town's grids plus 指標 and 指標計算, and reads the 指標 rows.
 * The caller owns `hf` and should destroy() it.
 */
export function evaluateIndicatorSheet(values: WorkbookValues, opts: EvaluateOptions = {}): Evaluation {
  const ctx = createFormulaContext({ calcCapacity: opts.calcCapacity ?? neededCapacity(values) });
  const keep = opts.keepEmptyStrings ?? false;
  const sheets: Record<string, RawCellContent[][]> = {};
  for (const [name, grid] of Object.entries(values)) sheets[name] = (grid as Grid).map((row) => row.map((v) => toRaw(v, keep)));
  const layout = indicatorSheetLayout(ctx);
  const cell = (c: string | number | { formula: string }): RawCellContent => (typeof c === 'object' ? c.formula : typeof c === 'string' ? (c === '' ? null : `'${c}`) : c);
  sheets[layout.name] = [[...layout.header], ...layout.rows.map((r) => r.cells.map(cell))];
  const calc = calcSheetLayout(ctx);
  const calcGrid: RawCellContent[][] = [[...calc.header], ...calc.rows.map((r) => r.map((c): RawCellContent => c.formula))];
  // The switches sit right of the helper columns, as the workbook plan writes them.
  for (const sw of calc.switches) {
    for (const [row, content] of [[0, sw.header], [1, sw.formula]] as const) {
      const line = calcGrid[row] ?? (calcGrid[row] = []);
      while (line.length < sw.col) line.push(null);
      line[sw.col] = content;
    }
  }
  sheets[CALC_SHEET_NAME] = calcGrid;
  const maxRows = Math.max(...Object.values(sheets).map((g) => g.length + 10), ctx.calcCapacity + 10);
  const hf = HyperFormula.buildFromSheets(sheets, { licenseKey: 'gpl-v3', maxRows, useColumnIndex: opts.useColumnIndex ?? false });
  const sheetId = hf.getSheetId(layout.name);
  if (sheetId === undefined) throw new Error('指標 sheet missing');
  const read = (row: number, col: number) => hf.getCellValue({ sheet: sheetId, row, col });
  const rows = INDICATORS.map((ind, i) => ({
    id: ind.id,
    value: read(i + 1, indicatorColumn('値')),
    target: read(i + 1, indicatorColumn('目標')),
    achieved: read(i + 1, indicatorColumn('達成')),
    pending: read(i + 1, indicatorColumn('未整理セル')),
  }));
  return { rows, hf, ctx };
}

/** Normalises an evaluated cell to the TS shape: '' / empty → null, numbers as they are; anything else is returned as a string to fail loudly. */
export function asTsValue(v: unknown): number | null | string {
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'number') return v;
  if (typeof v === 'object' && v !== null && 'value' in v) return `ERROR ${(v as { value: string }).value}`;
  return `UNEXPECTED ${String(v)}`;
}
