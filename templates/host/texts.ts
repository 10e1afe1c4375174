/**
 * Every text the task pane and the sidebar show, Japanese first and English second, in one place so
 * the Excel and Sheets hosts say the same thing. Errors say what happened and what to do next,
 * never a stack trace. {name} placeholders are filled by `uiText`.
 */
export type UiLang = 'ja' | 'en';

const TEXTS = {
  'app.title': { ja: '在宅連携キット', en: 'Zaitaku Renkei Kit' },
  'app.tagline': { ja: '在宅医療・介護連携推進事業の記録を標準様式で', en: 'Standard records for home-care coordination' },
  'app.outsideHost': {
    ja: 'このページは Excel の外で開かれています。Excel の［ホーム］→［アドイン］から「在宅連携キット」を開いてください。',
    en: 'This page is open outside Excel. Open “Zaitaku Renkei Kit” from Home → Add-ins in Excel.',
  },
  'app.needsNewerExcel': {
    ja: 'この Excel では使えない機能があります（{feature}）。Microsoft 365 の Excel を最新にしてください。',
    en: 'This Excel lacks a feature the kit needs ({feature}). Please update Excel (Microsoft 365).',
  },
  'app.privacy': { ja: 'データはこのブックの中だけで処理され、外部へは送信されません。', en: 'Your data is processed inside this workbook only and is never sent anywhere.' },

  'cmd.insert': { ja: 'テンプレート挿入・更新', en: 'Insert / update template' },
  'cmd.insert.help': { ja: '標準様式のシートを追加します。古い様式のブックは、入力済みの値を動かさずに最新の様式にします。', en: 'Adds the standard sheets; upgrades an older layout in place without moving any value.' },
  'cmd.validate': { ja: '検証', en: 'Validate' },
  'cmd.validate.help': { ja: '入力内容を確認し、「検証結果」シートに一覧を作り、該当セルに色を付けます。値は変更しません。', en: 'Checks every cell, lists findings on a 検証結果 sheet and highlights the cells. No value is changed.' },
  'cmd.indicators': { ja: '指標', en: 'Indicators' },
  'cmd.indicators.help': { ja: '指標シートとグラフを作り直し、今年度の指標を計算します。', en: 'Rebuilds the 指標 sheet and charts and computes this fiscal year’s indicators.' },
  'cmd.notices': { ja: '通知', en: 'Notices' },
  'cmd.notices.help': { ja: '会議を選び、案内文を確認して「通知」シートを作ります。FAX・郵送分は印刷用シートに出します。', en: 'Pick a meeting, preview the notices and write the 通知 sheet; FAX/post pages go to a printable sheet.' },
  'cmd.resident': { ja: '住民向け一覧', en: 'Resident list' },
  'cmd.resident.help': { ja: '住民への公開に同意のある資源だけを、公開項目だけで一覧にします。', en: 'Lists consented public resources with public fields only.' },

  'step.read': { ja: 'ブックを読み込んでいます…', en: 'Reading the workbook…' },
  'step.plan': { ja: '内容を確認しています…', en: 'Checking the contents…' },
  'step.write': { ja: 'シートに書き込んでいます…', en: 'Writing to the sheets…' },
  'step.send': { ja: '送信しています…（{done}/{total}）', en: 'Sending… ({done}/{total})' },
  'step.done': { ja: '完了しました。', en: 'Done.' },

  'insert.blank': { ja: '標準様式のシートを {sheets} 枚作成しました。', en: 'Created {sheets} standard sheets.' },
  'insert.upgrade': {
    ja: '様式を更新しました（シート名の変更 {renames} 件、列の追加 {appended} 件、シートの追加 {added} 枚）。入力済みの値は動かしていません。',
    en: 'Updated the layout ({renames} tab renames, {appended} columns added, {added} sheets added). No value was moved.',
  },
  'validate.summary': { ja: 'エラー {errors} 件、警告 {warnings} 件。「検証結果」シートを見てください。', en: '{errors} errors, {warnings} warnings. See the 検証結果 sheet.' },
  'validate.clean': { ja: '問題は見つかりませんでした。', en: 'No problems found.' },
  'indicators.summary': { ja: '{year}の指標 {count} 件を計算しました（目標達成 {met} 件）。', en: 'Computed {count} indicators for {year} ({met} targets met).' },
  'indicators.noYear': { ja: '「設定」シートの対象年度が空です。年度を入力してから、もう一度「指標」を押してください。', en: 'The fiscal year in 設定 is blank. Enter it and press Indicators again.' },
  'notices.pickEvent': { ja: '会議を選んでください', en: 'Choose a meeting' },
  'notices.noEvents': { ja: '「会議・研修記録」に会議がありません。会議を入力してから開いてください。', en: 'No meetings in 会議・研修記録 yet.' },
  'notices.summary': { ja: '{total} 件の通知を作成しました（メール {mail}、FAX {fax}、郵送 {post}）。', en: 'Prepared {total} notices (e-mail {mail}, FAX {fax}, post {post}).' },
  'notices.skipped': { ja: '送信済み・作成済みの {count} 名は除きました。', en: 'Skipped {count} recipients already done.' },
  'notices.problems': { ja: '{count} 件は作成できませんでした（「検証結果」ではなく、下の一覧を見てください）。', en: '{count} notices could not be made (see the list below).' },
  'notices.missingLog': { ja: '「出席者」シートに送信記録の列（{columns}）がありません。先に「テンプレート挿入・更新」を実行してください。', en: 'The 出席者 sheet lacks the send-log columns ({columns}). Run “Insert / update template” first.' },
  'notices.copy': { ja: 'コピー', en: 'Copy' },
  'notices.copied': { ja: 'クリップボードにコピーしました。', en: 'Copied to the clipboard.' },
  'notices.download': { ja: '.eml をまとめてダウンロード', en: 'Download the .eml files' },
  'notices.downloadUnsupported': {
    ja: 'この環境ではファイルを保存できません。「通知」シートの件名・本文をコピーしてメールソフトに貼り付けてください。',
    en: 'This platform cannot save files. Copy subject and body from the 通知 sheet into your mail program.',
  },
  'notices.sent': { ja: '送信 {sent} 件、残り {left} 件、確認が必要 {doubt} 件。', en: 'Sent {sent}, left {left}, in doubt {doubt}.' },
  'notices.quotaStop': { ja: '本日の送信上限に近づいたため止めました。明日以降にもう一度「送信」を押すと続きから送ります。', en: 'Stopped near today’s sending quota. Press Send again tomorrow to continue.' },
  'notices.timeStop': { ja: '実行時間の上限に近づいたため止めました。もう一度「送信」を押すと続きから送ります。', en: 'Stopped near the execution time limit. Press Send again to continue.' },
  'notices.inDoubt': {
    ja: '{count} 名は送信できたか確認できません（途中で止まったため）。受信を確認してから、必要なら「通知状況」を空にして再実行してください。',
    en: '{count} recipients are in doubt (the run stopped mid-send). Check with them; clear 通知状況 to resend.',
  },
  'resident.summary': { ja: '住民向け一覧に {count} 件を載せました（同意のある公開資源のみ）。', en: 'Listed {count} consented public resources.' },

  'error.generic': { ja: '処理を完了できませんでした。ブックを保存してから、もう一度お試しください。続く場合は、IT 担当者に「{code}」とお伝えください。', en: 'The command could not finish. Save the workbook and try again; if it persists tell IT “{code}”.' },
  'error.busy': { ja: 'セルの編集中は実行できません。Enter キーで入力を確定してから、もう一度押してください。', en: 'Finish editing the cell (press Enter), then try again.' },
  'error.protected': { ja: '保護されたシートがあるため書き込めません。「校閲」→「シート保護の解除」をしてから、もう一度押してください。', en: 'A protected sheet blocks the write. Unprotect it (Review → Unprotect Sheet) and try again.' },
  'error.tooLarge': { ja: 'データが大きすぎて一度に書き込めませんでした。ブックを保存して、もう一度お試しください。', en: 'The data was too large to write at once. Save the workbook and try again.' },
} as const;

export type UiTextKey = keyof typeof TEXTS;
export type UiParams = Readonly<Record<string, string | number>>;

/**
 * A UI text in the user's language with {name} placeholders filled.
 * @example uiText('validate.summary', 'ja', { errors: 2, warnings: 5 }) // 'エラー 2 件、警告 5 件。「検証結果」シートを見てください。'
 */
export function uiText(key: UiTextKey, lang: UiLang, params: UiParams = {}): string {
  const template: string = TEXTS[key][lang];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** Every key (tests check both languages are filled). */
export const UI_TEXT_KEYS = Object.keys(TEXTS) as UiTextKey[];

/**
 * The UI language for an Office/Google display language tag: Japanese unless the tag is another language.
 * @example uiLangFor('en-US') // 'en'
 * @example uiLangFor(undefined) // 'ja'
 */
export function uiLangFor(tag: string | null | undefined): UiLang {
  if (!tag) return 'ja';
  return tag.toLowerCase().startsWith('ja') ? 'ja' : 'en';
}
