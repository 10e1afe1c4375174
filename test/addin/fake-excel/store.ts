/**
 * The state behind the fake Excel: what a workbook holds once the queued calls of a sync have run.
 * Plain data, no Office.js: tests read it directly (cells with value/formula/format, validations,
 * conditional formats, charts, names) to compare with what the CLI writes. Free of Node APIs so the
 * fake bundles for the browser (the task pane's "stub host").
 */

export type Scalar = string | number | boolean;

/** One stored cell: a constant (`v`) or a formula (`f`, with '='). `lit`: typed with a leading apostrophe. */
export interface Cell {
  v: Scalar;
  f?: string;
  nf?: string;
  lit?: boolean;
}

/** 0-based inclusive rectangle. */
export interface Rect {
  readonly r0: number;
  readonly c0: number;
  readonly r1: number;
  readonly c1: number;
}

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

export interface StoredValidation {
  rect: Rect;
  rule: Record<string, unknown> | null;
  prompt: Record<string, unknown> | null;
  errorAlert: Record<string, unknown> | null;
  ignoreBlanks: boolean;
}

export interface StoredConditionalFormat {
  readonly id: number;
  rect: Rect;
  readonly type: string;
  formula: string;
  fill: string | null;
  fontColor: string | null;
}

export interface StoredChart {
  readonly id: number;
  name: string;
  type: string;
  source: Rect;
  seriesBy: string;
  title: string;
  position: { start: string; end: string } | null;
}

export interface StoredStyle {
  readonly rect: Rect;
  readonly prop: string;
  readonly value: unknown;
}

export interface SheetStore {
  readonly id: number;
  name: string;
  visibility: string;
  tabColor: string;
  rows: (Cell | undefined)[][];
  /** Whole-column number formats (a format set on 'C:C'). */
  columnFormats: Map<number, string>;
  columnWidths: Map<number, number>;
  hiddenColumns: Set<number>;
  rowHeights: Map<number, number>;
  /** Every format property set on a range, in order (font, fill, borders, alignment, wrap, locked). */
  styles: StoredStyle[];
  validations: StoredValidation[];
  conditionalFormats: StoredConditionalFormat[];
  merges: Rect[];
  charts: StoredChart[];
  freeze: { rows: number; cols: number } | null;
  protected: boolean;
  /** WorksheetProtectionOptions given to protect() (allowAutoFilter, …); {} when protected without options. */
  protectionOptions: Record<string, unknown>;
  /** The AutoFilter's range (ExcelApi 1.9), or null. */
  autoFilter: Rect | null;
  pageLayout: Record<string, unknown>;
  pageBreaks: number[];
}

export interface WorkbookStore {
  sheets: SheetStore[];
  names: Map<string, string>;
  activeSheetId: number | null;
  selection: { sheet: string; address: string } | null;
  nextId: number;
}

export function newWorkbookStore(): WorkbookStore {
  return { sheets: [], names: new Map(), activeSheetId: null, selection: null, nextId: 1 };
}

export function newSheet(store: WorkbookStore, name: string): SheetStore {
  const sheet: SheetStore = {
    id: store.nextId++,
    name,
    visibility: 'Visible',
    tabColor: '',
    rows: [],
    columnFormats: new Map(),
    columnWidths: new Map(),
    hiddenColumns: new Set(),
    rowHeights: new Map(),
    styles: [],
    validations: [],
    conditionalFormats: [],
    merges: [],
    charts: [],
    freeze: null,
    protected: false,
    protectionOptions: {},
    autoFilter: null,
    pageLayout: {},
    pageBreaks: [],
  };
  store.sheets.push(sheet);
  if (store.activeSheetId === null) store.activeSheetId = sheet.id;
  return sheet;
}

/** A sheet by name (case-insensitive) or by its id as `Worksheet.id` gives it (getItem takes either). */
export function findSheet(store: WorkbookStore, name: string): SheetStore | undefined {
  const key = name.toLowerCase();
  return store.sheets.find((s) => s.name.toLowerCase() === key) ?? store.sheets.find((s) => `{${s.id}}` === name);
}

// ---- addresses --------------------------------------------------------------------------------

