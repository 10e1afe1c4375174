/** 会議・研修記録: one row per meeting, working group, training, resident lecture or inter-town meeting (D-04, D-09…D-11, D-15…D-17). */
import { defineSheet } from '../spec/types';
import { EVENT_TYPE_ALIASES, EVENT_TYPES, MEETING_TOPICS, SCENES } from './vocabulary';

export const eventsSheet = defineSheet({
  kind: 'table',
  id: 'events',
  name: '会議・研修記録',
  nameEn: 'Meetings and trainings',
  aliases: ['会議記録', '研修記録'],
  version: 2,
  description: '会議（イ）、研修（カ）、住民向け講演会（キ）、関係市区町村会議（ク）の開催記録',
  idColumn: 'id',
  requirements: ['D-04', 'D-09', 'D-10', 'D-11', 'D-15', 'D-16', 'D-17'],
  columns: [
    { key: 'id', header: '会議ID', label: 'Event id', type: 'id', required: true, width: 10, hint: '例: E001（重複不可）' },
    { key: 'type', header: '種別', label: 'Type', type: 'enum', values: EVENT_TYPES, valueAliases: EVENT_TYPE_ALIASES, required: true, width: 20, hint: '会議・研修の種別（括弧内は事業項目。地域ケア会議は（イ）の会議として活用するもの）' },
    { key: 'title', header: '会議名', label: 'Title', type: 'text', required: true, width: 30, hint: '例: 第1回 在宅医療・介護連携推進会議', aliases: ['名称', '研修名'] },
    { key: 'date', header: '開催日', label: 'Date', type: 'date', required: true, width: 12, hint: '例: 2025/5/20（対象年度内）', aliases: ['日付', '実施日'] },
    { key: 'startTime', header: '開始時刻', label: 'Start', type: 'time', width: 8, hint: '例: 14:00' },
    { key: 'endTime', header: '終了時刻', label: 'End', type: 'time', width: 8, hint: '例: 15:30（開始より後）' },
    { key: 'venue', header: '会場', label: 'Venue', type: 'text', width: 22, hint: '例: 町保健センター 2階会議室' },
    { key: 'agenda', header: '議題', label: 'Agenda', type: 'text', width: 30, maxLength: 2000, hint: '議題・研修テーマ（通知に載ります）' },
    { key: 'scenes', header: '場面', label: 'Scenes', type: 'multiEnum', values: SCENES, width: 18, hint: '4つの場面から複数選択可（「、」区切り）' },
    { key: 'topics', header: '検討内容', label: 'Topics', type: 'multiEnum', values: MEETING_TOPICS, width: 20, hint: '課題抽出・対応策／学習・事例検討／その他の課題／災害対策（複数可）' },
    { key: 'managersAttended', header: '行政担当官・管理者の参加', label: 'Officials/managers attended', type: 'boolean', width: 10, hint: '行政担当官・施設管理者が参加した（○/×）' },
    { key: 'organizer', header: '主催・委託先', label: 'Organizer', type: 'text', width: 16, hint: '例: 町、郡医師会（委託）' },
    { key: 'responseDeadline', header: '回答期限', label: 'Reply by', type: 'date', width: 12, hint: '出欠の回答期限（開催日より前）' },
    { key: 'minutes', header: '議事概要', label: 'Minutes summary', type: 'text', width: 30, maxLength: 4000, hint: '議事の要点（個人が特定できる内容は書かない）' },
    { key: 'residentCount', header: '住民参加者数', label: 'Resident attendance', type: 'integer', min: 0, max: 100000, width: 10, hint: '住民向け講演会の参加人数' },
    { key: 'surveyDone', header: 'アンケート実施', label: 'Survey done', type: 'boolean', width: 10, hint: '参加者アンケートを実施した（○/×）' },
  ],
});
