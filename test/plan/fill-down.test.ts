import { indicatorSheetPlans } from '../../templates/plan/indicator-sheet';
import { fillDownSplit, shiftFormulaRows } from '../../templates/plan/fill-down';
import type { PlanCell, ValueBlock } from '../../templates/plan/types';

describe('shiftFormulaRows', () => {
  it('moves relative rows only, never inside strings or quoted sheet names', () => {
    expect(shiftFormulaRows(`IF('出席者'!$H2<>"○",B2,$C$1)`, 3)).toBe(`IF('出席者'!$H5<>"○",B5,$C$1)`);
    expect(shiftFormulaRows(`"B2"&'Q1 data'!A1&LOG10(A1)&SUM($A:$A)`, 1)).toBe(`"B2"&'Q1 data'!A2&LOG10(A2)&SUM($A:$A)`);
    expect(shiftFormulaRows('A1', -1)).toBeNull();
    expect(shiftFormulaRows('"open', 1)).toBeNull();
  });
});

describe('fillDownSplit', () => {
  const filled = (rows: number, f: (r: number) => string): ValueBlock => ({
    at: 'A1',
    values: [['見出し', '式'], ...Array.from({ length: rows }, (_, i) => [{ formula: f(i + 2) }, { formula: `A${i + 2}*2` }] as PlanCell[])],
  });

  it('finds the header and one run per column of a filled-down block', () => {
    expect(fillDownSplit(filled(100, (r) => `B${r}+$C$1`))).toEqual({
      headRows: 1,
      runs: [
        { col: 0, firstRow: 1, rows: 100, formula: 'B2+$C$1' },
        { col: 1, firstRow: 1, rows: 100, formula: 'A2*2' },
      ],
    });
  });

  it('refuses anything that is not exactly a fill-down (a changed cell, too many runs, text in the body)', () => {
    expect(fillDownSplit(filled(100, (r) => (r === 50 ? 'B49+1' : `B${r}+1`)))).toBeNull(); // three runs in column A
    const withText = filled(100, (r) => `B${r}`);
    (withText.values[40] as PlanCell[])[0] = 'x';
    expect(fillDownSplit(withText)).toBeNull();
    expect(fillDownSplit(filled(10, (r) => `B${r}`))).toBeNull(); // small: one write is as good
  });

  it('splits the 指標計算 helper into its header and nine runs, and not the 指標 sheet', () => {
    const [indicators, helper] = indicatorSheetPlans({ attendees: 7000 });
    const split = fillDownSplit(helper!.blocks[0]!);
    expect(split?.headRows).toBe(1);
    expect(split?.runs.map((r) => r.rows)).toEqual(split?.runs.map(() => helper!.blocks[0]!.values.length - 1));
    // Every run regenerates the plan's cells exactly.
    for (const run of split!.runs) {
      for (let i = 0; i < run.rows; i += 997) {
        const cell = helper!.blocks[0]!.values[run.firstRow + i]![run.col] as { formula: string };
        expect(shiftFormulaRows(run.formula, i)).toBe(cell.formula);
      }
    }
    expect(fillDownSplit(indicators!.blocks[0]!)).toBeNull();
  });
});
