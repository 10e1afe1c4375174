/**
 * The host port: a declarative plan of a workbook that every host (Node/exceljs, Excel Office.js,
 * Apps Script) applies in a few batched calls. Plans are plain data, built by pure functions from
 * the sheet specs; hosts never decide layout, they only translate plan items into their API.
 *
 * Conventions shared by every item:
 * - Addresses and ranges are A1 strings on the item's own sheet ('B2', 'B2:B2001'); cross-sheet
 *   references (list sources, named ranges) are absolute and quoted ("'選択肢'!$A$2:$A$18").
 * - Row and column indexes in numbers are 0-based (`PlanColumn.index`, `RowHeight.row`).
 * - Colours are '#RRGGBB'.
 */

/** A formula, written without the leading '=' (hosts add it where their API wants one). */
export interface PlanFormula {
  readonly formula: string;
}

/**
 * One cell of a value block. A string is ALWAYS literal text, even '=…', '+…', '-…', '@…':
 * hosts must keep it text (see `literalInput`). Formulas come only as {formula}. null = blank.
 * Dates are serial numbers and times day fractions (ADR 0001), never Date objects.
 */
export type PlanCell = string | number | boolean | null | PlanFormula;

/** A rectangle of cells written with one 2-D call; rows all have the same length. */
export interface ValueBlock {
  /** Top-left cell, e.g. 'A1'. */
  readonly at: string;
  readonly values: readonly (readonly PlanCell[])[];
}

/** Per-column settings. A column number format applies to the whole column (cells typed later keep it). */
export interface PlanColumn {
  /** 0-based column index. */
  readonly index: number;
  /** Width in characters of the default font (hosts convert: Excel ≈ chars, Sheets ≈ 7 px per char). */
  readonly width: number;
  readonly numberFormat?: string;
  readonly hidden?: boolean;
}

/** A number format on a range (used where whole-column formats do not fit, e.g. 設定's value cells). */
export interface NumberFormatRule {
  readonly range: string;
  readonly format: string;
}

export type ValidationErrorStyle = 'stop' | 'warning' | 'information';

/** Fields every data-validation rule carries. Texts are already cut to Excel's limits (limits.ts). */
interface ValidationBase {
  readonly range: string;
  readonly allowBlank: boolean;
  /** Input prompt shown when the cell is selected (title ≤ 32, message ≤ 255 chars). */
  readonly prompt?: { readonly title: string; readonly message: string };
  /** Japanese error alert (title ≤ 32, message ≤ 255 chars); absent for 'any'. */
  readonly error?: { readonly style: ValidationErrorStyle; readonly title: string; readonly message: string };
}

/** Dropdown from a range (Excel's inline lists are capped at 255 characters, so lists live on a sheet). */
export interface ListValidation extends ValidationBase {
  readonly kind: 'list';
  /** Workbook-level name of the list range (see WorkbookPlan.namedRanges), e.g. 'L_resources_category'. */
  readonly listName: string;
  /** Absolute reference of the same range, for hosts that prefer it: "'選択肢'!$A$2:$A$18". */
  readonly listRange: string;
  /** The values themselves (Apps Script can use requireValueInList; tests read them). */
  readonly values: readonly string[];
}

/** Number, date, time or text-length bounds. Missing bounds mean "no bound on that side". */
export interface BoundValidation extends ValidationBase {
  readonly kind: 'whole' | 'decimal' | 'date' | 'time' | 'textLength';
  /** Dates as serials, times as day fractions. */
  readonly min?: number;
  readonly max?: number;
}

/** No restriction, only the input prompt (ids, phones, multi-value cells…). */
export interface PromptOnlyValidation extends ValidationBase {
  readonly kind: 'any';
}

export type ValidationRule = ListValidation | BoundValidation | PromptOnlyValidation;

/** Highlight cells where a formula (relative to the range's top-left cell) is true. */
export interface ConditionalFormatRule {
  readonly range: string;
  /** Formula without '=', relative to the top-left cell of `range`. */
  readonly formula: string;
  readonly fill: string;
  readonly fontColor?: string;
  /** Why the rule exists, for documentation and host notes (Japanese). */
  readonly purpose: string;
}

/** Cell styling that layout needs (headers, the paper form). */
export interface RangeStyle {
  readonly range: string;
  readonly bold?: boolean;
  readonly fontSize?: number;
  readonly fontColor?: string;
  readonly fill?: string;
  readonly wrap?: boolean;
  readonly horizontal?: 'left' | 'center' | 'right';
  readonly vertical?: 'top' | 'middle' | 'bottom';
  /** 'box' draws the outline of the range; 'grid' every cell edge inside it. */
  readonly border?: 'box' | 'grid';
}

