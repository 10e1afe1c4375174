/**
 * 過程 (process) indicators of meetings, trainings and lectures — activities (イ)(カ)(キ)(ク):
 * events held in the fiscal year by type, the D-15 meeting rules, D-16 topic coverage and
 * attendance by profession side (D-09). Events count when 開催日 lies in April 1 → March 31.
 * D-15/D-16 count the meetings of MULTI_PROFESSION_MEETINGS (多職種会議 and a 地域ケア会議 serving as
 * the (イ) meeting; working groups are not the gathering of all professions — see vocabulary.ts).
 */
import { ACTIVITY_I_MEETINGS, MEETING_TOPICS, MULTI_PROFESSION_MEETINGS, TRAINING_TYPES, type Activity, type EventType, type ProfessionSide } from '../sheets/vocabulary';
import { capacityGuard } from './calc-sheet';
import { defineIndicator } from './define';
import { eventsOfTypes, townFacts } from './facts';
import type { FormulaContext } from './formula-context';
import { anyOf, containsCriterion, countIfs, inFiscalYear, plus, str, sumIfs, type Criterion } from './formula-parts';
import { percent, percentFormula } from './rounding';
import { sideCountFormula, sideProfessionsText } from './sides';
import type { Indicator } from './types';

const EVENTS = '会議・研修記録';
const IN_YEAR = '開催日が対象年度（4月1日〜翌年3月31日）の行だけを数えます。';

/** COUNTIFS over events of the fiscal year of one type, plus extra criteria. */
function eventCount(ctx: FormulaContext, type: string, extra: readonly Criterion[] = []): string {
  return countIfs([[ctx.column('events', 'type'), str(type)], ...inFiscalYear(ctx, ctx.column('events', 'date')), ...extra]);
}

/** Sum of eventCount over several types. */
function eventCountOfTypes(ctx: FormulaContext, types: readonly string[], extra: readonly Criterion[] = []): string {
  return plus(types.map((t) => eventCount(ctx, t, extra)));
}

function eventTypeIndicator(id: string, type: EventType, name: string, nameEn: string, activity: Activity, requirements: readonly string[]): Indicator {
  return defineIndicator({
    id,
    name,
    nameEn,
    kind: '過程',
    scene: '共通',
    activity,
    unit: '回',
    direction: 'higher',
    definition: { numerator: `種別が「${type}」の会議・研修の数`, source: EVENTS, note: IN_YEAR },
    requirements,
    compute: (town, ctx) => eventsOfTypes(townFacts(town, ctx), [type]).length,
    formula: (ctx) => `=${eventCount(ctx, type)}`,
  });
}

const typesText = (types: readonly string[]) => types.map((t) => `「${t}」`).join('・');
const MEETING_TYPES_TEXT = typesText(MULTI_PROFESSION_MEETINGS);
const D15_NOTE = 'ワーキンググループは個別の課題を検討する場で、多職種が一堂に会する会議には数えません。';
const MEETING_ACTIVITY = '（イ）課題の抽出と対応策' as const;

/** COUNTIF sums over the helper column of attendee professions, following 設定's sides. */
function attendedBySideFormula(ctx: FormulaContext, side: ProfessionSide): string {
  const col = ctx.calc('attProfession');
  return capacityGuard(ctx, 'attendees', sideCountFormula(ctx, side, (p) => `COUNTIF(${col},${str(p)})`));
}

const ATTENDANCE_NOTE =
  '出席が○で、会議IDの会議が対象年度に開催された出席者の行を数えます。関係者IDがあれば関係者名簿の職種、なければ出席者シートの職種で分けます（指標計算シートの補助列を使います）。保健師と社会福祉士・MSW・精神保健福祉士の区分は設定シートに従います。';

function sideIndicator(id: string, side: '医療系' | '介護系', nameEn: string): Indicator {
  return defineIndicator({
    id,
    name: `会議・研修の出席者数（${side}）`,
    nameEn,
    kind: '過程',
    scene: '共通',
    activity: '（カ）関係者の研修',
    unit: '人',
    direction: 'higher',
    definition: { numerator: `出席者のうち職種が${side}（${sideProfessionsText(side)}）の延べ人数`, source: `出席者・${EVENTS}・関係者名簿`, note: ATTENDANCE_NOTE },
    requirements: ['D-09', 'D-17'],
    compute: (town, ctx) => townFacts(town, ctx).attendedBySide.get(side) ?? 0,
    formula: (ctx) => `=${attendedBySideFormula(ctx, side)}`,
  });
}

