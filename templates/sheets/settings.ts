/** 設定: the town's identity and the fiscal year every other sheet is checked against. */
import { defineSheet } from '../spec/types';
import { PUBLIC_HEALTH_NURSE_SIDES, SOCIAL_WORKER_SIDES } from './vocabulary';

export const settingsSheet = defineSheet({
  kind: 'keyValue',
  id: 'settings',
  name: '設定',
  nameEn: 'Settings',
  version: 3,
  description: '市区町村名・担当・対象年度など、通知の差出人と年度チェックに使う基本情報',
  requirements: ['D-12', 'D-20', 'D-22'],
  columns: [
    { key: 'prefecture', header: '都道府県', label: 'Prefecture', type: 'text', width: 12, hint: '例: 長野県' },
    { key: 'townName', header: '市区町村名', label: 'Municipality', type: 'text', required: true, width: 20, hint: '例: みどり町', aliases: ['自治体名', '市町村名'] },
    { key: 'lgCode', header: '全国地方公共団体コード', label: 'Local government code', type: 'lgCode', required: true, width: 12, hint: '6桁（検査数字を含む）例: 131016', aliases: ['団体コード', '自治体コード'] },
    { key: 'department', header: '担当課', label: 'Department', type: 'text', required: true, width: 24, hint: '例: 福祉課 高齢者支援係' },
    { key: 'personInCharge', header: '担当者', label: 'Person in charge', type: 'text', required: true, width: 16, hint: '通知の連絡先に表示されます' },
    { key: 'phone', header: '電話番号', label: 'Phone', type: 'phone', required: true, width: 16, hint: '例: 0123-45-6789', aliases: ['電話', 'TEL'] },
    { key: 'fax', header: 'FAX番号', label: 'FAX', type: 'phone', width: 16, hint: '例: 0123-45-6790', aliases: ['FAX', 'ＦＡＸ番号'] },
    { key: 'email', header: 'メールアドレス', label: 'E-mail', type: 'email', width: 28, hint: '通知メールの差出人アドレス', aliases: ['メール', 'E-mail'] },
    { key: 'fiscalYear', header: '対象年度', label: 'Fiscal year', type: 'fiscalYear', required: true, width: 12, hint: '例: 2025 または 令和7年度（4月〜翌3月）', aliases: ['年度'] },
    { key: 'signature', header: '差出人署名', label: 'Sender signature', type: 'text', width: 40, maxLength: 400, hint: '通知の末尾に入る署名（複数行可）' },
    { key: 'supportCenterName', header: '相談窓口の名称', label: 'Consultation desk name', type: 'text', width: 30, hint: '例: みどり町在宅医療・介護連携支援センター' },
    // Where two professions count in the 医療系・介護系 totals (D-09, D-15); blank = the default (vocabulary.ts PROFESSION_SIDE_SETTINGS).
    { key: 'publicHealthNurseSide', header: '保健師の区分', label: 'Side of public-health nurses', type: 'enum', values: PUBLIC_HEALTH_NURSE_SIDES, width: 10, since: 2, hint: '医療系・介護系の集計で保健師をどちらに数えるか。空欄は「行政」（役場・包括の保健師）。病院・訪問看護の保健師が多い町は「医療系」' },
    { key: 'socialWorkerSide', header: '社会福祉士・MSWの区分', label: 'Side of social workers', type: 'enum', values: SOCIAL_WORKER_SIDES, width: 10, since: 2, hint: '社会福祉士・MSWと精神保健福祉士をどちらに数えるか。空欄は「介護系」（包括・社協・施設）。病院のMSWが多く出席する町は「医療系」' },
    { key: 'homeCareArea', header: '在宅医療の圏域', label: 'Home-care area (8th plan)', type: 'text', width: 20, hint: '都道府県の第8次医療計画で定めた在宅医療の圏域名 例: 北部圏域（県内の町村を圏域ごとに集計するときに使います）', aliases: ['圏域', '在宅医療圏'], since: 3 },
  ],
});
