/**
 * SpreadsheetApp as Apps Script provides it, for tests — the parts the kit uses, with the behaviour
 * that matters pinned to the reference (https://developers.google.com/apps-script/reference/spreadsheet):
 *
 * - Range.setValue/setValues (…/spreadsheet/range#setvaluevalue, #setvaluesvalues) take values "as if
 *   typed": a string beginning with '=' becomes a formula; numeric-looking strings become numbers unless
 *   the cell is formatted as plain text ('@'); a leading apostrophe keeps the rest as text and is not
 *   stored (Sheets' rule for typed input, the one literalInput relies on). The fake records HOW every
 *   cell got its content; a string starting with = + - @ that reached a cell without the apostrophe is
 *   recorded as `interpreted` (Sheets would have parsed it as a formula) and tests fail on it. The fake
 *   is stricter than Sheets on purpose: it does not credit the '@' format with keeping '=…' text.
 * - setValues requires the data to match the range: "The number of rows in the data does not match the
 *   number of rows in the range." A range outside the grid throws "The coordinates of the range are
 *   outside the dimensions of the sheet." (Sheet.getRange; a new sheet has 1000 rows × 26 columns —
 *   Spreadsheet.insertSheet). Sheets never grows a grid by itself: insertRowsAfter/insertColumnsAfter.
 * - Range.getValues (#getvalues): "Values may be of type Number, Boolean, Date, or String, depending on
 *   the value of the cell. Empty cells are represented by an empty string in the array." Date cells: a Date written stays a Date, a number in a date/time-formatted cell comes back
 *   as the Date of that serial in the spreadsheet's time zone (Asia/Tokyo here). Formula cells give
 *   their result; the fake evaluates only HYPERLINK(url,label) → label, other formulas give ''.
 * - getDataRange (…/sheet#getdatarange) is A1 to the last row/column with content (at least A1).
 * - Sheet.clear (#clear) clears contents and formats; validations, conditional-format rules, charts,
 *   protections and merges have their own calls (clearDataValidations, clearConditionalFormatRules,
 *   removeChart, Protection.remove, breakApart).
 * - setConditionalFormatRules (#setconditionalformatrulesrules) REPLACES every rule of the sheet.
 * - DataValidationBuilder (…/data-validation-builder), ConditionalFormatRuleBuilder
 *   (…/conditional-format-rule-builder), EmbeddedChartBuilder (…/embedded-chart-builder) are immutable
 *   records once built; getCriteriaValues of a custom formula is [formula with '='].
 * - Range.protect (#protect) adds a range Protection; setWarningOnly(true) keeps everyone able to edit.
 * - Range.createFilter (#createfilter) creates the sheet's filter; a sheet has at most one, so a
 *   second createFilter throws until Filter.remove (…/spreadsheet/filter#remove); Sheet.getFilter
 *   (…/sheet#getfilter) returns it or null. Sheet.clear leaves the filter in place (it clears
 *   contents and formats only).
 * - Spreadsheet.setNamedRange/getNamedRanges/NamedRange.setRange (…/named-range), getRange with a
 *   sheet-qualified A1 ("'選択肢'!$A$2:$A$18").
 * - moveActiveSheet(pos) (…/spreadsheet#moveactivesheetpos) moves the active sheet to 1-based pos.
 * - Ui.createAddonMenu / createMenu (…/base/ui): menus are recorded when addToUi() is called.
 * - In AuthMode.NONE (an add-on's onOpen before it is used in the file) only the Ui may be used:
 *   reading the spreadsheet throws (…/guides/add-ons/concepts/editor-auth-lifecycle#authorization-modes).
 *
 * Every method call on Spreadsheet, Sheet, Range, RangeList, builders, Protection, NamedRange, Ui and
 * SpreadsheetApp itself is counted (label 'Class.method'), also when objects come inside arrays.
 */

export interface CallHook {
  enter(label: string): void;
  leave(label: string): void;
}

/** How a cell got its content. */
export type WrittenAs = 'value' | 'literal' | 'formula' | 'interpreted' | 'coerced';

export interface CellRecord {
  value: string | number | boolean | Date;
  /** With '=' as typed. */
  formula?: string;
  how: WrittenAs;
  /** The string the script handed over, when it was a string. */
  input?: string;
}

export interface Box {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

const NEW_SHEET_ROWS = 1000;
const NEW_SHEET_COLS = 26;
const MS_PER_DAY = 86_400_000;
const SERIAL_ZERO_UTC_MS = Date.UTC(1899, 11, 30);

function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

function colLetters(col: number): string {
  let n = col;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** Splits "'Sheet'!A1:B2" into sheet name and range part. */
export function splitSheetRef(ref: string): { sheet: string | null; a1: string } {
  const m = /^(?:'((?:[^']|'')+)'|([^'!]+))!(.+)$/.exec(ref);
  if (!m) return { sheet: null, a1: ref };
  return { sheet: (m[1] ?? m[2] ?? '').replace(/''/g, "'"), a1: m[3] as string };
}

/** 1-based box of 'B2', 'B2:D9', 'C:C' or '3:5' on a sheet of the given size. */
export function parseA1(a1: string, maxRows: number, maxCols: number): Box {
  const part = (s: string) => {
    const m = /^\$?([A-Za-z]*)\$?(\d*)$/.exec(s.trim());
    if (!m) throw new Error(`Range not found: ${a1}`);
    return { col: m[1] ? colIndex(m[1]) : null, row: m[2] ? Number(m[2]) : null };
  };
  const [a, b] = a1.split(':');
  const s = part(a as string);
  const e = b === undefined ? s : part(b);
  const r1 = s.row ?? 1;
  const r2 = e.row ?? (s.row === null ? maxRows : r1);
  const c1 = s.col ?? 1;
  const c2 = e.col ?? (s.col === null ? maxCols : c1);
  return { row: Math.min(r1, r2), col: Math.min(c1, c2), rows: Math.abs(r2 - r1) + 1, cols: Math.abs(c2 - c1) + 1 };
}

export function boxA1(b: Box): string {
  const tl = `${colLetters(b.col)}${b.row}`;
  return b.rows === 1 && b.cols === 1 ? tl : `${tl}:${colLetters(b.col + b.cols - 1)}${b.row + b.rows - 1}`;
}

