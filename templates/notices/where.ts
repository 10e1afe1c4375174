/** Findings that point at a cell of a standardized sheet, using the host's layout when known. */
import { makeFinding, type Finding, type Severity } from '../core/findings';
import type { FindingCode, MessageParams } from '../core/messages';
import type { SheetSpec } from '../spec/types';
import type { SheetLayout } from '../validate/types';

/**
 * Finding on `spec`'s column `key` in 1-based `row` (null/0 = row unknown → no address).
 * The column index comes from the layout the validation engine found, else from spec order.
 */
export function cellFinding(
  spec: SheetSpec,
  row: number | null,
  key: string,
  layout: SheetLayout | undefined,
  severity: Severity,
  code: FindingCode,
  params: MessageParams = {},
): Finding {
  const column = spec.columns.find((c) => c.key === key);
  const header = column?.header ?? null;
  if (spec.kind === 'keyValue') {
    // 設定 is label/value pairs: an item's value sits in column B of its row — the row the layout
    // found, else the generated layout's (a '項目/値' header row, then items in spec order).
    const index = spec.columns.findIndex((c) => c.key === key);
    const itemRow = layout ? (layout.columns[key] ?? -1) : index < 0 ? -1 : index + 1;
    return makeFinding(spec.name, itemRow >= 0 ? { row: itemRow, col: 1 } : null, header, severity, code, params);
  }
  const col = layout?.columns[key] ?? spec.columns.findIndex((c) => c.key === key);
  const at = row !== null && row >= 1 && col >= 0 ? { row: row - 1, col } : null;
  return makeFinding(spec.name, at, header, severity, code, params);
}
