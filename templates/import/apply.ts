/**
 * Applying the accepted rows of 取込差分 to 資源リスト, as value blocks the hosts write in one batch:
 * new entries appended below the last row, changed cells rewritten in place. Nothing else of the
 * sheet is written, and no row is ever removed.
 *
 * Idempotent: a new entry whose 資源ID is already in the list is skipped, a cell that already holds
 * the value is not written, a 備考 that already carries the marker is left alone — so applying
 * twice writes nothing the second time. Nothing is written that is not a row of the sheet (even
 * 最終確認日 comes as its own row).
 */
import { toA1 } from '../core/address';
import type { CellValue, Grid } from '../core/cell';
import { isBlank } from '../core/cell';
import type { PlanCell, ValueBlock } from '../plan/types';
import type { NormalizedValue } from '../spec/row-types';
import { toCellValue } from '../spec/to-cells';
import type { SheetLayout } from '../validate/types';
import { columnNormalizer, resourceColumn } from './fields';
import { ACCEPT, GONE_MARKER, displayValue, type DiffRow } from './merge';

export interface ApplyResult {
  readonly blocks: readonly ValueBlock[];
  readonly added: number;
  readonly cellsWritten: number;
  /** Accepted rows that could not be applied (unknown entry or column, unreadable value). */
  readonly skipped: readonly { readonly row: DiffRow; readonly reason: 'noEntry' | 'noColumn' | 'badValue' }[];
}

function normalized(key: string, raw: CellValue): { ok: true; value: NormalizedValue } | { ok: false } {
  if (isBlank(raw)) return { ok: true, value: null };
  const r = columnNormalizer(key)(raw);
  return r.ok ? { ok: true, value: r.value } : { ok: false };
}

function planCell(v: CellValue): PlanCell {
  if (v === undefined) return null;
  if (v instanceof Date) return null;
  return v === '' ? null : v;
}

/** Last row (0-based) holding a value in one of the layout's columns. */
function lastDataRow(grid: Grid, layout: SheetLayout): number {
  const cols = Object.values(layout.columns);
  for (let r = grid.length - 1; r > layout.headerRow; r--) if (cols.some((c) => !isBlank(grid[r]?.[c]))) return r;
  return layout.headerRow;
}

/** Applies the accepted rows (others are ignored) to the 資源リスト grid of `layout`. */
export function applyDiffRows(grid: Grid, layout: SheetLayout, rows: readonly DiffRow[]): ApplyResult {
  const idCol = layout.columns.id;
  const rowOfId = new Map<string, number>();
  if (idCol !== undefined) {
    for (let r = layout.headerRow + 1; r < grid.length; r++) {
      const v = grid[r]?.[idCol];
      if (!isBlank(v)) rowOfId.set(String(v).normalize('NFKC').trim(), r);
    }
  }
  const skipped: { row: DiffRow; reason: 'noEntry' | 'noColumn' | 'badValue' }[] = [];
  const blocks: ValueBlock[] = [];
  const written = new Map<string, CellValue>(); // "row:col" → value already planned
  let cellsWritten = 0;

  // New entries, grouped by 資源ID in sheet order.
  const fresh = new Map<string, DiffRow[]>();
  for (const row of rows) {
    if (row.accept !== ACCEPT) continue;
    if (row.kind === '新規') {
      if (rowOfId.has(row.id)) continue; // applied before
      const list = fresh.get(row.id) ?? [];
      list.push(row);
      fresh.set(row.id, list);
      continue;
    }
    const r = rowOfId.get(row.id);
    if (r === undefined) {
      skipped.push({ row, reason: 'noEntry' });
      continue;
    }
    const c = layout.columns[row.key];
    if (c === undefined) {
      skipped.push({ row, reason: 'noColumn' });
      continue;
    }
    const cur = grid[r]?.[c];
    if (row.kind === '廃止の可能性' && typeof cur === 'string' && cur.includes(GONE_MARKER)) continue;
    const n = normalized(row.key, row.value);
    if (!n.ok) {
      skipped.push({ row, reason: 'badValue' });
      continue;
    }
    const curN = normalized(row.key, cur);
    if (curN.ok && displayValue(curN.value) === displayValue(n.value)) continue;
    const cell = toCellValue(resourceColumn(row.key), n.value);
    written.set(`${r}:${c}`, cell);
    blocks.push({ at: toA1({ row: r, col: c }), values: [[planCell(cell)]] });
    cellsWritten++;
  }

  // New rows, one block below the last data row.
  const width = Math.max(...Object.values(layout.columns)) + 1;
  const newRows: PlanCell[][] = [];
  for (const [id, fields] of fresh) {
    const line: PlanCell[] = new Array<PlanCell>(width).fill(null);
    if (idCol !== undefined) line[idCol] = id;
    let ok = false;
    for (const f of fields) {
      const c = layout.columns[f.key];
      if (c === undefined) {
        skipped.push({ row: f, reason: 'noColumn' });
        continue;
      }
      const n = normalized(f.key, f.value);
      if (!n.ok) {
        skipped.push({ row: f, reason: 'badValue' });
        continue;
      }
      line[c] = planCell(toCellValue(resourceColumn(f.key), n.value));
      ok = true;
    }
    if (ok) newRows.push(line);
  }
  if (newRows.length) blocks.push({ at: toA1({ row: lastDataRow(grid, layout) + 1, col: 0 }), values: newRows });
  return { blocks, added: newRows.length, cellsWritten, skipped };
}
