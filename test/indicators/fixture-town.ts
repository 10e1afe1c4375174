/**
 * A hand-made town for golden indicator values (fiscal year 2025 = 2025-04-01 … 2026-03-31).
 * The expected values and their arithmetic are in fixture.test.ts; every row here is deliberate
 * (edge dates on both sides of the year, a stale-by-one-day resource, a dangling contact id, …).
 */
import type { NormalizedValue } from '../../templates/spec/row-types';
import type { SheetSpec } from '../../templates/spec/types';
import { attendeesSheet } from '../../templates/sheets/attendees';
import { consultationsSheet } from '../../templates/sheets/consultations';
import { contactsSheet } from '../../templates/sheets/contacts';
import { eventsSheet } from '../../templates/sheets/events';
import { issuesSheet } from '../../templates/sheets/issues';
import { planSheet } from '../../templates/sheets/plan';
import { resourcesSheet } from '../../templates/sheets/resources';
import { settingsSheet } from '../../templates/sheets/settings';
import { sharingAdoptionSheet } from '../../templates/sheets/sharing';
import { statisticsSheet } from '../../templates/sheets/statistics';
import { bcpSheet } from '../../templates/sheets/bcp';
import { contactTreeSheet } from '../../templates/sheets/contact-tree';
import { coverPairsSheet } from '../../templates/sheets/cover-pairs';
import { emergencyCareSheet } from '../../templates/sheets/emergency-care';
import { equipmentSheet } from '../../templates/sheets/equipment';
import type {
  AttendeeRow,
  ConsultationRow,
  ContactRow,
  EventRow,
  IssueRow,
  PlanRow,
  ResourceRow,
  SettingsRow,
  SharingAdoptionRow,
  BcpRow,
  ContactTreeRow,
  CoverPairRow,
  EmergencyCareRow,
  EquipmentRow,
  StatisticsRow,
} from '../../templates/sheets/rows';
import type { SampleTown } from '../../templates/sample/types';
import type { TownRows } from '../../templates/validate/types';

/** Rows of a sheet: every spec column null unless given, __row numbered from 2. */
function rowsOf<R>(spec: SheetSpec, partials: readonly Record<string, NormalizedValue>[]): R[] {
  return partials.map((p, i) => {
    const row: Record<string, NormalizedValue> = { __row: i + 2 };
    for (const c of spec.columns) row[c.key] = null;
    return { ...row, ...p } as R;
  });
}

const resource = (id: string, category: string, extra: Record<string, NormalizedValue>) => ({
  id,
  category,
  name: `テスト${category}${id}`,
  address: 'みどり町1-1',
  phone: '0123-45-6789',
  disclosure: '関係者のみ',
  ...extra,
});

export const FIXTURE_RESOURCES = rowsOf<ResourceRow>(resourcesSheet, [
  resource('R01', '病院', { nutritionVisit: true, activeRole: true, coordinationHub: true, homeVisitCare: true, oncall: true, supportHospital: true, backupHospital: true, dischargeStaff: true, homeDeath: true, homeCareDoctors: 3, usesSharingTool: true, lastVerified: '2025-06-01' }),
  resource('R02', '診療所', { activeRole: true, homeVisitCare: true, oncall: true, supportClinic: true, homeDeath: true, support24h: true, homeCareDoctors: 2, usesSharingTool: true, lastVerified: '2024-01-10', disclosure: '非公開' }),
  resource('R03', '有床診療所', { nutritionVisit: true, homeVisitCare: false, oncall: true, supportHospital: true, dentalHomeVisit: true, homeCareDoctors: 1, disclosure: '住民にも公開' }),
  resource('R04', '歯科診療所', { oralHygieneVisit: true, dentalHomeVisit: true, supportDental: true, usesSharingTool: false, lastVerified: '2025-03-31' }),
  resource('R05', '薬局', { narcotics: true, sterileCompounding: true, pediatricHome: false, support24h: true, pharmacyHomeVisit: true, lastVerified: '2025-03-30' }),
  resource('R06', '薬局', { narcotics: true, pharmacyHomeVisit: false, lastVerified: '2026-01-15' }),
  resource('R07', '訪問看護ステーション', { support24h: true, careServices: ['定期巡回・随時対応型訪問介護看護', '訪問看護'], usesSharingTool: true, lastVerified: '2025-10-01' }),
  resource('R08', '居宅介護支援事業所', { activeRole: true, careServices: ['居宅介護支援', '訪問介護', '看護小規模多機能型居宅介護'], lastVerified: '2025-05-05' }),
  resource('R09', '介護老人福祉施設', { careServices: ['通所介護', '短期入所生活介護', '施設入所'], lastVerified: '2025-04-01' }),
  resource('R10', '地域包括支援センター', { coordinationHub: true, usesSharingTool: true, lastVerified: '2025-09-09' }),
]);

