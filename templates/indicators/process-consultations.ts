/**
 * 過程 indicators of the consultation desk — activity (オ), D-08: consultations received in the fiscal
 * year in total, per month (April → March), per requester side, scene and category; days to close,
 * open cases and the share handled together with the 地域包括支援センター.
 */
import { townProfessionSides } from '../sheets/profession-sides';
import {
  CONSULTATION_CATEGORIES,
  FISCAL_MONTHS,
  LAY_REQUESTER_GROUP,
  LAY_REQUESTERS,
  PROFESSION_SIDE_NAMES,
  SCENES_WITH_COMMON,
  type ProfessionSide,
  type Scene,
} from '../sheets/vocabulary';
import { capacityGuard, IN_YEAR_FILTER_KEYS, inYearSwitchCell, receivedBetween } from './calc-sheet';
import { defineIndicator } from './define';
import { median, townFacts } from './facts';
import type { FormulaContext } from './formula-context';
import { countIfs, dateBetween, inFiscalYear, plus, str, type Criterion } from './formula-parts';
import { percent, percentFormula } from './rounding';
import { sideProfessionsText } from './sides';
import type { Direction, Indicator } from './types';
import type { TownRows } from '../validate/types';

const SOURCE = '相談記録';
const ACTIVITY = '（オ）相談支援' as const;
const IN_YEAR = '受付日が対象年度（4月1日〜翌年3月31日）の相談だけを数えます。';

/**
 * COUNTIFS over consultations received in the fiscal year, plus extra criteria. With extra criteria
 * on the columns consOutOfYear watches, the count is IF(switch is 0, COUNTIFS(extra only), exact): the
 * same number whenever no row outside the year holds a value in those columns (the switch says so),
 * and after a one-row edit LibreOffice answers one-criterion counts from its per-column cache while
 * each three-criteria COUNTIFS is a full pass over 相談記録 (~7 ms on 50,000 rows). Without extra
 * criteria (P20, P52's denominator) the count is the difference of two received-date bounds on
 * 指標計算 (RECEIVED_BOUNDS), which the month counts share.
 */
function consultationCount(ctx: FormulaContext, extra: readonly Criterion[] = []): string {
  const exact = countIfs([...inFiscalYear(ctx, ctx.column('consultations', 'receivedDate')), ...extra]);
  if (extra.length === 0) return receivedBetween(0, 12, exact);
  const watched = new Set<string>(IN_YEAR_FILTER_KEYS.map((k) => ctx.column('consultations', k)));
  if (extra.length === 0 || !extra.every(([range]) => watched.has(range))) return exact;
  const sw = inYearSwitchCell();
  return `IF(AND(ISNUMBER(${sw}),${sw}=0),${countIfs(extra)},${exact})`;
}

interface CountSpec {
  readonly id: string;
  readonly name: string;
  readonly nameEn: string;
  readonly scene: Scene;
  readonly direction: Direction;
  readonly numerator: string;
  readonly compute: (f: ReturnType<typeof townFacts>, town: TownRows) => number;
  readonly formula: (ctx: FormulaContext) => string;
}

function countIndicator(s: CountSpec): Indicator {
  return defineIndicator({
    id: s.id,
    name: s.name,
    nameEn: s.nameEn,
    kind: '過程',
    scene: s.scene,
    activity: ACTIVITY,
    unit: '件',
    direction: s.direction,
    definition: { numerator: s.numerator, source: SOURCE, note: IN_YEAR },
    requirements: ['D-08'],
    compute: (town, ctx) => s.compute(townFacts(town, ctx), town),
    formula: (ctx) => `=${s.formula(ctx)}`,
  });
}