export interface RowHeight {
  /** 0-based row index. */
  readonly row: number;
  /** Height in points. */
  readonly height: number;
}

/**
 * Sheet protection without a password: only `lockedRanges` are locked, every other cell stays
 * editable. (Excel: unlock the sheet, lock these, protect. Apps Script: protect these ranges.)
 */
export interface ProtectionPlan {
  readonly lockedRanges: readonly string[];
}

/** A chart the Excel and Sheets hosts draw natively (exceljs cannot write charts). */
export interface ChartPlan {
  readonly id: string;
  readonly kind: 'column' | 'bar' | 'line' | 'pie';
  readonly title: string;
  /** Category labels, a range on this sheet. */
  readonly categories: string;
  /** One range per series on this sheet. */
  readonly series: readonly { readonly name: string; readonly values: string }[];
  /** Top-left cell where the chart is placed. */
  readonly anchor: string;
  /** Size in columns × rows of the anchor grid. */
  readonly size: { readonly cols: number; readonly rows: number };
}

export interface PrintSetup {
  readonly paper: 'A4';
  readonly orientation: 'portrait' | 'landscape';
  /** Fit all columns on one page width (height free). */
  readonly fitToWidth: boolean;
  readonly printArea?: string;
  /** Rows repeated on every page, 1-based inclusive, e.g. { first: 1, last: 1 }. */
  readonly repeatRows?: { readonly first: number; readonly last: number };
  /** Print scale in percent when not fitted to the page width (default 100). */
  readonly scale?: number;
  /** Columns repeated on every page, 1-based inclusive, e.g. { first: 1, last: 1 } (the id column). */
  readonly repeatColumns?: { readonly first: number; readonly last: number };
}

/** What a sheet is for; hosts use it only for notes and ordering, never for layout. */
export type SheetRole = 'table' | 'keyValue' | 'form' | 'indicators' | 'lists';

export interface SheetPlan {
  readonly name: string;
  readonly role: SheetRole;
  /** Spec id for standardized sheets (table/keyValue). */
  readonly specId?: string;
  readonly tabColor?: string;
  readonly hidden?: boolean;
  readonly columns: readonly PlanColumn[];
  /** Frozen rows/columns at the top-left. */
  readonly freeze?: { readonly rows: number; readonly cols: number };
  /** 1-based inclusive rows that validations and formats cover (table sheets). */
  readonly dataArea?: { readonly firstRow: number; readonly lastRow: number };
  readonly blocks: readonly ValueBlock[];
  readonly numberFormats: readonly NumberFormatRule[];
  readonly validations: readonly ValidationRule[];
  readonly conditionalFormats: readonly ConditionalFormatRule[];
  readonly styles: readonly RangeStyle[];
  readonly merges: readonly string[];
  readonly rowHeights: readonly RowHeight[];
  readonly protection?: ProtectionPlan;
  /**
   * Filter buttons on the first row of this range (header included), e.g. 'A1:O120'. On a protected
   * sheet the host still lets people filter (Excel: allowAutoFilter; the xlsx: sheetProtection
   * autoFilter="0"), so a clerk can list one scene's indicators without unprotecting.
   */
  readonly autoFilter?: string;
  readonly charts: readonly ChartPlan[];
  readonly print?: PrintSetup;
  /** 1-based rows that start a new printed page (Excel: horizontal page breaks; Sheets has no API and relies on equal page heights). */
  readonly pageBreaks?: readonly number[];
}

/** A workbook-level name, e.g. a dropdown list: { name: 'L_events_type', ref: "'選択肢'!$C$2:$C$8" }. */
export interface NamedRange {
  readonly name: string;
  readonly ref: string;
}

export interface WorkbookPlan {
  /** Tabs in order. */
  readonly sheets: readonly SheetPlan[];
  readonly namedRanges: readonly NamedRange[];
  /** Ask the host to recalculate every formula when the file is opened (formulas carry no cached values). */
  readonly recalcOnOpen: boolean;
}

/** Number format codes the plans use (ADR 0001). */
export const FORMATS = {
  text: '@',
  /** 和暦 as Excel and LibreOffice both display it (LibreOffice 7.4 ignores [$-ja-JP-x-gannen]). */
  dateWareki: '[$-411]ggge"年"m"月"d"日"',
  /** Western dates, for hosts without era support (Google Sheets). */
  dateWestern: 'yyyy/m/d',
  time: 'h:mm',
  integer: '0',
  decimal: '0.0###',
  percent: '0.0%',
} as const;

export type DateStyle = 'wareki' | 'western';
