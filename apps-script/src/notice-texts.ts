/**
 * Texts only the Sheets host needs (sending runs, the resume trigger, the lock); everything both hosts
 * say lives in templates/host/texts.ts. Japanese first, English second, {name} placeholders.
 */
import type { UiLang } from '../../templates/host/texts';

const TEXTS = {
  busy: { ja: '別の送信がこのスプレッドシートで実行中です。終わってから、もう一度押してください。', en: 'Another send is running in this spreadsheet. Try again when it has finished.' },
  failed: { ja: '{count} 件は送れませんでした（「出席者」の通知状況が「エラー」の行）。宛先を直して、もう一度「送信」を押してください。', en: '{count} could not be sent (rows marked エラー in 出席者). Fix the addresses and press Send again.' },
  resumeScheduled: { ja: '{at} ごろに続きを自動で送ります（このスプレッドシートを閉じても実行されます）。', en: 'The rest will be sent automatically around {at}, even if this spreadsheet is closed.' },
  resumeCancelled: { ja: '自動送信の予約を取り消しました。', en: 'The scheduled send was cancelled.' },
  resumeUnavailable: { ja: 'この環境では自動送信を予約できません。明日以降にもう一度「送信」を押してください。', en: 'Scheduling is not available here. Press Send again tomorrow.' },
  nothingToSend: { ja: '送るメールはありません。', en: 'There is no e-mail to send.' },
  paperRecorded: { ja: 'FAX・郵送 {count} 件は「通知_印刷」シートを印刷して送ってください。', en: 'Print the 通知_印刷 sheet for the {count} FAX/post notices.' },
  drafted: { ja: '下書きを {count} 件作成しました（Gmail の下書きフォルダ）。', en: 'Created {count} drafts in Gmail.' },
  draftsUnavailable: { ja: 'この版では下書きを作成できません（メール送信のみ）。', en: 'This version cannot create drafts (sending only).' },
  preview: { ja: 'プレビュー', en: 'Preview' },
  previewCount: { ja: 'メール {mail} 件、FAX・郵送 {paper} 件（「通知」シートに一覧があります）', en: '{mail} e-mails, {paper} FAX/post (listed on the 通知 sheet)' },
  send: { ja: '送信', en: 'Send' },
  draft: { ja: '下書き作成', en: 'Create drafts' },
  stop: { ja: '止める', en: 'Stop' },
  stopped: { ja: '送信を止めました。もう一度「送信」を押すと続きから送ります。', en: 'Sending stopped. Press Send to continue where it stopped.' },
  progress: { ja: '送信済み {sent} 件 ／ 残り {left} 件 ／ 確認が必要 {doubt} 件', en: 'Sent {sent} / left {left} / in doubt {doubt}' },
  confirmSend: { ja: '{count} 件のメールを送信します。よろしいですか？', en: 'Send {count} e-mails now?' },
  scheduleResume: { ja: '明日、続きを自動で送る', en: 'Send the rest automatically tomorrow' },
  cancelResume: { ja: '自動送信の予約を取り消す', en: 'Cancel the scheduled send' },
  lastRun: { ja: '前回の送信（{at}）', en: 'Last send ({at})' },
  working: { ja: '処理中です…', en: 'Working…' },
  missingSheet: { ja: '「出席者」シートが見つかりません。先に「テンプレート挿入・更新」を実行してください。', en: 'The 出席者 sheet is missing. Run “Insert / update template” first.' },
} as const;

export type NoticeTextKey = keyof typeof TEXTS;

export function noticeText(key: NoticeTextKey, lang: UiLang, params: Readonly<Record<string, string | number>> = {}): string {
  const template: string = TEXTS[key][lang];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export const NOTICE_TEXT_KEYS = Object.keys(TEXTS) as NoticeTextKey[];