/** Month indicators P21…P32: one per fiscal month, April first (ids stay fixed to the month). */
function monthIndicator(index: number): Indicator {
  const month = FISCAL_MONTHS[index] as number;
  // January–March belong to the calendar year after the fiscal year's April; so does the April ending March.
  const yearOffset = month >= 4 ? 0 : 1;
  const next = month === 12 ? 1 : month + 1;
  const nextOffset = next >= 4 && index < 11 ? 0 : 1;
  return countIndicator({
    id: `P${21 + index}`,
    name: `相談件数（${month}月）`,
    nameEn: `Consultations in month ${month}`,
    scene: '共通',
    direction: 'none',
    numerator: `受付日が対象年度の${month}月の相談の数`,
    compute: (f) => f.consultations.byMonth[index] as number,
    formula: (ctx) => {
      const fy = ctx.fiscalYear;
      const start = `DATE(${fy}+${yearOffset},${month},1)`;
      const end = `DATE(${fy}+${nextOffset},${next},1)`;
      return receivedBetween(index, index + 1, countIfs(dateBetween(ctx.column('consultations', 'receivedDate'), start, end)));
    },
  });
}

const SIDE_EN: Record<ProfessionSide, string> = { 医療系: 'medical', 介護系: 'care', 行政: 'administration', その他: 'other' };

function sideIndicator(index: number): Indicator {
  const side = PROFESSION_SIDE_NAMES[index] as ProfessionSide;
  return countIndicator({
    id: `P${33 + index}`,
    name: `相談件数（相談者が${side}）`,
    nameEn: `Consultations from ${SIDE_EN[side]} professions`,
    scene: '共通',
    direction: 'none',
    numerator: `相談者職種が${side}（${sideProfessionsText(side)}）の相談の数`,
    compute: (f, town) => {
      const sides = townProfessionSides(town.settings);
      let n = 0;
      for (const [p, count] of f.consultations.byProfession) if (sides.get(p) === side) n += count;
      return n;
    },
    // One COUNTIF over the helper column (side per row as 設定 says, blank outside the year) rather
    // than sideCountFormula's ~20 COUNTIFS over 相談記録: the same count, and a one-row edit of
    // 相談記録 recomputes one helper cell and four cheap COUNTIFs instead of ~80 COUNTIFS.
    formula: (ctx) => capacityGuard(ctx, 'consultations', `COUNTIF(${ctx.calc('consSide')},${str(side)})`),
  });
}

/**
 * Consultations brought by 本人・家族 or 住民 (seed 000 (オ): the desk may answer residents directly).
 * Kept apart from CONSULTATION_INDICATORS so every earlier row of the 指標 sheet keeps its place.
 */
export const LAY_REQUESTER_INDICATOR: Indicator = countIndicator({
  id: 'P53',
  name: `相談件数（相談者が${LAY_REQUESTER_GROUP}）`,
  nameEn: 'Consultations from patients, families and residents',
  scene: '共通',
  direction: 'none',
  numerator: `相談者職種が${LAY_REQUESTERS.map((r) => `「${r}」`).join('・')}の相談の数`,
  compute: (f) => LAY_REQUESTERS.reduce((n, r) => n + (f.consultations.byProfession.get(r) ?? 0), 0),
  formula: (ctx) => plus(LAY_REQUESTERS.map((r) => consultationCount(ctx, [[ctx.column('consultations', 'requesterProfession'), str(r)]]))),
});

const SCENE_EN: Record<Scene, string> = { 日常の療養支援: 'daily care', 入退院支援: 'admission/discharge', 急変時の対応: 'emergencies', 看取り: 'end of life', 共通: 'common' };

function sceneIndicator(index: number): Indicator {
  const scene = SCENES_WITH_COMMON[index] as Scene;
  return countIndicator({
    id: `P${37 + index}`,
    name: `相談件数（場面: ${scene}）`,
    nameEn: `Consultations, scene: ${SCENE_EN[scene]}`,
    scene,
    direction: 'none',
    numerator: `場面が「${scene}」の相談の数`,
    compute: (f) => f.consultations.byScene.get(scene) ?? 0,
    formula: (ctx) => consultationCount(ctx, [[ctx.column('consultations', 'scene'), str(scene)]]),
  });
}

