/**
 * The fake Excel object model: workbook, worksheets, ranges and what the kit uses on them, as proxies
 * over the store (store.ts) whose calls run at `sync()` (context.ts). Method and property names follow
 * the Excel JavaScript API reference (https://learn.microsoft.com/javascript/api/excel) so the host
 * code written against it runs unchanged in Excel.
 */
import { FakeClientObject, FakeOfficeError, type QueueContext } from './context';
import {
  cellAt,
  effectiveFormat,
  findSheet,
  formulaOf,
  interpretInput,
  intersects,
  isWholeColumns,
  MAX_COLS,
  MAX_ROWS,
  newSheet,
  parseAddress,
  rectAddress,
  setCell,
  usedRect,
  valueOf,
  type Cell,
  type Rect,
  type Scalar,
  type SheetStore,
  type StoredConditionalFormat,
  type WorkbookStore,
} from './store';
import { compileRowShift } from '../../../templates/plan/fill-down';
import { readXlsx, type XlsxSheet } from './xlsx';

type Lazy<T> = () => T;

/** Memoizes a resolver: the first call (during a sync) fixes which sheet/range a proxy means. */
function once<T>(fn: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = fn();
      done = true;
    }
    return value;
  };
}

function notFound(what: string): FakeOfficeError {
  return new FakeOfficeError('ItemNotFound', `The requested resource doesn't exist: ${what}.`);
}

function quote(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

// ---- application & workbook ---------------------------------------------------------------------

export class FakeApplication extends FakeClientObject {
  constructor(ctx: QueueContext) {
    super(ctx, 'application');
  }
  protected scalars() {
    return { calculationMode: () => 'Automatic' };
  }
  suspendApiCalculationUntilNextSync(): void {
    this.call('suspendApiCalculationUntilNextSync', [], () => undefined);
  }
  suspendScreenUpdatingUntilNextSync(): void {
    this.call('suspendScreenUpdatingUntilNextSync', [], () => undefined);
  }
}

export class FakeWorkbook extends FakeClientObject {
  readonly worksheets: FakeWorksheetCollection;
  readonly names: FakeNamedItemCollection;
  readonly application: FakeApplication;
  constructor(ctx: QueueContext, private readonly store: WorkbookStore) {
    super(ctx, 'workbook');
    this.worksheets = new FakeWorksheetCollection(ctx, store);
    this.names = new FakeNamedItemCollection(ctx, store);
    this.application = new FakeApplication(ctx);
  }
  protected scalars() {
    return { name: () => 'Book1' };
  }
  getActiveWorksheet(): FakeWorksheet {
    return this.worksheets.getActiveWorksheet();
  }
  /**
   * ExcelApi 1.13: the worksheets of an .xlsx (base64) appended to this workbook (options other than
   * the default "all sheets at the end" are not modelled); the result's value, readable after the
   * sync, is the new sheets' ids. A name already taken gets " (2)", " (3)"… as Excel names copies.
   */
  insertWorksheetsFromBase64(base64File: string, options?: { positionType?: string }): FakeClientResult<string[]> {
    if (options?.positionType !== undefined && options.positionType !== 'End') throw new FakeOfficeError('InvalidArgument', 'Only positionType End is modelled by the fake.');
    const result = new FakeClientResult<string[]>();
    let parsed: XlsxSheet[] | null = null;
    this.call(
      'insertWorksheetsFromBase64',
      [base64File],
      () => {
        if (!parsed) throw new FakeOfficeError('InvalidArgument', 'The argument is invalid or missing or has an incorrect format.');
        const ids: string[] = [];
        for (const source of parsed) {
          let name = source.name;
          for (let n = 2; findSheet(this.store, name); n++) name = `${source.name} (${n})`;
          const sheet = newSheet(this.store, name);
          source.rows.forEach((row, r) => row.forEach((v, c) => v !== '' && setCell(sheet, r, c, { v })));
          ids.push(`{${sheet.id}}`);
        }
        result.resolve(ids);
      },
      async () => {
        parsed = await readXlsx(base64File).catch(() => null);
      },
    );
    return result;
  }
}

/** OfficeExtension.ClientResult: `value` is set by the sync that ran the call. */
export class FakeClientResult<T> {
  private result: { value: T } | null = null;
  resolve(value: T): void {
    this.result = { value };
  }
  get value(): T {
    if (!this.result) throw new FakeOfficeError('ValueNotLoaded', 'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.');
    return this.result.value;
  }
}

// ---- worksheets ---------------------------------------------------------------------------------

export class FakeWorksheetCollection extends FakeClientObject {
  private itemList: FakeWorksheet[] | null = null;
  constructor(ctx: QueueContext, private readonly store: WorkbookStore) {
    super(ctx, 'worksheets');
  }
  protected scalars() {
    return { count: () => this.store.sheets.length };
  }
  override snapshot(paths: readonly string[]) {
    const rest = paths.map((p) => p.replace(/^items\/?/, '')).filter(Boolean);
    const items = this.store.sheets.map((s) => new FakeWorksheet(this.ctx, this.store, once(() => s), false, `worksheets[${s.id}]`));
    const snaps = items.map((i) => i.snapshot(rest.length ? rest : ['name']));
    return {
      bytes: snaps.reduce((n, s) => n + s.bytes, 2),
      commit: () => {
        snaps.forEach((s) => s.commit());
        this.itemList = items;
      },
    };
  }
  get items(): FakeWorksheet[] {
    if (!this.itemList) return this.loaded('items');
    return this.itemList;
  }
  add(name?: string): FakeWorksheet {
    let created: SheetStore | null = null;
    this.call('add', [name ?? null], () => {
      const n = name ?? `Sheet${this.store.sheets.length + 1}`;
      if (findSheet(this.store, n)) throw new FakeOfficeError('ItemAlreadyExists', `A sheet named ${n} already exists.`);
      created = newSheet(this.store, n);
    });
    return new FakeWorksheet(this.ctx, this.store, () => {
      if (!created) throw new FakeOfficeError('InvalidObjectPath', 'The worksheet was not added.');
      return created;
    }, false, `worksheets.add(${name ?? ''})`);
  }
  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, this.store, once(() => {
      const s = findSheet(this.store, key);
      if (!s) throw notFound(`worksheet ${key}`);
      return s;
    }), false, `worksheets[${key}]`);
  }
  getItemOrNullObject(key: string): FakeWorksheet {
    const ws = new FakeWorksheet(this.ctx, this.store, once(() => findSheet(this.store, key) ?? null), true, `worksheets[${key}]?`);
    ws.queueNullCheck();
    return ws;
  }
  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.ctx, this.store, once(() => {
      const s = this.store.sheets.find((x) => x.id === this.store.activeSheetId) ?? this.store.sheets[0];
      if (!s) throw notFound('active worksheet');
      return s;
    }), false, 'activeWorksheet');
  }
}

