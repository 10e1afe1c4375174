/**
 * 「表記をそろえる」: from the values a host read, the cells whose value the engine can bring to
 * the canonical form the formulas count (〇 → ○, R7.4.1 → a date, 「診療所 」 → 診療所, ０３… → 03…),
 * and the rows to add to the 修正履歴 sheet. Pure: hosts apply the changes and the blocks, nothing else.
 *
 * Personal columns (相談内容, 対応内容) are never touched, so the 修正履歴 never holds patient
 * text. Unknown tabs and columns, formulas sheets and cells the engine rejects stay as they are.
 */
import { columnLetters } from '../core/address';
import type { CellValue, Grid } from '../core/cell';
import { excelSerialToIso } from '../dates/serial';
import { shownValue } from '../normalize';
import type { PlanCell, SheetPlan, ValueBlock } from '../plan/types';
import { HEADER_FILL } from '../plan/styles';
import { SHEETS } from '../sheets/registry';
import type { ColumnSpec, SheetSpec } from '../spec/types';
import { validateWorkbook } from '../validate/engine';
import type { SheetLayout, ValidationResult, WorkbookValues } from '../validate/types';
import { canonicalizer, type FixScope } from './canonical';

/** Tab of the change log. */
export const FIX_HISTORY_SHEET = '修正履歴';
export const FIX_HISTORY_HEADER = ['修正日時', 'シート', 'セル', '列', '修正前', '修正後'] as const;

/** One rewritten cell. `row` is 1-based, `col` 0-based (as findings give them). */
export interface CellChange {
  readonly sheet: string;
  readonly address: string;
  readonly row: number;
  readonly col: number;
  readonly column: string;
  readonly old: CellValue;
  /** The new cell: text (always literal), a number (dates are serials) or '' for blank. */
  readonly new: string | number;
  /** The new value as people read it (dates as YYYY-MM-DD, not serials). */
  readonly shown: string;
}

export interface FixPlan {
  readonly changes: readonly CellChange[];
  /** One 1×1 block per change, by tab (hosts write them as they write any plan block). */
  readonly blocks: ReadonlyMap<string, readonly ValueBlock[]>;
  /**
   * The 修正履歴 rows to add. `create` is the sheet to add when the workbook has none yet (its
   * blocks hold the header and the rows); otherwise `append` goes below the existing rows. Null
   * when nothing changed.
   */
  readonly history: { readonly create: SheetPlan | null; readonly append: ValueBlock | null } | null;
}

export interface FixOptions {
  /** When the fix runs, as the host shows it (e.g. '2025-12-01 09:00'); written to 修正履歴. */
  readonly at: string;
  /** 'renamedValues': only cells holding an older name of a vocabulary value (the upgrade). */
  readonly scope?: FixScope;
  /** Layouts from a validation of the same values the caller already ran (saves a second pass). */
  readonly layouts?: ValidationResult['layouts'];
}

/** How a changed value is shown in 修正履歴 and on screen: dates as dates, not serials. */
export function shownNew(col: ColumnSpec, value: string | number): string {
  if (col.type === 'date' && typeof value === 'number') return excelSerialToIso(value) ?? String(value);
  return String(value);
}

function tableChanges(spec: SheetSpec, grid: Grid, layout: SheetLayout, scope: FixScope, out: CellChange[]): void {
  for (const col of spec.columns) {
    const at = layout.columns[col.key];
    if (at === undefined || col.personal === true) continue;
    const fix = canonicalizer(col, scope);
    const header = String(grid[layout.headerRow]?.[at] ?? col.header);
    for (let r = layout.headerRow + 1; r < grid.length; r++) {
      const raw = grid[r]?.[at];
      const change = fix(raw);
      if (change) {
        out.push({ sheet: layout.tabName, address: `${columnLetters(at)}${r + 1}`, row: r + 1, col: at, column: header, old: raw, new: change.to, shown: shownNew(col, change.to) });
      }
    }
  }
}

function keyValueChanges(spec: SheetSpec, grid: Grid, layout: SheetLayout, scope: FixScope, out: CellChange[]): void {
  for (const col of spec.columns) {
    const r = layout.columns[col.key];
    if (r === undefined || col.personal === true) continue;
    const raw = grid[r]?.[1];
    const change = canonicalizer(col, scope)(raw);
    if (change) out.push({ sheet: layout.tabName, address: `B${r + 1}`, row: r + 1, col: 1, column: col.header, old: raw, new: change.to, shown: shownNew(col, change.to) });
  }
}

function historyRows(changes: readonly CellChange[], opts: FixOptions): PlanCell[][] {
  return changes.map((c) => [opts.at, c.sheet, c.address, c.column, shownValue(c.old), c.shown]);
}

function historySheet(rows: PlanCell[][]): SheetPlan {
  const header: PlanCell[] = [...FIX_HISTORY_HEADER];
  return {
    name: FIX_HISTORY_SHEET,
    role: 'table',
    columns: [18, 16, 8, 20, 30, 30].map((width, index) => ({ index, width, numberFormat: '@' })),
    freeze: { rows: 1, cols: 0 },
    blocks: [{ at: 'A1', values: [header, ...rows] }],
    numberFormats: [],
    validations: [],
    conditionalFormats: [],
    styles: [{ range: `A1:${columnLetters(header.length - 1)}1`, bold: true, fill: HEADER_FILL, border: 'grid' }],
    merges: [],
    rowHeights: [],
    charts: [],
  };
}

/** Rows below the last filled row of an existing 修正履歴 tab. */
function nextFreeRow(grid: Grid): number {
  for (let r = grid.length - 1; r >= 0; r--) if (grid[r]?.some((v) => v !== '' && v !== null && v !== undefined)) return r + 2;
  return 1;
}

/**
 * What 「表記をそろえる」 changes in a workbook.
 * @example
 * const plan = planFix(values, { at: '2025-12-01 09:00' });
 * plan.changes // [{ sheet: '資源リスト', address: 'M5', old: '〇', new: '○', … }]
 */
export function planFix(book: WorkbookValues, opts: FixOptions): FixPlan {
  const layouts = opts.layouts ?? validateWorkbook(book, { today: '2000-01-01' }).layouts;
  const changes: CellChange[] = [];
  for (const spec of SHEETS) {
    const layout = layouts[spec.id];
    const grid = layout ? book[layout.tabName] : undefined;
    if (!layout || !grid) continue;
    const scope = opts.scope ?? 'all';
    if (spec.kind === 'keyValue') keyValueChanges(spec, grid, layout, scope, changes);
    else tableChanges(spec, grid, layout, scope, changes);
  }
  const blocks = new Map<string, ValueBlock[]>();
  for (const c of changes) {
    const list = blocks.get(c.sheet) ?? [];
    list.push({ at: c.address, values: [[c.new === '' ? null : c.new]] });
    blocks.set(c.sheet, list);
  }
  if (changes.length === 0) return { changes, blocks, history: null };
  const rows = historyRows(changes, opts);
  const existing = book[FIX_HISTORY_SHEET];
  const history = existing
    ? { create: null, append: { at: `A${nextFreeRow(existing)}`, values: rows } }
    : { create: historySheet(rows), append: null };
  return { changes, blocks, history };
}