function contains(b: Box, row: number, col: number): boolean {
  return row >= b.row && row < b.row + b.rows && col >= b.col && col < b.col + b.cols;
}

/** Number formats that make Sheets hand a number back as a Date. */
export function isDateTimeFormat(format: string): boolean {
  const f = format.replace(/"[^"]*"|\\./g, '');
  return /[yd]/i.test(f) || /h+:m/i.test(f) || /m+:s/i.test(f);
}

/** Dates by tag: the script under test runs in a vm context whose Date is not this realm's. */
export function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const FORMULA_STARTERS = /^[=+\-@＝＋－＠]/;

/** Apps Script's reading of one input value (see the header). */
export function interpretInput(v: unknown, plainText: boolean): CellRecord {
  if (v === null || v === undefined || v === '') return { value: '', how: 'value' };
  if (isDate(v)) return { value: new Date(v.getTime()), how: 'value' };
  if (typeof v === 'number' || typeof v === 'boolean') return { value: v, how: 'value' };
  const s = String(v);
  if (s.startsWith("'")) return { value: s.slice(1), how: 'literal', input: s };
  if (s.startsWith('=')) return { value: '', formula: s, how: 'formula', input: s };
  if (!plainText && NUMBER.test(s)) return { value: Number(s), how: 'coerced', input: s };
  if (!plainText && /^(true|false)$/i.test(s)) return { value: s.toLowerCase() === 'true', how: 'coerced', input: s };
  if (FORMULA_STARTERS.test(s)) return { value: '', formula: `=${s.replace(/^[=＝]/, '')}`, how: 'interpreted', input: s };
  return { value: s, how: 'value', input: s };
}

/**
 * A formula as it reads `dr` rows down and `dc` columns right: relative A1 references move, $-parts
 * stay, text in "…" and sheet names in '…' are left alone. (Written independently of the host's
 * fill-down detector, so the two check each other.)
 */
export function offsetFormula(formula: string, dr: number, dc: number): string {
  if (dr === 0 && dc === 0) return formula;
  const token = /"(?:[^"]|"")*"|'(?:[^']|'')*'|(?<![A-Za-z0-9_$.])(\$?)([A-Z]{1,3})(\$?)([0-9]+)(?![A-Za-z0-9_(])/g;
  return formula.replace(token, (m: string, colAbs?: string, col?: string, rowAbs?: string, row?: string) => {
    if (col === undefined || row === undefined) return m;
    const c = colAbs ? col : colLetters(colIndex(col) + dc);
    const r = rowAbs ? row : String(Number(row) + dr);
    return `${colAbs ?? ''}${c}${rowAbs ?? ''}${r}`;
  });
}