export class FakeWorksheet extends FakeClientObject {
  readonly freezePanes: FakeFreezePanes;
  readonly protection: FakeWorksheetProtection;
  readonly charts: FakeChartCollection;
  readonly pageLayout: FakePageLayout;
  readonly horizontalPageBreaks: FakePageBreakCollection;
  readonly autoFilter: FakeAutoFilter;
  private nullResult: boolean | null = null;
  constructor(
    ctx: QueueContext,
    private readonly store: WorkbookStore,
    private readonly resolveOrNull: Lazy<SheetStore | null>,
    private readonly nullable: boolean,
    path: string,
  ) {
    super(ctx, path);
    const sheet = (): SheetStore => this.sheet();
    this.freezePanes = new FakeFreezePanes(ctx, sheet, `${path}.freezePanes`);
    this.protection = new FakeWorksheetProtection(ctx, sheet, `${path}.protection`);
    this.charts = new FakeChartCollection(ctx, sheet, `${path}.charts`);
    this.pageLayout = new FakePageLayout(ctx, sheet, `${path}.pageLayout`);
    this.horizontalPageBreaks = new FakePageBreakCollection(ctx, sheet, `${path}.horizontalPageBreaks`);
    this.autoFilter = new FakeAutoFilter(ctx, sheet, `${path}.autoFilter`);
  }
  /** The sheet this proxy means (throws ItemNotFound / InvalidObjectPath on a null object). */
  sheet(): SheetStore {
    const s = this.resolveOrNull();
    if (!s) throw new FakeOfficeError('InvalidObjectPath', `The object path '${this._path}' isn't working for what you're trying to do.`);
    return s;
  }
  queueNullCheck(): void {
    this.call('resolve', [], () => {
      this.nullResult = this.resolveOrNull() === null;
    });
  }
  get isNullObject(): boolean {
    if (!this.nullable) return false;
    if (this.nullResult === null) return this.loaded('isNullObject');
    return this.nullResult;
  }
  protected scalars() {
    return {
      id: () => `{${this.sheet().id}}`,
      name: () => this.sheet().name,
      position: () => this.store.sheets.indexOf(this.sheet()),
      visibility: () => this.sheet().visibility,
      tabColor: () => this.sheet().tabColor,
    };
  }
  override snapshot(paths: readonly string[]) {
    if (this.nullable && this.resolveOrNull() === null) return { bytes: 0, commit: () => undefined };
    return super.snapshot(paths);
  }
  get name(): string {
    return this.loaded('name');
  }
  set name(value: string) {
    this.call('set name', [value], () => {
      const other = findSheet(this.store, value);
      if (other && other !== this.sheet()) throw new FakeOfficeError('ItemAlreadyExists', `A sheet named ${value} already exists.`);
      this.sheet().name = value;
    });
  }
  get position(): number {
    return this.loaded('position');
  }
  set position(value: number) {
    this.call('set position', [value], () => {
      const s = this.sheet();
      const list = this.store.sheets.filter((x) => x !== s);
      list.splice(Math.max(0, Math.min(value, list.length)), 0, s);
      this.store.sheets = list;
    });
  }
  get visibility(): string {
    return this.loaded('visibility');
  }
  set visibility(value: string) {
    this.call('set visibility', [value], () => {
      this.sheet().visibility = value;
    });
  }
  get tabColor(): string {
    return this.loaded('tabColor');
  }
  set tabColor(value: string) {
    this.call('set tabColor', [value], () => {
      this.sheet().tabColor = value;
    });
  }
  getRange(address?: string): FakeRange {
    return new FakeRange(this.ctx, this.store, () => this.sheet(), once(() => (address ? parseAddress(address) : { r0: 0, c0: 0, r1: MAX_ROWS - 1, c1: MAX_COLS - 1 })), false, `${this._path}.range[${address ?? ''}]`);
  }
  getUsedRange(valuesOnly?: boolean): FakeRange {
    return new FakeRange(this.ctx, this.store, () => this.sheet(), once(() => usedRect(this.sheet(), valuesOnly === true) ?? { r0: 0, c0: 0, r1: 0, c1: 0 }), false, `${this._path}.usedRange`);
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    const r = new FakeRange(this.ctx, this.store, () => this.sheet(), once(() => usedRect(this.sheet(), valuesOnly === true)), true, `${this._path}.usedRange?`);
    r.queueNullCheck();
    return r;
  }
  activate(): void {
    this.call('activate', [], () => {
      const s = this.sheet();
      if (s.visibility !== 'Visible') throw new FakeOfficeError('InvalidOperation', 'A hidden sheet cannot be activated.');
      this.store.activeSheetId = s.id;
    });
  }
  delete(): void {
    this.call('delete', [], () => {
      const s = this.sheet();
      if (this.store.sheets.filter((x) => x.visibility === 'Visible' && x !== s).length === 0) throw new FakeOfficeError('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
      this.store.sheets = this.store.sheets.filter((x) => x !== s);
      if (this.store.activeSheetId === s.id) this.store.activeSheetId = this.store.sheets[0]?.id ?? null;
    });
  }
}

export class FakeFreezePanes extends FakeClientObject {
  constructor(ctx: QueueContext, private readonly sheet: Lazy<SheetStore>, path: string) {
    super(ctx, path);
  }
  protected scalars() {
    return {};
  }
  freezeRows(count?: number): void {
    this.call('freezeRows', [count ?? 1], () => {
      this.sheet().freeze = { rows: count ?? 1, cols: 0 };
    });
  }
  freezeColumns(count?: number): void {
    this.call('freezeColumns', [count ?? 1], () => {
      this.sheet().freeze = { rows: 0, cols: count ?? 1 };
    });
  }
  freezeAt(frozenRange: string | FakeRange): void {
    const address = typeof frozenRange === 'string' ? frozenRange : frozenRange._path;
    this.call('freezeAt', [address], () => {
      const rect = typeof frozenRange === 'string' ? parseAddress(frozenRange) : frozenRange.rect();
      this.sheet().freeze = { rows: rect.r1 + 1, cols: rect.c1 + 1 };
    });
  }
  unfreeze(): void {
    this.call('unfreeze', [], () => {
      this.sheet().freeze = null;
    });
  }
}

export class FakeWorksheetProtection extends FakeClientObject {
  constructor(ctx: QueueContext, private readonly sheet: Lazy<SheetStore>, path: string) {
    super(ctx, path);
  }
  protected scalars() {
    return { protected: () => this.sheet().protected };
  }
  get protected(): boolean {
    return this.loaded('protected');
  }
  protect(options?: unknown, password?: string): void {
    this.call('protect', [options ?? null, password ? '***' : null], () => {
      const s = this.sheet();
      if (s.protected) throw new FakeOfficeError('InvalidOperation', 'The worksheet is already protected.');
      s.protected = true;
      // WorksheetProtectionOptions (ExcelApi 1.2), e.g. allowAutoFilter: "allowing use of the AutoFilter feature"
      // https://learn.microsoft.com/en-us/javascript/api/excel/excel.worksheetprotectionoptions
      s.protectionOptions = options && typeof options === 'object' ? { ...(options as Record<string, unknown>) } : {};
    });
  }
  unprotect(password?: string): void {
    this.call('unprotect', [password ? '***' : null], () => {
      this.sheet().protected = false;
    });
  }
}

export class FakePageLayout extends FakeClientObject {
  constructor(ctx: QueueContext, private readonly sheet: Lazy<SheetStore>, path: string) {
    super(ctx, path);
  }
  protected scalars() {
    return { orientation: () => this.sheet().pageLayout.orientation ?? 'Portrait', paperSize: () => this.sheet().pageLayout.paperSize ?? 'Letter' };
  }
  private setProp(name: string, value: unknown): void {
    this.call(`set pageLayout.${name}`, [value], () => {
      this.sheet().pageLayout[name] = value;
    });
  }
  set orientation(v: string) {
    this.setProp('orientation', v);
  }
  get orientation(): string {
    return this.loaded('orientation');
  }
  set paperSize(v: string) {
    this.setProp('paperSize', v);
  }
  get paperSize(): string {
    return this.loaded('paperSize');
  }
  set zoom(v: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number }) {
    this.setProp('zoom', v);
  }
  setPrintArea(area: string): void {
    this.call('setPrintArea', [area], () => {
      this.sheet().pageLayout.printArea = area;
    });
  }
  setPrintTitleRows(rows: string): void {
    this.call('setPrintTitleRows', [rows], () => {
      this.sheet().pageLayout.printTitleRows = rows;
    });
  }
}

