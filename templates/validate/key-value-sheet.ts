/**
 * Validates a key/value sheet (設定, 統計入力): column A holds item labels (the spec headers or
 * aliases, anywhere down the sheet), column B their values. Findings point at column B of the
 * item's row — or at the label in column A when nothing in the sheet reaches column B, so every
 * address lies inside the sheet's used range.
 */
import type { CellValue, Grid } from '../core/cell';
import { makeFinding, type Finding } from '../core/findings';
import { Problem, Warned, compileValueNormalizer, refineProblem, isBlankCell } from '../normalize';
import type { NormalizedValue } from '../spec/row-types';
import type { FormSheetSpec } from '../spec/types';
import { headerDisplay, headerIndex, headerKey } from './headers';
import type { MutableRow, SheetOutcome } from './outcome';
import { isBlankGrid } from './table-sheet';
import type { SheetLayout } from './types';

/** Validates one key/value sheet on its own. */
export function validateKeyValueSheet(spec: FormSheetSpec, grid: Grid, tabName: string): SheetOutcome {
  const findings: Finding[] = [];
  if (isBlankGrid(grid)) {
    return { spec, tabName, layout: null, rows: [], findings, ids: new Map(), headers: new Map(), values: null, anchorCol: 0, blank: true };
  }
  const index = headerIndex(spec);
  const rowOfKey = new Map<string, number>();
  const headers = new Map<string, string>();
  const extraHeaders: string[] = [];
  let usedWidth = 0;
  for (let r = 0; r < grid.length; r++) {
    const line = grid[r];
    if (!line) continue;
    if (line.length > usedWidth) usedWidth = line.length;
    const label = line[0];
    const k = headerKey(label);
    if (k === '') continue;
    const match = index.get(k);
    if (!match) {
      extraHeaders.push(headerDisplay(label) || String(label));
      continue;
    }
    const first = rowOfKey.get(match.key);
    if (first === undefined) {
      rowOfKey.set(match.key, r);
      headers.set(match.key, headerDisplay(label));
    } else {
      findings.push(makeFinding(tabName, { row: r, col: 0 }, headerDisplay(label), 'warning', 'header.duplicate', { first: `A${first + 1}` }));
    }
  }

  const valueCol = usedWidth >= 2 ? 1 : 0;
  const values: Record<string, NormalizedValue> = {};
  let rowOk = true;
  let firstRow = Number.POSITIVE_INFINITY;
  for (const col of spec.columns) {
    const r = rowOfKey.get(col.key);
    values[col.key] = null;
    if (r === undefined) {
      if (col.required) rowOk = false;
      findings.push(makeFinding(tabName, null, col.header, col.required ? 'error' : 'warning', col.required ? 'header.missingRequired' : 'header.missingOptional'));
      continue;
    }
    firstRow = Math.min(firstRow, r);
    const header = headers.get(col.key) || col.header;
    const raw: CellValue = grid[r]?.[1];
    let value = isBlankCell(raw) ? null : compileValueNormalizer(col)(raw);
    if (value instanceof Problem) {
      if (col.required) rowOk = false;
      const problem = refineProblem(raw, value);
      findings.push(makeFinding(tabName, { row: r, col: valueCol }, header, 'error', problem.code, problem.params));
      continue;
    }
    if (value instanceof Warned) {
      findings.push(makeFinding(tabName, { row: r, col: valueCol }, header, 'warning', value.code, value.params));
      value = value.value;
    }
    if (value === null) {
      if (col.required) {
        rowOk = false;
        findings.push(makeFinding(tabName, { row: r, col: valueCol }, header, 'error', 'cell.required'));
      }
      continue;
    }
    values[col.key] = value;
  }

  const columns: Record<string, number> = {};
  for (const [key, r] of rowOfKey) columns[key] = r;
  const layout: SheetLayout = { sheetId: spec.id, tabName, headerRow: -1, columns, extraHeaders };
  const rows: MutableRow[] = rowOk ? [{ ...values, __row: Number.isFinite(firstRow) ? firstRow + 1 : 1 } as MutableRow] : [];
  return { spec, tabName, layout, rows, findings, ids: new Map(), headers, values, anchorCol: 0, blank: false };
}
