/**
 * Header upgrade plan: how to bring an existing sheet's header row up to the current spec
 * without moving anything. Aliases (older names, spelling variants) are renamed in place to the
 * current header; columns the sheet lacks are appended right of the last used column in spec
 * order; unknown headers stay where they are. For key/value sheets pass the column-A labels:
 * `col` then means the 0-based row.
 */
import type { CellValue } from '../core/cell';
import { headerDisplay, headerIndex, headerKey } from './headers';
import type { SheetSpec } from '../spec/types';

export interface HeaderUpgradePlan {
  /** Header cells to rewrite in place (0-based column). */
  readonly renames: readonly { readonly col: number; readonly from: string; readonly to: string }[];
  /** New columns to add, in spec order, starting right of the last non-blank header. */
  readonly appended: readonly { readonly col: number; readonly header: string; readonly key: string }[];
  /** Headers the spec does not know (kept in place, untouched); repeated headers count here too. */
  readonly unknown: readonly string[];
  /** True when there is nothing to rename or append. */
  readonly alreadyCurrent: boolean;
}

/**
 * Plans the in-place upgrade of a header row.
 * @example
 * planHeaderUpgrade(resourcesSheet, ['資源ID', '施設名', 'TEL'])
 * // renames 施設名→名称 (col 1) and TEL→電話番号 (col 2); appends every other column from col 3 on
 */
export function planHeaderUpgrade(spec: SheetSpec, headerRowValues: readonly CellValue[]): HeaderUpgradePlan {
  const index = headerIndex(spec);
  const headerOfKey = new Map(spec.columns.map((c) => [c.key, c.header]));
  const found = new Set<string>();
  const renames: { col: number; from: string; to: string }[] = [];
  const unknown: string[] = [];
  let lastUsed = -1;
  const cells = Array.isArray(headerRowValues) ? headerRowValues : [];
  for (let col = 0; col < cells.length; col++) {
    const raw = cells[col];
    const k = headerKey(raw);
    if (k === '') continue;
    lastUsed = col;
    const match = index.get(k);
    const text = typeof raw === 'string' ? raw : headerDisplay(raw) || String(raw);
    if (!match || found.has(match.key)) {
      unknown.push(text);
      continue;
    }
    found.add(match.key);
    const current = headerOfKey.get(match.key) as string;
    if (text !== current) renames.push({ col, from: text, to: current });
  }
  const appended: { col: number; header: string; key: string }[] = [];
  for (const column of spec.columns) {
    if (found.has(column.key)) continue;
    appended.push({ col: lastUsed + 1 + appended.length, header: column.header, key: column.key });
  }
  return { renames, appended, unknown, alreadyCurrent: renames.length === 0 && appended.length === 0 };
}
