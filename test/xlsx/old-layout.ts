/**
 * Test fixture: a workbook as an older template version would have left it — older tab names, alias
 * headers, optional columns missing, columns in another order, a user's own column and tab, and
 * whole sheets missing — filled from a sample town, written with plain exceljs.
 */
import ExcelJS from 'exceljs';
import type { CellValue, Grid } from '../../templates/core/cell';
import { townToWorkbookValues, type SampleTown } from '../../templates/sample';
import { SHEETS } from '../../templates/sheets/registry';
import type { ColumnSpec, SheetId, SheetSpec } from '../../templates/spec/types';
import { headerKey } from '../../templates/validate/headers';

/** Sheets the old workbook does not have at all. */
export const OLD_MISSING: readonly SheetId[] = ['sharingAdoption', 'noticeTemplates'];
/** Optional columns the old version did not have yet. */
export const OLD_DROPPED: Readonly<Partial<Record<SheetId, readonly string[]>>> = {
  settings: ['supportCenterName'],
  resources: ['careManagerTime', 'usesSharingTool', 'latitude', 'longitude'],
  contacts: ['kana', 'honorific'],
  events: ['surveyDone'],
  consultations: ['ageBand'],
  plan: ['improvement'],
};
export const USER_COLUMN = '町メモ';
export const USER_TAB = '町の作業メモ';

export interface OldWorkbook {
  readonly bytes: Buffer;
  /** Old tab name → spec. */
  readonly tabs: ReadonlyMap<string, SheetSpec>;
  /** Cells written with an older vocabulary name (a valueAliases key) instead of the current value. */
  readonly oldNamedCells: number;
}

/** The first older name a column declares for a current value (valueAliases is old → current). */
function olderNameOf(col: ColumnSpec, value: string): string | undefined {
  return Object.entries(col.valueAliases ?? {}).find(([, to]) => to === value)?.[0];
}

/**
 * What an older template version would have held in a cell: on odd rows, every vocabulary value
 * that has an older name is written with it (multiEnum part by part); other cells as they are.
 */
export function olderValue(col: ColumnSpec, value: CellValue, row: number): CellValue {
  if (row % 2 === 0 || typeof value !== 'string' || !col.valueAliases) return value;
  if (col.type === 'enum') return olderNameOf(col, value) ?? value;
  if (col.type === 'multiEnum') return value.split('、').map((part) => olderNameOf(col, part) ?? part).join('、');
  return value;
}

/** A fixed shuffle: odd positions first, then even ones, reversed (deterministic, no RNG). */
function reorder<T>(items: readonly T[]): T[] {
  const odd = items.filter((_, i) => i % 2 === 1);
  const even = items.filter((_, i) => i % 2 === 0).reverse();
  return [...odd, ...even];
}

function userNote(r: number): string {
  return r % 3 === 0 ? `=HYPERLINK("http://x/${r}","y")` : `メモ${r}`;
}

/** Builds the old-layout workbook of a town. */
export async function buildOldWorkbook(town: SampleTown): Promise<OldWorkbook> {
  const values = townToWorkbookValues(town);
  const wb = new ExcelJS.Workbook();
  const tabs = new Map<string, SheetSpec>();
  let oldNamedCells = 0;
  for (const spec of SHEETS as readonly SheetSpec[]) {
    if (OLD_MISSING.includes(spec.id)) continue;
    const tab = spec.aliases?.[0] ?? spec.name;
    tabs.set(tab, spec);
    const ws = wb.addWorksheet(tab);
    const grid = values[spec.name] as Grid;
    const dropped = new Set(OLD_DROPPED[spec.id] ?? []);
    const oldHeader = (key: string): string => {
      const col = spec.columns.find((c) => c.key === key);
      return col?.aliases?.[0] ?? col?.header ?? key;
    };
    if (spec.kind === 'keyValue') {
      let r = 1;
      ws.getCell(r, 1).value = '項目';
      ws.getCell(r, 2).value = '値';
      spec.columns.forEach((col, i) => {
        if (dropped.has(col.key)) return;
        r++;
        ws.getCell(r, 1).value = oldHeader(col.key);
        const current = grid[i + 1]?.[1];
        const v = olderValue(col, current ?? null, 1);
        if (v !== current) oldNamedCells++;
        if (v !== '' && v !== null && v !== undefined) ws.getCell(r, 2).value = v as ExcelJS.CellValue;
      });
      continue;
    }
    const kept = spec.columns.map((c, i) => ({ c, i })).filter(({ c }) => !dropped.has(c.key));
    const order = reorder(kept);
    order.forEach(({ c, i }, j) => {
      ws.getCell(1, j + 1).value = oldHeader(c.key);
      for (let r = 1; r < grid.length; r++) {
        const current: CellValue = grid[r]?.[i];
        if (current === '' || current === null || current === undefined) continue;
        const v = olderValue(c, current, r);
        if (v !== current) oldNamedCells++;
        const cell = ws.getCell(r + 1, j + 1);
        cell.value = v as ExcelJS.CellValue;
        if (c.type === 'date') cell.numFmt = 'yyyy/m/d';
        if (c.type === 'time') cell.numFmt = 'h:mm';
      }
    });
    // The town's own column, right of the standard ones.
    ws.getCell(1, order.length + 1).value = USER_COLUMN;
    for (let r = 1; r < grid.length; r++) ws.getCell(r + 1, order.length + 1).value = userNote(r);
  }
  const own = wb.addWorksheet(USER_TAB);
  own.getCell('A1').value = '来年度の検討事項';
  own.getCell('A2').value = '+会議の回数を増やす';
  own.getCell('B2').value = { formula: `COUNTA('${SHEETS[1].aliases?.[0]}'!A:A)` };
  return { bytes: Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer), tabs, oldNamedCells };
}

/** The spec column named by an old header cell (the current header or one of its aliases). */
function columnNamed(spec: SheetSpec, header: unknown): ColumnSpec | undefined {
  if (typeof header !== 'string') return undefined;
  return spec.columns.find((c) => c.header === header || (c.aliases ?? []).some((a) => headerKey(a) === headerKey(header)));
}

/** A data cell after the upgrade: older vocabulary names become the current ones (written independently of the fix code). */
function currentNames(col: ColumnSpec | undefined, old: CellValue): CellValue {
  if (!col?.valueAliases || typeof old !== 'string') return old;
  const current = (v: string) => (col.values?.includes(v) ? v : (col.valueAliases?.[v] ?? v));
  if (col.type === 'enum') return current(old);
  const parts = old.split('、').map(current);
  return (col.values ?? []).filter((v) => parts.includes(v)).join('、');
}

/**
 * What cell (r, c) of an old tab must hold after the upgrade, in every host: header cells (row 1
 * of a table, column A of a key/value sheet) their current header, data cells their value with
 * older vocabulary names replaced by the current ones, everything else exactly as it was.
 */
export function expectedAfterUpgrade(spec: SheetSpec, grid: Grid, r: number, c: number): CellValue {
  const v = grid[r]?.[c] ?? null;
  const isHeader = spec.kind === 'table' ? r === 0 : c === 0;
  if (isHeader) return columnNamed(spec, v)?.header ?? v;
  return currentNames(columnNamed(spec, spec.kind === 'table' ? grid[0]?.[c] : grid[r]?.[0]), v);
}
