/**
 * The rows the 指標 sheet's formulas see, read from raw cells (the "one number" contract, see
 * README): every row with something in it counts, whatever findings its other cells have, and
 * each cell is read the way COUNTIFS/SUM/MATCH read it — ○ is yes only when typed as ○, a date only
 * when the cell holds a date serial, a number only when it is a number, a category only when it
 * equals a list value. Clerk variants (〇, 2025/4/1 typed as text, 「診療所 」) are therefore not
 * counted here, exactly as the sheet does not count them; `fix` rewrites them and the 未整理 column
 * shows how many wait for it.
 */
import type { CellValue, Grid } from '../core/cell';
import { excelSerialToIso, tokyoDateOf } from '../dates/serial';
import type { NormalizedValue } from '../spec/row-types';
import type { ColumnSpec, SheetId, SheetSpec } from '../spec/types';
import { SHEETS } from '../sheets/registry';
import type { MutableRow } from '../validate/outcome';
import { rowFactory } from '../validate/row-factory';
import type { SheetLayout, TownRows, WorkbookValues } from '../validate/types';
import { valuesNest } from './formula-parts';
import { columnsReadByFormulas } from './pending';
import { MULTI_VALUE_SEPARATOR } from '../spec/to-cells';

/** Non-empty the way COUNTA sees it: any text (even a space), number, boolean or date. */
export function isFilled(raw: CellValue): boolean {
  return raw !== null && raw !== undefined && raw !== '';
}

/** Spreadsheets compare criteria and MATCH keys without regard to ASCII case. */
const fold = (s: string): string => s.toLowerCase();

type Reader = (raw: CellValue) => NormalizedValue;

function enumReader(col: ColumnSpec): Reader {
  const exact = new Set(col.values ?? []);
  const byFolded = new Map((col.values ?? []).map((v) => [fold(v), v]));
  return (raw) => {
    if (!isFilled(raw)) return null;
    if (typeof raw !== 'string') return String(raw);
    // Most cells hold a list value exactly: no case folding for them.
    return exact.has(raw) ? raw : (byFolded.get(fold(raw)) ?? raw);
  };
}

/** Entries per multi-value column memo; beyond this, cells are simply read again. */
const MEMO_LIMIT = 4096;

/**
 * COUNTIFS "*value*" matches a list value anywhere inside the cell text; where the vocabulary has a
 * value inside another, the formulas match whole 、-separated items instead (memberCriteria), and
 * so does this reader.
 */
function multiEnumReader(col: ColumnSpec): Reader {
  const values = (col.values ?? []).map((v) => [v, fold(v)] as const);
  const byItem = valuesNest(col.values ?? []);
  const memo = new Map<string, readonly string[] | null>();
  return (raw) => {
    if (typeof raw !== 'string' || raw === '') return null;
    let hit = memo.get(raw);
    if (hit === undefined) {
      const text = fold(raw);
      const items = byItem ? new Set(text.split(MULTI_VALUE_SEPARATOR)) : null;
      const found = values.filter(([, f]) => (items ? items.has(f) : text.includes(f))).map(([v]) => v);
      hit = found.length > 0 ? Object.freeze(found) : null;
      if (memo.size < MEMO_LIMIT) memo.set(raw, hit);
    }
    return hit;
  };
}

function dateOf(raw: CellValue): string | null {
  if (typeof raw === 'number') return excelSerialToIso(raw);
  if (raw instanceof Date) return tokyoDateOf(raw);
  return null;
}

function readerOf(col: ColumnSpec): Reader {
  switch (col.type) {
    case 'boolean':
      return (raw) => (raw === '○' ? true : raw === '×' ? false : null);
    case 'enum':
      return enumReader(col);
    case 'multiEnum':
      return multiEnumReader(col);
    case 'date':
      return dateOf;
    case 'integer':
    case 'decimal':
    case 'latitude':
    case 'longitude':
    case 'fiscalYear':
      return (raw) => (typeof raw === 'number' && Number.isFinite(raw) ? raw : null);
    case 'time':
      return (raw) => (typeof raw === 'number' ? String(raw) : null);
    default:
      // ids, refs and text are compared as typed (MATCH, ="完了"): no trimming, no folding.
      return (raw) => (isFilled(raw) ? (typeof raw === 'string' ? raw : String(raw)) : null);
  }
}

interface Column {
  readonly key: string;
  readonly at: number | undefined;
  readonly read: Reader;
}

/** Columns no formula reads stay null: the twins compute what the formulas compute, from the same columns. */
function columnsOf(spec: SheetSpec, layout: SheetLayout): Column[] {
  const read = columnsReadByFormulas();
  return spec.columns.map((c) => ({ key: c.key, at: read.has(`${spec.id}.${c.key}`) ? layout.columns[c.key] : undefined, read: readerOf(c) }));
}

/**
 * Every row below the header with at least one filled cell in a known column. Filled column by
 * column with shape-stable rows, as the engine's hot loop does (up to 800,000 cells).
 */
function tableRows(spec: SheetSpec, grid: Grid, layout: SheetLayout): MutableRow[] {
  const cols = columnsOf(spec, layout).filter((c): c is Column & { at: number } => c.at !== undefined);
  const newRow = rowFactory(spec.columns.map((c) => c.key));
  const lines: (readonly CellValue[])[] = [];
  const rows: MutableRow[] = [];
  for (let r = layout.headerRow + 1; r < grid.length; r++) {
    const line = grid[r];
    if (!line) continue;
    let any = false;
    for (let j = 0; j < cols.length && !any; j++) any = isFilled(line[(cols[j] as Column & { at: number }).at]);
    if (!any) continue;
    const row = newRow();
    row.__row = r + 1;
    lines.push(line);
    rows.push(row);
  }
  for (const { key, at, read } of cols) {
    for (let i = 0; i < rows.length; i++) (rows[i] as MutableRow)[key] = read((lines[i] as readonly CellValue[])[at]);
  }
  return rows;
}

/** A key/value sheet's values sit in column B of each item's row. */
function keyValueRow(spec: SheetSpec, grid: Grid, layout: SheetLayout): Record<string, NormalizedValue> {
  const row: Record<string, NormalizedValue> = { __row: 1 };
  for (const c of columnsOf(spec, layout)) row[c.key] = c.at === undefined ? null : c.read(grid[c.at]?.[1]);
  return row;
}

/**
 * The town as the 指標 sheet's formulas read it, for the TypeScript twins.
 * @param layouts where validation found each sheet and column (ValidationResult.layouts)
 * @example computeIndicators(indicatorRowsFromCells(book, result.layouts), ctx)
 */
export function indicatorRowsFromCells(book: WorkbookValues, layouts: Readonly<Partial<Record<SheetId, SheetLayout>>>): TownRows {
  const out: Record<string, unknown> = {};
  for (const spec of SHEETS) {
    const layout = layouts[spec.id];
    const grid = layout ? book[layout.tabName] : undefined;
    if (spec.kind === 'keyValue') out[spec.id] = layout && grid ? keyValueRow(spec, grid, layout) : null;
    else out[spec.id] = layout && grid ? tableRows(spec, grid, layout) : [];
  }
  // Shapes follow the specs; required cells may be null here, and the twins allow for that.
  return out as unknown as TownRows;
}