export const MEETING_INDICATORS: readonly Indicator[] = [
  eventTypeIndicator('P01', '多職種会議（イ）', '多職種会議の開催回数', 'Multi-profession meetings held', MEETING_ACTIVITY, ['D-04', 'D-15']),
  eventTypeIndicator('P02', 'ワーキンググループ（イ）', 'ワーキンググループの開催回数', 'Working-group meetings held', MEETING_ACTIVITY, ['D-04']),
  defineIndicator({
    id: 'P03',
    name: '研修の開催回数（合計）',
    nameEn: 'Trainings held',
    kind: '過程',
    scene: '共通',
    activity: '（カ）関係者の研修',
    unit: '回',
    direction: 'higher',
    definition: { numerator: `種別が${TRAINING_TYPES.map((t) => `「${t}」`).join('・')}の研修の数`, source: EVENTS, note: IN_YEAR },
    requirements: ['D-09'],
    compute: (town, ctx) => eventsOfTypes(townFacts(town, ctx), TRAINING_TYPES).length,
    formula: (ctx) => `=${eventCountOfTypes(ctx, TRAINING_TYPES)}`,
  }),
  eventTypeIndicator('P04', '多職種研修（カ）', '多職種研修の開催回数', 'Multi-profession trainings held', '（カ）関係者の研修', ['D-09']),
  eventTypeIndicator('P05', '職種別研修（カ）', '職種別研修の開催回数', 'Single-profession trainings held', '（カ）関係者の研修', ['D-09']),
  defineIndicator({
    id: 'P06',
    name: '研修の参加者数',
    nameEn: 'Training participants',
    kind: '過程',
    scene: '共通',
    activity: '（カ）関係者の研修',
    unit: '人',
    direction: 'higher',
    definition: {
      numerator: `種別が${TRAINING_TYPES.map((t) => `「${t}」`).join('・')}の研修で出席が○の延べ人数`,
      source: `出席者・${EVENTS}`,
      note: `${IN_YEAR}指標計算シートの補助列を使います。`,
    },
    requirements: ['D-09'],
    compute: (town, ctx) => {
      const m = townFacts(town, ctx).attendedByEventType;
      return TRAINING_TYPES.reduce((n, t) => n + (m.get(t) ?? 0), 0);
    },
    formula: (ctx) => `=${capacityGuard(ctx, 'attendees', plus(TRAINING_TYPES.map((t) => `COUNTIF(${ctx.calc('attEventType')},${str(t)})`)))}`,
  }),
  defineIndicator({
    id: 'P07',
    name: '（イ）の会議の開催回数（合計）',
    nameEn: 'Meetings of activity (i) incl. working groups',
    kind: '過程',
    scene: '共通',
    activity: MEETING_ACTIVITY,
    unit: '回',
    direction: 'higher',
    definition: { numerator: `種別が${typesText(ACTIVITY_I_MEETINGS)}の会議の数`, source: EVENTS, note: IN_YEAR },
    requirements: ['D-04'],
    compute: (town, ctx) => eventsOfTypes(townFacts(town, ctx), ACTIVITY_I_MEETINGS).length,
    formula: (ctx) => `=${eventCountOfTypes(ctx, ACTIVITY_I_MEETINGS)}`,
  }),
  defineIndicator({
    id: 'P08',
    name: '多職種会議を年4回以上開催',
    nameEn: 'At least 4 multi-profession meetings a year',
    kind: '過程',
    scene: '共通',
    activity: MEETING_ACTIVITY,
    unit: '判定',
    direction: 'higher',
    definition: { numerator: `種別が${MEETING_TYPES_TEXT}の会議が4回以上なら1、そうでなければ0`, source: EVENTS, note: `${IN_YEAR}拠点事業の手引きの基準（年4回以上）です。${D15_NOTE}` },
    requirements: ['D-15'],
    compute: (town, ctx) => (eventsOfTypes(townFacts(town, ctx), MULTI_PROFESSION_MEETINGS).length >= 4 ? 1 : 0),
    formula: (ctx) => `=IF(${eventCountOfTypes(ctx, MULTI_PROFESSION_MEETINGS)}>=4,1,0)`,
  }),
  defineIndicator({
    id: 'P09',
    name: '行政担当官・管理者が参加した会議の開催',
    nameEn: 'A meeting with officials and managers held',
    kind: '過程',
    scene: '共通',
    activity: MEETING_ACTIVITY,
    unit: '判定',
    direction: 'higher',
    definition: { numerator: `種別が${MEETING_TYPES_TEXT}で「行政担当官・管理者の参加」が○の会議が1回以上あれば1、なければ0`, source: EVENTS, note: IN_YEAR },
    requirements: ['D-15'],
    compute: (town, ctx) => (eventsOfTypes(townFacts(town, ctx), MULTI_PROFESSION_MEETINGS).some((e) => e.managersAttended === true) ? 1 : 0),
    formula: (ctx) => `=${anyOf(eventCountOfTypes(ctx, MULTI_PROFESSION_MEETINGS, [[ctx.column('events', 'managersAttended'), str('○')]]))}`,
  }),
  defineIndicator({
    id: 'P10',
    name: '会議で扱った検討内容の分野数',
    nameEn: 'Meeting topics covered (of 4)',
    kind: '過程',
    scene: '共通',
    activity: MEETING_ACTIVITY,
    unit: '項目',
    direction: 'higher',
    definition: { numerator: `${MEETING_TYPES_TEXT}の「検討内容」に一度でも現れた分野の数（${MEETING_TOPICS.join('・')}の4分野中）`, source: EVENTS, note: IN_YEAR },
    requirements: ['D-16'],
    compute: (town, ctx) => {
      const meetings = eventsOfTypes(townFacts(town, ctx), MULTI_PROFESSION_MEETINGS);
      return MEETING_TOPICS.filter((t) => meetings.some((e) => e.topics?.includes(t) ?? false)).length;
    },
    formula: (ctx) => `=${MEETING_TOPICS.map((t) => anyOf(eventCountOfTypes(ctx, MULTI_PROFESSION_MEETINGS, [[ctx.column('events', 'topics'), containsCriterion(t)]]))).join('+')}`,
  }),
  defineIndicator({
    id: 'P11',
    name: '災害対策を検討した会議の開催',
    nameEn: 'Disaster preparedness discussed at a meeting',
    kind: '過程',
    scene: '共通',
    activity: MEETING_ACTIVITY,
    unit: '判定',
    direction: 'higher',
    definition: { numerator: `${MEETING_TYPES_TEXT}の「検討内容」に災害対策を含む会議が1回以上あれば1、なければ0`, source: EVENTS, note: IN_YEAR },
    requirements: ['D-16', 'D-18'],
    compute: (town, ctx) => (eventsOfTypes(townFacts(town, ctx), MULTI_PROFESSION_MEETINGS).some((e) => e.topics?.includes('災害対策') ?? false) ? 1 : 0),
    formula: (ctx) => `=${anyOf(eventCountOfTypes(ctx, MULTI_PROFESSION_MEETINGS, [[ctx.column('events', 'topics'), containsCriterion('災害対策')]]))}`,
  }),
  sideIndicator('P12', '医療系', 'Attendees from medical professions'),
  sideIndicator('P13', '介護系', 'Attendees from care professions'),
  defineIndicator({
    id: 'P14',
    name: '出席者に占める医療系の割合',
    nameEn: 'Share of medical professions among attendees',
    kind: '過程',
    scene: '共通',
    activity: '（カ）関係者の研修',
    unit: '%',
    // A balance: a plan's target (usually 50, 医療系・介護系を半々) is met from either side.
    direction: 'closer',
    definition: { numerator: '医療系の出席者数（P12）', denominator: '医療系（P12）＋介護系（P13）の出席者数', source: `出席者・${EVENTS}・関係者名簿`, note: `${ATTENDANCE_NOTE}50%に近いほど均衡しています。` },
    requirements: ['D-09'],
    compute: (town, ctx) => {
      const f = townFacts(town, ctx).attendedBySide;
      const med = f.get('医療系') ?? 0;
      return percent(med, med + (f.get('介護系') ?? 0));
    },
    formula: (ctx) => {
      const med = attendedBySideFormula(ctx, '医療系');
      return `=${percentFormula(med, `${med}+${attendedBySideFormula(ctx, '介護系')}`)}`;
    },
  }),
  eventTypeIndicator('P15', '住民向け講演会（キ）', '住民向け講演会の開催回数', 'Lectures for residents held', '（キ）住民への普及啓発', ['D-10']),
  defineIndicator({
    id: 'P16',
    name: '住民向け講演会の参加者数',
    nameEn: 'Residents attending lectures',
    kind: '過程',
    scene: '共通',
    activity: '（キ）住民への普及啓発',
    unit: '人',
    direction: 'higher',
    definition: { numerator: '種別が「住民向け講演会（キ）」の行の「住民参加者数」の合計', source: EVENTS, note: `${IN_YEAR}空欄は0人とみなします。` },
    requirements: ['D-10'],
    compute: (town, ctx) => eventsOfTypes(townFacts(town, ctx), ['住民向け講演会（キ）']).reduce((n, e) => n + (e.residentCount ?? 0), 0),
    formula: (ctx) => `=${sumIfs(ctx.column('events', 'residentCount'), [[ctx.column('events', 'type'), str('住民向け講演会（キ）')], ...inFiscalYear(ctx, ctx.column('events', 'date'))])}`,
  }),
  eventTypeIndicator('P17', '関係市区町村会議（ク）', '関係市区町村との会議の開催回数', 'Meetings with neighbouring municipalities', '（ク）関係市区町村の連携', ['D-11']),
];

/**
 * 地域ケア会議 used as the (イ) meeting (seed 000 (イ) 留意事項(8)); it also counts in P07–P11.
 * Kept apart from MEETING_INDICATORS so every earlier row of the 指標 sheet keeps its place.
 */
export const COMMUNITY_CARE_MEETING_INDICATOR: Indicator = eventTypeIndicator(
  'P18',
  '地域ケア会議（イ）',
  '地域ケア会議（（イ）の会議として活用）の開催回数',
  'Community care meetings serving as the activity (i) meeting',
  MEETING_ACTIVITY,
  ['D-04', 'D-15'],
);