/**
 * Worksheet.autoFilter (ExcelApi 1.9): one AutoFilter per worksheet; apply(range) sets its range
 * (applying again replaces it), remove() drops it.
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.autofilter
 * On a protected sheet no AutoFilter can be created or removed ("The user cannot create or remove
 * an AutoFilter on a protected worksheet"):
 * https://learn.microsoft.com/en-us/office/vba/api/excel.protection.allowfiltering
 */
export class FakeAutoFilter extends FakeClientObject {
  constructor(ctx: QueueContext, private readonly sheet: Lazy<SheetStore>, path: string) {
    super(ctx, path);
  }
  protected scalars() {
    return { enabled: () => this.sheet().autoFilter !== null };
  }
  apply(range: string): void {
    this.call('apply', [range], () => {
      const s = this.sheet();
      if (s.protected) throw new FakeOfficeError('InvalidOperation', 'The AutoFilter cannot be applied on a protected worksheet.');
      s.autoFilter = parseAddress(range);
    });
  }
  remove(): void {
    this.call('remove', [], () => {
      const s = this.sheet();
      if (s.protected) throw new FakeOfficeError('InvalidOperation', 'The AutoFilter cannot be removed on a protected worksheet.');
      s.autoFilter = null;
    });
  }
}

export class FakePageBreakCollection extends FakeClientObject {
  constructor(ctx: QueueContext, private readonly sheet: Lazy<SheetStore>, path: string) {
    super(ctx, path);
  }
  protected scalars() {
    return { count: () => this.sheet().pageBreaks.length };
  }
  add(pageBreakRange: string): void {
    this.call('add', [pageBreakRange], () => {
      this.sheet().pageBreaks.push(parseAddress(pageBreakRange).r0 + 1);
    });
  }
  removePageBreaks(): void {
    this.call('removePageBreaks', [], () => {
      this.sheet().pageBreaks = [];
    });
  }
}

