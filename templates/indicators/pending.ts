/**
 * 未整理セル: per indicator, how many cells it reads hold something its formula cannot count —
 * a variant `fix` can rewrite (〇, a date typed as text, 「診療所 」) or a value a person must check
 * (an unknown category). Shown next to the value on the 指標 sheet as a live formula, and computed
 * by the same rule here, so the CLI and the sheet show the same number too.
 *
 * What an indicator reads is taken from its own formula text (and, for helper columns on 指標計算,
 * from the helper's formula), so a new indicator needs no list to keep in step.
 * Checked per column type: ○/× (anything else non-empty), list values (anything else non-empty),
 * dates and numbers (non-empty but not a number), 設定/統計入力 values (non-empty, not a number; a
 * list item such as 保健師の区分: non-empty, not one of its values).
 * Multi-value, id and text columns are read as typed (contains / MATCH / equals) and not counted.
 */
import type { CellValue } from '../core/cell';
import type { ColumnSpec, SheetId } from '../spec/types';
import { SHEETS } from '../sheets/registry';
import type { SheetLayout, WorkbookValues } from '../validate/types';
import { CALC_COLUMNS } from './calc-columns';
import { calcCellFormula } from './calc-sheet';
import { isFilled } from './cell-view';
import { createFormulaContext, type FormulaContext } from './formula-context';
import { str } from './formula-parts';
import { INDICATORS } from './catalogue';
import { targetFormula } from './targets';
import type { Indicator } from './types';

/** A column (table sheet) or an item (key/value sheet) an indicator reads. */
export interface ReadCell {
  readonly sheet: SheetId;
  readonly key: string;
}

type Checked = 'mark' | 'list' | 'number';

function checkedAs(col: ColumnSpec): Checked | null {
  switch (col.type) {
    case 'boolean':
      return 'mark';
    case 'enum':
      return 'list';
    case 'date':
    case 'integer':
    case 'decimal':
    case 'fiscalYear':
      return 'number';
    default:
      return null;
  }
}

/** True when `ref` occurs in `text` and is not the start of a longer reference ($B$3 in $B$30). */
function mentions(text: string, ref: string): boolean {
  for (let at = text.indexOf(ref); at >= 0; at = text.indexOf(ref, at + 1)) {
    const next = text.charAt(at + ref.length);
    if (!/[0-9A-Z]/.test(next)) return true;
  }
  return false;
}

/** The columns and items a formula text refers to (whole columns, same-row cells, items). */
function refsIn(text: string, ctx: FormulaContext, checkedOnly = true): ReadCell[] {
  const out: ReadCell[] = [];
  for (const spec of SHEETS) {
    for (const col of spec.columns) {
      if (checkedOnly && checkedAs(col) === null) continue;
      const refs =
        spec.kind === 'keyValue' ? [ctx.item(spec.id, col.key)] : [ctx.column(spec.id, col.key), ctx.cell(spec.id, col.key, 2)];
      if (refs.some((r) => mentions(text, r))) out.push({ sheet: spec.id, key: col.key });
    }
  }
  return out;
}

/**
 * The checked cells an indicator reads, through its helper columns too. Which columns these are
 * does not depend on where they sit, so any context gives the same answer.
 * @example readCells(findIndicator('S01')!, createFormulaContext()) // [{ sheet: 'resources', key: 'category' }, …]
 */
