/**
 * Hand-made town for the notices tests: every channel rule, honorific rule and tricky name
 * (𠮷野 with a 4-byte kanji, ASCII names with quotes and commas, a very long title) in a few rows.
 */
import { attendeesSheet } from '../../templates/sheets/attendees';
import { consultationsSheet } from '../../templates/sheets/consultations';
import { contactsSheet } from '../../templates/sheets/contacts';
import { eventsSheet } from '../../templates/sheets/events';
import { resourcesSheet } from '../../templates/sheets/resources';
import type { AttendeeRow, ConsultationRow, ContactRow, EventRow, ResourceRow, SettingsRow } from '../../templates/sheets/rows';
import type { SheetSpec } from '../../templates/spec/types';
import type { TownRows } from '../../templates/validate/types';

/** A row with every column of `spec` present (null unless given), numbered as sheet row `row`. */
export function fill<T>(spec: SheetSpec, row: number, values: Partial<Record<string, unknown>>): T {
  const out: Record<string, unknown> = { __row: row };
  for (const c of spec.columns) out[c.key] = null;
  return { ...out, ...values } as T;
}

export const SETTINGS: SettingsRow = {
  __row: 2,
  prefecture: '長野県',
  townName: 'みどり町',
  lgCode: '131016',
  department: '福祉課 高齢者支援係',
  personInCharge: '山田 一郎',
  phone: '0123-45-6789',
  fax: '0123-45-6790',
  email: 'zaitaku@town.midori.example.jp',
  fiscalYear: 2025,
  signature: null,
  supportCenterName: 'みどり町在宅医療・介護連携支援センター',
  publicHealthNurseSide: null,
  socialWorkerSide: null,
  homeCareArea: null,
};

const resources: ResourceRow[] = [
  fill(resourcesSheet, 2, { id: 'R001', category: '病院', name: 'みどり中央病院', address: 'みどり町中央1-1', postalCode: '123-4567', phone: '0123-45-1110', fax: '0123-45-1111', email: 'renkei@midori-hp.example.jp', disclosure: '関係者のみ' }),
  fill(resourcesSheet, 3, { id: 'R002', category: '訪問看護ステーション', name: 'さくら訪問看護ステーション', address: 'みどり町西2-2', postalCode: '123-4568', phone: '0123-45-2220', fax: '0123-45-2222', disclosure: '関係者のみ' }),
  fill(resourcesSheet, 4, { id: 'R003', category: '薬局', name: '"ひかり" 薬局, 本店', address: 'みどり町東3-3', postalCode: '123-4569', phone: '0123-45-3330', disclosure: '関係者のみ' }),
  fill(resourcesSheet, 5, { id: 'R004', category: '居宅介護支援事業所', name: 'すずらん居宅介護支援事業所', address: 'みどり町北4-4', phone: '0123-45-4440', email: 'care@suzuran.example.jp', disclosure: '関係者のみ' }),
];

const contact = (row: number, values: Partial<ContactRow>): ContactRow => fill(contactsSheet, row, { profession: 'その他', ...values });

const contacts: ContactRow[] = [
  contact(2, { id: 'P001', name: '𠮷野 花子', organisationId: 'R001', profession: '医師', honorific: '先生', email: 'yoshino@midori-hp.example.jp' }),
  contact(3, { id: 'P002', name: `John "Jack" O'Brien, Jr.`, organisationId: 'R001', profession: '看護師', email: 'john.obrien@midori-hp.example.jp' }),
  contact(4, { id: 'P003', name: 'Pat Smith', organisation: 'Midori Rehab', profession: 'リハ職', email: 'pat@rehab.example.jp' }),
  contact(5, { id: 'P004', name: '佐藤 次郎', organisationId: 'R002', profession: '看護師' }),
  contact(6, { id: 'P005', name: 'さくら訪問看護ステーション', organisationId: 'R002', profession: '看護師' }),
  contact(7, { id: 'P006', name: '鈴木 三郎', organisationId: 'R003', profession: '薬剤師' }),
  contact(8, { id: 'P007', name: '高橋 四郎', organisation: '個人開業', profession: 'その他' }),
  contact(9, { id: 'P008', name: '田中 五郎', organisationId: 'R004', profession: '介護支援専門員' }),
  contact(10, { id: 'P009', name: '伊藤 六子', organisationId: 'R004', profession: '介護支援専門員', email: 'CARE@suzuran.example.jp' }),
  contact(11, { id: 'P010', name: '渡辺 七海', organisation: 'みどり町社会福祉協議会', profession: '社会福祉士・MSW', email: 'watanabe@shakyo.example.jp', preferredChannel: 'FAX' }),
  contact(12, { id: 'P011', name: '中村 八重', organisation: 'なかむら医院', profession: '医師', email: 'nakamura@@example', fax: '0123-45-5555' }),
  contact(13, { id: 'P012', name: '小林 九', organisation: '役場 保健係', profession: '保健師', email: 'kobayashi@town.midori.example.jp' }),
  contact(14, { id: 'P013', name: '加藤 十', organisation: '役場 保健係', profession: '保健師', email: 'kato@town.midori.example.jp' }),
  contact(15, { id: 'P014', name: '山本 十一', organisation: '役場 保健係', profession: '保健師', email: 'yamamoto@town.midori.example.jp' }),
  contact(16, { id: 'P015', name: '吉田 十二', organisation: '役場 保健係', profession: '保健師', email: 'yoshida@town.midori.example.jp' }),
  contact(17, { id: 'P016', name: '松本 十三', organisation: '役場 保健係', profession: '保健師', email: 'matsumoto@town.midori.example.jp' }),
];

