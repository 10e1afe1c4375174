/**
 * Indicators of the disaster registers (D-18) and the (ウ) schemes (D-05): BCP among home-visiting
 * services, how fresh the contact network is, equipment checked in the year, institutions and
 * pairs taking part, night/holiday coverage, registered patients per 1,000 aged 65+.
 * Ids continue their groups (S26…, P67…). Registers absent from older rows count as empty.
 */
import { dayNumberOfIso } from '../dates/calendar';
import { emergencyCareSheet } from '../sheets/emergency-care';
import { ACTIVE_SCHEME_STATUS, isVisitingService, VISITING_CATEGORIES, VISITING_MEDICAL_CATEGORIES } from '../sheets/registers-vocabulary';
import type { EmergencyCareRow } from '../sheets/rows';
import type { TownRows } from '../validate/types';
import { defineIndicator, headerOf } from './define';
import type { FormulaContext } from './formula-context';
import { anyOf, countIfs, plus, str, sumIfs } from './formula-parts';
import { percent, percentFormula, roundHalfAwayFromZero } from './rounding';
import type { Indicator } from './types';

const ACTIVITY = '（ウ）切れ目のない提供体制' as const;
const rowCount = (ctx: FormulaContext, sheet: 'equipment' | 'contactTree', key: 'id') => `(COUNTA(${ctx.column(sheet, key)})-1)`;
/** 'YYYY-MM-DD' twelve months before the fiscal-year end, as P57 measures freshness. */
const freshSince = (fiscalYear: number) => `${fiscalYear}-03-31`;

/** The night and holiday slots of 急変時診療医療機関 (S29). */
const SLOTS = ['weekdayNight', 'holidayDay', 'holidayNight'] as const satisfies readonly (keyof EmergencyCareRow)[];

const activeEmergency = (town: TownRows) => (town.emergencyCare ?? []).filter((r) => r.status === ACTIVE_SCHEME_STATUS);

function visitingCount(town: TownRows): number {
  return town.resources.filter(isVisitingService).length;
}

function visitingFormula(ctx: FormulaContext): string {
  const cat = ctx.column('resources', 'category');
  return plus([
    ...VISITING_CATEGORIES.map((c) => countIfs([[cat, str(c)]])),
    ...VISITING_MEDICAL_CATEGORIES.map((c) => countIfs([[cat, str(c)], [ctx.column('resources', 'homeVisitCare'), str('○')]])),
  ]);
}

/** Days from `iso` to March 31 of the fiscal year's end, never below 0. */
function daysToYearEnd(iso: string, fiscalYear: number): number {
  return Math.max(0, dayNumberOfIso(`${fiscalYear + 1}-03-31`) - dayNumberOfIso(iso));
}

/** Per 1,000 with one decimal, rounded like percent(): null when the denominator is missing or 0. */
export function perThousand(numerator: number, denominator: number | null): number | null {
  if (denominator === null || denominator === 0) return null;
  return roundHalfAwayFromZero((numerator * 10000) / denominator, 0) / 10;
}