export const FIXTURE_CONTACTS = rowsOf<ContactRow>(contactsSheet, [
  { id: 'P1', name: '医師A', profession: '医師', organisationId: 'R01' },
  { id: 'P2', name: 'ケアマネB', profession: '介護支援専門員' },
  { id: 'P3', name: '薬剤師C', profession: '薬剤師' },
  { id: 'P4', name: '担当D', profession: '行政職員' },
]);

const event = (id: string, type: string, date: string, extra: Record<string, NormalizedValue> = {}) => ({ id, type, title: `${type} ${id}`, date, ...extra });

export const FIXTURE_EVENTS = rowsOf<EventRow>(eventsSheet, [
  event('E1', '多職種会議（イ）', '2025-05-20', { topics: ['課題抽出・対応策'], managersAttended: true }),
  event('E2', '多職種会議（イ）', '2025-08-19', { topics: ['学習・事例検討', '災害対策'], managersAttended: false }),
  event('E3', 'ワーキンググループ（イ）', '2025-11-11', { topics: ['課題抽出・対応策'] }),
  event('E4', '多職種研修（カ）', '2025-07-07'),
  event('E5', '住民向け講演会（キ）', '2026-02-14', { residentCount: 85 }),
  event('E6', '多職種会議（イ）', '2025-03-25', { topics: ['その他の課題'], managersAttended: true }),
]);

const att = (id: string, eventId: string, contactId: string | null, profession: string | null, attended: boolean | null) => ({ id, eventId, contactId, profession, attended, invited: true });

export const FIXTURE_ATTENDEES = rowsOf<AttendeeRow>(attendeesSheet, [
  att('A01', 'E1', 'P1', null, true),
  att('A02', 'E1', 'P2', null, true),
  att('A03', 'E1', 'P4', null, true),
  att('A04', 'E1', null, '看護師', true),
  att('A05', 'E2', 'P3', null, true),
  att('A06', 'E2', 'P2', null, false),
  att('A07', 'E2', null, '介護福祉士', true),
  att('A08', 'E3', 'P1', null, true),
  att('A09', 'E4', null, '介護福祉士', true),
  att('A10', 'E4', 'P3', null, true),
  att('A11', 'E6', 'P1', null, true),
  att('A12', 'E4', 'P9', '社会福祉士・MSW', true),
]);

const cons = (id: string, receivedDate: string, requesterProfession: string, scene: string, category: string, linkedHoukatsu: boolean | null, status: string, closedDate: string | null = null) => ({
  id,
  receivedDate,
  requesterProfession,
  scene,
  category,
  linkedHoukatsu,
  status,
  closedDate,
});

