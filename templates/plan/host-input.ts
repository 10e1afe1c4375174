/**
 * What Excel (Range.formulas) and Apps Script (Range.setValues) must be handed so a plan cell lands
 * as planned: formulas get their '=', and literal strings those hosts would reinterpret (formulas,
 * numbers, dates, booleans, errors) get the apostrophe prefix that both treat as "this is text".
 * exceljs needs none of this (it writes strings as shared strings).
 */
import type { PlanCell } from './types';

/**
 * Strings Excel or Sheets would turn into something else when typed or written as values:
 * formula starters (= + - @), a leading apostrophe (it would be eaten), errors (#N/A), anything
 * starting like a number (ASCII or full-width digits, '.', '(', currency), booleans, and Japanese
 * era dates (令和7年5月1日, R7.5.1) that Japanese Excel parses as dates.
 */
const REINTERPRETED = /^(?:[=+\-@'#.(¥$＝＋－＠0-9０-９]|(?:true|false)$|(?:明治|大正|昭和|平成|令和)|[MTSHRmtshr][0-9０-９])/i;

/**
 * True when a literal string needs the apostrophe guard on Excel/Sheets value writes.
 * @example needsLiteralGuard('=HYPERLINK("x")') // true
 * @example needsLiteralGuard('みどり町') // false
 */
export function needsLiteralGuard(text: string): boolean {
  return REINTERPRETED.test(text);
}

/**
 * The input value for one plan cell on hosts that interpret what they are given (Office.js
 * `Range.formulas`, Apps Script `setValues`): '=' + formula, "'" + risky text, '' for blank.
 * @example literalInput({ formula: 'SUM(A1:A3)' }) // '=SUM(A1:A3)'
 * @example literalInput('+81-3-1234') // "'+81-3-1234"
 */
export function literalInput(cell: PlanCell): string | number | boolean {
  if (cell === null) return '';
  if (typeof cell === 'object') return `=${cell.formula}`;
  if (typeof cell === 'string' && needsLiteralGuard(cell)) return `'${cell}`;
  return cell;
}

/** A whole block converted with {@link literalInput}, ready for one 2-D write. */
export function literalInputs(values: readonly (readonly PlanCell[])[]): (string | number | boolean)[][] {
  const out: (string | number | boolean)[][] = new Array(values.length);
  for (let r = 0; r < values.length; r++) {
    const row = values[r] as readonly PlanCell[];
    const line: (string | number | boolean)[] = new Array(row.length);
    for (let c = 0; c < row.length; c++) line[c] = literalInput(row[c] as PlanCell);
    out[r] = line;
  }
  return out;
}

/** True when a block contains at least one formula (Excel hosts then write `formulas`, else `values`). */
export function blockHasFormula(values: readonly (readonly PlanCell[])[]): boolean {
  for (const row of values) for (const cell of row) if (cell !== null && typeof cell === 'object') return true;
  return false;
}

/**
 * Normalizes a formula from a builder: trims and drops one leading '='.
 * @example toPlanFormula('=COUNTA(A:A)') // { formula: 'COUNTA(A:A)' }
 */
export function toPlanFormula(text: string): { formula: string } {
  const t = text.trim();
  return { formula: t.startsWith('=') ? t.slice(1) : t };
}
