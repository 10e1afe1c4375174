/**
 * 会議・研修記録 and 出席者 of a sample town: events spread over the fiscal year on workdays
 * (lectures for residents on Saturdays), meetings that satisfy D-15/D-16 in the small town
 * (≥ 4 multi-profession meetings — 多職種会議 or 地域ケア会議 —, officials at one, a disaster-preparedness
 * topic), and attendees
 * drawn mostly from the roster plus some ad-hoc guests.
 */
import type { AttendeeRow, ContactRow, EventRow } from '../sheets/rows';
import { EVENT_TYPES, MEETING_TOPICS, MULTI_PROFESSION_MEETINGS, PROFESSIONS, SCENES, type EventType } from '../sheets/vocabulary';
import { daysOf, isoOf, isWorkday, weekday, workdayOnOrBefore } from './calendar';
import { idMaker, type GenContext } from './context';
import { GIVEN_NAMES, SURNAMES, TOWN_STEMS } from './names';
import type { Rng } from './prng';
import { apportion } from './prng';

type Topic = (typeof MEETING_TOPICS)[number];
type SceneName = (typeof SCENES)[number];

/** Share of each event type (same order as EVENT_TYPES). */
const TYPE_WEIGHTS: Readonly<Record<EventType, number>> = {
  '多職種会議（イ）': 28,
  '地域ケア会議（イ）': 7,
  'ワーキンググループ（イ）': 15,
  '多職種研修（カ）': 17,
  '職種別研修（カ）': 10,
  '住民向け講演会（キ）': 12,
  '関係市区町村会議（ク）': 8,
  その他: 3,
};

/** Typical invitation list length by type (scaled to the town's attendee total). */
const ATTENDEE_WEIGHT: Readonly<Record<EventType, number>> = {
  '多職種会議（イ）': 20,
  '地域ケア会議（イ）': 15,
  'ワーキンググループ（イ）': 10,
  '多職種研修（カ）': 30,
  '職種別研修（カ）': 15,
  '住民向け講演会（キ）': 4,
  '関係市区町村会議（ク）': 8,
  その他: 6,
};

const TITLE_OF: Readonly<Record<EventType, string>> = {
  '多職種会議（イ）': '在宅医療・介護連携推進会議',
  '地域ケア会議（イ）': '地域ケア推進会議（在宅医療・介護連携）',
  'ワーキンググループ（イ）': '入退院支援ワーキンググループ',
  '多職種研修（カ）': '多職種連携研修会（グループワーク）',
  '職種別研修（カ）': '介護支援専門員向け医療知識研修',
  '住民向け講演会（キ）': '在宅医療を知る住民講演会',
  '関係市区町村会議（ク）': '圏域在宅医療・介護連携担当者会議',
  その他: '在宅医療・介護連携 事業説明会',
};

const AGENDAS: Readonly<Record<EventType, readonly string[]>> = {
  '多職種会議（イ）': [
    '在宅医療・介護連携の現状と課題の共有',
    '入退院時の情報共有ルールの見直し',
    '急変時の連絡体制と受入れ医療機関の確認',
    '災害時の要配慮者支援と連絡網の確認',
    '看取りの実態と支援体制の検討',
  ],
  '地域ケア会議（イ）': ['地域ケア個別会議から見えた在宅医療の課題', '独居高齢者の退院後の支援体制', '認知症の人の急変時対応'],
  'ワーキンググループ（イ）': ['退院時カンファレンスの進め方', '情報共有シートの改訂案', 'ケアマネタイムの周知方法'],
  '多職種研修（カ）': ['事例検討: 退院直後の在宅療養', 'ACP（人生会議）の進め方', '多職種による看取り支援'],
  '職種別研修（カ）': ['医療的ケアの基礎知識', '服薬支援と多剤併用', '口腔ケアと誤嚥性肺炎の予防'],
  '住民向け講演会（キ）': ['住み慣れた家で最期まで暮らすために', '人生会議について考えよう', 'かかりつけ医と在宅医療'],
  '関係市区町村会議（ク）': ['圏域の入退院ルールの統一', '広域での相談窓口の連携', '様式の共通化について'],
  その他: ['在宅医療・介護連携推進事業の概要説明'],
};

