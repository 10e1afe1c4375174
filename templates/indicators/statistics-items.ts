/**
 * Reading 統計入力 items, shared by the indicators built on typed-in figures (outcome.ts,
 * process-discharge.ts): the value in TypeScript, the Japanese label for definitions, and the
 * formula guard that leaves the cell blank until every item it reads holds a number.
 */
import type { StatisticsRow } from '../sheets/rows';
import { statisticsSheet } from '../sheets/statistics';
import type { Activity } from '../sheets/vocabulary';
import type { TownRows } from '../validate/types';
import { defineIndicator, headerOf } from './define';
import { percent, percentFormula } from './rounding';
import type { Direction, Indicator, IndicatorKind, IndicatorScenes, IndicatorUnit } from './types';

export type StatKey = Exclude<keyof StatisticsRow, '__row' | 'source'>;

/** The sheet name shown as 出典 of these indicators. */
export const STATISTICS_SOURCE = '統計入力';

/** Japanese label of a statistics item (from the spec, never retyped). */
export const statHeader = (key: StatKey): string => headerOf(statisticsSheet, key);

/** The item's number, or null when the sheet or the item is blank. */
export const stat = (town: TownRows, key: StatKey): number | null => town.statistics?.[key] ?? null;

/** Sum of items, or null when any is missing. */
export function sumStats(town: TownRows, keys: readonly StatKey[]): number | null {
  let total = 0;
  for (const k of keys) {
    const v = stat(town, k);
    if (v === null) return null;
    total += v;
  }
  return total;
}

/** "" unless every cell holds a number; then `expr`. */
export function whenNumbers(cells: readonly string[], expr: string): string {
  const test = cells.length === 1 ? `ISNUMBER(${cells[0]})` : `AND(${cells.map((c) => `ISNUMBER(${c})`).join(',')})`;
  return `IF(${test},${expr},"")`;
}

/** What differs between the indicators computed from 統計入力 items. */
interface StatIndicatorSpec {
  readonly id: string;
  readonly name: string;
  readonly nameEn: string;
  readonly kind: IndicatorKind;
  readonly scene: IndicatorScenes;
  readonly activity: Activity | null;
  readonly direction: Direction;
  /** Where the figure comes from and what a reader would otherwise ask (appended to the blank-cell rule). */
  readonly note?: string;
  readonly requirements: readonly string[];
}

/** The fields every 統計入力 indicator takes from its spec as they are. */
function identityOf(s: StatIndicatorSpec): Pick<Indicator, 'id' | 'name' | 'nameEn' | 'kind' | 'scene' | 'activity' | 'direction' | 'requirements'> {
  return { id: s.id, name: s.name, nameEn: s.nameEn, kind: s.kind, scene: s.scene, activity: s.activity, direction: s.direction, requirements: s.requirements };
}

export interface StatRatioSpec extends StatIndicatorSpec {
  readonly numerator: readonly StatKey[];
  readonly denominator: StatKey;
}

/** A percentage of 統計入力 items: the sum of `numerator` over `denominator`. */
export function statRatioIndicator(s: StatRatioSpec): Indicator {
  const blank = '入力がないか分母が0なら空欄。';
  return defineIndicator({
    ...identityOf(s),
    unit: '%',
    definition: {
      numerator: s.numerator.map(statHeader).join('＋'),
      denominator: statHeader(s.denominator),
      source: STATISTICS_SOURCE,
      note: s.note ? `${s.note}${blank}` : blank,
    },
    compute: (town) => percent(sumStats(town, s.numerator), stat(town, s.denominator)),
    formula: (ctx) => {
      const num = s.numerator.map((k) => ctx.item('statistics', k));
      const den = ctx.item('statistics', s.denominator);
      return `=${whenNumbers([...num, den], percentFormula(num.join('+'), den))}`;
    },
  });
}

export interface StatCountSpec extends StatIndicatorSpec {
  readonly item: StatKey;
  readonly unit: IndicatorUnit;
}

/** One 統計入力 item shown as it is typed (blank stays blank). */
export function statCountIndicator(s: StatCountSpec): Indicator {
  const blank = '入力がなければ空欄。';
  return defineIndicator({
    ...identityOf(s),
    unit: s.unit,
    definition: { numerator: statHeader(s.item), source: STATISTICS_SOURCE, note: s.note ? `${s.note}${blank}` : blank },
    compute: (town) => stat(town, s.item),
    formula: (ctx) => {
      const cell = ctx.item('statistics', s.item);
      return `=${whenNumbers([cell], cell)}`;
    },
  });
}
