/**
 * 入退院支援 (seed 004's data to know, and the ※ items a town surveys itself): what a small town can
 * actually collect about admission and discharge. The two rates come from a yearly survey of the
 * town's care managers, the way 郡山市 evaluates its 入退院調整 rules (退院調整率 = 退院調整あり ÷
 * 要介護で退院した人); the two claim counts only where the town can get them (医療機関への照会,
 * レセプト集計). Ids P80–P89 are kept for this scene. The count of institutions with discharge
 * staff (S10) is a structure indicator read from 資源リスト.
 */
import { statCountIndicator, statRatioIndicator } from './statistics-items';
import type { Indicator } from './types';

const SURVEY = 'ケアマネジャーへの調査（担当利用者の入院・退院の件数）で把握します。';
const CLAIMS = '医療機関への照会やレセプト集計で分かる場合に入力します。';
const common = { kind: '過程', scene: '入退院支援', activity: '（エ）情報共有の支援', direction: 'higher', requirements: ['D-06', 'D-13'] } as const;

export const DISCHARGE_INDICATORS: readonly Indicator[] = [
  statRatioIndicator({
    ...common,
    id: 'P80',
    name: '入院時情報提供率',
    nameEn: 'Admissions with information sent to the hospital',
    numerator: ['admissionInfoProvided'],
    denominator: 'admittedClients',
    note: `${SURVEY}ケアマネジャーが入院先の病院へ利用者の情報を提供した割合です。`,
  }),
  statRatioIndicator({
    ...common,
    id: 'P81',
    name: '退院調整率',
    nameEn: 'Discharges with coordination',
    numerator: ['dischargeAdjusted'],
    denominator: 'dischargedNeedingCare',
    note: `${SURVEY}要介護（要支援）で退院した人のうち、退院前に病院からケアマネジャーへ連絡・調整があった割合です（郡山市などの入退院調整ルールの評価と同じ定義）。`,
  }),
  statCountIndicator({
    ...common,
    id: 'P82',
    name: '介護支援連携指導の件数',
    nameEn: 'Care-support coordination guidance (claims)',
    unit: '件',
    item: 'careCoordinationGuidance',
    note: `入院中に病院と介護支援専門員が退院後のサービスを共同で検討した件数（介護支援等連携指導料）。${CLAIMS}`,
  }),
  statCountIndicator({
    ...common,
    id: 'P83',
    name: '退院時共同指導の件数',
    nameEn: 'Joint discharge guidance (claims)',
    unit: '件',
    item: 'jointDischargeGuidance',
    note: `退院前に病院と在宅側の医療機関・訪問看護などが共同で指導した件数（退院時共同指導料）。${CLAIMS}`,
  }),
];
