/**
 * 結果 (outcome) indicators (D-13, seed 001 H): home-death rates and population figures typed into
 * 統計入力, and 在宅医療に参画するかかりつけ医数, which seed 001 names as an effect of the program.
 * A missing input gives null in TypeScript and "" in the formula; so does a zero denominator.
 */
import type { StatisticsRow } from '../sheets/rows';
import type { TownRows } from '../validate/types';
import { statisticsSheet } from '../sheets/statistics';
import { defineIndicator, headerOf } from './define';
import type { FormulaContext } from './formula-context';
import { percent, percentFormula } from './rounding';
import type { Direction, Indicator } from './types';

type StatKey = Exclude<keyof StatisticsRow, '__row' | 'source'>;

const SOURCE = '統計入力';
/** Japanese header of a statistics item (from the spec, never retyped). */
const header = (key: StatKey): string => headerOf(statisticsSheet, key);

const stat = (town: TownRows, key: StatKey): number | null => town.statistics?.[key] ?? null;

/** Sum of stats, or null when any is missing. */
function sumStats(town: TownRows, keys: readonly StatKey[]): number | null {
  let total = 0;
  for (const k of keys) {
    const v = stat(town, k);
    if (v === null) return null;
    total += v;
  }
  return total;
}

/** "" unless every cell holds a number; then `expr`. */
function whenNumbers(cells: readonly string[], expr: string): string {
  const test = cells.length === 1 ? `ISNUMBER(${cells[0]})` : `AND(${cells.map((c) => `ISNUMBER(${c})`).join(',')})`;
  return `IF(${test},${expr},"")`;
}

interface RatioSpec {
  readonly id: string;
  readonly name: string;
  readonly nameEn: string;
  readonly numerator: readonly StatKey[];
  readonly denominator: StatKey;
  readonly direction: Direction;
  readonly scene: '看取り' | '共通';
}

function ratioIndicator(s: RatioSpec): Indicator {
  const cells = (ctx: FormulaContext) => ({
    num: s.numerator.map((k) => ctx.item('statistics', k)),
    den: ctx.item('statistics', s.denominator),
  });
  return defineIndicator({
    id: s.id,
    name: s.name,
    nameEn: s.nameEn,
    kind: '結果',
    scene: s.scene,
    activity: null,
    unit: '%',
    direction: s.direction,
    definition: {
      numerator: s.numerator.map((k) => header(k)).join('＋'),
      denominator: header(s.denominator),
      source: SOURCE,
      note: '入力がないか分母が0なら空欄。',
    },
    requirements: ['D-13', 'D-17'],
    compute: (town) => percent(sumStats(town, s.numerator), stat(town, s.denominator)),
    formula: (ctx) => {
      const { num, den } = cells(ctx);
      return `=${whenNumbers([...num, den], percentFormula(num.join('+'), den))}`;
    },
  });
}

export const OUTCOME_INDICATORS: readonly Indicator[] = [
  ratioIndicator({ id: 'O01', name: '在宅看取り率（自宅）', nameEn: 'Share of deaths at home', numerator: ['deathsAtHome'], denominator: 'deaths', direction: 'higher', scene: '看取り' }),
  ratioIndicator({
    id: 'O02',
    name: '在宅等看取り率（老人ホーム等を含む）',
    nameEn: 'Share of deaths at home or in care homes',
    numerator: ['deathsAtHome', 'deathsAtNursingHome'],
    denominator: 'deaths',
    direction: 'higher',
    scene: '看取り',
  }),
  defineIndicator({
    id: 'O03',
    name: '在宅死亡者数（自宅）',
    nameEn: 'Deaths at home',
    kind: '結果',
    scene: '看取り',
    activity: null,
    unit: '人',
    direction: 'higher',
    definition: { numerator: header('deathsAtHome'), source: SOURCE, note: '入力がなければ空欄。' },
    requirements: ['D-13'],
    compute: (town) => stat(town, 'deathsAtHome'),
    formula: (ctx) => {
      const cell = ctx.item('statistics', 'deathsAtHome');
      return `=${whenNumbers([cell], cell)}`;
    },
  }),
  defineIndicator({
    id: 'O04',
    name: '在宅医療に参画するかかりつけ医数',
    nameEn: 'Family doctors taking part in home care',
    kind: '結果',
    scene: '日常の療養支援',
    activity: null,
    unit: '人',
    direction: 'higher',
    definition: {
      numerator: '資源リストの「在宅医療に参画する医師数」の合計',
      source: '資源リスト',
      note: '医師会と協働して把握した人数を各医療機関の行に入力します。空欄は0人。非公開の資源も含めます。',
    },
    requirements: ['D-13'],
    compute: (town) => town.resources.reduce((n, r) => n + (r.homeCareDoctors ?? 0), 0),
    formula: (ctx) => `=SUM(${ctx.column('resources', 'homeCareDoctors')})`,
  }),
  ratioIndicator({ id: 'O05', name: '高齢化率', nameEn: 'Population aged 65+', numerator: ['population65'], denominator: 'population', direction: 'none', scene: '共通' }),
  ratioIndicator({ id: 'O06', name: '後期高齢化率', nameEn: 'Population aged 75+', numerator: ['population75'], denominator: 'population', direction: 'none', scene: '共通' }),
  ratioIndicator({ id: 'O07', name: '要介護認定率', nameEn: 'Long-term care certification rate', numerator: ['careCertified'], denominator: 'population65', direction: 'none', scene: '共通' }),
];
