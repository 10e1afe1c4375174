/** 通知テンプレート: subject/body templates of meeting notices that clerks edit (D-22). */
import { defineSheet } from '../spec/types';

export const NOTICE_KINDS = ['開催通知', '研修案内', 'リマインド', '日程変更', 'その他'] as const;

export const noticeTemplatesSheet = defineSheet({
  kind: 'table',
  id: 'noticeTemplates',
  name: '通知テンプレート',
  nameEn: 'Notice templates',
  version: 1,
  description: '開催通知などの件名・本文のひな形（{{宛名}} などの差し込み項目を使えます）',
  idColumn: 'id',
  requirements: ['D-22'],
  columns: [
    { key: 'id', header: 'テンプレートID', label: 'Template id', type: 'id', required: true, width: 12, hint: '例: T01' },
    { key: 'kind', header: '種類', label: 'Kind', type: 'enum', values: NOTICE_KINDS, required: true, width: 10, hint: '開催通知／研修案内／リマインド／日程変更／その他' },
    { key: 'name', header: 'テンプレート名', label: 'Name', type: 'text', required: true, width: 20, hint: '一覧で選ぶときの名前' },
    { key: 'subject', header: '件名', label: 'Subject', type: 'text', required: true, width: 40, maxLength: 200, hint: '例: 【開催通知】{{会議名}}（{{開催日}}）' },
    { key: 'body', header: '本文', label: 'Body', type: 'text', required: true, width: 60, maxLength: 10000, hint: '{{宛名}}{{敬称}} などの差し込み項目を使えます' },
  ],
});