/** The few formula results the fake computes (HYPERLINK's label). */
function evaluate(formula: string): string | number | boolean {
  const m = /^=HYPERLINK\("(?:[^"]|"")*","((?:[^"]|"")*)"\)$/.exec(formula);
  return m ? (m[1] as string).replace(/""/g, '"') : '';
}

// ── counting ──────────────────────────────────────────────────────────────────

const RAW = Symbol('raw');

class Counted {}

/** Wraps an object so every method call is counted; arguments are unwrapped, results wrapped. */
export function counted<T extends object>(target: T, hook: CallHook, name: string): T {
  return new Proxy(target, {
    get(obj, prop, receiver) {
      if (prop === RAW) return obj;
      const value = Reflect.get(obj, prop, receiver) as unknown;
      if (typeof value !== 'function' || typeof prop !== 'string' || prop === 'constructor') return value;
      const label = `${name}.${prop}`;
      return (...args: unknown[]) => {
        hook.enter(label);
        const result = (value as (...a: unknown[]) => unknown).apply(obj, args.map(unwrap));
        hook.leave(label);
        return wrap(result, hook);
      };
    },
  });
}

function wrap(v: unknown, hook: CallHook): unknown {
  if (Array.isArray(v)) return v.map((x) => wrap(x, hook));
  if (v instanceof Counted) return counted(v, hook, (v.constructor as { label?: string }).label ?? v.constructor.name);
  return v;
}

export function unwrap<T>(v: T): T {
  if (Array.isArray(v)) return v.map(unwrap) as unknown as T;
  if (v && typeof v === 'object' && (v as { [RAW]?: unknown })[RAW]) return (v as unknown as { [RAW]: T })[RAW];
  return v;
}

/** A counter usable on its own (tests that do not run a GA-B Execution). */
export class CallCounter implements CallHook {
  readonly calls: string[] = [];
  enter(label: string): void {
    this.calls.push(label);
  }
  leave(): void {}
  count(filter?: (label: string) => boolean): number {
    return filter ? this.calls.filter(filter).length : this.calls.length;
  }
  reset(): void {
    this.calls.length = 0;
  }
}

// ── enums ─────────────────────────────────────────────────────────────────────

export const ProtectionType = { RANGE: 'RANGE', SHEET: 'SHEET' } as const;
export const DataValidationCriteria = {
  VALUE_IN_LIST: 'VALUE_IN_LIST',
  VALUE_IN_RANGE: 'VALUE_IN_RANGE',
  DATE_IS_VALID_DATE: 'DATE_IS_VALID_DATE',
  DATE_BETWEEN: 'DATE_BETWEEN',
  DATE_ON_OR_AFTER: 'DATE_ON_OR_AFTER',
  DATE_ON_OR_BEFORE: 'DATE_ON_OR_BEFORE',
  NUMBER_BETWEEN: 'NUMBER_BETWEEN',
  NUMBER_GREATER_THAN_OR_EQUAL_TO: 'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  NUMBER_LESS_THAN_OR_EQUAL_TO: 'NUMBER_LESS_THAN_OR_EQUAL_TO',
  CUSTOM_FORMULA: 'CUSTOM_FORMULA',
} as const;
export const BooleanCriteria = { CUSTOM_FORMULA: 'CUSTOM_FORMULA' } as const;
/** Charts.ChartType and Charts.ChartMergeStrategy (https://developers.google.com/apps-script/reference/charts). */
export const FakeCharts = {
  ChartType: { AREA: 'AREA', BAR: 'BAR', COLUMN: 'COLUMN', LINE: 'LINE', PIE: 'PIE', SCATTER: 'SCATTER', TABLE: 'TABLE' },
  ChartMergeStrategy: { MERGE_COLUMNS: 'MERGE_COLUMNS', MERGE_ROWS: 'MERGE_ROWS' },
} as const;

// ── builders and records ──────────────────────────────────────────────────────

export class DataValidation extends Counted {
  static label = 'DataValidation';
  constructor(
    readonly criteria: string,
    readonly values: readonly unknown[],
    readonly helpText: string | null,
    readonly allowInvalid: boolean,
  ) {
    super();
  }
  getCriteriaType(): string {
    return this.criteria;
  }
  getCriteriaValues(): unknown[] {
    return [...this.values];
  }
  getHelpText(): string | null {
    return this.helpText;
  }
  getAllowInvalid(): boolean {
    return this.allowInvalid;
  }
  copy(): DataValidationBuilder {
    return new DataValidationBuilder(this.criteria, this.values, this.helpText, this.allowInvalid);
  }
}

export class DataValidationBuilder extends Counted {
  static label = 'DataValidationBuilder';
  constructor(
    private criteria: string | null = null,
    private values: readonly unknown[] = [],
    private helpText: string | null = null,
    private allowInvalid = true,
  ) {
    super();
  }
  private set(criteria: string, values: unknown[]): this {
    this.criteria = criteria;
    this.values = values;
    return this;
  }
  requireValueInList(values: string[], showDropdown = true): this {
    if (!Array.isArray(values) || values.length === 0) throw new Error('requireValueInList needs a non-empty list');
    return this.set(DataValidationCriteria.VALUE_IN_LIST, [[...values], showDropdown]);
  }
  requireValueInRange(range: Range, showDropdown = true): this {
    return this.set(DataValidationCriteria.VALUE_IN_RANGE, [range, showDropdown]);
  }
  requireDate(): this {
    return this.set(DataValidationCriteria.DATE_IS_VALID_DATE, []);
  }
  requireDateBetween(a: Date, b: Date): this {
    if (!isDate(a) || !isDate(b)) throw new Error('requireDateBetween takes Dates');
    return this.set(DataValidationCriteria.DATE_BETWEEN, [a, b]);
  }
  requireDateOnOrAfter(d: Date): this {
    if (!isDate(d)) throw new Error('requireDateOnOrAfter takes a Date');
    return this.set(DataValidationCriteria.DATE_ON_OR_AFTER, [d]);
  }
  requireDateOnOrBefore(d: Date): this {
    if (!isDate(d)) throw new Error('requireDateOnOrBefore takes a Date');
    return this.set(DataValidationCriteria.DATE_ON_OR_BEFORE, [d]);
  }
  requireNumberBetween(a: number, b: number): this {
    return this.set(DataValidationCriteria.NUMBER_BETWEEN, [a, b]);
  }
  requireNumberGreaterThanOrEqualTo(n: number): this {
    return this.set(DataValidationCriteria.NUMBER_GREATER_THAN_OR_EQUAL_TO, [n]);
  }
  requireNumberLessThanOrEqualTo(n: number): this {
    return this.set(DataValidationCriteria.NUMBER_LESS_THAN_OR_EQUAL_TO, [n]);
  }
  requireFormulaSatisfied(formula: string): this {
    if (!formula.startsWith('=')) throw new Error('requireFormulaSatisfied: the formula must start with =');
    return this.set(DataValidationCriteria.CUSTOM_FORMULA, [formula]);
  }
  setHelpText(text: string): this {
    this.helpText = text;
    return this;
  }
  setAllowInvalid(allow: boolean): this {
    this.allowInvalid = allow;
    return this;
  }
  build(): DataValidation {
    if (!this.criteria) throw new Error('DataValidationBuilder.build: no criteria');
    return new DataValidation(this.criteria, this.values, this.helpText, this.allowInvalid);
  }
}

export class BooleanCondition extends Counted {
  static label = 'BooleanCondition';
  constructor(
    readonly formula: string,
    readonly background: string | null,
    readonly fontColor: string | null,
  ) {
    super();
  }
  getCriteriaType(): string {
    return BooleanCriteria.CUSTOM_FORMULA;
  }
  getCriteriaValues(): unknown[] {
    return [this.formula];
  }
  getBackground(): string | null {
    return this.background;
  }
  getFontColor(): string | null {
    return this.fontColor;
  }
}

export class ConditionalFormatRule extends Counted {
  static label = 'ConditionalFormatRule';
  constructor(
    readonly condition: BooleanCondition,
    readonly ranges: readonly Range[],
  ) {
    super();
  }
  getBooleanCondition(): BooleanCondition {
    return this.condition;
  }
  getRanges(): Range[] {
    return [...this.ranges];
  }
}

export class ConditionalFormatRuleBuilder extends Counted {
  static label = 'ConditionalFormatRuleBuilder';
  private formula: string | null = null;
  private background: string | null = null;
  private fontColor: string | null = null;
  private ranges: Range[] = [];
  whenFormulaSatisfied(formula: string): this {
    if (!formula.startsWith('=')) throw new Error('whenFormulaSatisfied: the formula must start with =');
    this.formula = formula;
    return this;
  }
  setBackground(color: string): this {
    this.background = color;
    return this;
  }
  setFontColor(color: string): this {
    this.fontColor = color;
    return this;
  }
  setRanges(ranges: Range[]): this {
    this.ranges = [...ranges];
    return this;
  }
  build(): ConditionalFormatRule {
    if (!this.formula) throw new Error('ConditionalFormatRuleBuilder.build: no condition');
    if (this.ranges.length === 0) throw new Error('ConditionalFormatRuleBuilder.build: no ranges');
    return new ConditionalFormatRule(new BooleanCondition(this.formula, this.background, this.fontColor), this.ranges);
  }
}

export class EmbeddedChart extends Counted {
  static label = 'EmbeddedChart';
  constructor(
    readonly type: string,
    readonly ranges: readonly Range[],
    readonly position: { row: number; col: number },
    readonly options: Readonly<Record<string, unknown>>,
    readonly mergeStrategy: string,
    readonly numHeaders: number,
  ) {
    super();
  }
  getRanges(): Range[] {
    return [...this.ranges];
  }
  getOptions(): { get(key: string): unknown } {
    return { get: (key: string) => this.options[key] };
  }
  getContainerInfo(): { getAnchorRow(): number; getAnchorColumn(): number } {
    return { getAnchorRow: () => this.position.row, getAnchorColumn: () => this.position.col };
  }
}

export class EmbeddedChartBuilder extends Counted {
  static label = 'EmbeddedChartBuilder';
  private type: string | null = null;
  private ranges: Range[] = [];
  private position: { row: number; col: number } | null = null;
  private options: Record<string, unknown> = {};
  private mergeStrategy: string = FakeCharts.ChartMergeStrategy.MERGE_COLUMNS;
  private numHeaders = -1;
  constructor(private readonly sheet: Sheet) {
    super();
  }
  setChartType(type: string): this {
    this.type = type;
    return this;
  }
  addRange(range: Range): this {
    if (range.sheet !== this.sheet) throw new Error('addRange: the range must be on the chart’s sheet');
    this.ranges.push(range);
    return this;
  }
  setMergeStrategy(s: string): this {
    this.mergeStrategy = s;
    return this;
  }
  setNumHeaders(n: number): this {
    this.numHeaders = n;
    return this;
  }
  setPosition(anchorRow: number, anchorCol: number, _ox: number, _oy: number): this {
    this.position = { row: anchorRow, col: anchorCol };
    return this;
  }
  setOption(key: string, value: unknown): this {
    this.options[key] = value;
    return this;
  }
  build(): EmbeddedChart {
    if (!this.type || this.ranges.length === 0 || !this.position) throw new Error('EmbeddedChartBuilder.build: chart type, ranges and position are required');
    return new EmbeddedChart(this.type, this.ranges, this.position, this.options, this.mergeStrategy, this.numHeaders);
  }
}

export class Filter extends Counted {
  static label = 'Filter';
  constructor(
    readonly sheet: Sheet,
    readonly box: Box,
  ) {
    super();
  }
  getRange(): Range {
    return new Range(this.sheet, this.box);
  }
  remove(): void {
    if (this.sheet.filter === this) this.sheet.filter = null;
  }
}

export class Protection extends Counted {
  static label = 'Protection';
  description = '';
  warningOnly = false;
  removed = false;
  constructor(
    readonly sheet: Sheet,
    readonly type: string,
    readonly box: Box | null,
  ) {
    super();
  }
  setDescription(d: string): this {
    this.description = d;
    return this;
  }
  getDescription(): string {
    return this.description;
  }
  setWarningOnly(w: boolean): this {
    this.warningOnly = w;
    return this;
  }
  isWarningOnly(): boolean {
    return this.warningOnly;
  }
  canEdit(): boolean {
    return true;
  }
  getProtectionType(): string {
    return this.type;
  }
  getRange(): Range {
    return new Range(this.sheet, this.box ?? { row: 1, col: 1, rows: this.sheet.maxRows, cols: this.sheet.maxCols });
  }
  remove(): void {
    this.removed = true;
    this.sheet.protections = this.sheet.protections.filter((p) => p !== this);
  }
}

export class NamedRange extends Counted {
  static label = 'NamedRange';
  constructor(
    private readonly book: Spreadsheet,
    public name: string,
    public range: Range,
  ) {
    super();
  }
  getName(): string {
    return this.name;
  }
  getRange(): Range {
    return this.range;
  }
  setRange(range: Range): this {
    this.range = range;
    return this;
  }
  remove(): void {
    this.book.namedRanges.delete(this.name);
  }
}

// ── cells ─────────────────────────────────────────────────────────────────────

interface Layer<T> {
  readonly box: Box;
  readonly value: T;
}

export interface CellStyle {
  fontWeight?: string;
  fontSize?: number;
  fontColor?: string;
  background?: string;
  wrap?: boolean;
  horizontal?: string;
  vertical?: string;
  border?: string;
}

export class Range extends Counted {
  static label = 'Range';
  constructor(
    readonly sheet: Sheet,
    readonly box: Box,
  ) {
    super();
    if (box.row < 1 || box.col < 1 || box.rows < 1 || box.cols < 1 || box.row + box.rows - 1 > sheet.maxRows || box.col + box.cols - 1 > sheet.maxCols) {
      throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
    }
  }
  getSheet(): Sheet {
    return this.sheet;
  }
  getRow(): number {
    return this.box.row;
  }
  getColumn(): number {
    return this.box.col;
  }
  getNumRows(): number {
    return this.box.rows;
  }
  getNumColumns(): number {
    return this.box.cols;
  }
  getLastRow(): number {
    return this.box.row + this.box.rows - 1;
  }
  getA1Notation(): string {
    return boxA1(this.box);
  }
  private each(fn: (row: number, col: number, r: number, c: number) => void): void {
    for (let r = 0; r < this.box.rows; r++) for (let c = 0; c < this.box.cols; c++) fn(this.box.row + r, this.box.col + c, r, c);
  }
  getValues(): unknown[][] {
    const out: unknown[][] = [];
    for (let r = 0; r < this.box.rows; r++) {
      const line: unknown[] = [];
      for (let c = 0; c < this.box.cols; c++) line.push(this.sheet.readValue(this.box.row + r, this.box.col + c));
      out.push(line);
    }
    return out;
  }
  getValue(): unknown {
    return this.sheet.readValue(this.box.row, this.box.col);
  }
  getFormulas(): string[][] {
    const out: string[][] = [];
    for (let r = 0; r < this.box.rows; r++) {
      const line: string[] = [];
      for (let c = 0; c < this.box.cols; c++) line.push(this.sheet.cell(this.box.row + r, this.box.col + c)?.formula ?? '');
      out.push(line);
    }
    return out;
  }
  setValues(values: unknown[][]): this {
    if (!Array.isArray(values) || values.length !== this.box.rows) {
      throw new Error(`The number of rows in the data does not match the number of rows in the range. The data has ${Array.isArray(values) ? values.length : 0} but the range has ${this.box.rows}.`);
    }
    values.forEach((row) => {
      if (!Array.isArray(row) || row.length !== this.box.cols) {
        throw new Error(`The number of columns in the data does not match the number of columns in the range. The data has ${Array.isArray(row) ? row.length : 0} but the range has ${this.box.cols}.`);
      }
    });
    this.each((row, col, r, c) => this.sheet.write(row, col, (values[r] as unknown[])[c]));
    return this;
  }
  setValue(value: unknown): this {
    this.each((row, col) => this.sheet.write(row, col, value));
    return this;
  }
  /**
   * On a multi-cell range the formula is the top-left cell's and every other cell gets it with its
   * relative references moved by the cell's offset, as when a formula is filled across a selection
   * (Range.setFormula, https://developers.google.com/apps-script/reference/spreadsheet/range#setformulaformula).
   */
  setFormula(formula: string): this {
    const f = formula.startsWith('=') ? formula : `=${formula}`;
    this.each((row, col, r, c) => this.sheet.write(row, col, offsetFormula(f, r, c)));
    return this;
  }
  setNumberFormat(format: string): this {
    this.sheet.formats.push({ box: this.box, value: format });
    return this;
  }
  getNumberFormat(): string {
    return this.sheet.formatAt(this.box.row, this.box.col);
  }
  setDataValidation(rule: DataValidation | null): this {
    this.sheet.validations.push({ box: this.box, value: rule });
    return this;
  }
  getDataValidation(): DataValidation | null {
    return this.sheet.validationAt(this.box.row, this.box.col);
  }
  clearDataValidations(): this {
    this.sheet.validations.push({ box: this.box, value: null });
    return this;
  }
  private style(s: CellStyle): this {
    this.sheet.styles.push({ box: this.box, value: s });
    return this;
  }
  setFontWeight(w: string): this {
    return this.style({ fontWeight: w });
  }
  setFontSize(n: number): this {
    return this.style({ fontSize: n });
  }
  setFontColor(c: string): this {
    return this.style({ fontColor: c });
  }
  setBackground(c: string): this {
    return this.style({ background: c });
  }
  setWrap(w: boolean): this {
    return this.style({ wrap: w });
  }
  setHorizontalAlignment(a: string): this {
    return this.style({ horizontal: a });
  }
  setVerticalAlignment(a: string): this {
    return this.style({ vertical: a });
  }
  setBorder(top: boolean | null, left: boolean | null, bottom: boolean | null, right: boolean | null, vertical: boolean | null, horizontal: boolean | null): this {
    return this.style({ border: [top, left, bottom, right, vertical, horizontal].map((b) => (b ? '1' : b === false ? '0' : '-')).join('') });
  }
  merge(): this {
    if (this.sheet.merges.some((m) => overlaps(m, this.box))) throw new Error('You must select all cells in a merged range to merge or unmerge them.');
    this.sheet.merges.push(this.box);
    return this;
  }
  breakApart(): this {
    this.sheet.merges = this.sheet.merges.filter((m) => !overlaps(m, this.box));
    return this;
  }
  createFilter(): Filter {
    if (this.sheet.filter) throw new Error('You can\'t create a filter in a sheet that already has a filter.');
    this.sheet.filter = new Filter(this.sheet, this.box);
    return this.sheet.filter;
  }
  protect(): Protection {
    const p = new Protection(this.sheet, ProtectionType.RANGE, this.box);
    this.sheet.protections.push(p);
    return p;
  }
  activate(): this {
    this.sheet.book.active = this.sheet;
    this.sheet.activeRange = this.box;
    return this;
  }
  clearContent(): this {
    this.each((row, col) => this.sheet.cells.delete(key(row, col)));
    return this;
  }
}

function overlaps(a: Box, b: Box): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}

