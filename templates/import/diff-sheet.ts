/**
 * The 取込差分 sheet: the merge plan as one row per change, for the clerk to review before
 * anything touches 資源リスト. The 採用 column has a dropdown (採用／不採用); only rows marked 採用 are
 * applied. The sheet is read back by header names, so a clerk may sort or filter it, and may
 * correct a value in 取込の値 before applying (the corrected value is what gets written).
 */
import { columnLetters, quoteSheetName, rangeA1 } from '../core/address';
import type { CellValue, Grid } from '../core/cell';
import { matchKey } from '../normalize/fold';
import { HEADER_FILL, HEADER_HEIGHT } from '../plan/styles';
import type { NamedRange, PlanCell, SheetPlan } from '../plan/types';
import { ACCEPT, REJECT, type DiffKind, type DiffRow, type ImportPlan } from './merge';

export const DIFF_SHEET = '取込差分';
export const ACCEPT_LIST_NAME = 'L_import_accept';

export const DIFF_HEADER = ['No', '区分', '資源ID', '名称', '項目', '現在の値', '取込の値', '採用', '情報源', 'データの日付', '照合', '説明', '列キー'] as const;
const WIDTHS = [6, 12, 10, 28, 18, 30, 30, 8, 40, 12, 14, 44, 4];
const KEY_COL = DIFF_HEADER.length - 1;
const ACCEPT_COL = DIFF_HEADER.indexOf('採用');
/** The dropdown's values live in a hidden column right of the table (a list needs a range). */
const LIST_COL = DIFF_HEADER.length;

/** Workbook name of the dropdown list (the host defines it with the sheet). */
export function acceptListName(): NamedRange {
  const letter = columnLetters(LIST_COL);
  return { name: ACCEPT_LIST_NAME, ref: `${quoteSheetName(DIFF_SHEET)}!$${letter}$2:$${letter}$3` };
}

/** The 取込差分 sheet of a plan (an empty plan says so in its first data row). */
export function diffSheetPlan(plan: ImportPlan, summary: string): SheetPlan {
  const values: PlanCell[][] = [[...DIFF_HEADER, null]];
  plan.rows.forEach((r, i) => {
    values.push([i + 1, r.kind, r.id, r.name, r.field, r.old, r.value, r.accept || null, r.source, r.date, r.basis || null, r.note || null, r.key, null]);
  });
  values[1] = values[1] ?? [null, null, null, null, null, null, null, null, null, null, null, null, null, null];
  (values[1] as PlanCell[])[LIST_COL] = ACCEPT;
  values[2] = values[2] ?? [null, null, null, null, null, null, null, null, null, null, null, null, null, null];
  (values[2] as PlanCell[])[LIST_COL] = REJECT;
  const last = Math.max(plan.rows.length, 1);
  const list = acceptListName();
  const width = DIFF_HEADER.length;
  return {
    name: DIFF_SHEET,
    role: 'table',
    tabColor: '#7030A0',
    columns: [...WIDTHS, 6].map((w, index) => ({ index, width: w, numberFormat: index === 0 ? '0' : '@', ...(index >= KEY_COL ? { hidden: true } : {}) })),
    freeze: { rows: 1, cols: 0 },
    blocks: [
      { at: 'A1', values },
      { at: `A${values.length + 2}`, values: [[summary]] },
    ],
    numberFormats: [],
    validations: [
      {
        kind: 'list',
        range: rangeA1(1, ACCEPT_COL, last, 1),
        allowBlank: true,
        listName: list.name,
        listRange: list.ref,
        values: [ACCEPT, REJECT],
        prompt: { title: '採用', message: '「採用」にした行だけが資源リストに反映されます。空欄・不採用は反映しません。' },
        error: { style: 'stop', title: '採用', message: '「採用」か「不採用」を選んでください。' },
      },
    ],
    conditionalFormats: [
      { range: rangeA1(1, 0, last, width - 1), formula: `$B2="廃止の可能性"`, fill: '#FCE4D6', purpose: '廃止の可能性がある資源の行' },
      { range: rangeA1(1, 0, last, width - 1), formula: `AND($B2="変更",$F2<>"")`, fill: '#FFF2CC', purpose: '手入力の値を上書きする変更の行' },
    ],
    styles: [
      { range: rangeA1(0, 0, 1, width - 1), bold: true, wrap: true, vertical: 'middle', horizontal: 'center', fill: HEADER_FILL, border: 'grid' },
      { range: rangeA1(1, ACCEPT_COL, last, 1), bold: true, horizontal: 'center' },
    ],
    merges: [],
    rowHeights: [{ row: 0, height: HEADER_HEIGHT }],
    charts: [],
    print: { paper: 'A4', orientation: 'landscape', fitToWidth: true, repeatRows: { first: 1, last: 1 } },
  };
}

const KINDS: readonly DiffKind[] = ['新規', '変更', '廃止の可能性'];
const text = (v: CellValue): string => (v === null || v === undefined ? '' : v instanceof Date ? '' : String(v).trim());

/**
 * The rows of a 取込差分 grid as the host read it; null when the grid is not a 取込差分 sheet.
 * Rows with an unknown 区分 or no 列キー (the summary line, the clerk's own notes) are skipped.
 */
export function readDiffSheet(grid: Grid): DiffRow[] | null {
  const head = (grid[0] ?? []).map((v) => matchKey(text(v)));
  const at = (h: string): number => head.indexOf(matchKey(h));
  const cols = Object.fromEntries(DIFF_HEADER.map((h) => [h, at(h)])) as Record<(typeof DIFF_HEADER)[number], number>;
  if (cols['区分'] < 0 || cols['資源ID'] < 0 || cols['取込の値'] < 0 || cols['採用'] < 0 || cols['列キー'] < 0) return null;
  const get = (line: ReadonlyArray<CellValue>, h: (typeof DIFF_HEADER)[number]): string => (cols[h] >= 0 ? text(line[cols[h]]) : '');
  const out: DiffRow[] = [];
  for (let r = 1; r < grid.length; r++) {
    const line = grid[r] ?? [];
    const kind = get(line, '区分') as DiffKind;
    const key = get(line, '列キー');
    if (!KINDS.includes(kind) || key === '') continue;
    out.push({
      kind,
      id: get(line, '資源ID'),
      name: get(line, '名称'),
      key,
      field: get(line, '項目'),
      old: get(line, '現在の値'),
      value: get(line, '取込の値'),
      accept: matchKey(get(line, '採用')) === matchKey(ACCEPT) ? ACCEPT : '',
      source: get(line, '情報源'),
      date: get(line, 'データの日付'),
      basis: get(line, '照合'),
      note: get(line, '説明'),
    });
  }
  return out;
}
