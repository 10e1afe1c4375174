/**
 * The blank 医師↔ケアマネジャー FAX連絡票 (seed 001 E, D-21): the paper form the 郡市区医師会's FAX
 * rule uses between a doctor and a care manager. Printed blank and filled by hand; the patient is
 * named on paper only, never in this workbook (D-19), so the form asks for the identifier agreed
 * between the two offices.
 */
import type { PrintFormSpec } from '../spec/types';

export const faxFormSpec: PrintFormSpec = {
  id: 'faxForm',
  name: 'FAX連絡票',
  nameEn: 'Doctor–care manager FAX form',
  version: 1,
  paper: 'A4',
  orientation: 'portrait',
  requirements: ['D-21', 'D-19'],
  sections: [
    {
      title: '宛先（医療機関）',
      fields: [
        { key: 'toClinic', label: '医療機関名', labelEn: 'Clinic', lines: 1 },
        { key: 'toDoctor', label: '医師名', labelEn: 'Doctor', lines: 1 },
        { key: 'toFax', label: 'FAX番号', labelEn: 'FAX', lines: 1 },
      ],
    },
    {
      title: '発信元（居宅介護支援事業所）',
      fields: [
        { key: 'fromOffice', label: '事業所名', labelEn: 'Office', lines: 1 },
        { key: 'fromManager', label: '介護支援専門員名', labelEn: 'Care manager', lines: 1 },
        { key: 'fromPhone', label: '電話番号・FAX番号', labelEn: 'Phone and FAX', lines: 1 },
        { key: 'sentOn', label: '送信日', labelEn: 'Sent on', lines: 1 },
      ],
    },
    {
      title: '連絡の内容',
      fields: [
        { key: 'patient', label: '利用者（事前に取り決めた識別方法で記入）', labelEn: 'Patient (as agreed between the offices)', lines: 1 },
        { key: 'purpose', label: '目的　□情報提供　□相談・質問　□返信希望', labelEn: 'Purpose: information / question / reply requested', lines: 1 },
        { key: 'body', label: '連絡・相談の内容', labelEn: 'Message', lines: 8 },
        { key: 'replyBy', label: '返信の希望日時・方法', labelEn: 'Reply wanted by / how', lines: 1 },
      ],
    },
    {
      title: '医師からの返信',
      fields: [
        { key: 'reply', label: '返信内容', labelEn: 'Reply', lines: 6 },
        { key: 'replyFrom', label: '返信日・医師名', labelEn: 'Reply date and doctor', lines: 1 },
      ],
    },
  ],
};
