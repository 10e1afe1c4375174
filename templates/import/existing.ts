/**
 * The current 資源リスト as the merge sees it: every data row of the grid (valid or not — a row
 * with a mistake is still an entry the clerk has), with the cells of the import's fields
 * normalized by the same column normalizers, and where it sits (for write-backs).
 */
import type { CellValue, Grid } from '../core/cell';
import { isBlank } from '../core/cell';
import type { CellNormalizer } from '../normalize';
import type { NormalizedValue } from '../spec/row-types';
import type { SheetLayout } from '../validate/types';
import { columnNormalizer } from './fields';

/** Keys the merge reads from an existing row. */
export const EXISTING_KEYS = [
  'id',
  'category',
  'name',
  'officialCode',
  'postalCode',
  'address',
  'phone',
  'fax',
  'latitude',
  'longitude',
  'careServices',
  'supportClinic',
  'supportHospital',
  'supportDental',
  'backupHospital',
  'lastVerified',
  'note',
] as const;

export type ExistingKey = (typeof EXISTING_KEYS)[number];

export interface ExistingEntry {
  /** 0-based grid row. */
  readonly gridRow: number;
  readonly id: string;
  /** Normalized value per key (null for blank or unreadable cells). */
  readonly values: Readonly<Partial<Record<ExistingKey, NormalizedValue>>>;
  /** Raw cell text per key, for showing the clerk what is there now. */
  readonly raw: Readonly<Partial<Record<ExistingKey, CellValue>>>;
}

/** The data rows of the 資源リスト grid (rows with any value in a known column). */
export function existingEntries(grid: Grid, layout: SheetLayout): ExistingEntry[] {
  const cols: [ExistingKey, number, CellNormalizer][] = [];
  for (const key of EXISTING_KEYS) {
    const c = layout.columns[key];
    if (c !== undefined) cols.push([key, c, columnNormalizer(key)]);
  }
  const known = Object.values(layout.columns);
  const out: ExistingEntry[] = [];
  for (let r = layout.headerRow + 1; r < grid.length; r++) {
    const line = grid[r] ?? [];
    if (known.every((c) => isBlank(line[c]))) continue;
    const values: Partial<Record<ExistingKey, NormalizedValue>> = {};
    const raw: Partial<Record<ExistingKey, CellValue>> = {};
    for (const [key, c, norm] of cols) {
      const cell = line[c];
      raw[key] = cell;
      if (isBlank(cell)) continue;
      const n = norm(cell);
      values[key] = n.ok ? n.value : null;
    }
    const id = typeof values.id === 'string' ? values.id : typeof raw.id === 'string' ? raw.id.trim() : '';
    out.push({ gridRow: r, id, values, raw });
  }
  return out;
}