// ---- ranges -------------------------------------------------------------------------------------

type Grid2 = readonly (readonly unknown[])[];

/** Applies `value` (a 2-D array of the range's shape, or one value for every cell) cell by cell. */
function eachInput(rect: Rect, value: unknown, what: string, fn: (r: number, c: number, v: unknown) => void): void {
  const rows = rect.r1 - rect.r0 + 1;
  const cols = rect.c1 - rect.c0 + 1;
  if (!Array.isArray(value)) {
    for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) fn(rect.r0 + r, rect.c0 + c, value);
    return;
  }
  const grid = value as Grid2;
  const single = grid.length === 1 && (grid[0]?.length ?? 0) === 1;
  if (!single && (grid.length !== rows || grid.some((line) => line.length !== cols))) {
    throw new FakeOfficeError('InvalidArgument', `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${what}).`);
  }
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) fn(rect.r0 + r, rect.c0 + c, single ? grid[0]?.[0] : grid[r]?.[c]);
}

export class FakeRange extends FakeClientObject {
  readonly format: FakeRangeFormat;
  readonly dataValidation: FakeDataValidation;
  readonly conditionalFormats: FakeConditionalFormatCollection;
  private nullResult: boolean | null = null;
  constructor(
    ctx: QueueContext,
    private readonly store: WorkbookStore,
    readonly sheetOf: Lazy<SheetStore>,
    private readonly rectOrNull: Lazy<Rect | null>,
    private readonly nullable: boolean,
    path: string,
  ) {
    super(ctx, path);
    this.format = new FakeRangeFormat(ctx, this, `${path}.format`);
    this.dataValidation = new FakeDataValidation(ctx, this, `${path}.dataValidation`);
    this.conditionalFormats = new FakeConditionalFormatCollection(ctx, this, `${path}.conditionalFormats`);
  }
  rect(): Rect {
    const r = this.rectOrNull();
    if (!r) throw new FakeOfficeError('InvalidObjectPath', `The object path '${this._path}' isn't working for what you're trying to do.`);
    return r;
  }
  queueNullCheck(): void {
    this.call('resolve', [], () => {
      this.nullResult = this.rectOrNull() === null;
    });
  }
  get isNullObject(): boolean {
    if (!this.nullable) return false;
    if (this.nullResult === null) return this.loaded('isNullObject');
    return this.nullResult;
  }
  override snapshot(paths: readonly string[]) {
    if (this.nullable && this.rectOrNull() === null) return { bytes: 0, commit: () => undefined };
    return super.snapshot(paths);
  }
  private grid<T>(fn: (r: number, c: number) => T): T[][] {
    const rect = this.rect();
    const rows = rect.r1 - rect.r0 + 1;
    const cols = rect.c1 - rect.c0 + 1;
    if (rows * cols > 5_000_000) throw new FakeOfficeError('ResponsePayloadSizeLimitExceeded', 'A range read is limited to 5,000,000 cells.');
    const out: T[][] = [];
    for (let r = 0; r < rows; r++) {
      const line: T[] = [];
      for (let c = 0; c < cols; c++) line.push(fn(rect.r0 + r, rect.c0 + c));
      out.push(line);
    }
    return out;
  }
  protected scalars() {
    const sheet = () => this.sheetOf();
    return {
      address: () => `${quote(sheet().name)}!${rectAddress(this.rect())}`,
      rowCount: () => this.rect().r1 - this.rect().r0 + 1,
      columnCount: () => this.rect().c1 - this.rect().c0 + 1,
      rowIndex: () => this.rect().r0,
      columnIndex: () => this.rect().c0,
      values: () => this.grid((r, c) => valueOf(cellAt(sheet(), r, c))),
      formulas: () => this.grid((r, c) => formulaOf(cellAt(sheet(), r, c))),
      numberFormat: () => this.grid((r, c) => effectiveFormat(sheet(), r, c)),
    };
  }
  get address(): string {
    return this.loaded('address');
  }
  get rowCount(): number {
    return this.loaded('rowCount');
  }
  get columnCount(): number {
    return this.loaded('columnCount');
  }
  get rowIndex(): number {
    return this.loaded('rowIndex');
  }
  get columnIndex(): number {
    return this.loaded('columnIndex');
  }
  get values(): Scalar[][] {
    return this.loaded('values');
  }
  set values(value: Scalar[][]) {
    this.write('values', value);
  }
  get formulas(): Scalar[][] {
    return this.loaded('formulas');
  }
  set formulas(value: Scalar[][]) {
    this.write('formulas', value);
  }
  private write(what: 'values' | 'formulas', value: unknown): void {
    this.call(`set ${what}`, [value], () => {
      const sheet = this.sheetOf();
      eachInput(this.rect(), value, what, (r, c, v) => {
        // null leaves a cell as it is (Office.js: "null input values are ignored").
        if (v === null || v === undefined) return;
        setCell(sheet, r, c, interpretInput(v as Scalar, effectiveFormat(sheet, r, c), cellAt(sheet, r, c)));
      });
    });
  }
  get numberFormat(): string[][] {
    return this.loaded('numberFormat');
  }
  set numberFormat(value: string[][] | string) {
    this.call('set numberFormat', [value], () => {
      const sheet = this.sheetOf();
      const rect = this.rect();
      if (isWholeColumns(rect) && !Array.isArray(value)) {
        for (let c = rect.c0; c <= rect.c1; c++) sheet.columnFormats.set(c, value);
        // Cells written before keep an explicit format only where it differs; Excel applies the column format to them too.
        sheet.rows.forEach((row) => row?.forEach((cell, c) => cell && c >= rect.c0 && c <= rect.c1 && delete cell.nf));
        return;
      }
      eachInput(rect, value, 'numberFormat', (r, c, v) => {
        const cell = cellAt(sheet, r, c) ?? { v: '' };
        setCell(sheet, r, c, { ...cell, nf: String(v) });
      });
    });
  }
  set columnHidden(value: boolean) {
    this.call('set columnHidden', [value], () => {
      const rect = this.rect();
      for (let c = rect.c0; c <= rect.c1; c++) {
        if (value) this.sheetOf().hiddenColumns.add(c);
        else this.sheetOf().hiddenColumns.delete(c);
      }
    });
  }
  clear(applyTo?: string): void {
    this.call('clear', [applyTo ?? 'All'], () => {
      const sheet = this.sheetOf();
      const rect = this.rect();
      const contents = applyTo === undefined || applyTo === 'All' || applyTo === 'Contents';
      const formats = applyTo === undefined || applyTo === 'All' || applyTo === 'Formats';
      sheet.rows.forEach((row, r) => {
        if (!row || r < rect.r0 || r > rect.r1) return;
        for (let c = Math.max(rect.c0, 0); c <= Math.min(rect.c1, row.length - 1); c++) {
          const cell = row[c];
          if (!cell) continue;
          const next = { ...cell };
          if (contents) {
            next.v = '';
            delete next.f;
            delete next.lit;
          }
          if (formats) delete next.nf;
          row[c] = next.v === '' && next.f === undefined && next.nf === undefined ? undefined : next;
        }
      });
      if (formats) {
        if (isWholeColumns(rect)) for (let c = rect.c0; c <= rect.c1; c++) sheet.columnFormats.delete(c);
        sheet.styles = sheet.styles.filter((s) => !intersects(s.rect, rect));
      }
    });
  }
  merge(across?: boolean): void {
    this.call('merge', [across ?? false], () => {
      this.sheetOf().merges.push(this.rect());
    });
  }
  unmerge(): void {
    this.call('unmerge', [], () => {
      const rect = this.rect();
      this.sheetOf().merges = this.sheetOf().merges.filter((m) => !intersects(m, rect));
    });
  }
  select(): void {
    this.call('select', [], () => {
      const sheet = this.sheetOf();
      this.store.activeSheetId = sheet.id;
      this.store.selection = { sheet: sheet.name, address: rectAddress(this.rect()) };
    });
  }
  private derived(path: string, fn: (rect: Rect) => Rect): FakeRange {
    return new FakeRange(this.ctx, this.store, this.sheetOf, once(() => fn(this.rect())), false, `${this._path}.${path}`);
  }
  getCell(row: number, column: number): FakeRange {
    return this.derived(`cell(${row},${column})`, (r) => ({ r0: r.r0 + row, c0: r.c0 + column, r1: r.r0 + row, c1: r.c0 + column }));
  }
  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    return this.derived(`resized(${deltaRows},${deltaColumns})`, (r) => ({ ...r, r1: r.r1 + deltaRows, c1: r.c1 + deltaColumns }));
  }
  getOffsetRange(rowOffset: number, columnOffset: number): FakeRange {
    return this.derived(`offset(${rowOffset},${columnOffset})`, (r) => ({ r0: r.r0 + rowOffset, c0: r.c0 + columnOffset, r1: r.r1 + rowOffset, c1: r.c1 + columnOffset }));
  }
  getIntersectionOrNullObject(other: string): FakeRange {
    const o = parseAddress(other);
    const r = new FakeRange(this.ctx, this.store, this.sheetOf, once(() => {
      const a = this.rectOrNull();
      if (!a || !intersects(a, o)) return null;
      return { r0: Math.max(a.r0, o.r0), c0: Math.max(a.c0, o.c0), r1: Math.min(a.r1, o.r1), c1: Math.min(a.c1, o.c1) };
    }), true, `${this._path}.intersection(${other})`);
    r.queueNullCheck();
    return r;
  }
  /**
   * Copies `source` into this range as Paste does: a smaller source is repeated over the target, and
   * relative references in copied formulas move with the row offset (copyType 'Formulas' or 'All').
   */
  copyFrom(source: FakeRange | string, copyType?: string, skipBlanks?: boolean, transpose?: boolean): void {
    const sourcePath = typeof source === 'string' ? source : source._path;
    this.call('copyFrom', [sourcePath, copyType ?? 'All', skipBlanks ?? false, transpose ?? false], () => {
      const sheet = this.sheetOf();
      const from = typeof source === 'string' ? parseAddress(source) : source.rect();
      const fromSheet = typeof source === 'string' ? sheet : source.sheetOf();
      const to = this.rect();
      const h = from.r1 - from.r0 + 1;
      const w = from.c1 - from.c0 + 1;
      const compiled = new Map<string, (offset: number) => string>();
      const shift = (f: string, offset: number): string => {
        let fn = compiled.get(f);
        if (!fn) {
          fn = compileRowShift(f);
          compiled.set(f, fn);
        }
        return fn(offset);
      };
      for (let r = to.r0; r <= to.r1; r++) {
        for (let c = to.c0; c <= to.c1; c++) {
          const src = cellAt(fromSheet, from.r0 + ((r - to.r0) % h), from.c0 + ((c - to.c0) % w));
          if (!src) {
            if (!skipBlanks) setCell(sheet, r, c, undefined);
            continue;
          }
          const offset = r - (from.r0 + ((r - to.r0) % h));
          const prev = cellAt(sheet, r, c);
          const next: Cell = src.f !== undefined ? { v: '', f: shift(src.f, offset) } : { ...src };
          if (copyType === 'Formulas' || copyType === 'Values') {
            if (prev?.nf !== undefined) next.nf = prev.nf;
            else delete next.nf;
          }
          setCell(sheet, r, c, next);
        }
      }
    });
  }
}

