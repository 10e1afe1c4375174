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
import type { SheetLayout, TownRows, WorkbookValues } from '../validate/types';

/** Non-empty the way COUNTA sees it: any text (even a space), number, boolean or date. */
export function isFilled(raw: CellValue): boolean {
  return raw !== null && raw !== undefined && raw !== '';
}

/** Spreadsheets compare criteria and MATCH keys without regard to ASCII case. */
const fold = (s: string): string => s.toLowerCase();

type Reader = (raw: CellValue) => NormalizedValue;

function enumReader(col: ColumnSpec): Reader {
  const byFolded = new Map((col.values ?? []).map((v) => [fold(v), v]));
  return (raw) => {
    if (!isFilled(raw)) return null;
    if (typeof raw !== 'string') return String(raw);
    return byFolded.get(fold(raw)) ?? raw;
  };
}

/** COUNTIFS "*value*" matches a list value anywhere inside the cell text. */
function multiEnumReader(col: ColumnSpec): Reader {
  const values = col.values ?? [];
  return (raw) => {
    if (typeof raw !== 'string' || raw === '') return null;
    const text = fold(raw);
    const found = values.filter((v) => text.includes(fold(v)));
    return found.length > 0 ? found : null;
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

function columnsOf(spec: SheetSpec, layout: SheetLayout): Column[] {
  return spec.columns.map((c) => ({ key: c.key, at: layout.columns[c.key], read: readerOf(c) }));
}

/** Every row below the header with at least one filled cell in a known column. */
function tableRows(spec: SheetSpec, grid: Grid, layout: SheetLayout): Record<string, NormalizedValue>[] {
  const cols = columnsOf(spec, layout);
  const rows: Record<string, NormalizedValue>[] = [];
  for (let r = layout.headerRow + 1; r < grid.length; r++) {
    const line = grid[r];
    if (!line || !cols.some((c) => c.at !== undefined && isFilled(line[c.at]))) continue;
    const row: Record<string, NormalizedValue> = { __row: r + 1 };
    for (const c of cols) row[c.key] = c.at === undefined ? null : c.read(line[c.at]);
    rows.push(row);
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