function key(row: number, col: number): number {
  return row * 100_000 + col;
}

export class RangeList extends Counted {
  static label = 'RangeList';
  constructor(readonly ranges: readonly Range[]) {
    super();
  }
  getRanges(): Range[] {
    return [...this.ranges];
  }
  private all(fn: (r: Range) => void): this {
    for (const r of this.ranges) fn(r);
    return this;
  }
  setNumberFormat(f: string): this {
    return this.all((r) => r.setNumberFormat(f));
  }
  setFontWeight(w: string): this {
    return this.all((r) => r.setFontWeight(w));
  }
  setFontSize(n: number): this {
    return this.all((r) => r.setFontSize(n));
  }
  setFontColor(c: string): this {
    return this.all((r) => r.setFontColor(c));
  }
  setBackground(c: string): this {
    return this.all((r) => r.setBackground(c));
  }
  setWrap(w: boolean): this {
    return this.all((r) => r.setWrap(w));
  }
  setHorizontalAlignment(a: string): this {
    return this.all((r) => r.setHorizontalAlignment(a));
  }
  setVerticalAlignment(a: string): this {
    return this.all((r) => r.setVerticalAlignment(a));
  }
  setBorder(...args: (boolean | null)[]): this {
    return this.all((r) => r.setBorder(...(args as [boolean, boolean, boolean, boolean, boolean, boolean])));
  }
  setValue(v: unknown): this {
    return this.all((r) => r.setValue(v));
  }
}

