/**
 * 出席者: invitations and attendance per event, plus the notice send log (D-09, D-17, D-22).
 * 職種 is a profession and 所属 the workplace: a roster entry brings both from 関係者名簿 (職種,
 * 所属ID/所属名); a guest not on the roster gets them typed here, so no further column is needed.
 */
import { defineSheet } from '../spec/types';
import { CHANNELS, NOTICE_STATUSES, PROFESSION_ALIASES, PROFESSIONS } from './vocabulary';

export const attendeesSheet = defineSheet({
  kind: 'table',
  id: 'attendees',
  name: '出席者',
  nameEn: 'Invitees and attendance',
  aliases: ['出席者一覧', '参加者'],
  version: 2,
  description: '会議ごとの招待・出席と、通知の送信記録',
  idColumn: 'id',
  requirements: ['D-09', 'D-17', 'D-22'],
  columns: [
    { key: 'id', header: '出席者ID', label: 'Row id', type: 'id', required: true, width: 10, hint: '例: A0001（重複不可・送信記録の照合に使います）' },
    { key: 'eventId', header: '会議ID', label: 'Event id', type: 'ref', ref: { sheet: 'events' }, required: true, width: 10, hint: '会議・研修記録の会議ID' },
    { key: 'contactId', header: '関係者ID', label: 'Contact id', type: 'ref', ref: { sheet: 'contacts' }, width: 10, hint: '関係者名簿のID（名簿にない人は空欄にして氏名・所属・職種を入力）' },
    { key: 'name', header: '氏名', label: 'Name', type: 'text', width: 14, hint: '名簿にない場合のみ' },
    { key: 'organisation', header: '所属', label: 'Organisation', type: 'text', width: 20, hint: '名簿にない場合のみ' },
    { key: 'profession', header: '職種', label: 'Profession', type: 'enum', values: PROFESSIONS, valueAliases: PROFESSION_ALIASES, width: 14, hint: '名簿にない場合のみ（資格・職種。勤務先は所属へ）' },
    { key: 'invited', header: '招待', label: 'Invited', type: 'boolean', width: 6, hint: '案内を出す（○/×）' },
    { key: 'attended', header: '出席', label: 'Attended', type: 'boolean', width: 6, hint: '当日出席した（○/×）' },
    { key: 'channel', header: '通知方法', label: 'Channel', type: 'enum', values: CHANNELS, width: 10, hint: '空欄なら自動（メール→FAX→郵送）' },
    { key: 'noticeStatus', header: '通知状況', label: 'Notice status', type: 'enum', values: NOTICE_STATUSES, width: 10, hint: '通知作成時に自動で記入されます' },
    { key: 'noticeAt', header: '通知日時', label: 'Notice time', type: 'text', width: 17, hint: '自動記入（例: 2025-05-01 10:00）' },
    { key: 'messageId', header: 'メッセージID', label: 'Message id', type: 'text', width: 24, hint: '自動記入（再送防止の照合用）' },
  ],
});
