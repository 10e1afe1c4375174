/** "One relative formula per column, filled down": detection and its byte saving on 指標計算. */
import { fromA1 } from '../../templates/core/address';
import { blockBytes, fillDownBytes, shiftFormulaRows, splitFillDown } from '../../templates/plan/fill-down';
import { indicatorSheetPlans } from '../../templates/plan/indicator-sheet';
import type { PlanCell, ValueBlock } from '../../templates/plan/types';

/** Applies a split the way a host does (blocks, seeds, then copy each seed down) into a sparse map. */
function replay(split: ReturnType<typeof splitFillDown>): Map<string, PlanCell> {
  const out = new Map<string, PlanCell>();
  const put = (block: ValueBlock) => {
    const o = fromA1(block.at);
    // Blank cells are what a cleared sheet already holds: a split need not write them.
    block.values.forEach((row, r) => row.forEach((cell, c) => (cell === null ? undefined : out.set(`${o.row + r},${o.col + c}`, cell))));
  };
  split.blocks.forEach(put);
  for (const fill of split.fills) {
    put(fill.seed);
    const seed = fromA1(fill.seed.at);
    const [a, b] = fill.target.split(':') as [string, string];
    const from = fromA1(a);
    const to = fromA1(b);
    for (let r = from.row; r <= to.row; r++) {
      fill.seed.values[0]?.forEach((cell, c) => {
        const f = cell as { formula: string };
        out.set(`${r},${from.col + c}`, { formula: shiftFormulaRows(f.formula, r - seed.row) });
      });
    }
  }
  return out;
}

function asMap(block: ValueBlock): Map<string, PlanCell> {
  const out = new Map<string, PlanCell>();
  const o = fromA1(block.at);
  block.values.forEach((row, r) => row.forEach((cell, c) => (cell === null ? undefined : out.set(`${o.row + r},${o.col + c}`, cell))));
  return out;
}

describe('shiftFormulaRows', () => {
  it('moves relative rows and leaves absolute rows, whole columns, strings and sheet names', () => {
    expect(shiftFormulaRows(`IF('出席者'!$H5="",1,$B$2+C5)`, 2)).toBe(`IF('出席者'!$H7="",1,$B$2+C7)`);
    expect(shiftFormulaRows(`COUNTIF('A1 sheet'!$A:$A,"B7")+LOG10(A1)`, 3)).toBe(`COUNTIF('A1 sheet'!$A:$A,"B7")+LOG10(A4)`);
    expect(shiftFormulaRows(`SUM(A1:B2)&"it''s"`, 1)).toBe(`SUM(A2:B3)&"it''s"`);
  });
});

describe('splitFillDown', () => {
  it('rebuilds exactly the original block and finds the runs of a relative formula', () => {
    const values: PlanCell[][] = [['h1', 'h2', 'h3']];
    for (let r = 2; r <= 101; r++) values.push([{ formula: `A${r}*2` }, r === 50 ? 'break' : { formula: `$B$1+B${r}` }, { formula: '""' }]);
    const block = { at: 'C1', values };
    const split = splitFillDown(block);
    expect(replay(split)).toEqual(asMap(block));
    expect(split.fills.length).toBeGreaterThanOrEqual(3);
    expect(split.blocks[0]?.at).toBe('C1');
  });

  it('cuts the 指標計算 helper block to a small fraction of its formula strings', () => {
    const calc = indicatorSheetPlans({ consultations: 10_000 })[1];
    const block = calc?.blocks[0] as ValueBlock;
    const split = splitFillDown(block);
    expect(replay(split)).toEqual(asMap(block));
    const all = blockBytes(block);
    const filled = fillDownBytes(split);
    expect(all).toBeGreaterThan(5_000_000);
    expect(filled).toBeLessThan(all / 100);
  });
});
