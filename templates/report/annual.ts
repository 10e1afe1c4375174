/**
 * 実績報告書 (D-17, seed 003 §5): the annual report of a fiscal year drafted from the records —
 * the region (population, ageing), resources by kind, plan vs actual, and per activity (ア)〜(ク)
 * what was done: meetings with attendees by profession and organisation, issues and
 * countermeasures, the (ウ) schemes and disaster readiness, consultations by month/side/category,
 * trainings and resident events with headcounts, then every indicator with its target and 達成.
 *
 * Only counts, names of institutions and the clerk's own summaries of meetings go in; a
 * consultation contributes to counts only (its 相談内容/対応内容 are never read), and no register
 * holds patient names (D-19).
 */
import { fiscalYearLabel, fiscalYearRange } from '../dates/fiscal';
import { formatWareki } from '../dates/wareki';
import { computeIndicators, type IndicatorResult } from '../indicators/compute';
import { ACTIVE_SCHEME_STATUS, BCP_STATUSES, isVisitingService } from '../sheets/registers-vocabulary';
import type { EventRow, PlanRow } from '../sheets/rows';
import {
  ACTIVITIES,
  CONSULTATION_CATEGORIES,
  FISCAL_MONTHS,
  LAY_REQUESTER_GROUP,
  LAY_REQUESTERS,
  MULTI_PROFESSION_MEETINGS,
  PROFESSION_SIDE_NAMES,
  PROFESSIONS,
  RESIDENT_EVENT_TYPES,
  RESOURCE_CATEGORIES,
  TRAINING_TYPES,
  type Activity,
} from '../sheets/vocabulary';
import { townProfessionSides } from '../sheets/profession-sides';
import type { TownRows } from '../validate/types';
import { heading, paragraph, shown, table, type DocBlock, type DocCell, type ReportDocument } from './document';
import { attendanceOf, countBy, resourceNamer, type Attendance } from './tally';

export const ANNUAL_REPORT_SHEET_NAME = '実績報告';

export interface AnnualReportOptions {
  /** Western year of April (2025 = 令和7年度). */
  readonly fiscalYear: number;
  /** 'YYYY-MM-DD' in Asia/Tokyo: the date printed as 作成日. */
  readonly today: string;
  /** The previous year's workbook rows, for the change in resources; without it the column says so. */
  readonly previous?: TownRows | null;
}

const inYear = (date: string | null, start: string, end: string) => date !== null && date >= start && date <= end;
const wareki = (iso: string | null) => (iso === null ? '—' : formatWareki(iso));
const letterOf = (activity: Activity) => activity.slice(0, 3); // '（イ）'

/** Events of the year whose type belongs to an activity: the letter is part of the type label. */
function eventsOf(events: readonly EventRow[], activity: Activity): EventRow[] {
  return events.filter((e) => e.type.includes(letterOf(activity)));
}

function professionSummary(attendance: readonly Attendance[]): string {
  const counts = countBy(attendance.filter((a) => a.profession !== null), (a) => a.profession as string);
  const parts = PROFESSIONS.filter((p) => counts.has(p)).map((p) => `${p}${counts.get(p)}`);
  return parts.length > 0 ? parts.join('・') : '—';
}

function valueText(r: IndicatorResult): DocCell {
  return r.value === null ? '—' : r.value;
}

function regionBlocks(town: TownRows, byId: ReadonlyMap<string, IndicatorResult>): DocBlock[] {
  const s = town.statistics;
  const ind = (id: string) => (byId.get(id)?.value ?? null);
  return [
    heading('1　地域の概要（人口・高齢化）'),
    table(
      '表1　人口と高齢化の状況',
      ['項目', '値', '単位'],
      [
        ['総人口', shown(s?.population), '人'],
        ['65歳以上人口', shown(s?.population65), '人'],
        ['75歳以上人口', shown(s?.population75), '人'],
        ['高齢化率', shown(ind('O05')), '%'],
        ['後期高齢化率', shown(ind('O06')), '%'],
        ['要介護認定者数', shown(s?.careCertified), '人'],
        ['要介護認定率（65歳以上）', shown(ind('O07')), '%'],
      ],
    ),
    paragraph(s?.statYear ? `人口・認定者数は${s.statYear}年の統計（出典: ${s.source ?? '統計入力シート'}）です。` : '統計入力シートが未入力のため、人口の欄は空欄です。'),
  ];
}

