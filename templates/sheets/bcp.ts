/**
 * BCP・訓練 (D-18, seed 002): business-continuity plan status and the last drill of each resource.
 * A register keyed by 資源ID rather than new columns on 資源リスト: the resource list keeps its
 * layout (older workbooks and exports stay as they are) and only resources that were asked appear.
 */
import { defineSheet } from '../spec/types';
import { BCP_STATUSES } from './registers-vocabulary';

export const bcpSheet = defineSheet({
  kind: 'table',
  id: 'bcp',
  name: 'BCP・訓練',
  nameEn: 'Business continuity',
  aliases: ['BCP', 'BCP策定状況'],
  version: 1,
  description: '事業所ごとの業務継続計画（BCP）の策定状況と直近の訓練日（資源IDで資源リストとつなぐ）',
  // The key is a 資源ID: type id gives uniqueness (one row per resource); registers-cross.ts checks it exists.
  idColumn: 'resourceId',
  requirements: ['D-18'],
  columns: [
    { key: 'resourceId', header: '資源ID', label: 'Resource id', type: 'id', required: true, width: 10, hint: '資源リストの資源ID（1事業所1行）' },
    { key: 'status', header: 'BCP策定状況', label: 'BCP status', type: 'enum', values: BCP_STATUSES, required: true, width: 12, hint: '策定済／策定中／未策定' },
    { key: 'planDate', header: '策定日', label: 'Plan date', type: 'date', width: 12, hint: 'BCPを策定（改定）した日' },
    { key: 'lastDrill', header: '直近の訓練日', label: 'Last drill', type: 'date', width: 12, hint: 'BCPに基づく訓練を最後に行った日' },
    { key: 'lastVerified', header: '最終確認日', label: 'Last verified', type: 'date', width: 12, hint: 'この行を最後に確認した日（12か月を過ぎると注意表示）' },
    { key: 'note', header: '備考', label: 'Note', type: 'text', maxLength: 200, width: 24, hint: '自由記述（患者の情報は書かない）' },
  ],
});
