/** Test helpers: grids built from spec headers and row objects keyed by column key. */
import type { CellValue } from '../../templates/core/cell';
import type { SheetSpec } from '../../templates/spec/types';

/** Header row in spec order + one row per object (missing keys → ''). */
export function tableGrid(spec: SheetSpec, rows: readonly Readonly<Record<string, CellValue>>[]): CellValue[][] {
  return [spec.columns.map((c) => c.header), ...rows.map((r) => spec.columns.map((c) => (c.key in r ? r[c.key] : '')))];
}

/** Column A labels, column B values, for key/value sheets. */
export function keyValueGrid(spec: SheetSpec, values: Readonly<Record<string, CellValue>>): CellValue[][] {
  return spec.columns.filter((c) => c.key in values).map((c) => [c.header, values[c.key]]);
}

export const SETTINGS = {
  townName: 'みどり町',
  lgCode: '131016',
  department: '福祉課',
  personInCharge: '佐藤',
  phone: '0123-45-6789',
  fiscalYear: '令和7年度',
} as const;

export const RESOURCE = {
  id: 'R001',
  category: '診療所',
  name: 'みどり医院',
  address: 'みどり町1-1',
  phone: '0123-45-6789',
  disclosure: '関係者のみ',
  lastVerified: '2025/6/1',
} as const;
