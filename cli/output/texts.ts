/**
 * Every text the command-line tool prints itself (not finding messages, which live in
 * templates/core/messages): Japanese first, English second, {name} placeholders.
 */
import { formatMessage, type MessageParams } from '../../templates/core/messages';

export type Lang = 'ja' | 'en';

export const CLI_TEXTS = {
  'usage.main': {
    ja: [
      '使い方: zaitaku <コマンド> [オプション]',
      '',
      'コマンド:',
      '  validate <ブック.xlsx> [--json] [--today YYYY-MM-DD]      入力内容を検査します',
      '  indicators <ブック.xlsx> [--json|--csv] [--year 2025]     指標を計算します',
      '  notices <ブック.xlsx> --event <ID> --out <フォルダ> [--template T01] [--record] [--force] [--now ISO]',
      '                                                          開催通知（メール・FAX/郵送用）を作成します',
      '  export-public <ブック.xlsx> --out <ファイル.csv>           住民向けの資源一覧を書き出します',
      '  report <ブック.xlsx> --out <報告書.docx> [--year 2025] [--previous <前年度.xlsx>]',
      '                                                          実績報告書（Word）を作成します',
      '  lists <ブック.xlsx> --out <フォルダ>                        関係者向けの一覧（xlsx・CSV）とFAX連絡票を作成します',
      '  aggregate <フォルダ> [--out ファイル.csv|ファイル.xlsx]      複数の町のブックを比較します',
      '  import <ブック.xlsx> <ファイル…> [--out 新しいブック.xlsx] [--apply] [--date YYYY-MM-DD]',
      '                                                          公表データとの違いを「取込差分」シートに出します（--apply で反映）',
      '  export-opendata <ブック.xlsx> --out <フォルダ>              公開資源を自治体標準オープンデータセットと GeoJSON で書き出します',
      '  upgrade <ブック.xlsx> --out <新しいブック.xlsx>             旧様式のブックを最新の様式に移します',
      '  fix <ブック.xlsx> --out <新しいブック.xlsx>                 表記をそろえます（〇→○、文字の日付→日付 など。修正履歴シートに記録）',
      '  build-templates --out <フォルダ>                           標準様式とサンプル町のブックを作ります',
      '  demo --out <フォルダ>                                      一通りの処理をサンプルで実演します',
      '',
      '共通オプション: --lang ja|en（表示言語）, --help',
      '終了コード: 0 正常 / 1 検査でエラーあり / 2 使い方・入出力の誤り',
    ].join('\n'),
    en: [
      'Usage: zaitaku <command> [options]',
      '',
      'Commands:',
      '  validate <book.xlsx> [--json] [--today YYYY-MM-DD]       check the workbook',
      '  indicators <book.xlsx> [--json|--csv] [--year 2025]      compute the indicators',
      '  notices <book.xlsx> --event <id> --out <dir> [--template T01] [--record] [--force] [--now ISO]',
      '                                                         write meeting notices (e-mail, FAX/post)',
      '  export-public <book.xlsx> --out <file.csv>               write the resident-facing resource list',
      '  report <book.xlsx> --out <report.docx> [--year 2025] [--previous <last-year.xlsx>]',
      '                                                         draft the annual report (Word)',
      '  lists <book.xlsx> --out <dir>                            write the lists for professionals (xlsx, CSV) and the FAX form',
      '  aggregate <folder> [--out file.csv|file.xlsx]            compare several towns\' workbooks',
      '  import <book.xlsx> <files…> [--out new.xlsx] [--apply] [--date YYYY-MM-DD]',
      '                                                         list differences from national open data on 取込差分 (--apply writes them)',
      '  export-opendata <book.xlsx> --out <dir>                  publish consented entries as standard open-data CSVs and GeoJSON',
      '  upgrade <book.xlsx> --out <new.xlsx>                     move an older workbook to the current layout',
      '  fix <book.xlsx> --out <new.xlsx>                         canonicalize typed variants (〇→○, text dates→dates; logged on 修正履歴)',
      '  build-templates --out <dir>                              write the blank and sample-town workbooks',
      '  demo --out <dir>                                         run everything on generated sample towns',
      '',
      'Common options: --lang ja|en, --help',
      'Exit codes: 0 ok / 1 validation errors / 2 usage or I/O error',
    ].join('\n'),
  },
  'error.prefix': { ja: 'エラー: {message}', en: 'Error: {message}' },
  'error.unknownCommand': { ja: '不明なコマンドです: {command}', en: 'Unknown command: {command}' },
  'error.noCommand': { ja: 'コマンドを指定してください。', en: 'Give a command.' },
  'error.unknownOption': { ja: '不明なオプションです: {option}', en: 'Unknown option: {option}' },
  'error.optionNeedsValue': { ja: 'オプション {option} には値が必要です。', en: 'Option {option} needs a value.' },
  'error.missingArgument': { ja: '{what}を指定してください。', en: 'Missing {what}.' },
  'error.tooManyArguments': { ja: '余分な引数があります: {args}', en: 'Unexpected arguments: {args}' },
  'error.badLang': { ja: '--lang は ja か en です: {value}', en: '--lang must be ja or en: {value}' },
  'error.badDate': { ja: '{option} は YYYY-MM-DD 形式で指定してください: {value}', en: '{option} must be YYYY-MM-DD: {value}' },
  'error.badYear': { ja: '--year は西暦4桁で指定してください: {value}', en: '--year must be a 4-digit year: {value}' },
  'error.badNow': { ja: '--now は ISO 形式の日時で指定してください: {value}', en: '--now must be an ISO date-time: {value}' },
  'error.exclusive': { ja: '{a} と {b} は同時に指定できません。', en: '{a} and {b} cannot be used together.' },
  'error.fileNotFound': { ja: 'ファイルが見つかりません: {path}', en: 'File not found: {path}' },
  'error.folderNotFound': { ja: 'フォルダが見つかりません: {path}', en: 'Folder not found: {path}' },
  'error.notWorkbook': {
    ja: '「{file}」は Excel ブック（.xlsx）として読めません（ファイルが壊れているか、別の形式です）。',
    en: '"{file}" cannot be read as an Excel workbook (.xlsx): it is damaged or in another format.',
  },
  'error.foreignWorkbook': {
    ja: '「{file}」は在宅連携キットのブックではありません（「設定」「資源リスト」シートがありません）。',
    en: '"{file}" is not a kit workbook (it has no 設定 / 資源リスト sheets).',
  },
  'error.writeFailed': { ja: '書き込めませんでした: {path}（{reason}）', en: 'Could not write {path} ({reason})' },
  'error.badOutExtension': { ja: '--out は .csv か .xlsx のファイル名にしてください: {path}', en: '--out must end in .csv or .xlsx: {path}' },
  'error.eventNotFound': { ja: '会議ID「{event}」が「会議・研修記録」にありません。', en: 'Event id "{event}" is not in 会議・研修記録.' },
  'error.templateNotFound': { ja: 'テンプレートID「{template}」が「通知テンプレート」にありません。', en: 'Template id "{template}" is not in 通知テンプレート.' },
  'error.noSettings': { ja: '「設定」シートが読めないため処理できません。先に validate で確認してください。', en: 'The 設定 sheet could not be read; run validate first.' },
  'error.notEmptyOut': {
    ja: '出力先 {path} には既にファイルがあります。上書きするには --force を付けてください。',
    en: 'The output folder {path} already has files; add --force to overwrite.',
  },

  'validate.header': { ja: 'シート,行,列,セル,重要度,内容', en: 'Sheet,Row,Column,Cell,Severity,Message' },
  'validate.summary': {
    ja: '{file}: エラー {errors} 件、注意 {warnings} 件',
    en: '{file}: {errors} error(s), {warnings} warning(s)',
  },
  'validate.clean': { ja: '{file}: 問題は見つかりませんでした。', en: '{file}: no problems found.' },
  'severity.error': { ja: 'エラー', en: 'error' },
  'severity.warning': { ja: '注意', en: 'warning' },
  'redacted': { ja: '（個人情報を含む可能性がある列のため、値の表示を省略しました）', en: '(value not shown: this column may hold personal data)' },

  'indicators.header': { ja: 'ID,指標,種類,場面,値,単位,目標,達成,未整理セル', en: 'Id,Indicator,Kind,Scene,Value,Unit,Target,Met,Unsettled cells' },
  'indicators.findings': {
    ja: '（検査でエラー {errors} 件: 値は指標シートと同じく、読めるセルだけで数えています。「未整理セル」のある指標は validate と fix で確認してください）',
    en: '({errors} validation error(s): values count the readable cells, as the 指標 sheet does; check indicators with unsettled cells using validate and fix)',
  },
  'achieved.yes': { ja: '達成', en: 'met' },
  'achieved.no': { ja: '未達', en: 'not met' },

  'notices.summary': { ja: '会議「{title}」（{event}）の通知: {total} 件', en: 'Notices for "{title}" ({event}): {total}' },
  'notices.channel': { ja: '  {channel}: {count} 件', en: '  {channel}: {count}' },
  'notices.written': { ja: '書き出し先: {path}', en: 'Written to: {path}' },
  'notices.recorded': { ja: '送信記録を {file} の「出席者」シートに書き込みました（{count} 行）。', en: 'Recorded the send log in 出席者 of {file} ({count} rows).' },
  'notices.missingLogColumns': {
    ja: '「出席者」シートに列 {columns} がないため、その値は書き込んでいません（upgrade で列を追加できます）。',
    en: '出席者 lacks the column(s) {columns}; those values were not written (upgrade adds them).',
  },
  'notices.notRecorded': { ja: '送信記録は書き込んでいません（書き込むには --record）。', en: 'Send log not recorded (add --record).' },
  'notices.skipped': { ja: '  送信済みのため除外: {count} 件（再作成するには --force）', en: '  skipped as already sent: {count} (use --force to redo)' },
  'notices.problems': { ja: '  作成できなかった宛先: {count} 件', en: '  recipients without a notice: {count}' },

  'report.summary': { ja: '{title} を {path} に書き出しました（表 {tables} 個）。', en: 'Annual report written to {path} ({tables} tables).' },
  'lists.summary': {
    ja: '関係者向け資源一覧 {resources} 件、ケアマネタイム一覧 {cmt} 件、緊急連絡網 {network} 件とFAX連絡票を {dir} に書き出しました。',
    en: 'Wrote {resources} resources, {cmt} care-manager times, {network} network entries and the FAX form to {dir}.',
  },
  'export.summary': { ja: '住民向け資源一覧: {count} 件（全 {total} 件中）を {path} に書き出しました。', en: 'Resident list: {count} of {total} entries written to {path}.' },

  'import.needFiles': { ja: '取り込むファイル（介護サービス情報公表システムの CSV、厚生局の名簿 .xlsx、ナビイの CSV）を指定してください。', en: 'Give the files to import (介護 CSV, 厚生局 .xlsx, ナビイ CSV).' },
  'import.file': { ja: '  {file}: {source}（{date} 時点、{encoding}）{count} 件', en: '  {file}: {source} (as of {date}, {encoding}) {count} entries' },
  'import.diffWritten': { ja: '「取込差分」シートを {path} に書き込みました（{rows} 行）。「採用」欄を確認してから --apply で反映してください。', en: 'Wrote the 取込差分 sheet to {path} ({rows} rows). Review 採用, then run with --apply.' },
  'import.appliedFrom': { ja: '反映した行: {source}', en: 'Applied rows from: {source}' },
  'import.fromSheet': { ja: '「取込差分」シートの「採用」行', en: 'the 採用 rows of the 取込差分 sheet' },
  'import.newOnly': { ja: '新規の資源のみ（「取込差分」シートがまだないため）', en: 'new entries only (there was no 取込差分 sheet yet)' },
  'import.written': { ja: '書き込み先: {path}', en: 'Written to: {path}' },
  'opendata.summary': {
    ja: 'オープンデータ: 医療機関一覧 {medical} 件、介護サービス事業所一覧 {care} 件、地図（GeoJSON）{points} 件（公開に同意のある {total} 件中）→ {path}',
    en: 'Open data: {medical} medical institutions, {care} care services, {points} map points (of {total} consented public entries) → {path}',
  },

  'aggregate.summary': { ja: '{count} 町のブックを比較しました。', en: 'Compared {count} town workbook(s).' },
  'aggregate.skipped': { ja: '読み飛ばしたファイル: {count} 件', en: 'Skipped files: {count}' },
  'aggregate.skip': { ja: 'スキップ: {reason}', en: 'Skipped: {reason}' },
  'aggregate.noYear': {
    ja: '「{file}」は「設定」シートの対象年度が読めないため比較できません。',
    en: '"{file}" has no readable fiscal year in 設定, so it cannot be compared.',
  },
  'aggregate.written': { ja: '比較表を {path} に書き出しました。', en: 'Comparison written to {path}.' },
  'aggregate.areaWritten': { ja: '圏域別の集計を {path} に書き出しました。', en: 'Totals by home-care area written to {path}.' },
  'aggregate.none': { ja: 'フォルダに .xlsx ファイルがありません: {path}', en: 'No .xlsx files in {path}' },

  'upgrade.summary': { ja: '{from} を最新の様式に移し {to} に保存しました。', en: 'Upgraded {from} and saved it as {to}.' },
  'upgrade.tabRename': { ja: '  シート名の変更: {from} → {to}', en: '  tab renamed: {from} → {to}' },
  'upgrade.headerRename': { ja: '  見出しの変更（{sheet}）: {from} → {to}', en: '  header renamed ({sheet}): {from} → {to}' },
  'upgrade.appended': { ja: '  列の追加（{sheet}）: {header}', en: '  column added ({sheet}): {header}' },
  'upgrade.valueRenamed': { ja: '  旧称の書き換え: {sheet}!{address} 「{from}」→「{to}」（元の値は修正履歴に記録）', en: '  renamed value: {sheet}!{address} "{from}" → "{to}" (old value logged on 修正履歴)' },
  'upgrade.added': { ja: '  シートの追加: {sheet}', en: '  sheet added: {sheet}' },
  'upgrade.regenerated': { ja: '  作り直したシート: {sheet}', en: '  sheet rebuilt: {sheet}' },
  'upgrade.unrecognized': { ja: '  様式にないシート（そのまま残しました）: {sheet}', en: '  sheet not in the standard (kept as is): {sheet}' },
  'fix.change': { ja: '  {sheet}!{cell}（{column}）: {old} → {new}', en: '  {sheet}!{cell} ({column}): {old} → {new}' },
  'fix.summary': {
    ja: '{count} 個のセルの表記をそろえ、{to} に保存しました（元のファイル {from} はそのままです）。変更は「{log}」シートに記録しました。',
    en: 'Canonicalized {count} cell(s) and saved {to} ({from} is unchanged). Each change is logged on the 「{log}」 sheet.',
  },
  'fix.noChange': { ja: 'そろえる表記はありませんでした。{to} は元のファイルと同じ内容です。', en: 'Nothing to canonicalize; {to} is a copy of the original.' },
  'upgrade.noChange': { ja: '  変更はありません（すでに最新の様式です）。', en: '  no changes (already the current layout).' },

  'templates.written': { ja: '様式を書き出しました:', en: 'Templates written:' },

  'demo.title': { ja: '在宅連携キット デモ', en: 'Zaitaku Renkei Kit demo' },
  'demo.templates': { ja: '標準様式: {blank}\nサンプル町: {sample}', en: 'Blank workbook: {blank}\nSample town: {sample}' },
  'demo.town': { ja: '■ {town}（{file}）', en: '■ {town} ({file})' },
  'demo.findings': { ja: '  検査: エラー {errors} 件、注意 {warnings} 件 → {path}', en: '  validation: {errors} error(s), {warnings} warning(s) → {path}' },
  'demo.indicator': { ja: '  {name}: {value}', en: '  {name}: {value}' },
  'demo.notices': { ja: '  通知（{event}）: {channels} → {path}', en: '  notices ({event}): {channels} → {path}' },
  'demo.noticeFindings': { ja: '  通知の確認: エラー {errors} 件、注意 {warnings} 件', en: '  notice checks: {errors} error(s), {warnings} warning(s)' },
  'demo.noticeFinding': { ja: '    - {severity}: {message}', en: '    - {severity}: {message}' },
  'demo.noEvent': { ja: '  通知: 招待者のいる会議がありません', en: '  notices: no event with invitees' },
  'demo.export': { ja: '  住民向け一覧: {count} 件 → {path}', en: '  resident list: {count} entries → {path}' },
  'demo.aggregate': { ja: '町の比較表: {count} 町 → {path}', en: 'Town comparison: {count} towns → {path}' },
  'demo.done': { ja: '完了（{seconds} 秒）。出力: {path}', en: 'Done ({seconds} s). Output: {path}' },
} as const;

export type CliTextKey = keyof typeof CLI_TEXTS;

/**
 * A CLI text in the chosen language with its placeholders filled.
 * @example cliText('ja', 'validate.summary', { file: 'a.xlsx', errors: 1, warnings: 0 })
 */
export function cliText(lang: Lang, key: CliTextKey, params: MessageParams = {}): string {
  return formatMessage(CLI_TEXTS[key][lang], params);
}
