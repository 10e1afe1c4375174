/**
 * Lists for professionals (seed 000 (ア) 2(1), seed 001 E, D-18, D-21): the resource list for
 * professionals, the ケアマネタイム list and the 緊急連絡網, as documents (printable sheets) and
 * tables (CSV). Built from 資源リスト, 関係者名簿 and the 緊急連絡網 register only — none of them
 * holds patient data.
 */
import { formatWareki } from '../dates/wareki';
import type { CsvCell } from '../export/csv';
import { resourcesSheet } from '../sheets/resources';
import type { ContactRow, ResourceRow } from '../sheets/rows';
import { RESOURCE_CATEGORIES, type DISCLOSURE } from '../sheets/vocabulary';
import type { TownRows } from '../validate/types';
import { paragraph, table, type DocCell, type ReportDocument } from './document';

/** 公開区分 values whose owners agreed to be shown to professionals (住民にも公開 includes them). */
export const FOR_PROFESSIONALS: readonly (typeof DISCLOSURE)[number][] = ['関係者のみ', '住民にも公開'];

/**
 * Consent for the lists professionals receive (seed 000 (ア) 2(2) and 留意事項(2), (オ) 留意事項(3)):
 * information goes to professionals only "理解と同意…を得た上で", and 情報提供の可否 is confirmed
 * with each provider beforehand. So an entry is listed when its 公開区分 allows professionals (the
 * 可否) AND it has a 同意日 (the record that consent was obtained). 非公開 entries never appear;
 * entries allowed but without 同意日 are left out too — a printed list cannot be recalled — counted
 * in the list's note and flagged row by row by validation (rule.professionalsWithoutConsent).
 */
export function isForProfessionals(r: ResourceRow): boolean {
  return allowsProfessionals(r) && r.consentDate !== null;
}

/** 公開区分 allows professionals (whether or not consent was recorded). */
export function allowsProfessionals(r: ResourceRow): boolean {
  return (FOR_PROFESSIONALS as readonly string[]).includes(r.disclosure);
}

/** Entries whose 公開区分 allows professionals but that have no 同意日, so no list shows them. */
export function awaitingConsent(resources: readonly ResourceRow[]): number {
  return resources.filter((r) => allowsProfessionals(r) && r.consentDate === null).length;
}

/** The ○ flags of 資源リスト that describe what a resource can do, in spec order. */
const CAPABILITY_KEYS = resourcesSheet.columns.filter((c) => c.type === 'boolean' && c.key !== 'usesSharingTool').map((c) => ({ key: c.key as keyof ResourceRow, header: c.header }));

const categoryOrder = (c: string) => (RESOURCE_CATEGORIES as readonly string[]).indexOf(c);
const byCategoryThenName = (a: ResourceRow, b: ResourceRow) => categoryOrder(a.category) - categoryOrder(b.category) || a.name.localeCompare(b.name, 'ja');
const text = (v: string | null | undefined): DocCell => (v === null || v === undefined || v === '' ? '' : v);

/** A list as a header row plus rows: the CSV and the printed table are the same data. */
export interface ListTable {
  readonly name: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly DocCell[])[];
}

export function capabilitiesOf(r: ResourceRow): string {
  return CAPABILITY_KEYS.filter((c) => r[c.key] === true)
    .map((c) => c.header)
    .join('、');
}

/** 関係者向け資源一覧: every resource whose 公開区分 allows professionals, with what it can do. */
export function professionalResourceTable(resources: readonly ResourceRow[]): ListTable {
  const rows = resources
    .filter(isForProfessionals)
    .sort(byCategoryThenName)
    .map((r) => [r.category, r.name, r.address, r.phone, text(r.fax), text(r.hours), capabilitiesOf(r), (r.careServices ?? []).join('、'), text(r.careManagerTime), [r.liaisonName, r.liaisonPhone].filter(Boolean).join(' ')]);
  return { name: '関係者向け資源一覧', header: ['種別', '名称', '住所', '電話番号', 'FAX番号', '診療日・営業日・時間', '対応できること', '介護サービス', 'ケアマネタイム', '連携窓口'], rows };
}

/** Splits 'ケアマネタイム' text into days and hours at the first time of day ('火・木 13:00-14:00'). */
export function splitCareManagerTime(value: string): { days: string; hours: string } {
  const m = /^(.*?)[\s　]*(\d{1,2}[:：]\d{2}.*)$/.exec(value.trim());
  return m ? { days: (m[1] ?? '').trim() || '—', hours: (m[2] ?? '').trim() } : { days: value.trim(), hours: '—' };
}

