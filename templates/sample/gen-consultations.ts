/**
 * 相談記録 of a sample town: consultations on workdays from April up to "today", with realistic
 * profession/scene/category mixes, 80 % closed, anonymous case ids ('2025-0017') and neutral,
 * non-identifying summaries (no names, no numbers) — the shape D-19 asks for.
 */
import type { ConsultationRow, ResourceRow } from '../sheets/rows';
import { CONSULTATION_CATEGORIES, type Requester, type ResourceCategory, type Scene } from '../sheets/vocabulary';
import { isoOf, isWorkday } from './calendar';
import { exactIndices, idMaker, type GenContext } from './context';
import type { Rng } from './prng';

type Category = (typeof CONSULTATION_CATEGORIES)[number];

/** Share of consultations already closed. */
export const CLOSED_SHARE = 0.8;

const CATEGORY_WEIGHTS: readonly number[] = [24, 16, 16, 10, 8, 10, 9, 7]; // same order as CONSULTATION_CATEGORIES

const SCENE_OF: Readonly<Record<Category, readonly Scene[]>> = {
  退院調整: ['入退院支援'],
  医療機関の紹介: ['日常の療養支援', '入退院支援'],
  介護サービスの紹介: ['日常の療養支援'],
  医療的な助言: ['急変時の対応', '日常の療養支援'],
  '看取り・ACP': ['看取り'],
  認知症: ['日常の療養支援', '共通'],
  '制度・手続': ['共通'],
  その他: ['共通', '日常の療養支援'],
};

/** Neutral summaries per category: what was asked, never who. */
export const SUMMARIES: Readonly<Record<Category, readonly string[]>> = {
  退院調整: ['退院後の訪問診療先について相談', '退院前カンファレンスの調整依頼', '退院時の福祉用具と訪問看護の手配について', '入院中からの在宅サービス調整について'],
  医療機関の紹介: ['訪問診療を行う医療機関を知りたい', '往診に対応できる診療所の紹介依頼', '歯科訪問診療の依頼先について', '訪問薬剤管理指導を行う薬局を知りたい'],
  介護サービスの紹介: ['医療的ケアに対応できる通所先を探している', '短期入所の空き状況の確認', '夜間対応の訪問介護事業所について'],
  医療的な助言: ['服薬管理の方法について助言がほしい', '褥瘡の処置について主治医との連携方法', '急変時の連絡先の整理について'],
  '看取り・ACP': ['自宅での看取りを希望する家族への支援について', '人生会議の進め方について相談', '看取り期の訪問看護の体制について'],
  認知症: ['認知症の症状がある独居高齢者の受診支援', '認知症初期集中支援チームへのつなぎ方'],
  '制度・手続': ['医療保険と介護保険の訪問看護の使い分け', '要介護認定の申請手続について'],
  その他: ['多職種連携の窓口について問合せ', '研修会の内容について問合せ'],
};

const RESPONSES: readonly string[] = [
  '資源リストから候補を紹介し、連絡方法を説明した',
  '関係機関と調整し、担当者間で情報共有した',
  '地域包括支援センターと連携して対応した',
  '主治医とケアマネジャーの連絡調整を行った',
  '制度の概要を説明し、窓口を案内した',
];

/** Requesters: mostly care managers, hospital MSWs and nurses, a few patients' families (shares in percent). */
const REQUESTERS: readonly (readonly [Requester, number])[] = [
  ['介護支援専門員', 34], ['社会福祉士・MSW', 15], ['看護師', 15], ['主任介護支援専門員', 7], ['保健師', 3], ['医師', 5],
  ['薬剤師', 3], ['リハ職', 3], ['介護福祉士', 4], ['行政職員', 3], ['本人・家族', 5], ['住民', 1], ['その他', 2],
];

const ORG_CATEGORIES_OF: Partial<Record<Requester, readonly ResourceCategory[]>> = {
  介護支援専門員: ['居宅介護支援事業所', '地域包括支援センター'],
  '社会福祉士・MSW': ['病院'],
  看護師: ['訪問看護ステーション', '病院', '診療所', '有床診療所'],
  主任介護支援専門員: ['地域包括支援センター'],
  保健師: ['地域包括支援センター'],
  医師: ['診療所', '有床診療所', '病院'],
  薬剤師: ['薬局'],
  リハ職: ['訪問リハビリテーション', '通所リハビリテーション', '病院'],
  介護福祉士: ['訪問介護', '通所介護', '地域密着型通所介護', '小規模多機能型居宅介護'],
};