function resourceBlocks(town: TownRows, previous: TownRows | null | undefined): DocBlock[] {
  const now = countBy(town.resources, (r) => r.category);
  const before = previous ? countBy(previous.resources, (r) => r.category) : null;
  const rows: DocCell[][] = RESOURCE_CATEGORIES.filter((c) => now.has(c) || before?.has(c)).map((c) => {
    const n = now.get(c) ?? 0;
    if (!before) return [c, n, '—', '—'];
    const b = before.get(c) ?? 0;
    return [c, n, b, n - b > 0 ? `+${n - b}` : n - b];
  });
  const total = town.resources.length;
  rows.push(['合計', total, before ? previous!.resources.length : '—', before ? total - previous!.resources.length : '—']);
  return [
    heading('（ア）地域の医療・介護の資源の把握', 2),
    table('表3　種別ごとの資源数', ['種別', '今年度', '前年度', '増減'], rows),
    paragraph(
      before
        ? '前年度の数は、前年度のブックの資源リストを種別ごとに数えたものです（公開区分にかかわらず数えます）。'
        : '前年度の数は、前年度のブックを指定すると表示されます（コマンドの --previous）。資源リストには登録日がないため、1冊のブックからは増減を求めません。',
    ),
  ];
}

function planBlocks(plan: readonly PlanRow[], eventsInYear: readonly EventRow[]): DocBlock[] {
  const doneByActivity = new Map<Activity, number>();
  for (const a of ACTIVITIES) doneByActivity.set(a, eventsOf(eventsInYear, a).length);
  const recorded = (a: Activity) => ['（イ）課題の抽出と対応策', '（カ）関係者の研修', '（キ）住民への普及啓発', '（ク）関係市区町村の連携'].includes(a);
  const rows = ACTIVITIES.flatMap((a) =>
    plan
      .filter((p) => p.activity === a)
      .map((p): DocCell[] => [a, p.item, shown(p.plannedCount), recorded(a) ? (doneByActivity.get(a) ?? 0) : '—', shown(p.progress), shown(p.evaluation)]),
  );
  return [
    heading('2　年間事業計画と実績'),
    table('表2　計画と実績の対比', ['事業項目', '取組', '予定回数', '実施回数', '進捗', '評価'], rows, '年間事業計画が入力されていません。'),
    paragraph('実施回数は、その事業項目に当たる種別の会議・研修・講演会を年度内に開いた回数（事業項目ごとの合計）です。会議記録のない事業項目は「—」です。'),
  ];
}