export const EVENT_E001: EventRow = fill(eventsSheet, 2, {
  id: 'E001', type: '多職種会議（イ）', title: '第1回 在宅医療・介護連携推進会議', date: '2025-05-20', startTime: '14:00', endTime: '15:30',
  venue: '役場 2階 大会議室', agenda: '1. 入退院支援ルールの確認\n2. 災害時の連絡網', organizer: 'みどり町', responseDeadline: '2025-05-13',
});

const LONG_TITLE = '令和7年度 第2回 みどり町在宅医療・介護連携推進会議 兼 入退院支援ワーキンググループ合同検討会（災害時対応を含む）';

const events: EventRow[] = [
  EVENT_E001,
  fill(eventsSheet, 3, { id: 'E002', type: '多職種会議（イ）', title: LONG_TITLE, date: '2025-05-05', startTime: '10:00', endTime: '12:00', venue: null, agenda: '事例検討', responseDeadline: '2025-05-10' }),
  fill(eventsSheet, 4, { id: 'E003', type: '多職種研修（カ）', title: '多職種連携研修会', date: '2025-05-24', startTime: '13:30', endTime: '16:30', venue: '保健センター', agenda: 'ACPの進め方', responseDeadline: '2025-05-16' }),
  fill(eventsSheet, 5, { id: 'E004', type: '多職種会議（イ）', title: '第0回 準備会', date: '2025-04-21', startTime: '10:00', endTime: '11:00', venue: '役場', agenda: '準備', responseDeadline: '2025-04-25' }),
];

const attendee = (row: number, values: Partial<AttendeeRow>): AttendeeRow => fill(attendeesSheet, row, { invited: true, ...values });

/** 出席者 of E001 (every rule once) and a few rows of E002/E003 for the long-subject checks. */
export function attendeeRows(): AttendeeRow[] {
  return [
    attendee(2, { id: 'A001', eventId: 'E001', contactId: 'P001' }),
    attendee(3, { id: 'A002', eventId: 'E001', contactId: 'P002' }),
    attendee(4, { id: 'A003', eventId: 'E001', contactId: 'P003' }),
    attendee(5, { id: 'A004', eventId: 'E001', contactId: 'P004' }),
    attendee(6, { id: 'A005', eventId: 'E001', contactId: 'P005' }),
    attendee(7, { id: 'A006', eventId: 'E001', contactId: 'P006' }),
    attendee(8, { id: 'A007', eventId: 'E001', contactId: 'P007' }),
    attendee(9, { id: 'A008', eventId: 'E001', contactId: 'P008' }),
    attendee(10, { id: 'A009', eventId: 'E001', contactId: 'P009' }),
    attendee(11, { id: 'A010', eventId: 'E001', contactId: 'P010' }),
    attendee(12, { id: 'A011', eventId: 'E001', contactId: 'P011' }),
    attendee(13, { id: 'A012', eventId: 'E001', contactId: 'P012', noticeStatus: '送信済み', noticeAt: '2025-04-30 09:00', messageId: 'old.E001.A012.1@town.midori.example.jp' }),
    attendee(14, { id: 'A013', eventId: 'E001', contactId: 'P013', noticeStatus: '下書き作成', noticeAt: '2025-04-30 09:00', messageId: 'old.E001.A013.1@town.midori.example.jp' }),
    attendee(15, { id: 'A014', eventId: 'E001', contactId: 'P014', noticeStatus: 'エラー', noticeAt: '2025-04-30 09:00', messageId: 'old.E001.A014.1@town.midori.example.jp' }),
    attendee(16, { id: 'A015', eventId: 'E001', contactId: 'P015', noticeStatus: '未送信', noticeAt: '2025-04-30 09:00', messageId: 'old.E001.A015.1@town.midori.example.jp' }),
    attendee(17, { id: 'A016', eventId: 'E001', contactId: 'P016', invited: false }),
    attendee(18, { id: 'A017', eventId: 'E001', contactId: null, name: '木村 十四', organisation: 'みどり中央病院', profession: '社会福祉士・MSW' }),
    attendee(19, { id: 'A018', eventId: 'E001', contactId: 'P999' }),
    attendee(20, { id: 'A101', eventId: 'E002', contactId: 'P001' }),
    attendee(21, { id: 'A102', eventId: 'E003', contactId: 'P001' }),
    attendee(22, { id: 'A103', eventId: 'E003', contactId: 'P002' }),
    attendee(23, { id: 'A104', eventId: 'E003', contactId: 'P003' }),
  ];
}

/** Patient-like text that must never reach any notice output (D-19). */
export const SECRET_CONSULTATION_TEXT = '患者 秘密山 太郎 様（090-1234-5678）の退院調整';

const consultations: ConsultationRow[] = [
  fill(consultationsSheet, 2, {
    id: 'C0001', receivedDate: '2025-04-10', requesterProfession: '介護支援専門員', caseId: '2025-001', scene: '入退院支援',
    category: '退院調整', summary: SECRET_CONSULTATION_TEXT, response: `${SECRET_CONSULTATION_TEXT}に対応`, status: '対応中',
  }),
];

/** TownRows with mutable arrays, so a test can patch its own copy. */
export type MutableTown = { -readonly [K in keyof TownRows]: TownRows[K] extends readonly (infer R)[] ? R[] : TownRows[K] };

/** The fixture town (fresh arrays each call, so tests may mutate their copy). */
export function fixtureTown(): MutableTown {
  return {
    settings: SETTINGS,
    resources: [...resources],
    contacts: [...contacts],
    events: [...events],
    attendees: attendeeRows(),
    issues: [],
    consultations: [...consultations],
    sharingAdoption: [],
    plan: [],
    statistics: null,
    noticeTemplates: [],
  };
}

export const NOW = '2025-05-01T10:00';