const VENUES = ['保健センター 2階会議室', '役場 大会議室', '公民館 ホール', '地域交流センター 研修室'] as const;

function topicsOf(rng: Rng, type: EventType): readonly Topic[] | null {
  switch (type) {
    case '多職種会議（イ）':
    case '地域ケア会議（イ）':
      return rng.chance(0.25) ? ['課題抽出・対応策', '災害対策'] : rng.chance(0.5) ? ['課題抽出・対応策'] : ['課題抽出・対応策', 'その他の課題'];
    case 'ワーキンググループ（イ）':
      return ['課題抽出・対応策'];
    case '多職種研修（カ）':
    case '職種別研修（カ）':
      return ['学習・事例検討'];
    case '関係市区町村会議（ク）':
      return rng.chance(0.3) ? ['その他の課題', '災害対策'] : ['その他の課題'];
    default:
      return null;
  }
}

function scenesOf(rng: Rng): readonly SceneName[] {
  const first = rng.pick(SCENES);
  if (rng.chance(0.6)) return [first];
  const second = rng.pick(SCENES);
  return second === first ? [first] : SCENES.filter((s) => s === first || s === second);
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));
const hhmm = (minutes: number): string => `${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}`;

/** A workday (Saturday for resident lectures) near `target`, inside [lo, hi]. */
function scheduleDay(type: EventType, target: number, lo: number, hi: number): number {
  const ok = (d: number) => (type === '住民向け講演会（キ）' ? weekday(d) === 6 : isWorkday(d));
  for (let k = 0; k < 14; k++) {
    if (target + k <= hi && ok(target + k)) return target + k;
    if (target - k >= lo && ok(target - k)) return target - k;
  }
  return Math.min(Math.max(target, lo), hi);
}

export interface GeneratedEvents {
  readonly events: EventRow[];
  readonly attendees: AttendeeRow[];
}

