/**
 * 年間事業計画 of a sample town: several items per activity (ア)〜(ク), months ticked April → March,
 * planned counts that match the ticks, progress as of "today", and targets on the indicators that
 * measure the goals they are written for.
 */
import type { PlanRow } from '../sheets/rows';
import { PLAN_MONTH_KEYS } from '../sheets/plan';
import { ACTIVITIES, type Activity, type Scene } from '../sheets/vocabulary';
import { civil } from './calendar';
import { idMaker, type GenContext } from './context';
import type { Rng } from './prng';
import { apportion } from './prng';

/**
 * Indicator ids the sample plan sets targets on, each on the row whose goal it measures. They MUST
 * exist in the indicator catalogue (templates/indicators; test/sample/plan-targets.test.ts checks the
 * id, the activity and the unit): P57 = 12か月以上確認していない資源の割合 (ア) measures 資源リストの
 * 確認・更新, P08 = 多職種会議を年4回以上開催 (イ, D-15: 多職種会議 and a 地域ケア会議 serving as one,
 * judged 1/0) measures 年4回以上の開催, P14 = 出席者に占める医療系の
 * 割合 (カ) measures 医療系・介護系を半々.
 */
export const SAMPLE_PLAN_INDICATOR_IDS = ['P57', 'P08', 'P14'] as const;

export type SamplePlanIndicatorId = (typeof SAMPLE_PLAN_INDICATOR_IDS)[number];

/** The target each goal states, in the indicator's unit (% for P57 and P14, 判定 1 = met for P08). */
export const SAMPLE_PLAN_TARGETS: Readonly<Record<SamplePlanIndicatorId, number>> = {
  P57: 0, // 全資源の最終確認日を12か月以内にする → no stale resource
  P08: 1, // D-15: at least four multi-profession meetings a year (P08 judges it: 1 = met)
  P14: 50, // 医療系・介護系を半々
};

type MonthKey = (typeof PLAN_MONTH_KEYS)[number];

interface ItemTemplate {
  readonly item: string;
  readonly scene: Scene;
  readonly goal: string;
  /** Months (1–12) the item is usually done in. */
  readonly months: readonly number[];
  readonly indicatorId?: SamplePlanIndicatorId;
  readonly owner: string;
  readonly contractor?: string;
}

const ITEMS: Readonly<Record<Activity, readonly ItemTemplate[]>> = {
  '（ア）資源の把握': [
    { item: '資源リストの年1回の確認・更新', scene: '共通', goal: '全資源の最終確認日を12か月以内にする', months: [6, 7], indicatorId: 'P57', owner: '町（事務局）' },
    { item: '住民向け資源マップの作成', scene: '日常の療養支援', goal: '公開同意を得た資源を地図で配布する', months: [10], owner: '町（事務局）' },
    { item: 'ケアマネタイム一覧の作成', scene: '日常の療養支援', goal: '診療所のケアマネタイムを一覧化する', months: [9], owner: '郡医師会', contractor: '郡医師会' },
  ],
  '（イ）課題の抽出と対応策': [
    { item: '多職種連携会議の開催', scene: '共通', goal: '年4回以上開催し課題を類型化する', months: [5, 8, 11, 2], indicatorId: 'P08', owner: '町（事務局）・医師会（座長）' },
    { item: '入退院支援ワーキンググループ', scene: '入退院支援', goal: '入退院時の連絡ルール案をまとめる', months: [6, 9, 12], owner: '連携支援センター' },
    { item: '課題の類型化と優先順位付け', scene: '共通', goal: '全課題に重要度と優先順位を付ける', months: [3], owner: '町（事務局）' },
  ],
  '（ウ）切れ目のない提供体制': [
    { item: '主治医・副主治医制の検討', scene: '看取り', goal: '試行する診療所を決める', months: [7, 1], owner: '郡医師会', contractor: '郡医師会' },
    { item: '急変時の受入れ医療機関の確保', scene: '急変時の対応', goal: '受入れ可能な病院との協定を結ぶ', months: [10], owner: '町・病院' },
  ],
  '（エ）情報共有の支援': [
    { item: '情報共有シートの普及', scene: '共通', goal: '居宅介護支援事業所の全てで利用する', months: [4, 10], owner: '連携支援センター' },
    { item: 'ICTツールの利用促進', scene: '共通', goal: '利用機関数を前年より増やす', months: [8], owner: '町（事務局）' },
  ],
  '（オ）相談支援': [
    { item: '在宅医療・介護連携相談窓口の運営', scene: '共通', goal: '相談に当日中に一次対応する', months: [4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3], owner: '連携支援センター', contractor: '郡医師会' },
    { item: '相談事例の分析と報告', scene: '共通', goal: '相談分類別の件数を会議で報告する', months: [9, 3], owner: '連携支援センター' },
  ],
  '（カ）関係者の研修': [
    { item: '多職種研修（グループワーク）', scene: '共通', goal: '医療系・介護系の参加比率を半々にする', months: [7, 11, 2], indicatorId: 'P14', owner: '町（事務局）', contractor: '郡医師会' },
    { item: '職種別研修（介護職向け医療知識）', scene: '日常の療養支援', goal: '介護職の参加を増やす', months: [9], owner: '連携支援センター' },
  ],
  '（キ）住民への普及啓発': [
    { item: '住民向け講演会', scene: '看取り', goal: '参加者アンケートで理解が深まった割合8割', months: [10], owner: '町（事務局）' },
    { item: 'パンフレットの配布', scene: '共通', goal: '全戸配布と窓口設置', months: [6], owner: '町（事務局）' },
  ],
  '（ク）関係市区町村の連携': [
    { item: '圏域の担当者会議', scene: '入退院支援', goal: '圏域共通の入退院ルールを作る', months: [6, 12], owner: '県保健所・圏域市町村' },
  ],
  独自の取組: [{ item: '災害時の緊急連絡網の整備', scene: '共通', goal: '連絡網を年1回更新する', months: [9], owner: '町（事務局）' }],
};