export function readCells(ind: Indicator, ctx: FormulaContext = createFormulaContext()): ReadCell[] {
  let text = ind.formula(ctx);
  for (const c of CALC_COLUMNS) if (text.includes(ctx.calc(c.key))) text += calcCellFormula(ctx, c.key, 2);
  const seen = new Set<string>();
  return refsIn(text, ctx).filter((r) => {
    const k = `${r.sheet}.${r.key}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

const SPEC_COLUMN = new Map<string, { col: ColumnSpec; keyValue: boolean }>(
  SHEETS.flatMap((s) => s.columns.map((c) => [`${s.id}.${c.key}`, { col: c, keyValue: s.kind === 'keyValue' }] as const)),
);

function specColumn(cell: ReadCell): { col: ColumnSpec; keyValue: boolean } {
  const found = SPEC_COLUMN.get(`${cell.sheet}.${cell.key}`);
  if (!found) throw new Error(`unknown column ${cell.sheet}.${cell.key}`);
  return found;
}

/** The formula counting one column's (or item's) cells its indicators cannot read. */
function pendingTerm(cell: ReadCell, ctx: FormulaContext): string {
  const { col, keyValue } = specColumn(cell);
  if (keyValue) {
    const at = ctx.item(cell.sheet, cell.key);
    if (checkedAs(col) === 'list') return `IF(LEN(${at})=0,0,IF(OR(${(col.values ?? []).map((v) => `${at}=${str(v)}`).join(',')}),0,1))`;
    return `IF(ISNUMBER(${at}),0,IF(LEN(${at})>0,1,0))`;
  }
  const range = ctx.column(cell.sheet, cell.key);
  // COUNTA counts the header too, hence -1 (the same convention as the row counts).
  const filled = `(COUNTA(${range})-1)`;
  switch (checkedAs(col)) {
    case 'mark':
      return `${filled}-COUNTIF(${range},${str('○')})-COUNTIF(${range},${str('×')})`;
    case 'list':
      return `${filled}-${(col.values ?? []).map((v) => `COUNTIF(${range},${str(v)})`).join('-')}`;
    default:
      return `${filled}-COUNT(${range})`;
  }
}

/**
 * The 未整理 cell of an indicator: the sum over the cells it reads; "" when it reads none.
 * @example pendingFormula(findIndicator('S01')!, createFormulaContext())
 */
export function pendingFormula(ind: Indicator, ctx: FormulaContext): string {
  const terms = pendingTerms(ind, ctx);
  return terms.length === 0 ? '' : `=${terms.join('+')}`;
}

/**
 * The summands of pendingFormula, one per cell read (each in parentheses), in the same order: the
 * 指標 sheet shares terms between rows (sheet.ts) and needs them apart.
 */
export function pendingTerms(ind: Indicator, ctx: FormulaContext): string[] {
  return readCells(ind, ctx).map((c) => `(${pendingTerm(c, ctx)})`);
}

let formulaColumns: ReadonlySet<string> | null = null;

/**
 * Every 'sheet.key' any formula of the 指標 sheet or its helper sheet reads (targets included). The
 * twins read no other column — they compute what the formulas compute — so the cell view need not
 * read the others.
 */
export function columnsReadByFormulas(): ReadonlySet<string> {
  if (formulaColumns) return formulaColumns;
  const ctx = createFormulaContext();
  const texts = [...INDICATORS.map((i) => i.formula(ctx)), ...CALC_COLUMNS.map((c) => calcCellFormula(ctx, c.key, 2)), targetFormula(ctx, '$A2')];
  formulaColumns = new Set(refsIn(texts.join('\n'), ctx, false).map((r) => `${r.sheet}.${r.key}`));
  return formulaColumns;
}

const READ_CELLS = new WeakMap<Indicator, ReadCell[]>();

/** readCells once per indicator (it renders formulas, which is not free on every call). */
function cachedReadCells(ind: Indicator): ReadCell[] {
  let cells = READ_CELLS.get(ind);
  if (!cells) {
    cells = readCells(ind);
    READ_CELLS.set(ind, cells);
  }
  return cells;
}

/** Counts, from raw cells, what pendingTerm's formula counts. */
function pendingOf(cell: ReadCell, book: WorkbookValues, layout: SheetLayout | undefined): number {
  if (!layout) return 0;
  const grid = book[layout.tabName] ?? [];
  const { col, keyValue } = specColumn(cell);
  const at = layout.columns[cell.key];
  if (at === undefined) return 0;
  const isNumber = (v: CellValue): boolean => typeof v === 'number' || v instanceof Date;
  const kind = checkedAs(col);
  const exact = new Set(col.values ?? []);
  const folded = new Set((col.values ?? []).map((v) => v.toLowerCase()));
  const readableList = (v: CellValue): boolean => typeof v === 'string' && (exact.has(v) || folded.has(v.toLowerCase()));
  if (keyValue) {
    const v = grid[at]?.[1];
    if (!isFilled(v) || String(v).length === 0) return 0;
    return (kind === 'list' ? readableList(v) : isNumber(v)) ? 0 : 1;
  }
  const readable = kind === 'mark' ? (v: CellValue) => v === '○' || v === '×' : kind === 'list' ? readableList : isNumber;
  // (COUNTA - 1) - COUNTIF(readable forms), literally: the -1 stands for the header.
  let filled = 0;
  let counted = 0;
  for (const line of grid) {
    const v = line?.[at];
    if (!isFilled(v)) continue;
    filled++;
    if (readable(v)) counted++;
  }
  return filled - 1 - counted;
}

/**
 * 未整理セル of every indicator from raw cells, the twin of pendingFormula.
 * @example pendingCounts(INDICATORS, book, result.layouts).get('S01') // 0 after `fix`
 */
export function pendingCounts(
  indicators: readonly Indicator[],
  book: WorkbookValues,
  layouts: Readonly<Partial<Record<SheetId, SheetLayout>>>,
): Map<string, number | null> {
  const perCell = new Map<string, number>();
  const out = new Map<string, number | null>();
  for (const ind of indicators) {
    const cells = cachedReadCells(ind);
    if (cells.length === 0) {
      out.set(ind.id, null);
      continue;
    }
    let n = 0;
    for (const c of cells) {
      const k = `${c.sheet}.${c.key}`;
      let v = perCell.get(k);
      if (v === undefined) {
        v = pendingOf(c, book, layouts[c.sheet]);
        perCell.set(k, v);
      }
      n += v;
    }
    out.set(ind.id, n);
  }
  return out;
}