/** Events with their attendees. */
export function generateEvents(ctx: GenContext, contacts: readonly ContactRow[]): GeneratedEvents {
  const { rng, fyStart, fyEnd, today, town } = ctx;
  const n = ctx.size.events;
  const eventId = idMaker('E', 3, n);
  const counts = apportion(n, EVENT_TYPES.map((t) => TYPE_WEIGHTS[t]));
  const types: EventType[] = [];
  EVENT_TYPES.forEach((t, i) => {
    for (let k = 0; k < (counts[i] ?? 0); k++) types.push(t);
  });
  // Dates spread evenly over the year; resident lectures are held before today when possible,
  // because their headcount is only known afterwards.
  const order = rng.shuffle(types);
  const span = fyEnd - fyStart + 1;
  const firstDay = fyStart + 14;
  const slots = order.map((_, k) => firstDay + Math.floor(((k + 0.5) * (span - 28)) / n));
  const events: EventRow[] = [];
  const heldOfType = new Map<EventType, number>();
  const multiSeen = { count: 0, disaster: false, managers: false };
  for (let k = 0; k < n; k++) {
    const type = order[k] as EventType;
    let target = (slots[k] as number) + rng.int(-3, 3);
    if (type === '住民向け講演会（キ）' && target > today && today > firstDay + 7) target = rng.int(firstDay, today - 1);
    const day = scheduleDay(type, target, firstDay, Math.min(fyEnd, type === '住民向け講演会（キ）' && today > firstDay + 7 ? today - 1 : fyEnd));
    const past = day < today;
    const isMulti = MULTI_PROFESSION_MEETINGS.includes(type);
    let topics = topicsOf(rng, type);
    if (isMulti) {
      multiSeen.count++;
      // Make sure at least one meeting covers disaster preparedness (D-16).
      if (!multiSeen.disaster && multiSeen.count === 2) topics = ['課題抽出・対応策', '災害対策'];
      if (topics?.includes('災害対策')) multiSeen.disaster = true;
    }
    let managersAttended: boolean | null = null;
    if (isMulti && past) {
      managersAttended = !multiSeen.managers || rng.chance(0.4);
      multiSeen.managers = true;
    }
    const evening = isMulti && rng.chance(0.5);
    const start = type === '住民向け講演会（キ）' ? 13 * 60 + 30 : evening ? 18 * 60 + 30 : rng.pick([10 * 60, 13 * 60 + 30, 14 * 60]);
    const length = type === '多職種研修（カ）' ? 180 : type === '住民向け講演会（キ）' ? 90 : rng.pick([60, 90, 120]);
    // Replies are due one to two weeks before the event, on a day the office is open, and always
    // after the notice went out (NOTICE_LEAD_DAYS before the event).
    const deadline = workdayOnOrBefore(day - rng.int(7, 14));
    const isResident = type === '住民向け講演会（キ）';
    const isTraining = type === '多職種研修（カ）' || type === '職種別研修（カ）';
    events.push({
      __row: 0,
      id: '',
      type,
      title: '',
      date: isoOf(day),
      startTime: hhmm(start),
      endTime: hhmm(start + length),
      venue: rng.chance(0.1) && !isResident ? 'オンライン（Web会議）' : `${town.townName}${rng.pick(VENUES)}`,
      agenda: rng.pick(AGENDAS[type]),
      scenes: isResident ? ['看取り'] : scenesOf(rng),
      topics,
      managersAttended,
      organizer: isTraining && rng.chance(0.5) ? '郡医師会（委託）' : rng.chance(0.3) ? '在宅医療・介護連携支援センター' : town.townName,
      responseDeadline: isResident || deadline < fyStart ? null : isoOf(deadline),
      minutes: past && !isResident ? rng.pick(MINUTES) : null,
      residentCount: isResident && past ? rng.int(30, 150) : null,
      surveyDone: (isTraining || isResident) && past ? rng.chance(0.75) : null,
    });
  }
  // Number the events in date order, as a clerk's log would be, and count rounds per type.
  events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const numbered = events.map((e, i) => {
    const ordinal = (heldOfType.get(e.type) ?? 0) + 1;
    heldOfType.set(e.type, ordinal);
    return { ...e, __row: i + 2, id: eventId(i + 1), title: `第${ordinal}回 ${TITLE_OF[e.type]}` };
  });
  const attendees = generateAttendees(ctx, numbered, contacts);
  return { events: numbered, attendees };
}

const MINUTES = [
  '各機関の取組を共有し、次回までに対応策案をまとめることとした。',
  '課題を類型ごとに整理し、優先順位の高いものから検討する方針を確認した。',
  '事例をもとに連携の流れを確認し、情報共有シートの改善点を出し合った。',
  '参加者から現場の状況報告があり、関係機関で役割分担を確認した。',
] as const;

/** Days between sending a notice and the event (six weeks, moved back to a workday). */
export const NOTICE_LEAD_DAYS = 42;

/** The workday a sample event's notices went out. */
export function noticeDayOf(eventDate: string): number {
  return workdayOnOrBefore(daysOf(eventDate) - NOTICE_LEAD_DAYS);
}
/** Share already sent when a notice run for an upcoming event was interrupted. */
const PARTIAL_SEND_SHARE = 0.3;

const NEIGHBOUR_ORGS = ['役場 保健福祉課', '地域包括支援センター', '社会福祉協議会'] as const;
const NEIGHBOUR_PROFESSIONS = ['行政職員', '主任介護支援専門員', '保健師'] as const;
const GUEST_ORGS = ['県立看護大学', '県介護支援専門員協会', '県理学療法士会', '地域住民ボランティア'] as const;