export class Sheet extends Counted {
  static label = 'Sheet';
  maxRows = NEW_SHEET_ROWS;
  maxCols = NEW_SHEET_COLS;
  readonly cells = new Map<number, CellRecord>();
  formats: Layer<string>[] = [];
  validations: Layer<DataValidation | null>[] = [];
  styles: Layer<CellStyle>[] = [];
  merges: Box[] = [];
  conditionalRules: ConditionalFormatRule[] = [];
  charts: EmbeddedChart[] = [];
  protections: Protection[] = [];
  filter: Filter | null = null;
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  readonly hiddenColumns = new Set<number>();
  frozenRows = 0;
  frozenCols = 0;
  tabColor: string | null = null;
  hidden = false;
  activeRange: Box | null = null;

  constructor(
    readonly book: Spreadsheet,
    public name: string,
    readonly id: number,
  ) {
    super();
  }

  // internal (not counted: called on the raw object by the fake itself)
  cell(row: number, col: number): CellRecord | undefined {
    return this.cells.get(key(row, col));
  }
  formatAt(row: number, col: number): string {
    for (let i = this.formats.length - 1; i >= 0; i--) {
      const l = this.formats[i] as Layer<string>;
      if (contains(l.box, row, col)) return l.value;
    }
    return 'General';
  }
  validationAt(row: number, col: number): DataValidation | null {
    for (let i = this.validations.length - 1; i >= 0; i--) {
      const l = this.validations[i] as Layer<DataValidation | null>;
      if (contains(l.box, row, col)) return l.value;
    }
    return null;
  }
  styleAt(row: number, col: number): CellStyle {
    const out: CellStyle = {};
    for (const l of this.styles) if (contains(l.box, row, col)) Object.assign(out, l.value);
    return out;
  }
  write(row: number, col: number, v: unknown): void {
    this.book.cellWrites++;
    const rec = interpretInput(v, this.formatAt(row, col) === '@');
    if (rec.value === '' && rec.formula === undefined) this.cells.delete(key(row, col));
    else this.cells.set(key(row, col), rec);
  }
  readValue(row: number, col: number): unknown {
    const rec = this.cell(row, col);
    if (!rec) return '';
    if (rec.formula !== undefined) return evaluate(rec.formula);
    if (typeof rec.value === 'number' && isDateTimeFormat(this.formatAt(row, col))) {
      // The Date of a serial in the spreadsheet's zone (Tokyo, +09:00, no DST).
      return new Date(Math.round(SERIAL_ZERO_UTC_MS + rec.value * MS_PER_DAY - 9 * 3_600_000));
    }
    return isDate(rec.value) ? new Date(rec.value.getTime()) : rec.value;
  }
  lastRow(): number {
    let last = 0;
    for (const k of this.cells.keys()) last = Math.max(last, Math.floor(k / 100_000));
    return last;
  }
  lastColumn(): number {
    let last = 0;
    for (const k of this.cells.keys()) last = Math.max(last, k % 100_000);
    return last;
  }

