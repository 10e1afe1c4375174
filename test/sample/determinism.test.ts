/** The sample generator is a pure function of its options: same seed → identical town, no clock, no Math.random. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateTown, generateTowns, townToWorkbookValues, SMALL_TOWN } from '../../templates/sample';
import { Rng, apportion } from '../../templates/sample/prng';

describe('determinism', () => {
  it('gives deep-equal (and byte-identical) towns for the same seed', () => {
    const a = generateTown({ seed: 42 });
    const b = generateTown({ seed: 42 });
    expect(b).toEqual(a);
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    expect(townToWorkbookValues(b)).toEqual(townToWorkbookValues(a));
  });

  it('gives different towns for different seeds', () => {
    const a = generateTown({ seed: 1 });
    const b = generateTown({ seed: 2 });
    expect(JSON.stringify(b.rows)).not.toBe(JSON.stringify(a.rows));
    expect(b.rows.resources.map((r) => r.name)).not.toEqual(a.rows.resources.map((r) => r.name));
  });

  it('never calls Math.random or Date.now and does not depend on the clock', () => {
    const random = jest.spyOn(Math, 'random').mockImplementation(() => {
      throw new Error('Math.random called');
    });
    const now = jest.spyOn(Date, 'now').mockImplementation(() => {
      throw new Error('Date.now called');
    });
    try {
      expect(() => generateTown({ seed: 5 })).not.toThrow();
    } finally {
      random.mockRestore();
      now.mockRestore();
    }
  });

  it('has no clock or Math.random in its sources', () => {
    const dir = join(__dirname, '../../templates/sample');
    const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(5);
    for (const f of files) {
      const src = readFileSync(join(dir, f), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
      expect({ f, hit: /Math\.random|Date\.now|new Date\(/.exec(src)?.[0] ?? null }).toEqual({ f, hit: null });
    }
  });

  it('changes only what the options change: a later "today" keeps the resource list', () => {
    const a = generateTown({ seed: 9, today: '2025-12-01' });
    const b = generateTown({ seed: 9, today: '2026-02-01' });
    expect(b.rows.resources.map((r) => r.name)).toEqual(a.rows.resources.map((r) => r.name));
    expect(b.rows.consultations.length).toBe(a.rows.consultations.length);
    expect(b.today).toBe('2026-02-01');
  });

  it('generateTowns is deterministic too', () => {
    expect(generateTowns(3, 100, SMALL_TOWN)).toEqual(generateTowns(3, 100, SMALL_TOWN));
  });
});

describe('Rng', () => {
  it('repeats its sequence for a seed and spreads values over [0, 1)', () => {
    const a = new Rng(7);
    const b = new Rng(7);
    const xs = Array.from({ length: 1000 }, () => a.next());
    expect(Array.from({ length: 1000 }, () => b.next())).toEqual(xs);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    expect(mean).toBeGreaterThan(0.45);
    expect(mean).toBeLessThan(0.55);
  });

  it('samples distinct elements', () => {
    const r = new Rng(3);
    const list = Array.from({ length: 100 }, (_, i) => i);
    const s = r.sample(list, 40);
    expect(new Set(s).size).toBe(40);
    expect(r.sample(list, 200)).toHaveLength(100);
  });

  it('apportions exact totals with a minimum per part', () => {
    const parts = apportion(60, [4, 18, 11, 1, 1], 1);
    expect(parts.reduce((a, b) => a + b, 0)).toBe(60);
    expect(Math.min(...parts)).toBeGreaterThanOrEqual(1);
    expect(apportion(10, [1, 1, 2])).toEqual([3, 2, 5]);
    expect(apportion(3, [1, 1, 1, 1], 1)).toEqual([1, 1, 1, 0]);
  });
});