const ACTIVITY_WEIGHTS = [2, 3, 2, 2, 2, 2, 2, 1]; // (ア)〜(ク)

/** The fiscal-order index (0 = April) of a calendar month. */
const fiscalIndex = (month: number): number => (month + 8) % 12;

/** Plan rows; progress is judged from the months already past. */
export function generatePlan(ctx: GenContext, targets: Readonly<Record<SamplePlanIndicatorId, number>> = SAMPLE_PLAN_TARGETS): PlanRow[] {
  const { rng, today, fyStart } = ctx;
  const n = ctx.size.planRows;
  const id = idMaker('PL', 2, n);
  const activities: Activity[] = ACTIVITIES.slice(0, 8) as Activity[];
  const weights = [...ACTIVITY_WEIGHTS];
  if (n > 16) {
    activities.push('独自の取組');
    weights.push(1);
  }
  const perActivity = apportion(n, weights, 1);
  // Months fully past as of today (fiscal order), e.g. 8 on 1 December.
  const { year, month } = civil(today);
  const monthsPast = today < fyStart ? 0 : Math.min(12, (year - ctx.fiscalYear) * 12 + month - 4);
  const rows: PlanRow[] = [];
  activities.forEach((activity, a) => {
    const templates = ITEMS[activity];
    for (let k = 0; k < (perActivity[a] ?? 0); k++) {
      const t = templates[k % templates.length] as ItemTemplate;
      const round = Math.floor(k / templates.length);
      rows.push(planRow(rng, id(rows.length + 1), rows.length + 2, activity, t, round, monthsPast, round === 0 ? targets : null));
    }
  });
  return rows;
}

function planRow(
  rng: Rng,
  planId: string,
  rowNumber: number,
  activity: Activity,
  t: ItemTemplate,
  round: number,
  monthsPast: number,
  targets: Readonly<Record<string, number>> | null,
): PlanRow {
  const ticked = new Set(t.months);
  const months = {} as Record<MonthKey, boolean | null>;
  for (const key of PLAN_MONTH_KEYS) months[key] = ticked.has(Number(key.slice(1))) ? true : null;
  const done = t.months.filter((m) => fiscalIndex(m) < monthsPast).length;
  const progress = done === 0 ? '未着手' : done === t.months.length ? '完了' : '実施中';
  const evaluation = progress === '完了' ? rng.weighted(['A', 'B', 'C'] as const, [50, 35, 15]) : null;
  const target = t.indicatorId !== undefined && targets ? (targets[t.indicatorId] ?? null) : null;
  return {
    __row: rowNumber,
    id: planId,
    activity,
    item: round === 0 ? t.item : `${t.item}（${round + 1}）`,
    scene: t.scene,
    goal: t.goal,
    indicatorId: target !== null ? (t.indicatorId ?? null) : null,
    targetValue: target,
    ...months,
    plannedCount: t.months.length,
    owner: t.owner,
    contractor: t.contractor ?? null,
    progress,
    evaluation,
    improvement: evaluation === 'A' ? '次年度も継続する' : evaluation ? '実施方法を見直す' : null,
  };
}