/** ケアマネタイム一覧: institutions that set hours for calls from care managers, and how to reach them. */
export function careManagerTimeTable(resources: readonly ResourceRow[]): ListTable {
  const rows = resources
    .filter((r) => isForProfessionals(r) && r.careManagerTime !== null)
    .sort(byCategoryThenName)
    .map((r) => {
      const { days, hours } = splitCareManagerTime(r.careManagerTime as string);
      return [r.name, r.category, days, hours, r.liaisonPhone ?? r.phone, text(r.fax), text(r.liaisonName)];
    });
  return { name: 'ケアマネタイム一覧', header: ['医療機関', '種別', '曜日', '時間帯', '電話番号', 'FAX番号', '連携窓口'], rows };
}

/** 緊急連絡網: the register in order, names and numbers joined from the roster and the resource list. */
export function contactNetworkTable(town: TownRows): ListTable {
  const contacts = new Map<string, ContactRow>(town.contacts.map((c) => [c.id.toUpperCase(), c]));
  const resources = new Map<string, ResourceRow>(town.resources.map((r) => [r.id.toUpperCase(), r]));
  const contact = (id: string | null) => (id === null ? undefined : contacts.get(id.toUpperCase()));
  const resource = (id: string | null | undefined) => (id === null || id === undefined ? undefined : resources.get(id.toUpperCase()));
  const rows = [...(town.contactTree ?? [])]
    .sort((a, b) => a.order - b.order || a.id.localeCompare(b.id))
    .map((t) => {
      const person = contact(t.contactId);
      const org = resource(t.resourceId) ?? resource(person?.organisationId);
      const alternate = contact(t.alternateId);
      const orgName = org?.name ?? person?.organisation ?? '';
      return [
        t.order,
        text(t.role),
        person?.name ?? orgName,
        person ? orgName : '',
        person?.phone ?? org?.phone ?? '',
        text(t.phone24h),
        person?.fax ?? org?.fax ?? '',
        alternate ? `${alternate.name}${alternate.phone ? ` ${alternate.phone}` : ''}` : '',
        t.lastVerified === null ? '' : formatWareki(t.lastVerified),
      ];
    });
  return { name: '緊急連絡網', header: ['順位', '役割', '氏名・機関', '所属', '電話番号', '24時間連絡先', 'FAX番号', '代替の連絡先', '最終確認日'], rows };
}

/** A list as a printable document (title, town, the table). */
export function listDocument(list: ListTable, town: TownRows, today: string, note: string, columnWidths?: readonly number[]): ReportDocument {
  const s = town.settings;
  return {
    name: list.name,
    title: `${s?.townName ?? ''} ${list.name}`.trim(),
    subtitle: [`${s?.department ?? ''}　作成日: ${formatWareki(today)}`.trim()],
    orientation: 'landscape',
    ...(columnWidths ? { columnWidths } : {}),
    blocks: [paragraph(note), table(`${list.name}（${list.rows.length}件）`, list.header, list.rows, '載せる項目がありません。')],
  };
}

export const LIST_NOTES = {
  resources: '関係者（医療・介護の専門職）向けの一覧です。公開区分が「関係者のみ」「住民にも公開」で、情報提供の同意日がある資源だけを載せています。住民には配らないでください。',
  careManagerTime: '医師がケアマネジャーからの電話・FAXを受ける時間帯です。この時間内の連絡をお願いします。',
  network: '災害・緊急時の連絡順です。つながらないときは代替の連絡先へ連絡してください。番号は年1回以上確認します。',
} as const;

/** The note of a list built from 資源リスト, with how many entries wait for a 同意日. */
export function consentNote(note: string, resources: readonly ResourceRow[]): string {
  const waiting = awaitingConsent(resources);
  return waiting === 0 ? note : `${note}同意日のない${waiting}件は載せていません（資源リストに同意日を入力すると載ります）。`;
}

/** The three lists of a town. */
export function professionalLists(town: TownRows): { readonly resources: ListTable; readonly careManagerTime: ListTable; readonly network: ListTable } {
  return { resources: professionalResourceTable(town.resources), careManagerTime: careManagerTimeTable(town.resources), network: contactNetworkTable(town) };
}

/** Header + rows as CSV cells (templates/export/csv.ts renders them with the injection guard). */
export function listCsvRows(list: ListTable): CsvCell[][] {
  return [[...list.header], ...list.rows.map((r) => [...r])];
}
