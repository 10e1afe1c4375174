/**
 * Where indicator formulas find their inputs: quoted sheet names, whole-column references derived
 * from the sheet specs (or from a user workbook's layout when columns were moved), the 対象年度
 * cell of 設定 and the helper columns of the hidden 指標計算 sheet.
 */
import { columnLetters, quoteSheetName } from '../core/address';
import { SHEETS } from '../sheets/registry';
import type { SheetId, SheetSpec } from '../spec/types';
import type { SheetLayout } from '../validate/types';
import { CALC_COLUMNS, CALC_ROW_SOURCES, CALC_SHEET_NAME, type CalcColumnKey, type CalcRowSource } from './calc-columns';

/** Name of the indicator sheet (tab). */
export const INDICATOR_SHEET_NAME = '指標';

/** Default number of source rows the 指標計算 helper columns cover (rows 2…capacity+1). */
export const DEFAULT_CALC_CAPACITY = 5000;

export interface FormulaContextOptions {
  /** Layouts found by validation; columns and key/value rows are taken from here when present. */
  readonly layouts?: Readonly<Partial<Record<SheetId, SheetLayout>>>;
  /**
   * Rows of the helper sheet (defaults to DEFAULT_CALC_CAPACITY): one number for every source, or a
   * number per source sheet (missing sources get the default), so a town with 50,000 consultations
   * does not carry 50,000 attendee helper rows.
   */
  readonly calcCapacity?: number | Readonly<Partial<Record<CalcRowSource, number>>>;
}

/** Everything a formula needs to address the workbook. Build one with createFormulaContext(). */
export interface FormulaContext {
  /** Absolute reference to the 対象年度 cell, e.g. '設定'!$B$10. */
  readonly fiscalYear: string;
  /** Rows of the helper sheet (the largest per-source capacity). */
  readonly calcCapacity: number;
  /** Source rows each helper column group covers (rows 2…n+1). */
  readonly calcRows: Readonly<Record<CalcRowSource, number>>;
  /** Quoted tab name of a sheet, e.g. '資源リスト'. */
  tab(sheet: SheetId): string;
  /** Whole-column reference of a table column, e.g. '資源リスト'!$B:$B. @throws Error for an unknown key. */
  column(sheet: SheetId, key: string): string;
  /** One cell of a table column with a relative row, e.g. '出席者'!$H5 (row 1-based). */
  cell(sheet: SheetId, key: string, row: number): string;
  /** Absolute value cell of a key/value sheet item, e.g. '統計入力'!$B$3. @throws Error for an unknown key. */
  item(sheet: SheetId, key: string): string;
  /** Whole-column reference of a helper column on 指標計算. */
  calc(key: CalcColumnKey): string;
}

const SPEC_BY_ID = new Map<SheetId, SheetSpec>(SHEETS.map((s: SheetSpec) => [s.id, s]));

function specOf(sheet: SheetId): SheetSpec {
  const spec = SPEC_BY_ID.get(sheet);
  if (!spec) throw new Error(`unknown sheet id: ${sheet}`);
  return spec;
}

function indexInSpec(spec: SheetSpec, key: string): number {
  const i = spec.columns.findIndex((c) => c.key === key);
  if (i < 0) throw new Error(`unknown column '${key}' in sheet '${spec.id}'`);
  return i;
}

/**
 * Builds the addressing context. Without layouts, columns sit in spec order (generated workbooks);
 * key/value sheets have row 1 = ['項目','値'] and one row per column in spec order.
 * @example
 * const ctx = createFormulaContext();
 * ctx.fiscalYear;                          // "'設定'!$B$10"
 * ctx.column('resources', 'category');     // "'資源リスト'!$B:$B"
 */
export function createFormulaContext(options: FormulaContextOptions = {}): FormulaContext {
  const layouts = options.layouts ?? {};
  const asked = options.calcCapacity ?? DEFAULT_CALC_CAPACITY;
  const rowsOf = (source: CalcRowSource): number => {
    const n = typeof asked === 'number' ? asked : (asked[source] ?? DEFAULT_CALC_CAPACITY);
    if (!Number.isInteger(n) || n < 1) throw new RangeError(`calcCapacity must be a positive integer: ${n}`);
    return n;
  };
  const calcRows = Object.fromEntries(CALC_ROW_SOURCES.map((s) => [s, rowsOf(s)])) as Record<CalcRowSource, number>;
  const calcCapacity = Math.max(...Object.values(calcRows));

  const tab = (sheet: SheetId): string => quoteSheetName(layouts[sheet]?.tabName ?? specOf(sheet).name);
  const letterOf = (sheet: SheetId, key: string): string => {
    const spec = specOf(sheet);
    const fromLayout = layouts[sheet]?.columns[key];
    return columnLetters(fromLayout ?? indexInSpec(spec, key));
  };
  const item = (sheet: SheetId, key: string): string => {
    const spec = specOf(sheet);
    if (spec.kind !== 'keyValue') throw new Error(`sheet '${sheet}' is not a key/value sheet`);
    const row0 = layouts[sheet]?.columns[key] ?? 1 + indexInSpec(spec, key);
    return `${tab(sheet)}!$B$${row0 + 1}`;
  };
  const calcTab = quoteSheetName(CALC_SHEET_NAME);
  return {
    fiscalYear: item('settings', 'fiscalYear'),
    calcCapacity,
    calcRows,
    tab,
    column(sheet, key) {
      const l = letterOf(sheet, key);
      return `${tab(sheet)}!$${l}:$${l}`;
    },
    cell(sheet, key, row) {
      return `${tab(sheet)}!$${letterOf(sheet, key)}${row}`;
    },
    item,
    calc(key) {
      const l = columnLetters(CALC_COLUMNS.findIndex((c) => c.key === key));
      return `${calcTab}!$${l}:$${l}`;
    },
  };
}
