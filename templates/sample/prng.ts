/** Small seedable PRNG (mulberry32) with the draws the sample generator needs; no Math.random. */

/** A deterministic random source: same seed → same sequence on every JS engine. */
export class Rng {
  private state: number;

  constructor(seed: number) {
    // Mix the seed once so nearby seeds (1, 2, 3 …) start far apart.
    this.state = (Math.imul((seed | 0) ^ 0x9e3779b9, 0x85ebca6b) ^ 0x6d2b79f5) >>> 0;
  }

  /**
   * Next float in [0, 1).
   * @example new Rng(1).next() // same value on every run
   */
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Integer in [min, max] (both inclusive). */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** One element of a non-empty list. @throws Error on an empty list (programmer error). */
  pick<T>(list: readonly T[]): T {
    if (list.length === 0) throw new Error('pick from an empty list');
    return list[Math.floor(this.next() * list.length)] as T;
  }

  /** One element chosen with the given relative weights (same length as the list). */
  weighted<T>(list: readonly T[], weights: readonly number[]): T {
    let total = 0;
    for (const w of weights) total += w;
    let x = this.next() * total;
    for (let i = 0; i < list.length; i++) {
      x -= weights[i] ?? 0;
      if (x < 0) return list[i] as T;
    }
    return list[list.length - 1] as T;
  }

  /** Fisher–Yates shuffle of a copy. */
  shuffle<T>(list: readonly T[]): T[] {
    const out = list.slice();
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      const tmp = out[i] as T;
      out[i] = out[j] as T;
      out[j] = tmp;
    }
    return out;
  }

  /** `count` distinct elements (or all of them when the list is shorter), in random order. */
  sample<T>(list: readonly T[], count: number): T[] {
    if (count >= list.length) return this.shuffle(list);
    if (count * 8 > list.length) {
      // Dense draw: partial Fisher–Yates on a copy.
      const copy = list.slice();
      for (let i = 0; i < count; i++) {
        const j = i + Math.floor(this.next() * (copy.length - i));
        const tmp = copy[i] as T;
        copy[i] = copy[j] as T;
        copy[j] = tmp;
      }
      copy.length = count;
      return copy;
    }
    // Sparse draw: the same swaps recorded in a map, O(count) even for long lists.
    const swapped = new Map<number, number>();
    const out: T[] = [];
    for (let i = 0; i < count; i++) {
      const j = i + Math.floor(this.next() * (list.length - i));
      const vj = swapped.get(j) ?? j;
      const vi = swapped.get(i) ?? i;
      swapped.set(j, vi);
      out.push(list[vj] as T);
    }
    return out;
  }

  /** A child generator for an independent stream (so adding draws in one sheet never shifts another). */
  fork(label: number): Rng {
    return new Rng(Math.floor(this.next() * 4294967296) ^ Math.imul(label + 1, 0x27d4eb2d));
  }
}

/**
 * Splits `total` into integer parts proportional to `weights` (largest remainder), so proportions
 * are exact rather than left to chance; each part is at least `minEach` when the total allows.
 * @example apportion(10, [1, 1, 2]) // [3, 2, 5] or [2, 3, 5] (ties broken by order)
 */
export function apportion(total: number, weights: readonly number[], minEach = 0): number[] {
  const n = weights.length;
  const floorMin = minEach * n <= total ? minEach : 0;
  const rest = total - floorMin * n;
  let sum = 0;
  for (const w of weights) sum += w;
  const parts = weights.map((w) => floorMin + Math.floor((rest * w) / sum));
  const remainders = weights.map((w, i) => ({ i, r: (rest * w) / sum - Math.floor((rest * w) / sum) }));
  remainders.sort((a, b) => b.r - a.r || a.i - b.i);
  let left = total - parts.reduce((a, b) => a + b, 0);
  for (let k = 0; left > 0; k = (k + 1) % n, left--) {
    const idx = (remainders[k] as { i: number }).i;
    parts[idx] = (parts[idx] as number) + 1;
  }
  return parts;
}