export class FakeRangeFormat extends FakeClientObject {
  readonly font: FakeStyleObject;
  readonly fill: FakeStyleObject;
  readonly protection: FakeStyleObject;
  readonly borders: FakeBorders;
  constructor(ctx: QueueContext, private readonly range: FakeRange, path: string) {
    super(ctx, path);
    this.font = new FakeStyleObject(ctx, range, `${path}.font`, 'font');
    this.fill = new FakeStyleObject(ctx, range, `${path}.fill`, 'fill');
    this.protection = new FakeStyleObject(ctx, range, `${path}.protection`, 'protection');
    this.borders = new FakeBorders(ctx, range, `${path}.borders`);
  }
  protected scalars() {
    return {};
  }
  private style(prop: string, value: unknown, extra?: (sheet: SheetStore, rect: Rect) => void): void {
    this.call(`set format.${prop}`, [value], () => {
      const sheet = this.range.sheetOf();
      const rect = this.range.rect();
      sheet.styles.push({ rect, prop, value });
      extra?.(sheet, rect);
    });
  }
  set columnWidth(value: number) {
    this.style('columnWidth', value, (sheet, rect) => {
      for (let c = rect.c0; c <= rect.c1; c++) sheet.columnWidths.set(c, value);
    });
  }
  set rowHeight(value: number) {
    this.style('rowHeight', value, (sheet, rect) => {
      for (let r = rect.r0; r <= Math.min(rect.r1, rect.r0 + 10_000); r++) sheet.rowHeights.set(r, value);
    });
  }
  set wrapText(value: boolean) {
    this.style('wrapText', value);
  }
  set horizontalAlignment(value: string) {
    this.style('horizontalAlignment', value);
  }
  set verticalAlignment(value: string) {
    this.style('verticalAlignment', value);
  }
}