  // Apps Script API
  getName(): string {
    return this.name;
  }
  setName(name: string): this {
    if (this.book.sheets.some((s) => s !== this && s.name === name)) throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    this.name = name;
    return this;
  }
  getSheetId(): number {
    return this.id;
  }
  getIndex(): number {
    return this.book.sheets.indexOf(this) + 1;
  }
  getParent(): Spreadsheet {
    return this.book;
  }
  getMaxRows(): number {
    return this.maxRows;
  }
  getMaxColumns(): number {
    return this.maxCols;
  }
  getLastRow(): number {
    return this.lastRow();
  }
  getLastColumn(): number {
    return this.lastColumn();
  }
  getDataRange(): Range {
    return new Range(this, { row: 1, col: 1, rows: Math.max(1, this.lastRow()), cols: Math.max(1, this.lastColumn()) });
  }
  getRange(a: string | number, col?: number, rows?: number, cols?: number): Range {
    if (typeof a === 'string') return new Range(this, parseA1(splitSheetRef(a).a1, this.maxRows, this.maxCols));
    return new Range(this, { row: a, col: col as number, rows: rows ?? 1, cols: cols ?? 1 });
  }
  getRangeList(a1s: string[]): RangeList {
    return new RangeList(a1s.map((a) => new Range(this, parseA1(a, this.maxRows, this.maxCols))));
  }
  insertRowsAfter(after: number, howMany: number): this {
    if (!(howMany >= 1)) throw new Error('Those rows are out of bounds.');
    if (after !== this.maxRows) throw new Error('The fake only appends rows at the end (what the kit does).');
    this.maxRows += howMany;
    return this;
  }
  deleteRows(start: number, howMany: number): void {
    if (start + howMany - 1 !== this.maxRows || howMany < 1) throw new Error('The fake only deletes trailing rows (what the kit does).');
    if (start <= 1) throw new Error('You can’t delete all the rows on the sheet.');
    for (const k of [...this.cells.keys()]) if (Math.floor(k / 100_000) >= start) this.cells.delete(k);
    this.maxRows = start - 1;
  }
  insertColumnsAfter(after: number, howMany: number): this {
    if (!(howMany >= 1) || after !== this.maxCols) throw new Error('The fake only appends columns at the end (what the kit does).');
    this.maxCols += howMany;
    return this;
  }
  setColumnWidth(col: number, px: number): this {
    this.columnWidths.set(col, px);
    return this;
  }
  setColumnWidths(start: number, n: number, px: number): this {
    for (let c = start; c < start + n; c++) this.columnWidths.set(c, px);
    return this;
  }
  setRowHeight(row: number, px: number): this {
    this.rowHeights.set(row, px);
    return this;
  }
  setRowHeights(start: number, n: number, px: number): this {
    for (let r = start; r < start + n; r++) this.rowHeights.set(r, px);
    return this;
  }
  hideColumns(start: number, n = 1): void {
    for (let c = start; c < start + n; c++) this.hiddenColumns.add(c);
  }
  showColumns(start: number, n = 1): void {
    for (let c = start; c < start + n; c++) this.hiddenColumns.delete(c);
  }
  hideSheet(): this {
    if (this.book.sheets.filter((s) => !s.hidden && s !== this).length === 0) throw new Error('You can’t hide all the sheets in a document.');
    this.hidden = true;
    return this;
  }
  showSheet(): this {
    this.hidden = false;
    return this;
  }
  isSheetHidden(): boolean {
    return this.hidden;
  }
  setTabColor(color: string | null): this {
    this.tabColor = color;
    return this;
  }
  getTabColor(): string | null {
    return this.tabColor;
  }
  setFrozenRows(n: number): void {
    this.frozenRows = n;
  }
  setFrozenColumns(n: number): void {
    this.frozenCols = n;
  }
  getFrozenRows(): number {
    return this.frozenRows;
  }
  getFrozenColumns(): number {
    return this.frozenCols;
  }
  clear(): this {
    this.cells.clear();
    this.formats = [];
    this.styles = [];
    return this;
  }
  clearContents(): this {
    this.cells.clear();
    return this;
  }
  clearFormats(): this {
    this.formats = [];
    this.styles = [];
    return this;
  }
  getConditionalFormatRules(): ConditionalFormatRule[] {
    return [...this.conditionalRules];
  }
  setConditionalFormatRules(rules: ConditionalFormatRule[]): void {
    for (const r of rules) for (const range of r.ranges) if (range.sheet !== this) throw new Error('Conditional format rule ranges must be on this sheet.');
    this.conditionalRules = [...rules];
  }
  clearConditionalFormatRules(): void {
    this.conditionalRules = [];
  }
  newChart(): EmbeddedChartBuilder {
    return new EmbeddedChartBuilder(this);
  }
  insertChart(chart: EmbeddedChart): void {
    this.charts.push(chart);
  }
  getCharts(): EmbeddedChart[] {
    return [...this.charts];
  }
  removeChart(chart: EmbeddedChart): void {
    this.charts = this.charts.filter((c) => c !== chart);
  }
  getProtections(type: string): Protection[] {
    return this.protections.filter((p) => p.type === type);
  }
  getFilter(): Filter | null {
    return this.filter;
  }
  protect(): Protection {
    const p = new Protection(this, ProtectionType.SHEET, null);
    this.protections.push(p);
    return p;
  }
  activate(): this {
    this.book.active = this;
    if (this.hidden) this.hidden = false; // a tab shown to the user is a visible tab
    return this;
  }
  setActiveRange(range: Range): Range {
    this.activeRange = range.box;
    this.book.active = this;
    return range;
  }
}