function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function colLetters(col: number): string {
  let n = col + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** Parses 'B2', 'A1:C9', 'C:C', '3:5', '$A$2:$A$18' (a sheet prefix is dropped). */
export function parseAddress(address: string): Rect {
  const bare = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  const [a, b = a] = bare.replace(/\$/g, '').split(':') as [string, string?];
  const part = (p: string): { r: number | null; c: number | null } => {
    const m = /^([A-Za-z]*)(\d*)$/.exec(p.trim());
    if (!m || (m[1] === '' && m[2] === '')) throw new RangeError(`bad address ${address}`);
    return { c: m[1] ? colIndex(m[1]) : null, r: m[2] ? Number(m[2]) - 1 : null };
  };
  const p = part(a);
  const q = part(b as string);
  return {
    r0: p.r ?? 0,
    c0: p.c ?? 0,
    r1: q.r ?? (p.r === null ? MAX_ROWS - 1 : (p.r as number)),
    c1: q.c ?? (p.c === null ? MAX_COLS - 1 : (p.c as number)),
  };
}

export function rectAddress(rect: Rect): string {
  const a = `${colLetters(rect.c0)}${rect.r0 + 1}`;
  const b = `${colLetters(rect.c1)}${rect.r1 + 1}`;
  return a === b ? a : `${a}:${b}`;
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.r0 <= b.r1 && b.r0 <= a.r1 && a.c0 <= b.c1 && b.c0 <= a.c1;
}

export function isWholeColumns(rect: Rect): boolean {
  return rect.r0 === 0 && rect.r1 === MAX_ROWS - 1;
}

// ---- cells ------------------------------------------------------------------------------------

export function cellAt(sheet: SheetStore, r: number, c: number): Cell | undefined {
  return sheet.rows[r]?.[c];
}

export function setCell(sheet: SheetStore, r: number, c: number, cell: Cell | undefined): void {
  let row = sheet.rows[r];
  if (!row) {
    if (!cell) return;
    row = [];
    sheet.rows[r] = row;
  }
  row[c] = cell;
}

export function effectiveFormat(sheet: SheetStore, r: number, c: number): string {
  return cellAt(sheet, r, c)?.nf ?? sheet.columnFormats.get(c) ?? 'General';
}

function hasContent(cell: Cell | undefined): boolean {
  return !!cell && (cell.f !== undefined || cell.v !== '');
}

/** Bounding box of the cells with a value or formula (valuesOnly) or also a cell format; null when empty. */
export function usedRect(sheet: SheetStore, valuesOnly: boolean): Rect | null {
  let r0 = Infinity;
  let c0 = Infinity;
  let r1 = -1;
  let c1 = -1;
  sheet.rows.forEach((row, r) => {
    if (!row) return;
    row.forEach((cell, c) => {
      if (!cell) return;
      if (!hasContent(cell) && (valuesOnly || cell.nf === undefined)) return;
      if (r < r0) r0 = r;
      if (r > r1) r1 = r;
      if (c < c0) c0 = c;
      if (c > c1) c1 = c;
    });
  });
  return r1 < 0 ? null : { r0, c0, r1, c1 };
}

/** The constant Excel reports in Range.values for a cell (formula results are not computed by the fake: ''). */
export function valueOf(cell: Cell | undefined): Scalar {
  if (!cell) return '';
  return cell.f !== undefined ? '' : cell.v;
}

/** What Range.formulas reports: the formula, else the constant (a literal's apostrophe is not returned). */
export function formulaOf(cell: Cell | undefined): Scalar {
  if (!cell) return '';
  return cell.f ?? cell.v;
}

/**
 * How Excel stores a string written to Range.values or Range.formulas (see the docs cited in index.ts):
 * - a leading apostrophe marks text and is not part of the value (in any format);
 * - in a text-formatted cell ('@') the string stays text, whatever it starts with;
 * - otherwise a string starting with = + - (and longer than the sign) becomes a formula.
 */
export function interpretInput(raw: Scalar, format: string, previous: Cell | undefined): Cell | undefined {
  const nf = previous?.nf;
  const keep = (cell: Cell): Cell => (nf === undefined ? cell : { ...cell, nf });
  if (raw === '') return nf === undefined ? undefined : { v: '', nf };
  if (typeof raw !== 'string') return keep({ v: raw });
  if (raw.startsWith("'")) return keep({ v: raw.slice(1), lit: true });
  if (format === '@') return keep({ v: raw });
  if (raw.length > 1 && /^[=+-]/.test(raw)) return keep({ v: '', f: raw.startsWith('=') ? raw : `=${raw}` });
  return keep({ v: raw });
}

/** A copy of the stored cells as Range.values of A1:<last used cell> ('' for blanks). */
export function sheetValues(sheet: SheetStore): Scalar[][] {
  const rect = usedRect(sheet, true);
  if (!rect) return [];
  const out: Scalar[][] = [];
  for (let r = 0; r <= rect.r1; r++) {
    const line: Scalar[] = [];
    for (let c = 0; c <= rect.c1; c++) line.push(valueOf(cellAt(sheet, r, c)));
    out.push(line);
  }
  return out;
}