function meetingBlocks(town: TownRows, eventsInYear: readonly EventRow[], attendance: readonly Attendance[]): DocBlock[] {
  const meetings = eventsOf(eventsInYear, '（イ）課題の抽出と対応策').sort((a, b) => a.date.localeCompare(b.date));
  const d15 = meetings.filter((e) => MULTI_PROFESSION_MEETINGS.includes(e.type)); // as P08 counts
  const byEvent = (e: EventRow) => attendance.filter((a) => a.event === e);
  const rows = meetings.map((e): DocCell[] => [wareki(e.date), e.title, e.type, (e.topics ?? []).join('、') || '—', byEvent(e).length, professionSummary(byEvent(e))]);
  const minutes = meetings.filter((e) => e.minutes !== null).map((e): DocCell[] => [wareki(e.date), e.title, e.minutes as string]);
  const withManagers = d15.filter((e) => e.managersAttended === true).length; // as P09 counts

  const kinds = [
    { label: '会議（イ）', events: new Set(meetings) },
    { label: '研修（カ）', events: new Set(eventsInYear.filter((e) => TRAINING_TYPES.includes(e.type))) },
  ];
  const profRows: DocCell[][] = [];
  for (const p of PROFESSIONS) {
    const mine = attendance.filter((a) => a.profession === p);
    if (mine.length === 0) continue;
    const cols = kinds.map((k) => mine.filter((a) => k.events.has(a.event)).length);
    profRows.push([p, mine[0]?.side ?? '—', ...cols, mine.length - cols.reduce((x, y) => x + y, 0), mine.length]);
  }
  const sideRows: DocCell[][] = PROFESSION_SIDE_NAMES.map((side) => [side, attendance.filter((a) => a.side === side).length]);
  const orgCounts = countBy(attendance.filter((a) => kinds[0]?.events.has(a.event)), (a) => a.organisation);
  const orgRows = [...orgCounts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([o, n]): DocCell[] => [o, n]);

  const issueEvents = new Set(meetings.map((e) => e.id.toUpperCase()));
  const issues = town.issues.filter((i) => (i.eventId !== null && issueEvents.has(i.eventId.toUpperCase())) || i.status === '未着手' || i.status === '対応中');
  const issueRows = issues.map((i): DocCell[] => [i.title, shown(i.issueType), shown(i.scene), shown(i.countermeasure), shown(i.status)]);

  return [
    heading('（イ）在宅医療・介護連携の課題の抽出と対応策の検討', 2),
    paragraph(
      `多職種が参加する会議を年度内に${meetings.length}回開きました（うち年4回以上の基準に数える多職種会議・地域ケア会議${d15.length}回、そのうち行政担当官・管理者が参加した会議${withManagers}回。ワーキンググループは基準に数えません）。出席者は延べ${meetings.reduce((n, e) => n + byEvent(e).length, 0)}人です。`,
    ),
    table('表4　会議の開催状況', ['開催日', '会議名', '種別', '検討内容', '出席者数', '出席者の職種'], rows),
    table('表5　職種別の出席者数（延べ人数）', ['職種', '区分', '会議（イ）', '研修（カ）', 'その他', '計'], profRows),
    table('表6　医療系・介護系別の出席者数（延べ人数、すべての会議・研修）', ['区分', '人数'], sideRows),
    table('表7　所属機関別の出席者数（会議（イ）、延べ人数）', ['所属', '人数'], orgRows),
    table('表8　会議の議事概要', ['開催日', '会議名', '議事概要'], minutes, '議事概要は入力されていません。'),
    table('表9　抽出された課題と対応策', ['課題', '類型', '場面', '対応策', '状況'], issueRows, '課題は登録されていません。'),
  ];
}

function schemeBlocks(town: TownRows): DocBlock[] {
  const name = resourceNamer(town.resources);
  const pairs = town.coverPairs ?? [];
  const care = [...(town.emergencyCare ?? [])].sort((a, b) => (a.order ?? 99) - (b.order ?? 99));
  const activeCare = care.filter((r) => r.status === ACTIVE_SCHEME_STATUS);
  const registered = activeCare.reduce((n, r) => n + (r.patients ?? 0), 0);
  const beds = activeCare.reduce((n, r) => n + (r.beds ?? 0), 0);
  const bcp = town.bcp ?? [];
  const visiting = town.resources.filter(isVisitingService).length;
  const equipment = town.equipment ?? [];
  const tree = town.contactTree ?? [];
  const treeDates = tree.map((t) => t.lastVerified).filter((d): d is string => d !== null).sort();
  const mark = (b: boolean | null) => (b === true ? '○' : '—');
  return [
    heading('（ウ）切れ目のない在宅医療と在宅介護の提供体制の構築推進', 2),
    paragraph(
      `主治医・副主治医制は${pairs.filter((p) => p.status === ACTIVE_SCHEME_STATUS).length}組が運用中です。急変時診療医療機関は${activeCare.length}か所が運用中で、登録患者は${registered}人、緊急一時入院の病床は${beds}床です（患者は人数のみ記録しています）。`,
    ),
    table(
      '表10　急変時診療医療機関',
      ['対応順', '医療機関', '対応曜日', '時間帯', '平日夜間', '休日日中', '休日夜間', '一時入院病床', '消防と共有', '状況', '登録患者数'],
      care.map((r) => [shown(r.order), name(r.resourceId), (r.days ?? []).join('') || '—', shown(r.hours), mark(r.weekdayNight), mark(r.holidayDay), mark(r.holidayNight), shown(r.beds), mark(r.fireLiaison), r.status, shown(r.patients)]),
    ),
    table(
      '表11　主治医・副主治医の組',
      ['主治医の医療機関', '副主治医の医療機関', '対応曜日', '時間帯', '開始日', '状況', '対象患者数'],
      pairs.map((p) => [name(p.primaryId), name(p.secondaryId), (p.days ?? []).join('') || '—', shown(p.hours), wareki(p.startDate), p.status, shown(p.patients)]),
    ),
    heading('災害時に備えた対応（BCP・備品・緊急連絡網）', 2),
    paragraph(
      `訪問系サービス${visiting}か所のうち、BCPを策定済みの事業所は${bcp.filter((b) => b.status === '策定済').length}か所です。緊急連絡網は${tree.length}人（機関）を登録し、最も新しい確認日は${treeDates.length > 0 ? wareki(treeDates[treeDates.length - 1] as string) : '未確認'}です。`,
    ),
    table('表12　BCPの策定状況（訪問系サービス）', ['策定状況', '事業所数'], BCP_STATUSES.map((s) => [s, bcp.filter((b) => b.status === s).length])),
    table('表13　災害時の備品', ['品目', '品名・型式', '数量', '保管場所', '管理者', '最終確認日'], equipment.map((e) => [e.kind, shown(e.model), e.quantity, e.location, e.owner, wareki(e.lastVerified)])),
  ];
}

