/** 課題・対応策 of a sample town: typed, prioritised issues found at past meetings, with progress. */
import type { EventRow, IssueRow } from '../sheets/rows';
import { ACTIVITY_I_MEETINGS, ISSUE_TYPES, type Scene } from '../sheets/vocabulary';
import { daysOf, isoOf } from './calendar';
import { idMaker, type GenContext } from './context';

type IssueType = (typeof ISSUE_TYPES)[number];

const ISSUES: Readonly<Record<IssueType, readonly { title: string; countermeasure: string; scene: Scene }[]>> = {
  情報共有: [
    { title: '医療と介護の間で情報共有の様式が統一されていない', countermeasure: '情報共有シートを地域共通様式として改訂し周知する', scene: '共通' },
    { title: 'ケアマネジャーが主治医に連絡しにくい', countermeasure: 'ケアマネタイムを一覧にして配布する', scene: '日常の療養支援' },
  ],
  入退院連携: [
    { title: '退院の連絡が直前になり在宅サービスの準備が間に合わない', countermeasure: '入退院時の連絡ルールを病院と居宅介護支援事業所で作成する', scene: '入退院支援' },
    { title: '退院前カンファレンスの開催が少ない', countermeasure: 'カンファレンス開催の目安と参加者を手引きにまとめる', scene: '入退院支援' },
  ],
  急変時対応: [
    { title: '夜間休日の急変時に連絡先が分からない', countermeasure: '急変時の連絡先を共有シートに記載する運用を始める', scene: '急変時の対応' },
    { title: '救急搬送時に本人の希望が伝わらない', countermeasure: '救急隊と情報提供の方法を協議する', scene: '急変時の対応' },
  ],
  看取り支援: [
    { title: '在宅での看取りに対応できる医療機関が少ない', countermeasure: '主治医・副主治医制の試行を検討する', scene: '看取り' },
    { title: '家族が看取りの経過を知らず不安が強い', countermeasure: '家族向けの説明資料を作成する', scene: '看取り' },
  ],
  人材育成: [{ title: '多職種研修への介護職の参加が少ない', countermeasure: '開催時間を夕方に変更しオンライン参加を可能にする', scene: '共通' }],
  資源不足: [{ title: '訪問歯科診療に対応できる歯科診療所が少ない', countermeasure: '歯科医師会と連携して対応可能な診療所を増やす', scene: '日常の療養支援' }],
  住民理解: [{ title: '住民が在宅医療を選択肢として知らない', countermeasure: '住民向け講演会と広報誌での周知を行う', scene: '共通' }],
  災害対策: [{ title: '災害時に在宅療養者の安否確認の分担が決まっていない', countermeasure: '緊急連絡網と役割分担表を作成する', scene: '共通' }],
  その他: [{ title: '会議資料の事前配布が遅れがちである', countermeasure: '資料を一週間前に配布する運用にする', scene: '共通' }],
};

const TYPE_WEIGHTS = [20, 22, 14, 12, 10, 8, 6, 5, 3]; // same order as ISSUE_TYPES
const OWNERS = ['事務局（町）', '入退院支援部会', '郡医師会', '連携支援センター', '居宅介護支援事業所連絡会'] as const;

/** Issue rows; each is tied to a past meeting when there is one. */
export function generateIssues(ctx: GenContext, events: readonly EventRow[]): IssueRow[] {
  const { rng, today, fyEnd } = ctx;
  const n = ctx.size.issues;
  const id = idMaker('K', 3, n);
  const todayIso = isoOf(today);
  const sources = events.filter((e) => ACTIVITY_I_MEETINGS.includes(e.type) && e.date < todayIso);
  const rows: IssueRow[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const issueType = rng.weighted(ISSUE_TYPES, TYPE_WEIGHTS);
    const template = rng.pick(ISSUES[issueType]);
    const event = sources.length > 0 && rng.chance(0.85) ? rng.pick(sources) : null;
    const found = event ? daysOf(event.date) : Math.max(ctx.fyStart, today - rng.int(30, 200));
    const status = rng.weighted(['未着手', '対応中', '解決', '保留'] as const, [20, 40, 30, 10]);
    const resolved = status === '解決' ? Math.min(today, found + rng.int(14, 120)) : null;
    rows[i] = {
      __row: i + 2,
      id: id(i + 1),
      eventId: event ? event.id : null,
      scene: template.scene,
      issueType,
      title: template.title,
      importance: rng.weighted(['高', '中', '低'] as const, [30, 50, 20]),
      priority: (i % 99) + 1,
      countermeasure: rng.chance(0.85) ? template.countermeasure : null,
      owner: rng.chance(0.8) ? rng.pick(OWNERS) : null,
      dueDate: rng.chance(0.7) ? isoOf(Math.min(fyEnd, found + rng.int(30, 180))) : null,
      status,
      resolvedDate: resolved === null ? null : isoOf(resolved),
    };
  }
  return rows;
}
