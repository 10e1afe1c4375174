/** 関係者名簿: people who are invited to meetings and trainings, and how to reach them (D-09, D-22). */
import { defineSheet } from '../spec/types';
import { CHANNELS, HONORIFICS, PROFESSION_ALIASES, PROFESSIONS } from './vocabulary';

export const contactsSheet = defineSheet({
  kind: 'table',
  id: 'contacts',
  name: '関係者名簿',
  nameEn: 'Contacts',
  aliases: ['名簿', '連絡先一覧'],
  version: 2,
  description: '会議・研修の案内先となる医療・介護関係者の名簿',
  idColumn: 'id',
  requirements: ['D-09', 'D-21', 'D-22'],
  columns: [
    { key: 'id', header: '関係者ID', label: 'Contact id', type: 'id', required: true, width: 10, hint: '例: P001（重複不可）' },
    { key: 'name', header: '氏名', label: 'Name', type: 'text', required: true, width: 16, hint: '組織あての場合は組織名（敬称は「御中」）' },
    { key: 'kana', header: 'ふりがな', label: 'Reading', type: 'text', width: 16, hint: '並べ替え用（任意）' },
    { key: 'organisationId', header: '所属ID', label: 'Organisation id', type: 'ref', ref: { sheet: 'resources' }, width: 10, hint: '資源リストの資源ID（リストにない所属は空欄にして所属名へ）' },
    { key: 'organisation', header: '所属名', label: 'Organisation', type: 'text', width: 24, hint: '資源リストにない所属（医師会・役場など）', aliases: ['所属'] },
    { key: 'title', header: '役職', label: 'Title', type: 'text', width: 12, hint: '例: 院長、管理者' },
    { key: 'profession', header: '職種', label: 'Profession', type: 'enum', values: PROFESSIONS, valueAliases: PROFESSION_ALIASES, required: true, width: 16, hint: '資格・職種を一覧から選択（勤務先は所属名へ。医療系・介護系の集計に使います）' },
    { key: 'isManager', header: '管理者・行政担当官', label: 'Manager or official', type: 'boolean', width: 10, hint: '施設の管理者または行政担当官（○/×）。年1回以上の会議参加の確認に使います' },
    { key: 'email', header: 'メールアドレス', label: 'E-mail', type: 'email', width: 26, hint: '通知をメールで送る場合', aliases: ['メール'] },
    { key: 'fax', header: 'FAX番号', label: 'FAX', type: 'phone', width: 15, hint: 'メールがない場合はFAXで通知', aliases: ['FAX'] },
    { key: 'phone', header: '電話番号', label: 'Phone', type: 'phone', width: 15, hint: '職場の電話', aliases: ['電話', 'TEL'] },
    { key: 'postalCode', header: '郵便番号', label: 'Postal code', type: 'postal', width: 10, hint: '郵送する場合' },
    { key: 'address', header: '住所', label: 'Address', type: 'text', width: 30, hint: '郵送する場合' },
    { key: 'preferredChannel', header: '希望連絡方法', label: 'Preferred channel', type: 'enum', values: CHANNELS, width: 10, hint: 'メール／FAX／郵送／指定なし' },
    { key: 'honorific', header: '敬称', label: 'Honorific', type: 'enum', values: HONORIFICS, width: 8, hint: '空欄なら個人は「様」、組織は「御中」' },
    { key: 'note', header: '備考', label: 'Note', type: 'text', width: 20, hint: '自由記述' },
  ],
});