export const FIXTURE_CONSULTATIONS = rowsOf<ConsultationRow>(consultationsSheet, [
  cons('C01', '2025-04-03', '医師', '入退院支援', '退院調整', true, '完了', '2025-04-10'),
  cons('C02', '2025-04-20', '介護支援専門員', '日常の療養支援', '医療機関の紹介', false, '完了', '2025-04-21'),
  cons('C03', '2025-05-15', '介護支援専門員', '看取り', '看取り・ACP', true, '対応中'),
  cons('C04', '2025-06-01', '看護師', '急変時の対応', '医療的な助言', false, '完了', '2025-06-11'),
  cons('C05', '2025-06-30', '主任介護支援専門員', '共通', '制度・手続', true, '完了', '2025-07-02'),
  cons('C06', '2025-08-08', '薬剤師', '日常の療養支援', '医療的な助言', null, '完了'),
  cons('C07', '2025-09-09', '社会福祉士・MSW', '入退院支援', '退院調整', true, '完了', '2025-09-30'),
  cons('C08', '2025-10-10', '行政職員', '共通', 'その他', false, '対応中'),
  cons('C09', '2025-12-24', '介護福祉士', '日常の療養支援', '介護サービスの紹介', false, '完了', '2026-01-05'),
  cons('C10', '2026-01-15', 'その他', '共通', '認知症', true, '完了', '2026-01-15'),
  cons('C11', '2026-02-28', '医師', '看取り', '看取り・ACP', false, '完了', '2026-03-10'),
  cons('C12', '2026-03-31', '介護支援専門員', '入退院支援', '退院調整', true, '対応中'),
  cons('C13', '2026-04-01', '医師', '共通', 'その他', true, '完了', '2026-04-02'),
  cons('C14', '2025-03-31', '介護支援専門員', '共通', 'その他', true, '対応中'),
  cons('C15', '2025-11-30', '歯科医師', '急変時の対応', '医療的な助言', true, '完了', '2025-12-03'),
]);

export const FIXTURE_ISSUES = rowsOf<IssueRow>(issuesSheet, [
  { id: 'K1', eventId: 'E1', issueType: '情報共有', title: '連絡様式が統一されていない', status: '解決', resolvedDate: '2025-09-01' },
  { id: 'K2', eventId: 'E2', title: '夜間の連絡先が不明', status: '対応中' },
  { id: 'K3', eventId: 'E6', issueType: '入退院連携', title: '退院時の情報が遅い', status: '解決', resolvedDate: '2025-03-30' },
  { id: 'K4', issueType: '災害対策', title: '停電時の在宅酸素', status: '未着手' },
]);

export const FIXTURE_PLAN = rowsOf<PlanRow>(planSheet, [
  { id: 'PL1', activity: '（イ）課題の抽出と対応策', item: '多職種会議', indicatorId: 'P01', targetValue: 4, plannedCount: 4, progress: '実施中' },
  { id: 'PL2', activity: '（カ）関係者の研修', item: '多職種研修', indicatorId: 'p06', targetValue: 3, plannedCount: 2, progress: '完了' },
  { id: 'PL3', activity: '（オ）相談支援', item: '相談窓口', indicatorId: 'P50', targetValue: 6, plannedCount: 12, progress: '実施中' },
  { id: 'PL4', activity: '（キ）住民への普及啓発', item: '講演会', indicatorId: 'P01', targetValue: 10, plannedCount: 1, progress: '完了' },
  { id: 'PL5', activity: '（ア）資源の把握', item: '在宅看取りの把握', indicatorId: 'O01', targetValue: 20, progress: '未着手' },
]);

export const FIXTURE_SHARING = rowsOf<SharingAdoptionRow>(sharingAdoptionSheet, [
  { id: 'S1', resourceId: 'R01', status: '利用中' },
  { id: 'S2', resourceId: 'R07', status: '利用中' },
  { id: 'S3', resourceId: 'R02', status: '休止' },
]);

export const FIXTURE_SETTINGS = rowsOf<SettingsRow>(settingsSheet, [
  { townName: 'みどり町', lgCode: '999999', department: '福祉課', personInCharge: '担当', phone: '0123-45-6789', fiscalYear: 2025 },
])[0] as SettingsRow;

export const FIXTURE_STATISTICS = rowsOf<StatisticsRow>(statisticsSheet, [
  {
    statYear: 2024,
    population: 10000,
    population65: 3812,
    population75: 2105,
    careCertified: 760,
    insuredPrimary: 3830,
    deaths: 180,
    deathsAtHome: 29,
    deathsAtNursingHome: 18,
    admittedClients: 40,
    admissionInfoProvided: 33,
    dischargedNeedingCare: 32,
    dischargeAdjusted: 25,
    careCoordinationGuidance: 6,
    jointDischargeGuidance: 3,
  },
])[0] as StatisticsRow;

