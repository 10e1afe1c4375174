/**
 * 緊急連絡網 (D-18, D-21): who is called in which order when a disaster strikes. Only the order,
 * the role, the 24-hour number and the alternate live here; names, FAX and office numbers come from
 * 関係者名簿 and 資源リスト, so the printed network never disagrees with the roster.
 */
import { defineSheet } from '../spec/types';

export const contactTreeSheet = defineSheet({
  kind: 'table',
  id: 'contactTree',
  name: '緊急連絡網',
  nameEn: 'Emergency contact network',
  aliases: ['連絡網', '災害時連絡網'],
  version: 1,
  description: '災害・緊急時の連絡順（関係者名簿・資源リストを参照し、24時間連絡先と代替の連絡先を持つ）',
  idColumn: 'id',
  requirements: ['D-18', 'D-21'],
  columns: [
    { key: 'id', header: '連絡網ID', label: 'Entry id', type: 'id', required: true, width: 10, hint: '例: N001（重複不可）' },
    { key: 'order', header: '連絡順位', label: 'Order', type: 'integer', required: true, min: 1, max: 999, width: 8, hint: '1から順に（同じ順位は同時に連絡）' },
    { key: 'role', header: '役割', label: 'Role', type: 'text', width: 16, hint: '例: 連絡統括、医師会窓口、訪問看護の取りまとめ' },
    { key: 'contactId', header: '関係者ID', label: 'Contact id', type: 'ref', ref: { sheet: 'contacts' }, width: 10, hint: '関係者名簿の関係者ID（組織あてなら空欄にして資源IDへ）' },
    { key: 'resourceId', header: '資源ID', label: 'Resource id', type: 'ref', ref: { sheet: 'resources' }, width: 10, hint: '資源リストの資源ID（関係者の所属と違う場合・組織あての場合）' },
    { key: 'phone24h', header: '24時間連絡先', label: '24-hour number', type: 'phone', width: 15, hint: '夜間・休日もつながる番号（携帯・当番電話など）' },
    { key: 'alternateId', header: '代替の関係者ID', label: 'Alternate contact id', type: 'ref', ref: { sheet: 'contacts' }, width: 12, hint: 'つながらないときに連絡する関係者の関係者ID' },
    { key: 'lastVerified', header: '最終確認日', label: 'Last verified', type: 'date', width: 12, hint: '番号を最後に確かめた日（12か月を過ぎると注意表示）' },
    { key: 'note', header: '備考', label: 'Note', type: 'text', maxLength: 200, width: 20, hint: '自由記述' },
  ],
});