/** font / fill / protection: every property write is recorded as a style on the range. */
export class FakeStyleObject extends FakeClientObject {
  constructor(ctx: QueueContext, private readonly range: FakeRange, path: string, private readonly group: string) {
    super(ctx, path);
  }
  protected scalars() {
    return {};
  }
  protected record(prop: string, value: unknown): void {
    this.call(`set ${this.group}.${prop}`, [value], () => {
      this.range.sheetOf().styles.push({ rect: this.range.rect(), prop: `${this.group}.${prop}`, value });
    });
  }
  set bold(v: boolean) {
    this.record('bold', v);
  }
  set size(v: number) {
    this.record('size', v);
  }
  set color(v: string) {
    this.record('color', v);
  }
  set locked(v: boolean) {
    this.record('locked', v);
  }
}

export class FakeBorders extends FakeClientObject {
  constructor(ctx: QueueContext, private readonly range: FakeRange, path: string) {
    super(ctx, path);
  }
  protected scalars() {
    return {};
  }
  getItem(index: string): FakeBorder {
    return new FakeBorder(this.ctx, this.range, `${this._path}[${index}]`, `border.${index}`);
  }
}

export class FakeBorder extends FakeStyleObject {
  set style(v: string) {
    this.record('style', v);
  }
  set weight(v: string) {
    this.record('weight', v);
  }
}

// ---- data validation ----------------------------------------------------------------------------

export class FakeDataValidation extends FakeClientObject {
  constructor(ctx: QueueContext, private readonly range: FakeRange, path: string) {
    super(ctx, path);
  }
  protected scalars() {
    const found = () => this.range.sheetOf().validations.find((v) => intersects(v.rect, this.range.rect()));
    return { rule: () => found()?.rule ?? {}, prompt: () => found()?.prompt ?? null, errorAlert: () => found()?.errorAlert ?? null, ignoreBlanks: () => found()?.ignoreBlanks ?? true };
  }
  private entry() {
    const sheet = this.range.sheetOf();
    const rect = this.range.rect();
    let v = sheet.validations.find((x) => x.rect.r0 === rect.r0 && x.rect.c0 === rect.c0 && x.rect.r1 === rect.r1 && x.rect.c1 === rect.c1);
    if (!v) {
      v = { rect, rule: null, prompt: null, errorAlert: null, ignoreBlanks: true };
      sheet.validations.push(v);
    }
    return v;
  }
  set rule(value: Record<string, unknown>) {
    this.call('set dataValidation.rule', [value], () => {
      this.entry().rule = value;
    });
  }
  get rule(): Record<string, unknown> {
    return this.loaded('rule');
  }
  set prompt(value: Record<string, unknown>) {
    this.call('set dataValidation.prompt', [value], () => {
      this.entry().prompt = value;
    });
  }
  set errorAlert(value: Record<string, unknown>) {
    this.call('set dataValidation.errorAlert', [value], () => {
      this.entry().errorAlert = value;
    });
  }
  set ignoreBlanks(value: boolean) {
    this.call('set dataValidation.ignoreBlanks', [value], () => {
      this.entry().ignoreBlanks = value;
    });
  }
  clear(): void {
    this.call('dataValidation.clear', [], () => {
      const rect = this.range.rect();
      const sheet = this.range.sheetOf();
      sheet.validations = sheet.validations.filter((v) => !intersects(v.rect, rect));
    });
  }
}

// ---- conditional formats ------------------------------------------------------------------------