export class Menu extends Counted {
  static label = 'Menu';
  readonly items: ({ label: string; fn: string } | 'separator')[] = [];
  constructor(
    private readonly ui: Ui,
    readonly title: string,
    /** 'addon': under 拡張機能 (Extensions); 'custom': a top-level menu. */
    readonly kind: 'addon' | 'custom',
  ) {
    super();
  }
  addItem(label: string, fn: string): this {
    this.items.push({ label, fn });
    return this;
  }
  addSeparator(): this {
    this.items.push('separator');
    return this;
  }
  addToUi(): void {
    this.ui.menus.push(this);
  }
}

export class Ui extends Counted {
  static label = 'Ui';
  readonly menus: Menu[] = [];
  readonly sidebars: unknown[] = [];
  readonly alerts: string[] = [];
  constructor(private readonly addonTitle: string) {
    super();
  }
  createAddonMenu(): Menu {
    return new Menu(this, this.addonTitle, 'addon');
  }
  createMenu(title: string): Menu {
    return new Menu(this, title, 'custom');
  }
  showSidebar(html: unknown): void {
    this.sidebars.push(html);
  }
  /** Ui.ButtonSet (…/base/button-set). */
  readonly ButtonSet = { OK: 'OK', OK_CANCEL: 'OK_CANCEL', YES_NO: 'YES_NO', YES_NO_CANCEL: 'YES_NO_CANCEL' } as const;
  /** alert(prompt), alert(prompt, buttons) or alert(title, prompt, buttons): the prompt is recorded. */
  alert(a: string, b?: unknown, c?: unknown): string {
    const prompt = typeof b === 'string' && c !== undefined ? b : a;
    this.alerts.push(prompt);
    return 'OK';
  }
}

export class Spreadsheet extends Counted {
  static label = 'Spreadsheet';
  sheets: Sheet[] = [];
  readonly namedRanges = new Map<string, NamedRange>();
  active: Sheet | null = null;
  readonly toasts: string[] = [];
  /** Cells written by setValue(s)/setFormula, one per cell (what a cell-by-cell host would call). */
  cellWrites = 0;
  private nextId = 0;

  constructor(readonly timeZone = 'Asia/Tokyo') {
    super();
  }

  /** Adds a tab (internal helper for loading fixtures; the script uses insertSheet). */
  addSheet(name: string, index = this.sheets.length): Sheet {
    if (this.sheets.some((s) => s.name === name)) throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    const sheet = new Sheet(this, name, this.nextId === 0 ? 0 : 1_000_000 + this.nextId * 7919);
    this.nextId++;
    this.sheets.splice(index, 0, sheet);
    if (!this.active) this.active = sheet;
    return sheet;
  }
  sheetNamed(name: string): Sheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  getId(): string {
    return 'fake-spreadsheet';
  }
  getSpreadsheetTimeZone(): string {
    return this.timeZone;
  }
  getSheets(): Sheet[] {
    return [...this.sheets];
  }
  getNumSheets(): number {
    return this.sheets.length;
  }
  getSheetByName(name: string): Sheet | null {
    return this.sheetNamed(name) ?? null;
  }
  insertSheet(name: string, index?: number): Sheet {
    const sheet = this.addSheet(name, index ?? this.sheets.length);
    this.active = sheet;
    return sheet;
  }
  deleteSheet(sheet: Sheet): void {
    if (this.sheets.length === 1) throw new Error('You can’t remove all the sheets in a document.');
    this.sheets = this.sheets.filter((s) => s !== sheet);
    if (this.active === sheet) this.active = this.sheets[0] ?? null;
  }
  getActiveSheet(): Sheet | null {
    return this.active;
  }
  setActiveSheet(sheet: Sheet): Sheet {
    if (!this.sheets.includes(sheet)) throw new Error('Sheet not in this spreadsheet');
    this.active = sheet;
    sheet.hidden = false;
    return sheet;
  }
  moveActiveSheet(pos: number): void {
    const s = this.active;
    if (!s) throw new Error('No active sheet');
    if (pos < 1 || pos > this.sheets.length) throw new Error('Position out of range');
    this.sheets = this.sheets.filter((x) => x !== s);
    this.sheets.splice(pos - 1, 0, s);
  }
  getRange(ref: string): Range {
    const { sheet, a1 } = splitSheetRef(ref);
    const target = sheet === null ? this.active : this.sheetNamed(sheet);
    if (!target) throw new Error(`Range not found: ${ref}`);
    return new Range(target, parseA1(a1, target.maxRows, target.maxCols));
  }
  getNamedRanges(): NamedRange[] {
    return [...this.namedRanges.values()];
  }
  setNamedRange(name: string, range: Range): void {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new Error(`Invalid named range name: ${name}`);
    this.namedRanges.set(name, new NamedRange(this, name, range));
  }
  getRangeByName(name: string): Range | null {
    return this.namedRanges.get(name)?.range ?? null;
  }
  removeNamedRange(name: string): void {
    this.namedRanges.delete(name);
  }
  toast(msg: string, _title?: string, _seconds?: number): void {
    this.toasts.push(msg);
  }
}

