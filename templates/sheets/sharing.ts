/**
 * 情報共有 (D-06, D-07): the printable 情報共有シート (every 表3 item of seed 000 as an A4 form,
 * filled per patient on paper or in the EHR — never stored in this workbook) and the adoption
 * register 共有ツール利用状況 that makes tool adoption countable.
 */
import { defineSheet, type PrintFormSpec } from '../spec/types';
import { ADOPTION_STATUSES } from './vocabulary';

export const sharingFormSpec: PrintFormSpec = {
  id: 'sharingForm',
  name: '情報共有シート',
  nameEn: 'Information-sharing sheet',
  version: 2,
  paper: 'A4',
  orientation: 'portrait',
  requirements: ['D-06', 'D-19'],
  // Blank on the printed form: the patient is named on paper only (D-19, seed 000 (エ) 留意事項 (4)).
  subject: [
    { key: 'clientName', label: '利用者氏名', labelEn: "Client's name" },
    { key: 'birthDate', label: '生年月日', labelEn: 'Date of birth' },
  ],
  consent: {
    title: '本人（家族）の同意',
    statement: 'この情報共有シートに記載した情報を、在宅療養を支える医療・介護関係者の間で共有することに同意します。',
    blanks: [
      { key: 'consentDate', label: '同意日', labelEn: 'Date of consent' },
      { key: 'clientSignature', label: '本人署名', labelEn: "Client's signature" },
      { key: 'familySignature', label: '家族署名', labelEn: "Family member's signature" },
      { key: 'familyRelation', label: '続柄', labelEn: 'Relationship' },
    ],
  },
  sections: [
    {
      title: '担当者',
      fields: [
        { key: 'doctor', label: '主治医（氏名・連絡先）', labelEn: 'Attending doctor (name, contact)', lines: 1, source: '主治医や担当の介護支援専門員に関する情報' },
        { key: 'careManager', label: '担当の介護支援専門員（氏名・連絡先）', labelEn: 'Care manager (name, contact)', lines: 1, source: '主治医や担当の介護支援専門員に関する情報' },
      ],
    },
    {
      title: '本人・家族の希望',
      fields: [
        { key: 'wishes', label: '本人・家族の今後の療養についての希望', labelEn: "Patient's and family's wishes for care", lines: 3, source: '今後の療養についての希望' },
        { key: 'explanation', label: '病状の説明内容と本人・家族の受け止め方', labelEn: 'What was explained and how it was received', lines: 3, source: '病状の説明内容と受け止め方' },
      ],
    },
    {
      title: '心身の状況',
      fields: [
        { key: 'condition', label: '状況・体調の変化、服薬状況', labelEn: 'Changes in condition; medication status', lines: 3, source: '状況や体調の変化、服薬状況' },
        { key: 'adl', label: 'ADL（食事摂取・排泄など）', labelEn: 'ADL (meals, excretion, …)', lines: 3, source: '食事摂取状況、排泄状況等の ADL' },
        { key: 'diseases', label: '疾病・使用薬剤', labelEn: 'Diseases and drugs', lines: 3, source: '疾病、使用薬剤等に関する情報' },
      ],
    },
    {
      title: '生活環境',
      fields: [
        { key: 'housing', label: '家屋の状況', labelEn: 'Housing', lines: 2, source: '家屋の状況' },
        { key: 'familyCare', label: '家族による介護の対応可能性', labelEn: "Family's capacity to care", lines: 2, source: '家族による介護の対応可能性' },
      ],
    },
    {
      title: '急変時の備え',
      fields: [
        { key: 'expectedChanges', label: '予測される体調の変化と対応方法', labelEn: 'Expected changes and response', lines: 2, source: '予測される体調の変化及び対応方法' },
        { key: 'emergencyInstitution', label: '急変時に対応する医療機関', labelEn: 'Institution for emergencies', lines: 1, source: '急変時に対応する医療機関' },
        { key: 'emergencyWishes', label: '急変時の医療処置等に関する希望', labelEn: 'Wishes about emergency treatment', lines: 2, source: '急変時の医療処置等に関する希望' },
      ],
    },
    {
      title: '留意点',
      fields: [
        { key: 'homeCareCautions', label: '在宅療養における注意点', labelEn: 'Cautions for home care', lines: 2, source: '在宅療養における注意点' },
        { key: 'careWorkCautions', label: '在宅生活支援や介護の際の留意点', labelEn: 'Cautions for daily-life support and care work', lines: 2, source: '在宅生活支援や介護の際の留意点' },
      ],
    },
  ],
};

export const sharingAdoptionSheet = defineSheet({
  kind: 'table',
  id: 'sharingAdoption',
  name: '共有ツール利用状況',
  nameEn: 'Sharing-tool adoption',
  aliases: ['情報共有ツール利用状況'],
  version: 1,
  description: '情報共有シート・ICTツールを利用している機関・事業所の台帳（利用状況の数値化）',
  idColumn: 'id',
  requirements: ['D-06', 'D-07'],
  columns: [
    { key: 'id', header: '登録ID', label: 'Entry id', type: 'id', required: true, width: 10, hint: '例: S001' },
    { key: 'resourceId', header: '資源ID', label: 'Resource id', type: 'ref', ref: { sheet: 'resources' }, required: true, width: 10, hint: '資源リストの資源ID' },
    { key: 'tool', header: 'ツール名', label: 'Tool', type: 'text', width: 20, hint: '例: 連携シート（紙）、地域のICTツール名' },
    { key: 'startedDate', header: '利用開始日', label: 'Started on', type: 'date', width: 12, hint: '利用を始めた日' },
    { key: 'lastConfirmed', header: '最終確認日', label: 'Last confirmed', type: 'date', width: 12, hint: '利用を最後に確認した日' },
    { key: 'status', header: '利用状況', label: 'Status', type: 'enum', values: ADOPTION_STATUSES, required: true, width: 10, hint: '利用中／休止／中止' },
  ],
});