const CATEGORY_EN = ['discharge coordination', 'referral to medical institutions', 'referral to care services', 'medical advice', 'end of life / ACP', 'dementia', 'systems and procedures', 'other'];

function categoryIndicator(index: number): Indicator {
  const category = CONSULTATION_CATEGORIES[index] as string;
  return countIndicator({
    id: `P${42 + index}`,
    name: `相談件数（分類: ${category}）`,
    nameEn: `Consultations, category: ${CATEGORY_EN[index] ?? category}`,
    scene: category === '退院調整' ? '入退院支援' : category === '看取り・ACP' ? '看取り' : '共通',
    direction: 'none',
    numerator: `相談分類が「${category}」の相談の数`,
    compute: (f) => f.consultations.byCategory.get(category) ?? 0,
    formula: (ctx) => consultationCount(ctx, [[ctx.column('consultations', 'category'), str(category)]]),
  });
}

export const CONSULTATION_INDICATORS: readonly Indicator[] = [
  countIndicator({
    id: 'P20',
    name: '相談件数',
    nameEn: 'Consultations received',
    scene: '共通',
    direction: 'higher',
    numerator: '相談記録の行のうち受付日が対象年度の相談の数',
    compute: (f) => f.consultations.total,
    formula: (ctx) => consultationCount(ctx),
  }),
  ...FISCAL_MONTHS.map((_, i) => monthIndicator(i)),
  ...PROFESSION_SIDE_NAMES.map((_, i) => sideIndicator(i)),
  ...SCENES_WITH_COMMON.map((_, i) => sceneIndicator(i)),
  ...CONSULTATION_CATEGORIES.map((_, i) => categoryIndicator(i)),
  defineIndicator({
    id: 'P50',
    name: '相談の終了までの日数（中央値）',
    nameEn: 'Median days to close a consultation',
    kind: '過程',
    scene: '共通',
    activity: ACTIVITY,
    unit: '日',
    direction: 'lower',
    definition: {
      numerator: '状況が完了で終了日のある相談の「終了日−受付日」の中央値',
      source: SOURCE,
      note: `${IN_YEAR}該当がなければ空欄。指標計算シートの補助列を使います。`,
    },
    requirements: ['D-08'],
    compute: (town, ctx) => median(townFacts(town, ctx).consultations.closedDays),
    formula: (ctx) => `=${capacityGuard(ctx, 'consultations', `IF(COUNT(${ctx.calc('consDays')})=0,"",MEDIAN(${ctx.calc('consDays')}))`)}`,
  }),
  countIndicator({
    id: 'P51',
    name: '対応中の相談件数',
    nameEn: 'Open consultations',
    scene: '共通',
    direction: 'lower',
    numerator: '状況が「対応中」の相談の数',
    compute: (f) => f.consultations.open,
    formula: (ctx) => consultationCount(ctx, [[ctx.column('consultations', 'status'), str('対応中')]]),
  }),
  defineIndicator({
    id: 'P52',
    name: '地域包括支援センターと連携した相談の割合',
    nameEn: 'Share of consultations handled with the community support centre',
    kind: '過程',
    scene: '共通',
    activity: ACTIVITY,
    unit: '%',
    direction: 'higher',
    definition: { numerator: '「地域包括との連携」が○の相談の数', denominator: '相談の数', source: SOURCE, note: IN_YEAR },
    requirements: ['D-08'],
    compute: (town, ctx) => {
      const c = townFacts(town, ctx).consultations;
      return percent(c.linkedHoukatsu, c.total);
    },
    formula: (ctx) => `=${percentFormula(consultationCount(ctx, [[ctx.column('consultations', 'linkedHoukatsu'), str('○')]]), consultationCount(ctx))}`,
  }),
];

/** Fiscal-month ids in order (April → March), for charts. */
export const CONSULTATION_MONTH_IDS: readonly string[] = FISCAL_MONTHS.map((_, i) => `P${21 + i}`);