const AGE_BANDS = ['65歳未満', '65〜74歳', '75〜84歳', '85歳以上', '不明'] as const;
const AGE_BAND_WEIGHTS = [8, 17, 37, 33, 5];
const CHANNELS = ['電話', '来所', 'FAX', 'メール', '訪問', 'その他'] as const;
const CHANNEL_WEIGHTS = [55, 15, 8, 12, 7, 3];
/** Reception times 08:30–17:00 on a quarter-hour grid. */
const RECEPTION_TIMES = Array.from({ length: 35 }, (_, k) => {
  const minutes = 8 * 60 + 30 + 15 * k;
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
});

/** Workdays from the fiscal year's start up to the day before today. */
function workdaysUntil(start: number, endExclusive: number): number[] {
  const days: number[] = [];
  for (let d = start; d < endExclusive; d++) if (isWorkday(d)) days.push(d);
  return days;
}

function indexByCategory(resources: readonly ResourceRow[]): Map<ResourceCategory, ResourceRow[]> {
  const map = new Map<ResourceCategory, ResourceRow[]>();
  for (const r of resources) {
    const list = map.get(r.category) ?? [];
    list.push(r);
    map.set(r.category, list);
  }
  return map;
}

function pickFrom(rng: Rng, byCategory: Map<ResourceCategory, ResourceRow[]>, categories: readonly ResourceCategory[] | undefined): ResourceRow | null {
  if (!categories) return null;
  const list = byCategory.get(rng.pick(categories));
  return list && list.length > 0 ? rng.pick(list) : null;
}

/** Consultation rows, ordered by date as a desk would log them. */
export function generateConsultations(ctx: GenContext, resources: readonly ResourceRow[]): ConsultationRow[] {
  const { rng, fyStart, fyEnd, today, fiscalYear } = ctx;
  const n = ctx.size.consultations;
  const id = idMaker('C', 4, n);
  const days = workdaysUntil(fyStart, Math.min(today, fyEnd + 1));
  if (days.length === 0) days.push(fyStart);
  const receivedDays = Array.from({ length: n }, () => days[Math.floor(rng.next() * days.length)] as number).sort((a, b) => a - b);
  const closed = exactIndices(rng, n, CLOSED_SHARE);
  const byCategory = indexByCategory(resources);
  const homeVisitors = resources.filter((r) => r.homeVisitCare === true || r.dentalHomeVisit === true || r.pharmacyHomeVisit === true);
  const careProviders = resources.filter((r) => r.careServices !== null && r.category !== '訪問看護ステーション');
  const professions = REQUESTERS.map(([p]) => p);
  const professionWeights = REQUESTERS.map(([, w]) => w);
  const lastDay = Math.min(today, fyEnd);
  const caseWidth = Math.max(4, String(n).length);
  const rows: ConsultationRow[] = new Array(n);
  let caseSeq = 0;
  for (let i = 0; i < n; i++) {
    const received = receivedDays[i] as number;
    const category = rng.weighted(CONSULTATION_CATEGORIES, CATEGORY_WEIGHTS);
    const profession = rng.weighted(professions, professionWeights);
    const requesterOrg = rng.chance(0.65) ? pickFrom(rng, byCategory, ORG_CATEGORIES_OF[profession]) : null;
    // About one consultation in six follows up an earlier case.
    const followUp = caseSeq > 0 && rng.chance(0.15);
    const caseNo = followUp ? rng.int(Math.max(1, caseSeq - 20), caseSeq) : ++caseSeq;
    const isClosed = closed.has(i);
    const closedDay = isClosed ? Math.min(received + rng.int(0, 30), lastDay) : null;
    const referral =
      category === '医療機関の紹介' && homeVisitors.length > 0
        ? rng.pick(homeVisitors)
        : category === '介護サービスの紹介' && careProviders.length > 0
          ? rng.pick(careProviders)
          : null;
    rows[i] = {
      __row: i + 2,
      id: id(i + 1),
      receivedDate: isoOf(received),
      receivedTime: rng.chance(0.85) ? rng.pick(RECEPTION_TIMES) : null,
      channel: rng.weighted(CHANNELS, CHANNEL_WEIGHTS),
      requesterProfession: profession,
      requesterOrgId: requesterOrg ? requesterOrg.id : null,
      caseId: rng.chance(0.95) ? `${fiscalYear}-${String(caseNo).padStart(caseWidth, '0')}` : null,
      ageBand: rng.weighted(AGE_BANDS, AGE_BAND_WEIGHTS),
      scene: rng.pick(SCENE_OF[category]),
      category,
      summary: rng.pick(SUMMARIES[category]),
      response: isClosed || rng.chance(0.5) ? rng.pick(RESPONSES) : null,
      referralId: referral ? referral.id : null,
      linkedHoukatsu: requesterOrg?.category === '地域包括支援センター' ? true : rng.chance(0.25),
      closedDate: closedDay === null ? null : isoOf(closedDay),
      status: isClosed ? '完了' : '対応中',
    };
  }
  return rows;
}
