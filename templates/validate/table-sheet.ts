/**
 * Validates a table sheet (headers in one row, a record per row below): finds the header row,
 * maps columns by header, normalizes every cell with precompiled per-column functions, checks
 * required cells, unique ids and personal free text, and keeps the rows whose required cells
 * are all valid.
 */
import { columnLetters } from '../core/address';
import type { CellValue, Grid } from '../core/cell';
import { makeFinding, type Finding, type Severity } from '../core/findings';
import type { FindingCode, MessageParams } from '../core/messages';
import { Problem, Warned, compileValueNormalizer, refineProblem, type ValueNormalizer } from '../normalize';
import type { TableSheetSpec } from '../spec/types';
import { HEADER_SCAN_ROWS, detectHeaderRow, headerDisplay, mapHeaders } from './headers';
import type { MutableRow, SheetOutcome } from './outcome';
import { containsPhoneNumber, personalNameHint } from './personal-text';
import { rowFactory } from './row-factory';
import type { SheetLayout } from './types';

/**
 * Blank test for the hot loop, kept module-local on purpose: bundlers compile imported functions
 * to property getters, and this runs once per cell.
 */
function isBlankCell(raw: CellValue): boolean {
  if (typeof raw === 'string') {
    if (raw.length === 0) return true;
    // Most cells start with a visible ASCII or Japanese character: no need to trim them.
    const first = raw.charCodeAt(0);
    if ((first > 0x20 && first < 0x7f) || (first > 0x3000 && first < 0xfeff)) return false;
    return raw.trim() === '';
  }
  return raw === null || raw === undefined;
}

/** True when no cell of the grid holds a value. */
export function isBlankGrid(grid: Grid): boolean {
  for (const row of grid) {
    if (!row) continue;
    for (let c = 0; c < row.length; c++) if (!isBlankCell(row[c])) return false;
  }
  return true;
}

interface CompiledColumn {
  readonly key: string;
  readonly col: number;
  readonly header: string;
  readonly required: boolean;
  readonly personal: boolean;
  readonly normalize: ValueNormalizer;
}

function emptyOutcome(spec: TableSheetSpec, tabName: string, blank: boolean, findings: Finding[]): SheetOutcome {
  return { spec, tabName, layout: null, rows: [], findings, ids: new Map(), headers: new Map(), values: null, anchorCol: 0, blank };
}

