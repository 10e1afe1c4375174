/**
 * 相談記録 (D-08, D-19): the consultation desk's log. Patients appear only as an anonymous
 * case id and an age band; free-text columns are marked personal so they are scanned for
 * names/phones and never leave the workbook (no notices, exports or logs).
 */
import { defineSheet } from '../spec/types';
import { AGE_BANDS, CONSULTATION_CATEGORIES, CONSULTATION_CHANNELS, CONSULTATION_STATUSES, REQUESTER_ALIASES, REQUESTERS, SCENES_WITH_COMMON } from './vocabulary';

export const consultationsSheet = defineSheet({
  kind: 'table',
  id: 'consultations',
  name: '相談記録',
  nameEn: 'Consultation log',
  aliases: ['相談受付簿', '相談一覧'],
  version: 2,
  description: '在宅医療・介護連携支援センター（相談窓口）の相談受付と対応の記録',
  idColumn: 'id',
  requirements: ['D-08', 'D-19'],
  columns: [
    { key: 'id', header: '相談ID', label: 'Consultation id', type: 'id', required: true, width: 10, hint: '例: C0001（重複不可）' },
    { key: 'receivedDate', header: '受付日', label: 'Received on', type: 'date', required: true, width: 12, hint: '例: 2025/5/20', aliases: ['相談日'] },
    { key: 'receivedTime', header: '受付時刻', label: 'Received at', type: 'time', width: 8, hint: '例: 10:30' },
    { key: 'channel', header: '相談方法', label: 'Channel', type: 'enum', values: CONSULTATION_CHANNELS, width: 8, hint: '電話／来所／FAX／メール／訪問／その他' },
    { key: 'requesterProfession', header: '相談者職種', label: 'Requester profession', type: 'enum', values: REQUESTERS, valueAliases: REQUESTER_ALIASES, required: true, width: 14, hint: '相談してきた人の職種（専門職でなければ本人・家族／住民）', aliases: ['相談者'] },
    { key: 'requesterOrgId', header: '相談者所属ID', label: 'Requester organisation id', type: 'ref', ref: { sheet: 'resources' }, width: 12, hint: '資源リストの資源ID（リストにない所属は空欄）' },
    { key: 'caseId', header: 'ケースID', label: 'Case id', type: 'text', width: 10, maxLength: 20, hint: '匿名のID（患者の氏名は書かない）例: 2025-017' },
    { key: 'ageBand', header: '年齢階級', label: 'Age band', type: 'enum', values: AGE_BANDS, width: 10, hint: '対象者の年齢階級' },
    { key: 'scene', header: '場面', label: 'Scene', type: 'enum', values: SCENES_WITH_COMMON, required: true, width: 14, hint: '4つの場面または共通' },
    { key: 'category', header: '相談分類', label: 'Category', type: 'enum', values: CONSULTATION_CATEGORIES, required: true, width: 14, hint: '一覧から選択' },
    { key: 'summary', header: '相談内容', label: 'Summary', type: 'text', width: 36, maxLength: 4000, personal: true, hint: '要点のみ。氏名・電話番号など個人情報は書かない' },
    { key: 'response', header: '対応内容', label: 'Response', type: 'text', width: 36, maxLength: 4000, personal: true, hint: '対応の要点。個人情報は書かない' },
    { key: 'referralId', header: '紹介先ID', label: 'Referred to', type: 'ref', ref: { sheet: 'resources' }, width: 10, hint: '紹介した機関の資源ID' },
    { key: 'linkedHoukatsu', header: '地域包括との連携', label: 'Linked with 地域包括', type: 'boolean', width: 10, hint: '地域包括支援センターと連携した（○/×）' },
    { key: 'closedDate', header: '終了日', label: 'Closed on', type: 'date', width: 12, hint: '対応を終えた日（受付日以降）' },
    { key: 'status', header: '状況', label: 'Status', type: 'enum', values: CONSULTATION_STATUSES, required: true, width: 8, hint: '対応中／完了' },
  ],
});
