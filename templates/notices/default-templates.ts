/**
 * The four default notice templates (T01–T04) that hosts write into 通知テンプレート when a town
 * starts. Wording is ours: the polite 公用文 business style of a town office's 通知.
 * `__row` is 0 because the rows do not come from a sheet (findings then carry no cell address).
 */
import type { CellValue } from '../core/cell';
import { noticeTemplatesSheet } from '../sheets/notice-templates';
import type { NoticeTemplateRow } from '../sheets/rows';

const ADDRESS_BLOCK = '{{所属}}\n{{宛名}} {{敬称}}\n';
const CONTACT_BLOCK = '{{連絡先}}';

const T01_BODY = `${ADDRESS_BLOCK}
{{発信日}}
{{差出人}}

{{会議名}}の開催について（通知）

時下ますますご清祥のこととお喜び申し上げます。
平素より{{市区町村名}}の在宅医療・介護連携の推進に格別のご理解とご協力をいただき、誠にありがとうございます。
さて、標記の会議を下記のとおり開催いたします。
ご多用のところ誠に恐れ入りますが、ご出席くださいますようお願い申し上げます。

記

1　日時　{{開催日}} {{開始時刻}}〜{{終了時刻}}
2　会場　{{会場}}
3　議題　{{議題}}
4　出欠　{{回答期限}}までに、下記のお問い合わせ先へご回答ください。

以上

【お問い合わせ先】
${CONTACT_BLOCK}`;

const T02_BODY = `${ADDRESS_BLOCK}
{{発信日}}
{{差出人}}

{{会議名}}のご案内

日頃より{{市区町村名}}の在宅医療・介護連携の取組にご協力いただき、ありがとうございます。
医療と介護に携わる皆さまが顔の見える関係を築き、互いの役割を学び合う機会として、下記のとおり研修を開催します。
職種を問わず、多くの方のご参加をお待ちしております。

記

1　日時　{{開催日}} {{開始時刻}}〜{{終了時刻}}
2　会場　{{会場}}
3　内容　{{議題}}
4　申込み　{{回答期限}}までに、参加の可否を下記のお問い合わせ先へお知らせください。

以上

【お問い合わせ・お申込み先】
${CONTACT_BLOCK}`;

const T03_BODY = `${ADDRESS_BLOCK}
{{差出人}}です。
先日ご案内いたしました{{会議名}}につきまして、開催日が近づいてまいりましたので、あらためてお知らせいたします。

・日時　{{開催日}} {{開始時刻}}〜{{終了時刻}}
・会場　{{会場}}
・議題　{{議題}}

ご欠席など予定に変更が生じた場合は、お手数ですが下記までご連絡ください。
当日お目にかかれますことを楽しみにしております。

【お問い合わせ先】
${CONTACT_BLOCK}`;

const T04_BODY = `${ADDRESS_BLOCK}
{{発信日}}
{{差出人}}

{{会議名}}の日程変更について（お知らせ）

先にご案内いたしました{{会議名}}につきまして、都合により開催日時を下記のとおり変更いたします。
ご予定を調整いただいていたところ、ご迷惑をおかけし誠に申し訳ございません。
お手数ですが、あらためて出欠を{{回答期限}}までにお知らせくださいますようお願い申し上げます。

記

1　変更後の日時　{{開催日}} {{開始時刻}}〜{{終了時刻}}
2　会場　{{会場}}
3　議題　{{議題}}

以上

【お問い合わせ先】
${CONTACT_BLOCK}`;

/**
 * Default templates T01 開催通知, T02 研修案内, T03 リマインド, T04 日程変更.
 * @example DEFAULT_NOTICE_TEMPLATES.find((t) => t.id === 'T01')?.subject // '【開催通知】{{会議名}}（{{開催日}}）'
 */
export const DEFAULT_NOTICE_TEMPLATES: readonly NoticeTemplateRow[] = [
  { __row: 0, id: 'T01', kind: '開催通知', name: '開催通知（標準）', subject: '【開催通知】{{会議名}}（{{開催日}}）', body: T01_BODY },
  { __row: 0, id: 'T02', kind: '研修案内', name: '研修案内（標準）', subject: '【研修のご案内】{{会議名}}（{{開催日}}）', body: T02_BODY },
  { __row: 0, id: 'T03', kind: 'リマインド', name: 'リマインド（開催前のお知らせ）', subject: '【ご確認】{{会議名}}は{{開催日}}に開催します', body: T03_BODY },
  { __row: 0, id: 'T04', kind: '日程変更', name: '日程変更のお知らせ', subject: '【日程変更】{{会議名}}の開催日時を変更します', body: T04_BODY },
];

/**
 * The defaults as a grid (header row + one row per template, spec column order) that a host
 * writes into a new 通知テンプレート sheet in one call. Cells are plain text; none starts with = + - @.
 */
export function defaultTemplateGrid(): CellValue[][] {
  const keys = noticeTemplatesSheet.columns.map((c) => c.key);
  return [
    noticeTemplatesSheet.columns.map((c) => c.header),
    ...DEFAULT_NOTICE_TEMPLATES.map((t) => keys.map((k) => t[k])),
  ];
}
