/**
 * Internal state of one validated sheet while the engine works on it, and the helpers that
 * turn "row N, column key" into a finding at a real cell.
 */
import { makeFinding, type Finding, type Severity } from '../core/findings';
import type { FindingCode, MessageParams } from '../core/messages';
import type { NormalizedValue } from '../spec/row-types';
import type { SheetSpec } from '../spec/types';
import type { SheetLayout } from './types';

/** A row under construction (frozen only when handed out). */
export type MutableRow = { [key: string]: NormalizedValue } & { __row: number };

export interface SheetOutcome {
  readonly spec: SheetSpec;
  readonly tabName: string;
  readonly layout: SheetLayout | null;
  /** Valid rows so far; cross-sheet checks may still drop or null-out values. */
  rows: MutableRow[];
  readonly findings: Finding[];
  /** Every valid id cell → 1-based row (includes rows left out for other errors, so refs to them resolve). */
  readonly ids: Map<string, number>;
  /** column key → header text as written in the sheet (for messages). */
  readonly headers: Map<string, string>;
  /** keyValue sheets: the values read, even when the row as a whole is invalid. */
  readonly values: Readonly<Record<string, NormalizedValue>> | null;
  /** 0-based column of the first header cell, the fallback address of row-level findings. */
  readonly anchorCol: number;
  /** True when the grid holds no values at all. */
  readonly blank: boolean;
}

/** Header text for messages: as written in the sheet, else the spec's header. */
export function headerOf(outcome: SheetOutcome, key: string): string {
  return outcome.headers.get(key) ?? outcome.spec.columns.find((c) => c.key === key)?.header ?? key;
}

/**
 * Adds a finding in the row numbered `rowNumber` (1-based) of a table sheet, at the first of
 * `keys` whose column is present; failing all, at the row's id cell (or first header column).
 */
export function reportInRow(
  outcome: SheetOutcome,
  rowNumber: number,
  keys: string | readonly string[],
  severity: Severity,
  code: FindingCode,
  params: MessageParams = {},
): void {
  const layout = outcome.layout;
  if (!layout) return;
  const candidates = typeof keys === 'string' ? [keys] : keys;
  const idKey = outcome.spec.kind === 'table' ? outcome.spec.idColumn : undefined;
  let key = candidates.find((k) => layout.columns[k] !== undefined) ?? idKey ?? candidates[0] ?? '';
  let col = layout.columns[key];
  if (col === undefined) {
    col = outcome.anchorCol;
    key = candidates[0] ?? key;
  }
  outcome.findings.push(makeFinding(outcome.tabName, { row: rowNumber - 1, col }, headerOf(outcome, key), severity, code, params));
}

/** True when the sheet has the column (rules about absent columns stay silent). */
export function hasColumn(outcome: SheetOutcome, key: string): boolean {
  return outcome.layout?.columns[key] !== undefined;
}