function generateAttendees(ctx: GenContext, events: readonly EventRow[], contacts: readonly ContactRow[]): AttendeeRow[] {
  const { rng, today } = ctx;
  const todayIso = isoOf(today);
  const total = ctx.size.attendees;
  const perEvent = apportion(total, events.map((e) => ATTENDEE_WEIGHT[e.type]));
  const id = idMaker('A', 4, total);
  const out: AttendeeRow[] = [];
  const neighbours = TOWN_STEMS.filter((s) => !ctx.town.townName.includes(s));
  const byProfession = new Map<string, ContactRow[]>();
  for (const c of contacts) {
    const list = byProfession.get(c.profession) ?? [];
    list.push(c);
    byProfession.set(c.profession, list);
  }
  events.forEach((event, e) => {
    const want = perEvent[e] ?? 0;
    const past = event.date < todayIso;
    const adHocCount = Math.min(want, event.type === '関係市区町村会議（ク）' ? Math.ceil(want / 2) : Math.round(want * 0.15));
    let pool: readonly ContactRow[] = contacts;
    if (event.type === '職種別研修（カ）') {
      const group = byProfession.get(rng.pick(['介護支援専門員', '看護師', '介護福祉士'])) ?? [];
      if (group.length >= want - adHocCount) pool = group;
    } else if (event.type === '関係市区町村会議（ク）') {
      const officials = [...(byProfession.get('行政職員') ?? []), ...(byProfession.get('保健師') ?? [])];
      if (officials.length > 0) pool = officials;
    }
    const chosen = rng.sample(pool, want - adHocCount);
    const adHoc = want - chosen.length;
    // Notices go out six weeks before the event. For an upcoming event whose notice day has come
    // and whose reply deadline is still ahead, the run was interrupted after a first batch (some
    // sent, the rest 未送信) — the case the kit's resume logic exists for. Nobody leaves a run
    // unfinished past its reply deadline, so such events, like held ones, had every notice sent.
    const noticeDay = noticeDayOf(event.date);
    const noticeAt = `${isoOf(noticeDay)} 10:00`;
    const repliesOpen = event.responseDeadline === null || event.responseDeadline > todayIso;
    const noticeState = past || (noticeDay <= today && !repliesOpen) ? 'all' : noticeDay <= today ? 'partial' : 'none';
    // Ad-hoc guests (not in 関係者名簿) came through another route — invited by their own office or
    // walking in — so they are recorded with 招待 ×: the kit has no address for them and must not
    // report every event's notices as incomplete.
    const push = (contactId: string | null, name: string | null, organisation: string | null, profession: AttendeeRow['profession']) => {
      const seq = out.length + 1;
      const attended = past ? rng.chance(0.82) : null;
      const sent = contactId !== null && (noticeState === 'all' || (noticeState === 'partial' && rng.chance(PARTIAL_SEND_SHARE)));
      out.push({
        __row: seq + 1,
        id: id(seq),
        eventId: event.id,
        contactId,
        name,
        organisation,
        profession,
        channel: null,
        invited: contactId !== null,
        attended,
        noticeStatus: contactId === null ? null : sent ? '送信済み' : '未送信',
        noticeAt: sent ? noticeAt : null,
        messageId: null,
      });
    };
    for (const c of chosen) push(c.id, null, null, null);
    for (let k = 0; k < adHoc; k++) {
      const [surname] = rng.pick(SURNAMES);
      const [given] = rng.pick(GIVEN_NAMES);
      const fromNeighbour = event.type === '関係市区町村会議（ク）' || rng.chance(0.3);
      push(
        null,
        `${surname}　${given}`,
        fromNeighbour ? `${rng.pick(neighbours)}町 ${rng.pick(NEIGHBOUR_ORGS)}` : rng.pick(GUEST_ORGS),
        fromNeighbour ? rng.pick(NEIGHBOUR_PROFESSIONS) : rng.pick(PROFESSIONS),
      );
    }
  });
  return out;
}