function sharingBlocks(town: TownRows, byId: ReadonlyMap<string, IndicatorResult>): DocBlock[] {
  const inUse = town.sharingAdoption.filter((s) => s.status === '利用中');
  const tools = countBy(inUse, (s) => s.tool ?? '（ツール名なし）');
  return [
    heading('（エ）医療・介護関係者の情報共有の支援', 2),
    paragraph(`情報共有ツールの利用登録は${inUse.length}件（利用中）で、資源リストのうち情報共有ツールを使う資源の割合は${shown(byId.get('P55')?.value)}%です。`),
    table('表14　情報共有ツールの利用状況（利用中）', ['ツール名', '利用機関数'], [...tools.entries()].map(([t, n]) => [t, n])),
  ];
}

function consultationBlocks(town: TownRows, start: string, end: string): DocBlock[] {
  // Counts only: the free text of a consultation (相談内容・対応内容) is never read here (D-19).
  const inYearRows = town.consultations.filter((c) => inYear(c.receivedDate, start, end));
  const month = (iso: string) => Number(iso.slice(5, 7));
  const monthRows: DocCell[][] = FISCAL_MONTHS.map((m) => [`${m}月`, inYearRows.filter((c) => month(c.receivedDate) === m).length]);
  monthRows.push(['計', inYearRows.length]);
  const sides = townProfessionSides(town.settings);
  const lay: ReadonlySet<string> = new Set(LAY_REQUESTERS);
  const side = (c: (typeof inYearRows)[number]) =>
    c.requesterProfession === null ? 'その他' : lay.has(c.requesterProfession) ? LAY_REQUESTER_GROUP : (sides.get(c.requesterProfession) ?? 'その他');
  const sideRows: DocCell[][] = [...PROFESSION_SIDE_NAMES, LAY_REQUESTER_GROUP].map((s) => [s, inYearRows.filter((c) => side(c) === s).length]);
  const catRows: DocCell[][] = CONSULTATION_CATEGORIES.map((k) => [k, inYearRows.filter((c) => c.category === k).length]);
  const uncategorised = inYearRows.filter((c) => c.category === null).length;
  if (uncategorised > 0) catRows.push(['（分類なし）', uncategorised]);
  return [
    heading('（オ）在宅医療・介護連携に関する相談支援', 2),
    paragraph(`年度内の相談は${inYearRows.length}件でした。相談の内容は個人情報を含むため本報告書には載せず、件数のみ示します。`),
    table('表15　月別の相談件数', ['月', '件数'], monthRows),
    table('表16　相談者の区分別件数', ['区分', '件数'], sideRows),
    table('表17　相談分類別件数', ['相談分類', '件数'], catRows),
  ];
}

