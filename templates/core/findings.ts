/**
 * Findings are data, not exceptions: every problem the engine sees becomes one record
 * naming the sheet, the 1-based row, the column header and the A1 address.
 */
import { toA1, type CellRef } from './address';
import { messageFor, type FindingCode, type MessageParams } from './messages';

export type Severity = 'error' | 'warning';

export interface Finding {
  /** Japanese sheet name as the user sees it (e.g. 資源リスト). */
  readonly sheet: string;
  /** 1-based row number, or null when the finding is about a whole sheet that has no cells. */
  readonly row: number | null;
  /** Column header (Japanese), or null for sheet-level findings. */
  readonly column: string | null;
  /** A1 address of the cell, or null when no such cell exists in the input. */
  readonly address: string | null;
  readonly severity: Severity;
  readonly code: FindingCode;
  /** Plain-Japanese message. */
  readonly message: string;
  readonly messageEn: string;
}

/** Builds a finding for a 0-based cell (or a sheet-level one when `at` is null). */
export function makeFinding(
  sheet: string,
  at: CellRef | null,
  column: string | null,
  severity: Severity,
  code: FindingCode,
  params: MessageParams = {},
): Finding {
  const { ja, en } = messageFor(code, { sheet, column: column ?? '', ...params });
  return {
    sheet,
    row: at ? at.row + 1 : null,
    column,
    address: at ? toA1(at) : null,
    severity,
    code,
    message: ja,
    messageEn: en,
  };
}

/** Stable order for reports: sheet order as given, then row, then column address. */
export function compareFindings(sheetOrder: readonly string[]) {
  return (a: Finding, b: Finding): number => {
    const sa = sheetOrder.indexOf(a.sheet);
    const sb = sheetOrder.indexOf(b.sheet);
    if (sa !== sb) return sa - sb;
    const ra = a.row ?? 0;
    const rb = b.row ?? 0;
    if (ra !== rb) return ra - rb;
    return (a.address ?? '').length - (b.address ?? '').length || (a.address ?? '').localeCompare(b.address ?? '');
  };
}

export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}