export class FakeConditionalFormatCollection extends FakeClientObject {
  private itemList: FakeConditionalFormat[] | null = null;
  constructor(ctx: QueueContext, private readonly range: FakeRange, path: string) {
    super(ctx, path);
  }
  protected scalars() {
    return { count: () => this.current().length };
  }
  private current(): StoredConditionalFormat[] {
    const rect = this.range.rect();
    return this.range.sheetOf().conditionalFormats.filter((cf) => intersects(cf.rect, rect));
  }
  override snapshot(paths: readonly string[]) {
    const rest = paths.map((p) => p.replace(/^items\/?/, '')).filter(Boolean);
    const items = this.current().map((cf) => new FakeConditionalFormat(this.ctx, this.range, () => cf, `${this._path}[${cf.id}]`));
    const snaps = items.map((i) => i.snapshot(rest.length ? rest : ['type']));
    return {
      bytes: snaps.reduce((n, s) => n + s.bytes, 2),
      commit: () => {
        snaps.forEach((s) => s.commit());
        this.itemList = items;
      },
    };
  }
  get items(): FakeConditionalFormat[] {
    if (!this.itemList) return this.loaded('items');
    return this.itemList;
  }
  add(type: string): FakeConditionalFormat {
    let created: StoredConditionalFormat | null = null;
    this.call('conditionalFormats.add', [type], () => {
      const sheet = this.range.sheetOf();
      const id = sheet.conditionalFormats.reduce((m, x) => Math.max(m, x.id), 0) + 1;
      created = { id, rect: this.range.rect(), type, formula: '', fill: null, fontColor: null };
      sheet.conditionalFormats.push(created);
    });
    return new FakeConditionalFormat(this.ctx, this.range, () => {
      if (!created) throw new FakeOfficeError('InvalidObjectPath', 'The conditional format was not added.');
      return created;
    }, `${this._path}.add(${type})`);
  }
  clearAll(): void {
    this.call('conditionalFormats.clearAll', [], () => {
      const rect = this.range.rect();
      const sheet = this.range.sheetOf();
      sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => !intersects(cf.rect, rect));
    });
  }
}

export class FakeConditionalFormat extends FakeClientObject {
  readonly custom: FakeCustomConditionalFormat;
  readonly customOrNullObject: FakeCustomConditionalFormat;
  constructor(ctx: QueueContext, private readonly range: FakeRange, private readonly cf: Lazy<StoredConditionalFormat>, path: string) {
    super(ctx, path);
    this.custom = new FakeCustomConditionalFormat(ctx, cf, `${path}.custom`, false);
    this.customOrNullObject = new FakeCustomConditionalFormat(ctx, cf, `${path}.customOrNullObject`, true);
  }
  protected scalars() {
    return { type: () => this.cf().type, id: () => String(this.cf().id) };
  }
  protected override navs() {
    return { custom: () => this.custom, customOrNullObject: () => this.customOrNullObject };
  }
  get type(): string {
    return this.loaded('type');
  }
  delete(): void {
    this.call('conditionalFormat.delete', [], () => {
      const sheet = this.range.sheetOf();
      const target = this.cf();
      sheet.conditionalFormats = sheet.conditionalFormats.filter((x) => x !== target);
    });
  }
}

export class FakeCustomConditionalFormat extends FakeClientObject {
  readonly rule: FakeConditionalRule;
  readonly format: { readonly fill: FakeCfColor; readonly font: FakeCfColor };
  constructor(ctx: QueueContext, private readonly cf: Lazy<StoredConditionalFormat>, path: string, private readonly orNull: boolean) {
    super(ctx, path);
    this.rule = new FakeConditionalRule(ctx, cf, `${path}.rule`, orNull);
    this.format = { fill: new FakeCfColor(ctx, cf, `${path}.format.fill`, 'fill'), font: new FakeCfColor(ctx, cf, `${path}.format.font`, 'fontColor') };
  }
  protected scalars() {
    return {};
  }
  protected override navs() {
    return { rule: () => this.rule };
  }
  override snapshot(paths: readonly string[]) {
    if (this.cf().type !== 'Custom') {
      if (this.orNull) return { bytes: 0, commit: () => undefined };
      throw new FakeOfficeError('InvalidOperation', 'This conditional format is not a custom one.');
    }
    return super.snapshot(paths);
  }
}

export class FakeConditionalRule extends FakeClientObject {
  constructor(ctx: QueueContext, private readonly cf: Lazy<StoredConditionalFormat>, path: string, private readonly orNull: boolean) {
    super(ctx, path);
  }
  protected scalars() {
    return { formula: () => this.cf().formula };
  }
  get formula(): string {
    if (this.orNull) {
      try {
        return this.loaded('formula');
      } catch {
        return '';
      }
    }
    return this.loaded('formula');
  }
  set formula(value: string) {
    this.call('set rule.formula', [value], () => {
      this.cf().formula = value;
    });
  }
}

export class FakeCfColor extends FakeClientObject {
  constructor(ctx: QueueContext, private readonly cf: Lazy<StoredConditionalFormat>, path: string, private readonly key: 'fill' | 'fontColor') {
    super(ctx, path);
  }
  protected scalars() {
    return {};
  }
  set color(value: string) {
    this.call(`set ${this.key}.color`, [value], () => {
      this.cf()[this.key] = value;
    });
  }
}

// ---- charts -------------------------------------------------------------------------------------