export const REGISTER_INDICATORS: readonly Indicator[] = [
  defineIndicator({
    id: 'S26',
    name: 'BCP策定率（訪問系サービス）',
    nameEn: 'Business-continuity plans among home-visiting services',
    kind: '体制',
    scene: '共通',
    activity: ACTIVITY,
    unit: '%',
    direction: 'higher',
    definition: {
      numerator: 'BCP・訓練の「BCP策定状況」が策定済の行の数',
      denominator: `資源リストの訪問系サービスの数（種別が${VISITING_CATEGORIES.join('・')}、または${VISITING_MEDICAL_CATEGORIES.join('・')}で「在宅患者訪問診療」が○）`,
      source: 'BCP・訓練、資源リスト',
      note: 'BCP・訓練には訪問系サービスだけを載せます（ほかの資源は入力チェックで注意が出ます）。',
    },
    requirements: ['D-18'],
    compute: (town) => percent((town.bcp ?? []).filter((b) => b.status === '策定済').length, visitingCount(town)),
    formula: (ctx) => `=${percentFormula(countIfs([[ctx.column('bcp', 'status'), str('策定済')]]), visitingFormula(ctx))}`,
  }),
  defineIndicator({
    id: 'S27',
    name: '急変時診療に参画する医療機関数',
    nameEn: 'Institutions on call for sudden changes',
    kind: '体制',
    scene: '急変時の対応',
    activity: ACTIVITY,
    unit: 'か所',
    direction: 'higher',
    definition: { numerator: '急変時診療医療機関の「状況」が運用中の行の数（1医療機関1行）', source: '急変時診療医療機関' },
    requirements: ['D-05'],
    compute: (town) => activeEmergency(town).length,
    formula: (ctx) => `=${countIfs([[ctx.column('emergencyCare', 'status'), str(ACTIVE_SCHEME_STATUS)]])}`,
  }),
  defineIndicator({
    id: 'S28',
    name: '主治医・副主治医制の組数（運用中）',
    nameEn: 'Doctor cover pairs in operation',
    kind: '体制',
    scene: '日常の療養支援',
    activity: ACTIVITY,
    unit: '件',
    direction: 'higher',
    definition: { numerator: '主治医副主治医の「状況」が運用中の組の数', source: '主治医副主治医' },
    requirements: ['D-05'],
    compute: (town) => (town.coverPairs ?? []).filter((p) => p.status === ACTIVE_SCHEME_STATUS).length,
    formula: (ctx) => `=${countIfs([[ctx.column('coverPairs', 'status'), str(ACTIVE_SCHEME_STATUS)]])}`,
  }),
  defineIndicator({
    id: 'S29',
    name: '夜間・休日の急変時対応の時間帯カバー数',
    nameEn: 'Night and holiday slots covered',
    kind: '体制',
    scene: '急変時の対応',
    activity: ACTIVITY,
    unit: '項目',
    direction: 'higher',
    definition: {
      numerator: `「${SLOTS.map((k) => headerOf(emergencyCareSheet, k)).join('」「')}」のうち、運用中の医療機関が1つ以上○の時間帯の数（0〜3）`,
      source: '急変時診療医療機関',
    },
    requirements: ['D-05'],
    compute: (town) => {
      const active = activeEmergency(town);
      return SLOTS.filter((k) => active.some((r) => r[k] === true)).length;
    },
    formula: (ctx) => {
      const status: [string, string] = [ctx.column('emergencyCare', 'status'), str(ACTIVE_SCHEME_STATUS)];
      return `=${plus(SLOTS.map((k) => anyOf(countIfs([status, [ctx.column('emergencyCare', k), str('○')]]))))}`;
    },
  }),
  defineIndicator({
    id: 'P67',
    name: '緊急連絡網の最終確認から年度末までの日数',
    nameEn: 'Days since the contact network was last checked',
    kind: '過程',
    scene: '共通',
    activity: ACTIVITY,
    unit: '日',
    direction: 'lower',
    definition: {
      numerator: '対象年度末（翌年3月31日）から、緊急連絡網の「最終確認日」のうち最も新しい日を引いた日数（年度末より後なら0）',
      source: '緊急連絡網',
      note: '最終確認日が一つもなければ空欄。基準日を年度末に固定するので、いつ開いても同じ値になります。',
    },
    requirements: ['D-18'],
    compute: (town, ctx) => {
      const dates = (town.contactTree ?? []).map((r) => r.lastVerified).filter((d): d is string => d !== null);
      if (dates.length === 0) return null;
      return daysToYearEnd(dates.reduce((a, b) => (a > b ? a : b)), ctx.fiscalYear);
    },
    formula: (ctx) => {
      const col = ctx.column('contactTree', 'lastVerified');
      return `=IF(COUNT(${col})=0,"",MAX(0,DATE(${ctx.fiscalYear}+1,3,31)-MAX(${col})))`;
    },
  }),
  defineIndicator({
    id: 'P68',
    name: '12か月以内に点検した備品の割合',
    nameEn: 'Equipment checked within 12 months',
    kind: '過程',
    scene: '共通',
    activity: ACTIVITY,
    unit: '%',
    direction: 'higher',
    definition: {
      numerator: '備品台帳の「最終確認日」が対象年度末の12か月前（当年3月31日）以降の行の数',
      denominator: '備品台帳の行数',
      source: '備品台帳',
    },
    requirements: ['D-18'],
    compute: (town, ctx) => {
      const rows = town.equipment ?? [];
      const since = freshSince(ctx.fiscalYear);
      return percent(rows.filter((r) => r.lastVerified !== null && r.lastVerified >= since).length, rows.length);
    },
    formula: (ctx) =>
      `=${percentFormula(countIfs([[ctx.column('equipment', 'lastVerified'), `">="&DATE(${ctx.fiscalYear},3,31)`]]), rowCount(ctx, 'equipment', 'id'))}`,
  }),
  defineIndicator({
    id: 'P69',
    name: '急変時診療の登録患者数（65歳以上人口千人当たり）',
    nameEn: 'Registered patients per 1,000 aged 65+',
    kind: '過程',
    scene: '急変時の対応',
    activity: ACTIVITY,
    unit: '人',
    direction: 'higher',
    definition: {
      numerator: '急変時診療医療機関の運用中の行の「登録患者数」の合計',
      denominator: '統計入力の「65歳以上人口」÷1,000',
      source: '急変時診療医療機関、統計入力',
      note: '人数だけを数えます（患者の氏名は記録しません）。65歳以上人口が空欄なら空欄。',
    },
    requirements: ['D-05', 'D-19'],
    compute: (town) =>
      perThousand(
        activeEmergency(town).reduce((n, r) => n + (r.patients ?? 0), 0),
        town.statistics?.population65 ?? null,
      ),
    formula: (ctx) => {
      const pop = ctx.item('statistics', 'population65');
      const sum = sumIfs(ctx.column('emergencyCare', 'patients'), [[ctx.column('emergencyCare', 'status'), str(ACTIVE_SCHEME_STATUS)]]);
      return `=IF(ISNUMBER(${pop}),IF(${pop}=0,"",ROUND(${sum}*10000/${pop},0)/10),"")`;
    },
  }),
];
