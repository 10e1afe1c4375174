/** 備品台帳 (D-18): disaster equipment — what, how many, where, who looks after it, when last checked. */
import { defineSheet } from '../spec/types';
import { EQUIPMENT_KINDS } from './registers-vocabulary';

export const equipmentSheet = defineSheet({
  kind: 'table',
  id: 'equipment',
  name: '備品台帳',
  nameEn: 'Disaster equipment',
  aliases: ['災害備品', '備品一覧'],
  version: 1,
  description: '災害時に使う備品（AED・吸引器・発電機・衛星電話など）の数量・保管場所・管理者・点検日',
  idColumn: 'id',
  requirements: ['D-18'],
  columns: [
    { key: 'id', header: '備品ID', label: 'Equipment id', type: 'id', required: true, width: 10, hint: '例: B001（重複不可）' },
    { key: 'kind', header: '品目', label: 'Kind', type: 'enum', values: EQUIPMENT_KINDS, required: true, width: 14, hint: '一覧から選択（AED、吸引器、発電機、衛星電話など）' },
    { key: 'model', header: '品名・型式', label: 'Make and model', type: 'text', width: 20, hint: '例: 〇〇社 ポータブル発電機 1.6kVA' },
    { key: 'quantity', header: '数量', label: 'Quantity', type: 'integer', required: true, min: 0, max: 9999, width: 8, hint: '台数・個数' },
    { key: 'location', header: '保管場所', label: 'Location', type: 'text', required: true, width: 24, hint: '例: 役場本庁舎1階 防災倉庫' },
    { key: 'resourceId', header: '保管先の資源ID', label: 'Held at (resource id)', type: 'ref', ref: { sheet: 'resources' }, width: 12, hint: '資源リストの事業所に置く場合はその資源ID（役場などは空欄）' },
    { key: 'owner', header: '管理者', label: 'Owner', type: 'text', required: true, width: 16, hint: '管理する部署・担当（例: 福祉課、〇〇診療所 事務長）' },
    { key: 'lastVerified', header: '最終確認日', label: 'Last checked', type: 'date', width: 12, hint: '最後に点検した日（12か月を過ぎると注意表示）', aliases: ['最終点検日', '点検日'] },
    { key: 'note', header: '備考', label: 'Note', type: 'text', maxLength: 200, width: 24, hint: '使用期限・消耗品など（患者の情報は書かない）' },
  ],
});