function eventListBlocks(title: string, caption: string, events: readonly EventRow[], attendance: readonly Attendance[], residents: boolean): DocBlock[] {
  const sorted = [...events].sort((a, b) => a.date.localeCompare(b.date));
  const rows = sorted.map((e): DocCell[] => {
    const mine = attendance.filter((a) => a.event === e);
    return residents
      ? [wareki(e.date), e.title, shown(e.venue), shown(e.residentCount), mine.length]
      : [wareki(e.date), e.title, e.type, mine.length, mine.filter((a) => a.side === '医療系').length, mine.filter((a) => a.side === '介護系').length];
  });
  const header = residents ? ['開催日', '名称', '会場', '住民参加者数', '関係者の出席'] : ['開催日', '名称', '種別', '参加者数', '医療系', '介護系'];
  return [heading(title, 2), table(caption, header, rows)];
}

function indicatorBlocks(results: readonly IndicatorResult[]): DocBlock[] {
  const withTarget = results.filter((r) => r.target !== null);
  return [
    heading('4　指標（体制・過程・結果）と目標の達成'),
    paragraph(
      `指標は指標シートと同じ計算です。年間事業計画で目標を定めた${withTarget.length}指標のうち、達成（○）は${withTarget.filter((r) => r.achieved === '○').length}、8割以上（△）は${withTarget.filter((r) => r.achieved === '△').length}でした。`,
    ),
    table('表21　指標の一覧', ['指標ID', '区分', '指標名', '値', '単位', '目標', '達成'], results.map((r) => [r.id, r.kind, r.name, valueText(r), r.unit, shown(r.target), r.achieved === '' ? '—' : r.achieved])),
  ];
}

/**
 * The annual report of a fiscal year as a printable document.
 * @example buildAnnualReport(town.rows, { fiscalYear: 2025, today: '2026-04-20' }).title // '令和7年度 在宅医療・介護連携推進事業 実績報告書'
 */
export function buildAnnualReport(town: TownRows, opts: AnnualReportOptions): ReportDocument {
  const { start, end } = fiscalYearRange(opts.fiscalYear);
  const eventsInYear = town.events.filter((e) => inYear(e.date, start, end));
  const attendance = attendanceOf(town, eventsInYear);
  const results = computeIndicators(town, { fiscalYear: opts.fiscalYear, today: opts.today });
  const byId = new Map(results.map((r) => [r.id, r]));
  const settings = town.settings;
  const label = fiscalYearLabel(opts.fiscalYear);
  const trainings = eventsInYear.filter((e) => TRAINING_TYPES.includes(e.type));
  const residentEvents = eventsInYear.filter((e) => RESIDENT_EVENT_TYPES.includes(e.type));
  const neighbours = eventsOf(eventsInYear, '（ク）関係市区町村の連携');
  const blocks: DocBlock[] = [
    ...regionBlocks(town, byId),
    ...planBlocks(town.plan, eventsInYear),
    heading('3　事業項目ごとの実績'),
    ...resourceBlocks(town, opts.previous),
    ...meetingBlocks(town, eventsInYear, attendance),
    ...schemeBlocks(town),
    ...sharingBlocks(town, byId),
    ...consultationBlocks(town, start, end),
    ...eventListBlocks('（カ）医療・介護関係者の研修', '表18　研修の開催状況', trainings, attendance, false),
    ...eventListBlocks('（キ）地域住民への普及啓発', '表19　住民向け講演会等', residentEvents, attendance, true),
    ...eventListBlocks('（ク）在宅医療・介護連携に関する関係市区町村の連携', '表20　関係市区町村との会議', neighbours, attendance, false),
    ...indicatorBlocks(results),
  ];
  return {
    name: ANNUAL_REPORT_SHEET_NAME,
    title: `${label} 在宅医療・介護連携推進事業 実績報告書`,
    subtitle: [
      `${settings?.prefecture ?? ''}${settings?.townName ?? ''}　${settings?.department ?? ''}`.trim(),
      `対象期間: ${formatWareki(start)}〜${formatWareki(end)}　作成日: ${formatWareki(opts.today)}`,
    ],
    orientation: 'portrait',
    blocks,
  };
}
