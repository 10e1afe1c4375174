/** 課題・対応策: issues found at meetings, typed and prioritised, with countermeasures (D-04, D-05). */
import { defineSheet } from '../spec/types';
import { IMPORTANCE, ISSUE_STATUSES, ISSUE_TYPES, SCENES_WITH_COMMON } from './vocabulary';

export const issuesSheet = defineSheet({
  kind: 'table',
  id: 'issues',
  name: '課題・対応策',
  nameEn: 'Issue register',
  aliases: ['課題一覧', '課題管理'],
  version: 1,
  description: '会議で抽出した課題の類型・重要度・優先順位と対応策の進捗',
  idColumn: 'id',
  requirements: ['D-04', 'D-05', 'D-16'],
  columns: [
    { key: 'id', header: '課題ID', label: 'Issue id', type: 'id', required: true, width: 10, hint: '例: K001（重複不可）' },
    { key: 'eventId', header: '把握した会議ID', label: 'Found at event', type: 'ref', ref: { sheet: 'events' }, width: 12, hint: '課題を抽出した会議の会議ID' },
    { key: 'scene', header: '場面', label: 'Scene', type: 'enum', values: SCENES_WITH_COMMON, width: 14, hint: '4つの場面または共通' },
    { key: 'issueType', header: '課題の類型', label: 'Issue type', type: 'enum', values: ISSUE_TYPES, width: 12, hint: '課題を類型化して集計します' },
    { key: 'title', header: '課題', label: 'Issue', type: 'text', required: true, width: 32, maxLength: 1000, hint: '課題の内容（個人が特定できる内容は書かない）' },
    { key: 'importance', header: '重要度', label: 'Importance', type: 'enum', values: IMPORTANCE, width: 8, hint: '高／中／低' },
    { key: 'priority', header: '優先順位', label: 'Priority', type: 'integer', min: 1, max: 99, width: 8, hint: '1が最優先' },
    { key: 'countermeasure', header: '対応策', label: 'Countermeasure', type: 'text', width: 32, maxLength: 2000, hint: '検討した対応策' },
    { key: 'owner', header: '担当', label: 'Owner', type: 'text', width: 14, hint: '担当者・担当部会' },
    { key: 'dueDate', header: '期限', label: 'Due date', type: 'date', width: 12, hint: '対応の期限' },
    { key: 'status', header: '状況', label: 'Status', type: 'enum', values: ISSUE_STATUSES, required: true, width: 8, hint: '未着手／対応中／解決／保留' },
    { key: 'resolvedDate', header: '解決日', label: 'Resolved on', type: 'date', width: 12, hint: '解決した日' },
  ],
});
