/**
 * 急変時診療医療機関 (D-05, D-19; seed 000 (ウ) 表2 例2, seed 003 §6 緊急一時入院ベッド): institutions that
 * see registered home-care patients when their condition changes suddenly — which days and hours,
 * in which order, temporary admission beds, liaison with the fire service — and how many patients
 * are registered (a count, never names).
 */
import { defineSheet } from '../spec/types';
import { COVER_DAYS, SCHEME_STATUSES } from './registers-vocabulary';

const slot = <K extends string>(key: K, header: string, label: string, hint: string) =>
  ({ key, header, label, type: 'boolean', width: 8, group: '対応する時間帯', hint: `${hint}（○/×）` }) as const;

export const emergencyCareSheet = defineSheet({
  kind: 'table',
  id: 'emergencyCare',
  name: '急変時診療医療機関',
  nameEn: 'Emergency care institutions',
  aliases: ['急変時診療', '急変時対応医療機関'],
  version: 1,
  description: '在宅療養中の急変時に診療する医療機関：対応曜日・時間帯、対応順、一時入院病床、消防との連携、登録患者数（人数のみ）',
  idColumn: 'id',
  requirements: ['D-05', 'D-18', 'D-19'],
  columns: [
    { key: 'id', header: '登録ID', label: 'Entry id', type: 'id', required: true, width: 10, hint: '例: K001（重複不可）' },
    { key: 'resourceId', header: '医療機関の資源ID', label: 'Institution', type: 'ref', ref: { sheet: 'resources' }, required: true, width: 12, hint: '資源リストの資源ID（病院・診療所）' },
    { key: 'order', header: '対応順', label: 'Order of response', type: 'integer', min: 1, max: 99, width: 8, hint: '1から順に（当番の順番）' },
    { key: 'days', header: '対応曜日', label: 'Days covered', type: 'multiEnum', values: COVER_DAYS, width: 14, hint: '例: 月、水、金、祝' },
    { key: 'hours', header: '対応時間帯', label: 'Hours covered', type: 'text', width: 16, hint: '例: 18:00-翌8:00' },
    slot('weekdayNight', '平日夜間', 'Weekday nights', '平日の夜間に対応する'),
    slot('holidayDay', '休日日中', 'Holiday daytime', '土日祝の日中に対応する'),
    slot('holidayNight', '休日夜間', 'Holiday nights', '土日祝の夜間に対応する'),
    { key: 'beds', header: '一時入院病床数', label: 'Temporary beds', type: 'integer', min: 0, max: 999, width: 10, hint: '有床診療所・病院が受け入れる緊急一時入院の病床数（なければ0か空欄）' },
    { key: 'fireLiaison', header: '消防と情報共有', label: 'Shared with fire service', type: 'boolean', width: 10, hint: '救急搬送を行う消防と仕組みを共有している（○/×）' },
    { key: 'fireContact', header: '消防の窓口', label: 'Fire-service contact', type: 'text', width: 16, hint: '例: 〇〇消防署 警防課' },
    { key: 'status', header: '状況', label: 'Status', type: 'enum', values: SCHEME_STATUSES, required: true, width: 10, hint: '運用中／調整中／休止／終了' },
    { key: 'startDate', header: '開始日', label: 'Start date', type: 'date', width: 12, hint: '参画を始めた日' },
    { key: 'patients', header: '登録患者数', label: 'Registered patients', type: 'integer', min: 0, max: 99999, width: 10, hint: '急変時の診療を希望して登録した患者の人数（氏名は書かない）' },
    { key: 'lastVerified', header: '最終確認日', label: 'Last verified', type: 'date', width: 12, hint: '内容を最後に確認した日（12か月を過ぎると注意表示）' },
    { key: 'note', header: '備考', label: 'Note', type: 'text', maxLength: 200, width: 20, personal: true, hint: '自由記述（患者の氏名・連絡先は書かない。書くと注意が出ます）' },
  ],
});
