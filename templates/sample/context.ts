/** What every per-sheet generator of a sample town shares: its random stream, calendar and directory. */
import type { TownSize } from './types';
import type { Rng } from './prng';
import type { TownDirectory, TownIdentity } from './town-identity';

export interface GenContext {
  readonly rng: Rng;
  readonly size: TownSize;
  readonly town: TownIdentity;
  readonly directory: TownDirectory;
  readonly fiscalYear: number;
  /** Day numbers (days since 1970-01-01) of the fiscal year's first and last day, and of "today". */
  readonly fyStart: number;
  readonly fyEnd: number;
  readonly today: number;
}

/** Zero-padded id with a prefix: at least `minDigits`, more when `count` needs them. */
export function idMaker(prefix: string, minDigits: number, count: number): (n: number) => string {
  const digits = Math.max(minDigits, String(count).length);
  return (n: number) => `${prefix}${String(n).padStart(digits, '0')}`;
}

/** A set of row indices, stored as a byte mask (cheap for 50,000-row sheets). */
export interface IndexMask {
  has(index: number): boolean;
  readonly size: number;
}

/** Exactly round(n × share) distinct indices in [0, n), chosen at random (exact shares, not chance). */
export function exactIndices(rng: Rng, n: number, share: number): IndexMask {
  const want = Math.round(n * share);
  const mask = new Uint8Array(n);
  // Choose the smaller side at random so the work is O(min(want, n − want)) draws.
  const flip = want * 2 > n;
  const target = flip ? n - want : want;
  let chosen = 0;
  while (chosen < target) {
    const i = Math.floor(rng.next() * n);
    if (mask[i] === 0) {
      mask[i] = 1;
      chosen++;
    }
  }
  return { has: (index: number) => (mask[index] === 1) !== flip, size: want };
}
