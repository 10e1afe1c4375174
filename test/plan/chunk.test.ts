import fc from 'fast-check';
import { fromA1 } from '../../templates/core/address';
import { chunkBlock, chunkBlockByBytes, estimateCellBytes } from '../../templates/plan/chunk';
import type { PlanCell, ValueBlock } from '../../templates/plan/types';

/** Cell (row, col) → value of every cell a list of blocks covers; fails on overlaps. */
function coverage(blocks: readonly ValueBlock[]): Map<string, PlanCell> {
  const seen = new Map<string, PlanCell>();
  for (const b of blocks) {
    const o = fromA1(b.at);
    b.values.forEach((row, r) =>
      row.forEach((v, c) => {
        const key = `${o.row + r},${o.col + c}`;
        if (seen.has(key)) throw new Error(`cell ${key} written twice`);
        seen.set(key, v);
      }),
    );
  }
  return seen;
}

function grid(rows: number, cols: number): PlanCell[][] {
  return Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => `${r}:${c}`));
}

describe('chunkBlock', () => {
  it('cuts a 10×3 block into whole-row bands of at most 9 cells at the right addresses', () => {
    const chunks = chunkBlock({ at: 'A1', values: grid(10, 3) }, 9);
    expect(chunks.map((b) => b.at)).toEqual(['A1', 'A4', 'A7', 'A10']);
    expect(chunks.map((b) => b.values.length)).toEqual([3, 3, 3, 1]);
  });

  it('returns the block itself when it fits, nothing for an empty block', () => {
    const block = { at: 'C5', values: grid(2, 2) };
    expect(chunkBlock(block, 4)).toEqual([block]);
    expect(chunkBlock({ at: 'A1', values: [] }, 4)).toEqual([]);
  });

  it('cuts rows wider than the budget by columns', () => {
    const chunks = chunkBlock({ at: 'B2', values: grid(2, 5) }, 2);
    expect(chunks.map((b) => b.at)).toEqual(['B2', 'D2', 'F2', 'B3', 'D3', 'F3']);
  });

  it('covers every cell exactly once with the same value, never exceeding maxCells (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 60 }), fc.integer({ min: 0, max: 30 }), (rows, cols, max, row0) => {
        const block = { at: `C${row0 + 1}`, values: grid(rows, cols) };
        const chunks = chunkBlock(block, max);
        for (const c of chunks) expect(c.values.length * (c.values[0]?.length ?? 0)).toBeLessThanOrEqual(max);
        expect(coverage(chunks)).toEqual(coverage([block]));
      }),
    );
  });

  it('rejects a non-positive budget', () => {
    expect(() => chunkBlock({ at: 'A1', values: grid(1, 1) }, 0)).toThrow(RangeError);
  });
});

describe('chunkBlockByBytes', () => {
  it('keeps every band under the byte budget and covers all rows', () => {
    const values = grid(1000, 4).map((row) => row.map((v) => `在宅医療${v as string}`));
    const block = { at: 'A2', values };
    const chunks = chunkBlockByBytes(block, 10_000);
    expect(chunks.length).toBeGreaterThan(1);
    for (const c of chunks) {
      const bytes = c.values.reduce<number>((s, row) => s + 2 + row.reduce<number>((t, v) => t + estimateCellBytes(v), 0), 0);
      expect(bytes).toBeLessThanOrEqual(10_000);
    }
    expect(coverage(chunks)).toEqual(coverage([block]));
  });

  it('estimates UTF-8 sizes: 3 bytes per kanji, 4 per astral character', () => {
    expect(estimateCellBytes('abc')).toBe(4 + 3);
    expect(estimateCellBytes('在宅')).toBe(4 + 6);
    expect(estimateCellBytes('𠮷')).toBe(4 + 4);
    expect(estimateCellBytes({ formula: 'A1' })).toBe(4 + 2);
  });

  it('leaves a small town sheet in one call under the default (80 % of 5 MB)', () => {
    expect(chunkBlockByBytes({ at: 'A1', values: grid(2000, 40) })).toHaveLength(1);
  });
});
