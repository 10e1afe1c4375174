/**
 * The closed whitelist of merge fields. A placeholder resolves only from the event, the recipient
 * (関係者名簿 / 出席者 / 資源リスト) and 設定 — never from 相談記録 or the 情報共有シート (D-19):
 * there is no lookup by column name, only this fixed table of names → where each value comes from.
 */

/** Where a field's value lives; drives the finding that names the blank cell. */
export type FieldScope = 'recipient' | 'event' | 'settings' | 'run';

export interface PlaceholderSpec {
  readonly scope: FieldScope;
  /** A blank value stops the notice (finding) instead of leaving a hole in the mail. */
  readonly required: boolean;
  /** Sheet and column header a clerk fixes when the value is blank. */
  readonly sheet: string;
  readonly column: string;
  readonly description: string;
}

const recipient = (column: string, required: boolean, description: string, sheet = '関係者名簿'): PlaceholderSpec => ({ scope: 'recipient', required, sheet, column, description });
const event = (column: string, description: string, required = true): PlaceholderSpec => ({ scope: 'event', required, sheet: '会議・研修記録', column, description });
const settings = (column: string, description: string, required = true): PlaceholderSpec => ({ scope: 'settings', required, sheet: '設定', column, description });

/** Every placeholder a template may use, by name as written inside {{ }}. */
export const PLACEHOLDERS = {
  宛名: recipient('氏名', true, '氏名（組織あての場合は組織名）。同じアドレスにまとめた場合は「山田 太郎 様、佐藤 花子」のように最後の敬称を除いて並べます'),
  敬称: recipient('敬称', true, '様・先生・御中・殿（空欄なら個人は様、組織は御中）'),
  所属: recipient('所属名', false, '所属（資源リストの名称、なければ所属名）。組織あてや空欄の場合はその行ごと省きます'),
  職種: recipient('職種', false, '職種（空欄ならその行ごと省きます）'),
  会議名: event('会議名', '会議・研修の名称'),
  開催日: event('開催日', '和暦と曜日 例: 令和7年5月20日（火）'),
  西暦開催日: event('開催日', '西暦 例: 2025年5月20日（火）'),
  開始時刻: event('開始時刻', '例: 14:00'),
  終了時刻: event('終了時刻', '例: 15:30'),
  会場: event('会場', '会場'),
  議題: event('議題', '議題・研修テーマ（複数行可）'),
  回答期限: event('回答期限', '出欠の回答期限（和暦と曜日）'),
  主催: event('主催・委託先', '主催・委託先', false),
  差出人: settings('市区町村名', '市区町村名と担当課 例: みどり町 福祉課 高齢者支援係'),
  連絡先: settings('電話番号', '設定の差出人署名。空欄なら担当課・担当者・電話・FAX・メールから組み立てます（複数行）'),
  市区町村名: settings('市区町村名', '市区町村名'),
  担当課: settings('担当課', '担当課'),
  担当者名: settings('担当者', '設定の担当者（情報共有シートの「担当者」欄とは無関係）'),
  署名: settings('差出人署名', '設定の差出人署名そのもの（空欄ならその行ごと省きます）', false),
  発信日: { scope: 'run', required: true, sheet: '設定', column: '', description: '通知を作成した日（和暦）' },
} as const satisfies Readonly<Record<string, PlaceholderSpec>>;

export type PlaceholderName = keyof typeof PLACEHOLDERS;

export const PLACEHOLDER_NAMES = Object.keys(PLACEHOLDERS) as PlaceholderName[];

const HAS = Object.prototype.hasOwnProperty;

/** True only for a whitelisted name (own property: 'constructor', '__proto__' … are unknown). */
export function isPlaceholderName(name: string): name is PlaceholderName {
  return HAS.call(PLACEHOLDERS, name);
}

/** Values of every placeholder for one message; '' means blank. */
export type MergeValues = Readonly<Record<PlaceholderName, string>>;
