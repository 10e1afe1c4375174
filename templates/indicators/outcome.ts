/**
 * 結果 (outcome) indicators (D-13, seed 001 H): home-death rates and population figures typed into
 * 統計入力, and 在宅医療に参画するかかりつけ医数, which seed 001 names as an effect of the program.
 * A missing input gives null in TypeScript and "" in the formula; so does a zero denominator.
 */
import { defineIndicator } from './define';
import { statCountIndicator, statRatioIndicator, type StatRatioSpec } from './statistics-items';
import type { Indicator } from './types';

/** 人口動態統計's places of death, as the home-death indicators count them. */
const HOME = '人口動態統計「死亡の場所」の自宅。';
const HOME_OR_HOMES =
  '在宅等＝人口動態統計「死亡の場所」の自宅＋老人ホーム（養護・特別養護・軽費・有料老人ホーム）。' +
  '同統計は介護医療院・介護老人保健施設を老人ホームとは別の場所として数えるため、含めません。';
const CERTIFICATION =
  '介護保険事業状況報告の認定率と同じ定義（第1号被保険者の要介護（要支援）認定者数÷第1号被保険者数）。' +
  '第2号被保険者の認定者は含めません。65歳以上人口で割った値とは住所地特例などの分だけ異なります。';

type OutcomeRatio = Pick<StatRatioSpec, 'id' | 'name' | 'nameEn' | 'numerator' | 'denominator' | 'direction' | 'scene' | 'note'>;

const ratioIndicator = (s: OutcomeRatio): Indicator => statRatioIndicator({ ...s, kind: '結果', activity: null, requirements: ['D-13', 'D-17'] });

export const OUTCOME_INDICATORS: readonly Indicator[] = [
  ratioIndicator({ id: 'O01', name: '在宅看取り率（自宅）', nameEn: 'Share of deaths at home', numerator: ['deathsAtHome'], denominator: 'deaths', direction: 'higher', scene: '看取り', note: HOME }),
  ratioIndicator({
    id: 'O02',
    name: '在宅等看取り率（自宅・老人ホーム）',
    nameEn: 'Share of deaths at home or in homes for the elderly',
    numerator: ['deathsAtHome', 'deathsAtNursingHome'],
    denominator: 'deaths',
    direction: 'higher',
    scene: '看取り',
    note: HOME_OR_HOMES,
  }),
  statCountIndicator({
    id: 'O03',
    name: '在宅死亡者数（自宅）',
    nameEn: 'Deaths at home',
    kind: '結果',
    scene: '看取り',
    activity: null,
    unit: '人',
    direction: 'higher',
    item: 'deathsAtHome',
    note: HOME,
    requirements: ['D-13'],
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
  ratioIndicator({
    id: 'O07',
    name: '要介護認定率（第1号被保険者）',
    nameEn: 'Long-term care certification rate (primary insured)',
    numerator: ['careCertified'],
    denominator: 'insuredPrimary',
    direction: 'none',
    scene: '共通',
    note: CERTIFICATION,
  }),
];
