/**
 * 主治医・副主治医 (D-05, D-19; seed 000 (ウ) 表2 例1): pairs of institutions that cover for each other.
 * Institutions and counts only — never a patient's name.
 */
import { defineSheet } from '../spec/types';
import { COVER_DAYS, SCHEME_STATUSES } from './registers-vocabulary';

export const coverPairsSheet = defineSheet({
  kind: 'table',
  id: 'coverPairs',
  name: '主治医副主治医',
  nameEn: 'Doctor cover pairs',
  aliases: ['主治医・副主治医', '主治医・副主治医制'],
  version: 1,
  description: '主治医・副主治医制の組（医療機関どうし）、対応できる曜日・時間、開始日、状況、対象患者数（人数のみ）',
  idColumn: 'id',
  requirements: ['D-05', 'D-19'],
  columns: [
    { key: 'id', header: '組ID', label: 'Pair id', type: 'id', required: true, width: 10, hint: '例: F001（重複不可）' },
    { key: 'primaryId', header: '主治医の医療機関', label: 'Primary institution', type: 'ref', ref: { sheet: 'resources' }, required: true, width: 12, hint: '資源リストの資源ID' },
    { key: 'secondaryId', header: '副主治医の医療機関', label: 'Secondary institution', type: 'ref', ref: { sheet: 'resources' }, required: true, width: 12, hint: '資源リストの資源ID（主治医と別の医療機関）' },
    { key: 'days', header: '対応曜日', label: 'Days covered', type: 'multiEnum', values: COVER_DAYS, width: 14, hint: '副主治医が対応できる曜日 例: 土、日、祝' },
    { key: 'hours', header: '対応時間帯', label: 'Hours covered', type: 'text', width: 16, hint: '例: 18:00-翌8:00' },
    { key: 'startDate', header: '開始日', label: 'Start date', type: 'date', width: 12, hint: '組で運用を始めた日' },
    { key: 'status', header: '状況', label: 'Status', type: 'enum', values: SCHEME_STATUSES, required: true, width: 10, hint: '運用中／調整中／休止／終了' },
    { key: 'patients', header: '対象患者数', label: 'Patients', type: 'integer', min: 0, max: 99999, width: 10, hint: '人数のみ（氏名は書かない）' },
    { key: 'lastVerified', header: '最終確認日', label: 'Last verified', type: 'date', width: 12, hint: '内容を最後に確認した日（12か月を過ぎると注意表示）' },
    { key: 'note', header: '備考', label: 'Note', type: 'text', maxLength: 200, width: 20, personal: true, hint: '自由記述（患者の氏名・連絡先は書かない。書くと注意が出ます）' },
  ],
});
