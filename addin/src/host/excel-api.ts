/**
 * The part of the Excel JavaScript API (Office.js) the host uses, as structural types: the real
 * `Excel` global satisfies them in Excel, and the fake in test/addin/fake-excel satisfies them in
 * tests and in the task pane's stub host. Names and shapes follow https://learn.microsoft.com/javascript/api/excel.
 * Requirement sets are noted where a member is above the add-in's declared minimum (ExcelApi 1.8).
 */

export type XScalar = string | number | boolean;

export interface XLoadable {
  load(propertyNames?: string | string[]): unknown;
}

export interface XRange extends XLoadable {
  readonly isNullObject: boolean;
  readonly address: string;
  readonly rowCount: number;
  readonly columnCount: number;
  readonly rowIndex: number;
  readonly columnIndex: number;
  values: XScalar[][];
  formulas: XScalar[][];
  numberFormat: string[][] | string;
  columnHidden: boolean;
  readonly format: XRangeFormat;
  readonly dataValidation: XDataValidation;
  readonly conditionalFormats: XConditionalFormatCollection;
  clear(applyTo?: 'All' | 'Formats' | 'Contents'): void;
  merge(across?: boolean): void;
  unmerge(): void;
  select(): void;
  getCell(row: number, column: number): XRange;
  getResizedRange(deltaRows: number, deltaColumns: number): XRange;
  getOffsetRange(rowOffset: number, columnOffset: number): XRange;
  getIntersectionOrNullObject(anotherRange: string): XRange;
  /** ExcelApi 1.9. */
  copyFrom(sourceRange: string, copyType?: 'All' | 'Formulas' | 'Values' | 'Formats', skipBlanks?: boolean, transpose?: boolean): void;
}

export interface XRangeFormat {
  columnWidth: number;
  rowHeight: number;
  wrapText: boolean;
  horizontalAlignment: string;
  verticalAlignment: string;
  readonly font: { bold: boolean; size: number; color: string };
  readonly fill: { color: string };
  readonly protection: { locked: boolean };
  readonly borders: { getItem(index: string): { style: string; color: string } };
}

export interface XDataValidation {
  rule: object;
  prompt: object;
  errorAlert: object;
  ignoreBlanks: boolean;
  clear(): void;
}

export interface XConditionalFormat {
  readonly type: string;
  readonly customOrNullObject: { readonly rule: { readonly formula: string } };
  readonly custom: { readonly rule: { formula: string }; readonly format: { readonly fill: { color: string }; readonly font: { color: string } } };
  delete(): void;
}

export interface XConditionalFormatCollection extends XLoadable {
  readonly items: XConditionalFormat[];
  add(type: 'Custom'): XConditionalFormat;
  clearAll(): void;
}

export interface XChart {
  readonly name: string;
  readonly title: { text: string };
  setPosition(startCell: string, endCell?: string): void;
  delete(): void;
}

export interface XChartCollection extends XLoadable {
  readonly items: XChart[];
  /**
   * `sourceData` is an Excel.Range from this workbook (typed `never` so the real signature, which
   * wants its own Range class, still satisfies this one: pass `range as never`).
   */
  add(type: string, sourceData: never, seriesBy?: 'Auto' | 'Columns' | 'Rows'): XChart;
}

export interface XWorksheet extends XLoadable {
  readonly isNullObject: boolean;
  name: string;
  position: number;
  visibility: string;
  tabColor: string;
  readonly freezePanes: { freezeRows(count?: number): void; freezeColumns(count?: number): void; freezeAt(frozenRange: string): void; unfreeze(): void };
  readonly protection: XLoadable & { readonly protected: boolean; protect(options?: Record<string, unknown>, password?: string): void; unprotect(password?: string): void };
  readonly charts: XChartCollection;
  /** ExcelApi 1.9. */
  readonly pageLayout: { orientation: string; paperSize: string; zoom: { horizontalFitToPages?: number; verticalFitToPages?: number }; setPrintArea(area: string): void; setPrintTitleRows(rows: string): void };
  /** ExcelApi 1.9. */
  readonly horizontalPageBreaks: { add(pageBreakRange: string): unknown };
  /** ExcelApi 1.9: the worksheet's one AutoFilter. */
  readonly autoFilter: { apply(range: string): void };
  getRange(address?: string): XRange;
  getUsedRangeOrNullObject(valuesOnly?: boolean): XRange;
  activate(): void;
  delete(): void;
}

export interface XWorksheetCollection extends XLoadable {
  readonly items: XWorksheet[];
  add(name?: string): XWorksheet;
  getItem(key: string): XWorksheet;
  getItemOrNullObject(key: string): XWorksheet;
}

export interface XNamedItem {
  readonly name: string;
  formula: string;
}

export interface XNamedItemCollection extends XLoadable {
  readonly items: XNamedItem[];
  add(name: string, reference: string, comment?: string): XNamedItem;
  getItem(name: string): XNamedItem;
}

export interface XWorkbook {
  readonly worksheets: XWorksheetCollection;
  /** ExcelApi 1.13: an .xlsx's sheets appended (default: all, at the end); the value is their ids. */
  insertWorksheetsFromBase64(base64File: string, options?: { positionType?: 'End' }): { readonly value: string[] };
  readonly names: XNamedItemCollection;
  readonly application: {
    /** ExcelApi 1.6. */
    suspendApiCalculationUntilNextSync(): void;
    /** ExcelApi 1.9. */
    suspendScreenUpdatingUntilNextSync(): void;
  };
}

export interface XRequestContext {
  readonly workbook: XWorkbook;
  sync(): Promise<unknown>;
}

export interface XExcel {
  run<T>(batch: (context: XRequestContext) => Promise<T>): Promise<T>;
}

/** Office.context.requirements, for feature detection above the declared minimum. */
export interface XOffice {
  readonly context?: { readonly requirements?: { isSetSupported(name: string, minVersion?: string): boolean }; readonly displayLanguage?: string };
}