export class FakeChartCollection extends FakeClientObject {
  private itemList: FakeChart[] | null = null;
  constructor(ctx: QueueContext, private readonly sheet: Lazy<SheetStore>, path: string) {
    super(ctx, path);
  }
  protected scalars() {
    return { count: () => this.sheet().charts.length };
  }
  override snapshot(paths: readonly string[]) {
    const rest = paths.map((p) => p.replace(/^items\/?/, '')).filter(Boolean);
    const items = this.sheet().charts.map((c) => new FakeChart(this.ctx, this.sheet, () => c, `${this._path}[${c.id}]`));
    const snaps = items.map((i) => i.snapshot(rest.length ? rest : ['name']));
    return {
      bytes: snaps.reduce((n, s) => n + s.bytes, 2),
      commit: () => {
        snaps.forEach((s) => s.commit());
        this.itemList = items;
      },
    };
  }
  get items(): FakeChart[] {
    if (!this.itemList) return this.loaded('items');
    return this.itemList;
  }
  add(type: string, sourceData: FakeRange, seriesBy?: string): FakeChart {
    let created: import('./store').StoredChart | null = null;
    this.call('charts.add', [type, sourceData._path, seriesBy ?? 'Auto'], () => {
      const sheet = this.sheet();
      const id = sheet.charts.reduce((m, c) => Math.max(m, c.id), 0) + 1;
      created = { id, name: `Chart ${id}`, type, source: sourceData.rect(), seriesBy: seriesBy ?? 'Auto', title: '', position: null };
      sheet.charts.push(created);
    });
    return new FakeChart(this.ctx, this.sheet, () => {
      if (!created) throw new FakeOfficeError('InvalidObjectPath', 'The chart was not added.');
      return created;
    }, `${this._path}.add`);
  }
}

export class FakeChart extends FakeClientObject {
  readonly title: { text: string };
  constructor(ctx: QueueContext, private readonly sheet: Lazy<SheetStore>, private readonly chart: Lazy<import('./store').StoredChart>, path: string) {
    super(ctx, path);
    const self = this;
    this.title = {
      set text(value: string) {
        self.call('set chart.title.text', [value], () => {
          self.chart().title = value;
        });
      },
      get text(): string {
        throw new FakeOfficeError('PropertyNotLoaded', 'chart.title.text is not loaded');
      },
    };
  }
  protected scalars() {
    return { name: () => this.chart().name, chartType: () => this.chart().type };
  }
  get name(): string {
    return this.loaded('name');
  }
  set name(value: string) {
    this.call('set chart.name', [value], () => {
      this.chart().name = value;
    });
  }
  setPosition(startCell: string, endCell?: string): void {
    this.call('chart.setPosition', [startCell, endCell ?? null], () => {
      this.chart().position = { start: startCell, end: endCell ?? startCell };
    });
  }
  delete(): void {
    this.call('chart.delete', [], () => {
      const sheet = this.sheet();
      const target = this.chart();
      sheet.charts = sheet.charts.filter((c) => c !== target);
    });
  }
}

// ---- names --------------------------------------------------------------------------------------

export class FakeNamedItemCollection extends FakeClientObject {
  private itemList: FakeNamedItem[] | null = null;
  constructor(ctx: QueueContext, private readonly store: WorkbookStore) {
    super(ctx, 'names');
  }
  protected scalars() {
    return { count: () => this.store.names.size };
  }
  override snapshot(paths: readonly string[]) {
    const rest = paths.map((p) => p.replace(/^items\/?/, '')).filter(Boolean);
    const items = [...this.store.names.keys()].map((n) => new FakeNamedItem(this.ctx, this.store, n, false));
    const snaps = items.map((i) => i.snapshot(rest.length ? rest : ['name']));
    return {
      bytes: snaps.reduce((n, s) => n + s.bytes, 2),
      commit: () => {
        snaps.forEach((s) => s.commit());
        this.itemList = items;
      },
    };
  }
  get items(): FakeNamedItem[] {
    if (!this.itemList) return this.loaded('items');
    return this.itemList;
  }
  add(name: string, reference: string | FakeRange, comment?: string): FakeNamedItem {
    const ref = typeof reference === 'string' ? reference : reference._path;
    this.call('names.add', [name, ref, comment ?? null], () => {
      if (this.store.names.has(name)) throw new FakeOfficeError('ItemAlreadyExists', `The name ${name} already exists.`);
      const text = typeof reference === 'string' ? reference : `=${quote(reference.sheetOf().name)}!${rectAddress(reference.rect())}`;
      const sheetName = /^=?'((?:[^']|'')+)'!/.exec(text)?.[1]?.replace(/''/g, "'");
      if (sheetName !== undefined && !findSheet(this.store, sheetName)) throw new FakeOfficeError('InvalidReference', `The reference ${text} is not valid.`);
      this.store.names.set(name, text.startsWith('=') ? text : `=${text}`);
    });
    return new FakeNamedItem(this.ctx, this.store, name, false);
  }
  getItem(name: string): FakeNamedItem {
    return new FakeNamedItem(this.ctx, this.store, name, false);
  }
  getItemOrNullObject(name: string): FakeNamedItem {
    return new FakeNamedItem(this.ctx, this.store, name, true);
  }
}

export class FakeNamedItem extends FakeClientObject {
  constructor(ctx: QueueContext, private readonly store: WorkbookStore, private readonly key: string, private readonly nullable: boolean) {
    super(ctx, `names[${key}]`);
    if (nullable) this.call('resolve', [], () => this.publish('isNullObject', !this.store.names.has(this.key)));
  }
  protected scalars() {
    return { name: () => this.key, formula: () => this.store.names.get(this.key) ?? '' };
  }
  get isNullObject(): boolean {
    return this.nullable ? this.loaded('isNullObject') : false;
  }
  get name(): string {
    return this.loaded('name');
  }
  get formula(): string {
    return this.loaded('formula');
  }
  set formula(value: string) {
    this.call('set name.formula', [value], () => {
      if (!this.store.names.has(this.key)) throw notFound(`name ${this.key}`);
      this.store.names.set(this.key, value.startsWith('=') ? value : `=${value}`);
    });
  }
  delete(): void {
    this.call('name.delete', [], () => {
      this.store.names.delete(this.key);
    });
  }
}