/* Registers (issue 13): R01 病院 and R02 診療所 visit (在宅患者訪問診療 ○), R03 does not; R07 is 訪問看護. */
export const FIXTURE_BCP = rowsOf<BcpRow>(bcpSheet, [
  { resourceId: 'R01', status: '策定済', planDate: '2024-10-01', lastDrill: '2025-09-01', lastVerified: '2025-09-01' },
  { resourceId: 'R02', status: '策定中', lastVerified: '2025-06-01' },
  { resourceId: 'R07', status: '策定済', planDate: '2025-01-20' },
]);

export const FIXTURE_EMERGENCY = rowsOf<EmergencyCareRow>(emergencyCareSheet, [
  { id: 'K1', resourceId: 'R01', order: 1, days: ['月', '火', '水', '木', '金', '土', '日', '祝'], hours: '24時間', weekdayNight: true, holidayDay: true, holidayNight: false, beds: 2, fireLiaison: true, status: '運用中', patients: 12 },
  { id: 'K2', resourceId: 'R02', order: 2, days: ['土', '日', '祝'], hours: '9:00-17:00', holidayDay: true, status: '運用中', patients: 7 },
  { id: 'K3', resourceId: 'R03', order: 3, holidayNight: true, status: '調整中', patients: 5 },
]);

export const FIXTURE_PAIRS = rowsOf<CoverPairRow>(coverPairsSheet, [
  { id: 'F1', primaryId: 'R01', secondaryId: 'R02', days: ['土', '日'], status: '運用中', patients: 4 },
  { id: 'F2', primaryId: 'R02', secondaryId: 'R03', status: '休止', patients: 0 },
]);

export const FIXTURE_TREE = rowsOf<ContactTreeRow>(contactTreeSheet, [
  { id: 'N1', order: 1, contactId: 'P1', phone24h: '090-1111-2222', lastVerified: '2025-10-01' },
  { id: 'N2', order: 2, contactId: 'P2', alternateId: 'P1', lastVerified: '2026-02-15' },
  { id: 'N3', order: 3, resourceId: 'R07' },
]);

export const FIXTURE_EQUIPMENT = rowsOf<EquipmentRow>(equipmentSheet, [
  { id: 'B1', kind: 'AED', quantity: 2, location: '役場1階', owner: '福祉課', lastVerified: '2025-03-31' },
  { id: 'B2', kind: '発電機', quantity: 1, location: '防災倉庫', owner: '福祉課', lastVerified: '2025-03-30' },
  { id: 'B3', kind: '吸引器', quantity: 3, location: '防災倉庫', owner: '福祉課', lastVerified: '2025-11-11' },
  { id: 'B4', kind: '衛星電話', quantity: 1, location: '役場2階', owner: '総務課' },
]);

export const FIXTURE_ROWS: TownRows = {
  settings: FIXTURE_SETTINGS,
  resources: FIXTURE_RESOURCES,
  contacts: FIXTURE_CONTACTS,
  events: FIXTURE_EVENTS,
  attendees: FIXTURE_ATTENDEES,
  issues: FIXTURE_ISSUES,
  consultations: FIXTURE_CONSULTATIONS,
  sharingAdoption: FIXTURE_SHARING,
  plan: FIXTURE_PLAN,
  statistics: FIXTURE_STATISTICS,
  noticeTemplates: [],
  contactTree: FIXTURE_TREE,
  equipment: FIXTURE_EQUIPMENT,
  bcp: FIXTURE_BCP,
  coverPairs: FIXTURE_PAIRS,
  emergencyCare: FIXTURE_EMERGENCY,
};

/** Wraps rows as a SampleTown (with 設定.対象年度 = fiscalYear) so townToWorkbookValues renders them like any generated town. */
export function asSampleTown(rows: TownRows, fiscalYear = 2025): SampleTown {
  const settings = rows.settings ? { ...rows.settings, fiscalYear } : null;
  return { seed: 0, townName: 'みどり町', fiscalYear, today: `${fiscalYear}-12-01`, rows: { ...rows, settings } };
}

export const FIXTURE_TOWN = asSampleTown(FIXTURE_ROWS);
