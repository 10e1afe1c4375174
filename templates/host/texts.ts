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
  'app.officeJsBlocked': {
    ja: 'Office の部品（appsforoffice.microsoft.com）を読み込めませんでした。庁内ネットワークでこのドメインへの接続が許可されているか、IT 担当者に確認してください。',
    en: 'Office.js (appsforoffice.microsoft.com) could not be loaded. Ask IT whether the network allows this domain.',
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
    ja: '様式を更新しました（シート名の変更 {renames} 件、列の追加 {appended} 件、シートの追加 {added} 枚、旧称から新しい名称への書き換え {renamedValues} セル）。入力済みの値は動かしていません。書き換えたセルの元の値は「修正履歴」シートにあります。',
    en: 'Updated the layout ({renames} tab renames, {appended} columns added, {added} sheets added, {renamedValues} cells moved from an older name to the current one). No value was moved; the old values are on 修正履歴.',
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

  'cmd.import': { ja: '公表データの取込', en: 'Import open data' },
  'cmd.import.help': { ja: '介護サービス情報公表システム・厚生局名簿・ナビイのファイルを選ぶと、資源リストとの違いを「取込差分」シートに出します。資源リストはまだ変わりません。', en: 'Pick national open-data files; the differences from 資源リスト are listed on a 取込差分 sheet. Nothing is changed yet.' },
  'cmd.applyImport': { ja: '取込差分を反映', en: 'Apply accepted import rows' },
  'cmd.applyImport.help': { ja: '「取込差分」で「採用」にした行だけを資源リストに反映します。行は削除しません。', en: 'Writes only the rows marked 採用 on 取込差分 into 資源リスト. No row is deleted.' },
  'import.summary': { ja: '取込差分: 新規 {added} 件、変更のある資源 {changed} 件、廃止の可能性 {gone} 件（変更なし {same} 件）。「採用」欄を確認してから反映してください。', en: 'Import diff: {added} new, {changed} changed, {gone} possibly closed ({same} unchanged). Review the 採用 column, then apply.' },
  'import.otherTown': { ja: '{file}: 他の市区町村の {count} 行は取り込みませんでした。', en: '{file}: {count} rows of other municipalities left out.' },
  'import.unknownFile': { ja: '{file} は対応している公表データの形式ではありません（見出し行を確認してください）。', en: '{file} is not a supported open-data file (check its header row).' },
  'import.problems': { ja: '読み取れなかった値が {count} 件あり、その項目は空欄のままにしました（例: {example}）。', en: '{count} values could not be read and were left blank (e.g. {example}).' },
  'import.noTown': { ja: '設定シートの市区町村名または全国地方公共団体コードがないため、取り込む町を決められません。', en: 'The 設定 sheet has no municipality name or code, so the town to import cannot be chosen.' },
  'import.noResources': { ja: '資源リストのシートが見つかりません。先に「テンプレート挿入・更新」を実行してください。', en: 'No 資源リスト sheet. Run “Insert / update template” first.' },
  'import.noDiff': { ja: '「取込差分」シートがありません。先に公表データを取り込んでください。', en: 'There is no 取込差分 sheet. Import open data first.' },
  'import.applied': { ja: '資源リストに反映しました: 追加 {added} 件、書き換えたセル {cells} 個。', en: 'Applied to 資源リスト: {added} entries added, {cells} cells rewritten.' },
  'import.skipped': { ja: '反映できなかった行が {count} 件あります（資源IDや列が見つからない、値が読めない）。', en: '{count} accepted rows could not be applied (unknown id or column, unreadable value).' },
  'pane.commands': { ja: 'コマンド', en: 'Commands' },
  'pane.progress': { ja: '処理中（{at}/{of}）', en: 'Working ({at}/{of})' },
  'pane.result': { ja: '結果', en: 'Result' },
  'pane.support': { ja: '使い方', en: 'Help' },
  'pane.privacyLink': { ja: 'プライバシー', en: 'Privacy' },
  'indicators.col.id': { ja: '指標ID', en: 'ID' },
  'indicators.col.name': { ja: '指標', en: 'Indicator' },
  'indicators.col.value': { ja: '値', en: 'Value' },
  'indicators.col.unit': { ja: '単位', en: 'Unit' },
  'indicators.col.target': { ja: '目標', en: 'Target' },
  'indicators.col.achieved': { ja: '達成', en: 'Met' },
  'notices.eventOption': { ja: '{date} {title}（案内 {invited} 名）', en: '{date} {title} ({invited} invited)' },
  'notices.force': { ja: '作成済み・送信済みの人の分も作り直す', en: 'Also redo recipients already done' },
  'notices.make': { ja: '通知を作成', en: 'Prepare notices' },
  'notices.previewTitle': { ja: '案内文の確認（{count} 通）', en: 'Preview ({count} messages)' },
  'notices.channel': { ja: '送り方', en: 'Channel' },
  'notices.addressee': { ja: '宛名', en: 'Addressee' },
  'notices.destination': { ja: '宛先', en: 'To' },
  'notices.subject': { ja: '件名', en: 'Subject' },
  'notices.body': { ja: '本文', en: 'Body' },
  'notices.copyOne': { ja: '件名と本文をコピー', en: 'Copy subject and body' },
  'notices.copyFailed': { ja: 'コピーできませんでした。本文を選択して Ctrl+C でコピーしてください。', en: 'Could not copy. Select the text and press Ctrl+C.' },
  'notices.downloaded': { ja: '{count} 件の .eml を {file} にまとめました。メールソフトで開いて送信してください。', en: 'Saved {count} .eml drafts as {file}. Open them in your mail program to send.' },
  'notices.noMail': { ja: 'メールで送る通知はありません。FAX・郵送分は「通知_印刷」シートを印刷してください。', en: 'No e-mail notices. Print the 通知_印刷 sheet for FAX and post.' },
  'notices.problemsTitle': { ja: '作成できなかった通知', en: 'Notices not made' },
  'notices.warningsTitle': { ja: '確認してください', en: 'Please check' },
  'notices.noDestination': { ja: '（宛先なし）', en: '(no address)' },
  'notices.write': { ja: '通知シートに書き出す', en: 'Write the 通知 sheet' },
  'notices.previewNote': { ja: 'まだブックには何も書き込んでいません。内容を確認してから「通知シートに書き出す」を押すと、「通知」シートと送信記録に書き込みます。', en: 'Nothing has been written yet. Check the messages, then press “Write the 通知 sheet” to write the 通知 sheet and the send log.' },
  'notices.nothingToWrite': { ja: '書き出す通知はありません。', en: 'There are no notices to write.' },
  'import.pickFiles': { ja: '公表データのファイル（.csv・.xlsx、複数可）', en: 'Open-data files (.csv, .xlsx; several allowed)' },
  'import.xlsxNeedsNewerExcel': { ja: '{file}: .xlsx の読み込みには新しい Excel（ExcelApi 1.13 以降）が必要です。CSV ファイルはこのまま取り込めます（厚生局の名簿は Excel で開いて CSV で保存しても取り込めます）。', en: '{file}: reading .xlsx needs a newer Excel (ExcelApi 1.13). CSV files still work (save the 厚生局 list as CSV in Excel).' },
  'cmd.report': { ja: '実績報告', en: 'Annual report' },
  'cmd.report.help': { ja: '対象年度の実績報告（案）を「実績報告」シートに作ります。Word 形式（.docx）でも保存できます。', en: 'Drafts the annual report for the fiscal year on a sheet; it can also be saved as a Word file.' },
  'cmd.lists': { ja: '関係者向けリスト', en: 'Lists for professionals' },
  'cmd.lists.help': { ja: '関係者向けの資源一覧・ケアマネタイム一覧・緊急連絡網と FAX 連絡票を印刷用のシートに作ります。', en: 'Writes the resource list, care-manager times, emergency network and the FAX form as printable sheets.' },
  'report.download': { ja: 'Word 形式（.docx）で保存', en: 'Save as Word (.docx)' },
  'report.downloaded': { ja: '{file} を保存しました。', en: 'Saved {file}.' },
  'report.downloadUnsupported': { ja: 'この環境ではファイルを保存できません。「実績報告」シートを印刷するか、Windows 版・Web 版の Excel で開いてください。', en: 'Files cannot be saved here. Print the report sheet, or open the workbook in Excel for Windows or the web.' },
  'import.xlsxUnreadable': { ja: '{file} を Excel のブックとして開けませんでした。', en: '{file} could not be opened as an Excel workbook.' },
  'import.pick': { ja: '公表データのファイル（.csv・.xlsx、複数選べます）', en: 'Open-data files (.csv, .xlsx; several allowed)' },
  'import.run': { ja: '取り込んで差分を表示', en: 'Import and list the differences' },
  'import.noFiles': { ja: '取り込むファイルを選んでください。', en: 'Choose the files to import first.' },
  'import.fileRead': { ja: '{file}: {source}（{date} 時点、{encoding}）{count} 件', en: '{file}: {source} (as of {date}, {encoding}) {count} entries' },
  'import.unreadable': { ja: '{file} を読み込めませんでした（壊れているか、Excel ブック・CSV ではありません）。', en: '{file} could not be read (damaged, or not an Excel workbook or CSV).' },

  'cmd.fix': { ja: '表記をそろえる', en: 'Tidy notation' },
  'cmd.fix.help': { ja: '〇や全角数字、文字で入力した日付などを、迷わず直せるものだけ標準の表記に直し、「修正履歴」シートに一覧を残します。', en: 'Rewrites only values with one certain canonical form (〇, full-width digits, dates typed as text …) and lists each change on 修正履歴.' },
  'fix.summary': { ja: '{count} 個のセルの表記をそろえました。「修正履歴」シートに変更前と変更後があります。', en: 'Tidied {count} cells. 修正履歴 lists each change.' },
  'fix.none': { ja: 'そろえる表記はありませんでした。', en: 'Nothing to tidy.' },

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
