/**
 * The vocabulary of a standardized sheet. A sheet spec is data: hosts, the validation engine,
 * the zod row schema, the workbook plan and the upgrade mapping are all derived from it.
 */

/** Stable ids of the standardized sheets (English, never shown to users). */
export type SheetId =
  | 'settings'
  | 'resources'
  | 'contacts'
  | 'events'
  | 'attendees'
  | 'issues'
  | 'consultations'
  | 'sharingAdoption'
  | 'plan'
  | 'statistics'
  | 'noticeTemplates'
  | 'equipment'
  | 'bcp'
  | 'contactTree'
  | 'coverPairs'
  | 'emergencyCare';

/**
 * Column types. Normalized values (what validation hands on) are:
 * text/id/ref/phone/postal/email/enum → string; integer/decimal/latitude/longitude → number;
 * date → 'YYYY-MM-DD' (a calendar date, no time zone); time → 'HH:MM'; boolean → boolean;
 * multiEnum → string[]; fiscalYear → western year of April (2025 = 令和7年度); lgCode → 6-digit string.
 */
export type ColumnType =
  | 'text'
  | 'integer'
  | 'decimal'
  | 'date'
  | 'time'
  | 'boolean'
  | 'enum'
  | 'multiEnum'
  | 'phone'
  | 'postal'
  | 'email'
  | 'id'
  | 'ref'
  | 'fiscalYear'
  | 'lgCode'
  | 'latitude'
  | 'longitude';

export interface RefTarget {
  readonly sheet: SheetId;
}

export interface ColumnSpec {
  /** Stable key (camelCase English); rows are keyed by it. */
  readonly key: string;
  /** Japanese header, exactly as written in row 1 of the sheet. */
  readonly header: string;
  /** English label (second language in reports). */
  readonly label: string;
  readonly type: ColumnType;
  readonly required?: boolean;
  /** Allowed values for enum / multiEnum (also the dropdown list). */
  readonly values?: readonly string[];
  /** Target sheet for type 'ref'. */
  readonly ref?: RefTarget;
  /** Inclusive bounds for numbers. */
  readonly min?: number;
  readonly max?: number;
  /** Maximum length for text. */
  readonly maxLength?: number;
  /** Column width in characters (hosts convert to their unit). */
  readonly width: number;
  /** Input hint shown as a data-validation prompt (Japanese). */
  readonly hint: string;
  /** Older or common alternative headers; lets hosts upgrade sheets in place. */
  readonly aliases?: readonly string[];
  /**
   * enum / multiEnum only: older names and the short forms clerks type (訪問リハ), each mapped to
   * the current value. Validation reads them as that value with a warning (the sheet's formulas
   * count only the current name); 表記をそろえる and the upgrade rewrite them, logging the old value.
   */
  readonly valueAliases?: Readonly<Record<string, string>>;
  /** Free text about a patient or case: scanned for names/phones (D-19), never exported or merged. */
  readonly personal?: boolean;
  /** Group heading (e.g. 表1's <訪問診療等の対応>) for documentation and form layout. */
  readonly group?: string;
  /** Spec version that introduced the column (for upgrade plans). */
  readonly since?: number;
  /** Included in the resident-facing export (D-03). Only meaningful on 資源リスト. */
  readonly publicField?: boolean;
}

/** A table sheet: header in row 1, one record per row below. */
export interface TableSheetSpec {
  readonly kind: 'table';
  readonly id: SheetId;
  /** Japanese sheet (tab) name. */
  readonly name: string;
  readonly nameEn: string;
  /** Older tab names a host may find. */
  readonly aliases?: readonly string[];
  readonly version: number;
  readonly description: string;
  /** Key of the id column (unique, referenced by other sheets). */
  readonly idColumn?: string;
  readonly columns: readonly ColumnSpec[];
  /** Domain requirement ids this sheet serves (D-xx). */
  readonly requirements: readonly string[];
}

/** A key/value sheet: column A holds the item labels (= headers), column B the values. */
export interface FormSheetSpec {
  readonly kind: 'keyValue';
  readonly id: SheetId;
  readonly name: string;
  readonly nameEn: string;
  readonly aliases?: readonly string[];
  readonly version: number;
  readonly description: string;
  readonly columns: readonly ColumnSpec[];
  readonly requirements: readonly string[];
}

export type SheetSpec = TableSheetSpec | FormSheetSpec;

/** A printable paper form (情報共有シート): fields laid out for A4, filled by hand or per case. */
export interface PrintFormSpec {
  readonly id: string;
  readonly name: string;
  readonly nameEn: string;
  readonly version: number;
  readonly paper: 'A4';
  readonly orientation: 'portrait' | 'landscape';
  readonly sections: readonly PrintFormSection[];
  /**
   * Who the sheet is about (利用者氏名・生年月日): labelled blank cells under 記入日, two to a row.
   * Printed only and filled by hand; the workbook never holds a value there (D-19).
   */
  readonly subject?: readonly PrintBlank[];
  /** The consent block at the foot: a statement, then labelled blank cells (date, signatures), two to a row. */
  readonly consent?: { readonly title: string; readonly statement: string; readonly blanks: readonly PrintBlank[] };
  readonly requirements: readonly string[];
}

/** A labelled blank the paper form needs and the workbook never fills (D-19). */
export interface PrintBlank {
  readonly key: string;
  readonly label: string;
  readonly labelEn: string;
}

export interface PrintFormSection {
  readonly title: string;
  readonly fields: readonly PrintFormField[];
}

export interface PrintFormField {
  readonly key: string;
  readonly label: string;
  readonly labelEn: string;
  /** Lines of writing space on the printed form. */
  readonly lines: number;
  /** The 表3 item (seed 000) this field answers. */
  readonly source?: string;
}

/** Helper for specs: keeps literal types while checking the shape. */
export function defineSheet<const S extends SheetSpec>(spec: S): S {
  return spec;
}