export interface FakeSheetsOptions {
  /** Counts every call (default: a fresh CallCounter). GA-B's Execution fits here too. */
  readonly hook?: CallHook;
  /** 'NONE' makes every spreadsheet read throw (an add-on's onOpen before use in this file). */
  readonly authMode?: 'NONE' | 'LIMITED' | 'FULL';
  /** The add-on menu's title: the project's name (the README's clasp command names it 在宅連携キット). */
  readonly addonTitle?: string;
  readonly spreadsheet?: Spreadsheet;
}

export interface FakeSheets {
  /** The global `SpreadsheetApp`, counted. */
  SpreadsheetApp: unknown;
  /** The global `Charts` (enums only). */
  readonly Charts: typeof FakeCharts;
  /** The raw model, for assertions (not counted). */
  readonly spreadsheet: Spreadsheet;
  readonly ui: Ui;
  readonly hook: CallHook;
  /** Set to 'FULL' once the user has authorized (the next execution). */
  authMode: 'NONE' | 'LIMITED' | 'FULL';
  flushes: number;
}

/**
 * A fresh fake SpreadsheetApp over one (active, container) spreadsheet.
 * @example const fake = createFakeSheets(); loadWorkbookValues(fake.spreadsheet, values);
 */
export function createFakeSheets(options: FakeSheetsOptions = {}): FakeSheets {
  const hook = options.hook ?? new CallCounter();
  const spreadsheet = options.spreadsheet ?? new Spreadsheet();
  const ui = new Ui(options.addonTitle ?? '在宅連携キット');
  const state: FakeSheets = {
    SpreadsheetApp: undefined,
    Charts: FakeCharts,
    spreadsheet,
    ui,
    hook,
    authMode: options.authMode ?? 'LIMITED',
    flushes: 0,
  };
  const guard = () => {
    if (state.authMode === 'NONE') throw new Error('You do not have permission to call SpreadsheetApp.getActiveSpreadsheet in AuthMode.NONE.');
  };
  class SpreadsheetAppImpl extends Counted {
    static label = 'SpreadsheetApp';
    ProtectionType = ProtectionType;
    DataValidationCriteria = DataValidationCriteria;
    BooleanCriteria = BooleanCriteria;
    getActiveSpreadsheet(): Spreadsheet {
      guard();
      return spreadsheet;
    }
    getActive(): Spreadsheet {
      guard();
      return spreadsheet;
    }
    getActiveSheet(): Sheet | null {
      guard();
      return spreadsheet.active;
    }
    getUi(): Ui {
      return ui;
    }
    newDataValidation(): DataValidationBuilder {
      return new DataValidationBuilder();
    }
    newConditionalFormatRule(): ConditionalFormatRuleBuilder {
      return new ConditionalFormatRuleBuilder();
    }
    flush(): void {
      state.flushes++;
    }
  }
  state.SpreadsheetApp = counted(new SpreadsheetAppImpl(), hook, 'SpreadsheetApp');
  return state;
}

/**
 * Loads a WorkbookValues (tab → grid, dates as serials) into a fake spreadsheet the way a clerk's
 * sheet would hold it: values as values (no parsing: fixtures are data, not typed input), sheets sized
 * like Sheets' defaults or the data, whichever is larger. `dateColumns` marks columns whose numbers
 * are dates (formatted yyyy/m/d, so getValues returns Dates like Sheets).
 */
export function loadWorkbookValues(
  ss: Spreadsheet,
  values: Readonly<Record<string, readonly (readonly unknown[])[]>>,
  formats: Readonly<Record<string, Readonly<Record<number, string>>>> = {},
): void {
  for (const [name, grid] of Object.entries(values)) {
    const sheet = ss.sheetNamed(name) ?? ss.addSheet(name);
    const width = grid.reduce((m, row) => Math.max(m, row.length), 0);
    sheet.maxRows = Math.max(NEW_SHEET_ROWS, grid.length);
    sheet.maxCols = Math.max(NEW_SHEET_COLS, width);
    for (const [col, format] of Object.entries(formats[name] ?? {})) {
      sheet.formats.push({ box: { row: 1, col: Number(col) + 1, rows: sheet.maxRows, cols: 1 }, value: format });
    }
    grid.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === '' || v === null || v === undefined) return;
        // Fixture strings are what a clerk's cells hold, text included ('=HYPERLINK…' typed as text).
        sheet.cells.set(key(r + 1, c + 1), { value: v as CellRecord['value'], how: 'value' });
      }),
    );
  }
}

/** Every cell whose content came from a string Sheets would have parsed as a formula. */
export function interpretedCells(ss: Spreadsheet): { sheet: string; a1: string; input: string }[] {
  const out: { sheet: string; a1: string; input: string }[] = [];
  for (const sheet of ss.sheets) {
    for (const [k, rec] of sheet.cells) {
      if (rec.how === 'interpreted') out.push({ sheet: sheet.name, a1: `${colLetters(k % 100_000)}${Math.floor(k / 100_000)}`, input: rec.input ?? '' });
    }
  }
  return out;
}

/** A sheet's stored values as a grid (formulas as their '=…' text), trimmed like getDataRange. */
export function storedGrid(sheet: Sheet): (string | number | boolean | Date)[][] {
  const rows = sheet.lastRow();
  const cols = sheet.lastColumn();
  const out: (string | number | boolean | Date)[][] = [];
  for (let r = 1; r <= rows; r++) {
    const line: (string | number | boolean | Date)[] = [];
    for (let c = 1; c <= cols; c++) {
      const rec = sheet.cell(r, c);
      line.push(rec ? (rec.formula ?? rec.value) : '');
    }
    out.push(line);
  }
  return out;
}
