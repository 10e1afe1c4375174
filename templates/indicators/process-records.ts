/**
 * 過程 indicators of the registers: sharing-tool adoption (エ, D-07), freshness of the resource list
 * (ア, D-02), the issue register (イ, D-04) and the annual plan's progress and plan-vs-actual (D-12).
 */
import { EVENT_TYPES, ISSUE_TYPES } from '../sheets/vocabulary';
import { capacityGuard } from './calc-sheet';
import { defineIndicator } from './define';
import { isBetween, listedCount, townFacts } from './facts';
import type { FormulaContext } from './formula-context';
import { countIfs, inFiscalYear, plus, str, sumIfs } from './formula-parts';
import { percent, percentFormula } from './rounding';
import type { Indicator } from './types';

/** Rows of a table sheet in a formula: non-empty ids minus the header. */
const rowCount = (ctx: FormulaContext, sheet: 'resources' | 'issues' | 'plan') => `(COUNTA(${ctx.column(sheet, 'id')})-1)`;

/** Activities whose events are recorded on 会議・研修記録, with their event types. */
const EVENT_ACTIVITIES = ['（イ）課題の抽出と対応策', '（カ）関係者の研修', '（キ）住民への普及啓発', '（ク）関係市区町村の連携'] as const;
const PLANNED_EVENT_TYPES = EVENT_TYPES.filter((t) => t !== 'その他');

/** 'YYYY-MM-DD' twelve months before the fiscal-year end (March 31 of the following year). */
const freshSince = (fiscalYear: number) => `${fiscalYear}-03-31`;