/** Validates one table sheet on its own (no cross-sheet checks). */
export function validateTableSheet(spec: TableSheetSpec, grid: Grid, tabName: string): SheetOutcome {
  const findings: Finding[] = [];
  const headerRow = detectHeaderRow(spec, grid);
  if (headerRow < 0) {
    if (isBlankGrid(grid)) return emptyOutcome(spec, tabName, true, findings);
    findings.push(makeFinding(tabName, null, null, 'error', 'header.notFound', { rows: HEADER_SCAN_ROWS }));
    return emptyOutcome(spec, tabName, false, findings);
  }

  const headerCells = grid[headerRow] as ReadonlyArray<CellValue>;
  const mapped = mapHeaders(spec, headerCells);
  const anchorCol = Math.max(mapped.firstCol, 0);
  const headers = new Map<string, string>();
  for (const [key, col] of mapped.columns) headers.set(key, headerDisplay(headerCells[col]));
  for (const dup of mapped.duplicates) {
    findings.push(
      makeFinding(tabName, { row: headerRow, col: dup.col }, headerDisplay(headerCells[dup.col]), 'warning', 'header.duplicate', {
        first: columnLetters(dup.firstCol),
      }),
    );
  }

  let requiredColumnMissing = false;
  const compiled: CompiledColumn[] = [];
  for (const col of spec.columns) {
    const at = mapped.columns.get(col.key);
    if (at === undefined) {
      if (col.required) requiredColumnMissing = true;
      findings.push(
        makeFinding(tabName, { row: headerRow, col: anchorCol }, col.header, col.required ? 'error' : 'warning',
          col.required ? 'header.missingRequired' : 'header.missingOptional'),
      );
      continue;
    }
    compiled.push({
      key: col.key,
      col: at,
      header: headers.get(col.key) || col.header,
      required: col.required === true,
      personal: col.personal === true,
      normalize: compileValueNormalizer(col),
    });
  }

  const layoutColumns: Record<string, number> = {};
  for (const c of compiled) layoutColumns[c.key] = c.col;
  const layout: SheetLayout = {
    sheetId: spec.id,
    tabName,
    headerRow,
    columns: layoutColumns,
    extraHeaders: mapped.extras.map((e) => e.header),
  };

  const idKey = spec.idColumn;
  const idColumn = compiled.find((c) => c.key === idKey);
  const ids = new Map<string, number>();
  const rows: MutableRow[] = [];
  const n = compiled.length;
  const newRow = rowFactory(spec.columns.map((c) => c.key));

  const report = (r: number, c: CompiledColumn, severity: Severity, code: FindingCode, params?: MessageParams): void => {
    findings.push(makeFinding(tabName, { row: r, col: c.col }, c.header, severity, code, params));
  };

  // Pass 1: the data rows — rows with a value in at least one known column (blank rows, and rows
  // with values only in unknown columns, are skipped). Each gets its row object up front.
  const lines: ReadonlyArray<CellValue>[] = [];
  const gridRow: number[] = [];
  const built: MutableRow[] = [];
  for (let r = headerRow + 1; r < grid.length; r++) {
    const line = grid[r];
    if (!line) continue;
    let any = false;
    for (let j = 0; j < n && !any; j++) any = !isBlankCell(line[(compiled[j] as CompiledColumn).col]);
    if (!any) continue;
    const row = newRow();
    row.__row = r + 1;
    lines.push(line);
    gridRow.push(r);
    built.push(row);
  }
  const count = lines.length;
  const valid = new Uint8Array(count).fill(requiredColumnMissing ? 0 : 1);

  // Pass 2: column by column. Within one column the normalizer, key and flags are fixed, so the
  // inner loop stays simple for the JIT (this is the engine's hot path: up to 800,000 cells).
  for (const c of compiled) {
    const { col, key, required, personal, normalize } = c;
    for (let i = 0; i < count; i++) {
      const raw = (lines[i] as ReadonlyArray<CellValue>)[col];
      let value = isBlankCell(raw) ? null : normalize(raw);
      if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
        if (value instanceof Problem) {
          if (required) valid[i] = 0;
          const problem = refineProblem(raw, value);
          report(gridRow[i] as number, c, 'error', problem.code, problem.params);
          continue;
        }
        const warned = value as Warned;
        report(gridRow[i] as number, c, 'warning', warned.code, warned.params);
        value = warned.value;
      }
      if (value === null) {
        // Blank (or text that folds to nothing, e.g. only separators).
        if (required) {
          valid[i] = 0;
          report(gridRow[i] as number, c, 'error', 'cell.required');
        }
        continue;
      }
      (built[i] as MutableRow)[key] = value;
      if (personal && typeof value === 'string') {
        const hint = personalNameHint(value);
        if (hint !== null) report(gridRow[i] as number, c, 'warning', 'rule.personalName', { hint });
        if (containsPhoneNumber(value)) report(gridRow[i] as number, c, 'warning', 'rule.personalPhone');
      }
    }
  }

  // Pass 3: unique ids (the first occurrence wins), then keep the valid rows.
  if (idColumn) {
    for (let i = 0; i < count; i++) {
      const id = (built[i] as MutableRow)[idColumn.key];
      if (typeof id !== 'string') continue;
      const firstRow = ids.get(id);
      if (firstRow === undefined) ids.set(id, (gridRow[i] as number) + 1);
      else {
        valid[i] = 0;
        report(gridRow[i] as number, idColumn, 'error', 'id.duplicate', { value: id, firstRow });
      }
    }
  }
  for (let i = 0; i < count; i++) if (valid[i] === 1) rows.push(built[i] as MutableRow);

  return { spec, tabName, layout, rows, findings, ids, headers, values: null, anchorCol, blank: false };
}
