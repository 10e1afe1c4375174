/** The 取込差分 sheet as data: layout, dropdown, and reading it back however the clerk left it. */
import type { CellValue } from '../../templates/core/cell';
import { applyRowsCommand, importCommand } from '../../templates/import';
import { ACCEPT_LIST_NAME, DIFF_HEADER, DIFF_SHEET, readDiffSheet } from '../../templates/import/diff-sheet';
import { applyOps } from './apply-values';
import { ENV, fixtureFiles, townValues } from './fixtures';

const result = importCommand(townValues(), ENV, fixtureFiles(), { dataDate: '2025-06-30' });
const sheetOp = result.ops.find((op) => op.kind === 'replaceSheet');
const sheet = sheetOp?.kind === 'replaceSheet' ? sheetOp.plan : null;
const grid = applyOps({}, result.ops)[DIFF_SHEET] as CellValue[][];

describe('取込差分 sheet', () => {
  it('has one row per planned change under the header, and the summary below', () => {
    expect(sheet?.name).toBe(DIFF_SHEET);
    expect(grid[0]?.slice(0, DIFF_HEADER.length)).toEqual([...DIFF_HEADER]);
    expect(readDiffSheet(grid)).toEqual(result.plan?.rows);
    expect(grid[(result.plan?.rows.length ?? 0) + 2]?.[0]).toContain('取込差分: 新規 10 件');
  });

  it('gives 採用 a dropdown over every row (採用／不採用 from a named range) and hides the key and list columns', () => {
    const list = sheet?.validations.find((v) => v.kind === 'list');
    expect(list).toMatchObject({ kind: 'list', listName: ACCEPT_LIST_NAME, values: ['採用', '不採用'], range: `H2:H${(result.plan?.rows.length ?? 0) + 1}` });
    expect(result.ops).toContainEqual({ kind: 'defineNames', names: [{ name: ACCEPT_LIST_NAME, ref: "'取込差分'!$N$2:$N$3" }] });
    expect(sheet?.columns.filter((c) => c.hidden).map((c) => c.index)).toEqual([12, 13]);
  });

  it('reads the sheet back after the clerk sorted it, added a note row and corrected a value', () => {
    const [header, ...body] = grid;
    const sorted = [...body.filter((r) => r[1] !== '' && r[1] !== undefined)].sort((a, b) => String(b[3]).localeCompare(String(a[3])));
    const r001 = sorted.findIndex((r) => r[2] === 'R001' && r[12] === 'phone');
    const corrected = sorted.map((r, i) => (i === r001 ? r.map((v, c) => (c === 6 ? '０２３７－１１－７７７７' : c === 7 ? '採用' : v)) : r));
    const read = readDiffSheet([header ?? [], ['メモ: 確認中'], ...corrected]) ?? [];
    expect(read).toHaveLength(result.plan?.rows.length ?? -1);
    const applied = applyRowsCommand(townValues(), ENV, read);
    const after = applyOps(townValues(), applied.ops);
    expect((after['資源リスト'] ?? []).find((r) => r[0] === 'R001')?.[6]).toBe('0237-11-7777');
  });

  it('is not mistaken for something else', () => {
    expect(readDiffSheet([['名称', '住所'], ['a', 'b']])).toBeNull();
  });
});