export const RECORD_INDICATORS: readonly Indicator[] = [
  defineIndicator({
    id: 'P55',
    name: '情報共有ツールを利用している資源の割合',
    nameEn: 'Share of resources using the sharing tool',
    kind: '過程',
    scene: '共通',
    activity: '（エ）情報共有の支援',
    unit: '%',
    direction: 'higher',
    definition: { numerator: '「情報共有ツール利用」が○の資源の数', denominator: '資源リストの行数', source: '資源リスト', note: '非公開の資源も含めます。' },
    requirements: ['D-07'],
    compute: (town) => percent(town.resources.filter((r) => r.usesSharingTool === true).length, listedCount(town.resources)),
    formula: (ctx) => `=${percentFormula(countIfs([[ctx.column('resources', 'usesSharingTool'), str('○')]]), rowCount(ctx, 'resources'))}`,
  }),
  defineIndicator({
    id: 'P56',
    name: '情報共有ツールの利用登録数（利用中）',
    nameEn: 'Sharing-tool adoptions in use',
    kind: '過程',
    scene: '共通',
    activity: '（エ）情報共有の支援',
    unit: '件',
    direction: 'higher',
    definition: { numerator: '「利用状況」が利用中の行の数（1機関が複数のツールを使う場合はツールごとに数えます）', source: '共有ツール利用状況' },
    requirements: ['D-07'],
    compute: (town) => town.sharingAdoption.filter((s) => s.status === '利用中').length,
    formula: (ctx) => `=${countIfs([[ctx.column('sharingAdoption', 'status'), str('利用中')]])}`,
  }),
  defineIndicator({
    id: 'P57',
    name: '12か月以上確認していない資源の割合',
    nameEn: 'Share of resources not verified for 12 months',
    kind: '過程',
    scene: '共通',
    activity: '（ア）資源の把握',
    unit: '%',
    direction: 'lower',
    definition: {
      numerator: '「最終確認日」が空欄か、対象年度末（翌年3月31日）の12か月前より前の資源の数',
      denominator: '資源リストの行数',
      source: '資源リスト',
      note: '基準日を「今日」ではなく年度末に固定するので、いつ開いても同じ値になります。',
    },
    requirements: ['D-02'],
    compute: (town, ctx) => {
      const since = freshSince(ctx.fiscalYear);
      const fresh = town.resources.filter((r) => r.lastVerified !== null && r.lastVerified >= since).length;
      return percent(listedCount(town.resources) - fresh, listedCount(town.resources));
    },
    formula: (ctx) => {
      const fresh = countIfs([[ctx.column('resources', 'lastVerified'), `">="&DATE(${ctx.fiscalYear},3,31)`]]);
      const total = rowCount(ctx, 'resources');
      return `=${percentFormula(`${total}-${fresh}`, total)}`;
    },
  }),
  defineIndicator({
    id: 'P60',
    name: '年度内の会議で抽出した課題数',
    nameEn: 'Issues found at meetings of the year',
    kind: '過程',
    scene: '共通',
    activity: '（イ）課題の抽出と対応策',
    unit: '件',
    direction: 'higher',
    definition: {
      numerator: '課題・対応策の行のうち「把握した会議ID」の会議が対象年度に開催されたものの数',
      source: '課題・対応策・会議・研修記録',
      note: '会議IDのない課題は数えません。指標計算シートの補助列を使います。',
    },
    requirements: ['D-04'],
    compute: (town, ctx) => townFacts(town, ctx).issuesFoundInYear,
    formula: (ctx) => `=${capacityGuard(ctx, 'issues', `COUNT(${ctx.calc('issueInYear')})`)}`,
  }),
  defineIndicator({
    id: 'P61',
    name: '課題の類型化率',
    nameEn: 'Share of issues typed',
    kind: '過程',
    scene: '共通',
    activity: '（イ）課題の抽出と対応策',
    unit: '%',
    direction: 'higher',
    definition: { numerator: '「課題の類型」が選ばれている課題の数', denominator: '課題・対応策の行数（全年度）', source: '課題・対応策' },
    requirements: ['D-04'],
    compute: (town) => percent(town.issues.filter((i) => i.issueType !== null && (ISSUE_TYPES as readonly string[]).includes(i.issueType)).length, listedCount(town.issues)),
    formula: (ctx) => {
      const typed = plus(ISSUE_TYPES.map((t) => `COUNTIF(${ctx.column('issues', 'issueType')},${str(t)})`));
      return `=${percentFormula(typed, rowCount(ctx, 'issues'))}`;
    },
  }),
  defineIndicator({
    id: 'P62',
    name: '年度内に解決した課題数',
    nameEn: 'Issues resolved in the year',
    kind: '過程',
    scene: '共通',
    activity: '（イ）課題の抽出と対応策',
    unit: '件',
    direction: 'higher',
    definition: { numerator: '状況が「解決」で解決日が対象年度の課題の数', source: '課題・対応策' },
    requirements: ['D-04', 'D-05'],
    compute: (town, ctx) => {
      const f = townFacts(town, ctx);
      return town.issues.filter((i) => i.status === '解決' && isBetween(i.resolvedDate, f.start, f.end)).length;
    },
    formula: (ctx) => `=${countIfs([[ctx.column('issues', 'status'), str('解決')], ...inFiscalYear(ctx, ctx.column('issues', 'resolvedDate'))])}`,
  }),
  defineIndicator({
    id: 'P65',
    name: '年間事業計画の完了率',
    nameEn: 'Share of plan items completed',
    kind: '過程',
    scene: '共通',
    activity: null,
    unit: '%',
    direction: 'higher',
    definition: { numerator: '「進捗」が完了の計画の数', denominator: '年間事業計画の行数（中止を含む）', source: '年間事業計画' },
    requirements: ['D-05', 'D-12'],
    compute: (town) => percent(town.plan.filter((p) => p.progress === '完了').length, listedCount(town.plan)),
    formula: (ctx) => `=${percentFormula(countIfs([[ctx.column('plan', 'progress'), str('完了')]]), rowCount(ctx, 'plan'))}`,
  }),
  defineIndicator({
    id: 'P66',
    name: '会議・研修の実施率（計画回数比）',
    nameEn: 'Meetings and trainings held vs planned',
    kind: '過程',
    scene: '共通',
    activity: null,
    unit: '%',
    direction: 'higher',
    definition: {
      numerator: `対象年度に開催した会議・研修の数（種別が「その他」以外）`,
      denominator: `年間事業計画で事業項目が${EVENT_ACTIVITIES.join('・')}の行の「予定回数」の合計`,
      source: '会議・研修記録・年間事業計画',
      note: '予定回数の合計が0なら空欄。',
    },
    requirements: ['D-12', 'D-14'],
    compute: (town, ctx) => {
      const held = townFacts(town, ctx).eventsInYear.filter((e) => (PLANNED_EVENT_TYPES as readonly string[]).includes(e.type)).length;
      const planned = town.plan.reduce((n, p) => n + ((EVENT_ACTIVITIES as readonly string[]).includes(p.activity) ? (p.plannedCount ?? 0) : 0), 0);
      return percent(held, planned);
    },
    formula: (ctx) => {
      const held = plus(PLANNED_EVENT_TYPES.map((t) => countIfs([[ctx.column('events', 'type'), str(t)], ...inFiscalYear(ctx, ctx.column('events', 'date'))])));
      const planned = plus(EVENT_ACTIVITIES.map((a) => sumIfs(ctx.column('plan', 'plannedCount'), [[ctx.column('plan', 'activity'), str(a)]])));
      return `=${percentFormula(held, planned)}`;
    },
  }),
];
