/// <reference types="google-apps-script" />
/**
 * The one shape of every Sheets command: read every tab once, call the core, apply its operations
 * in batched calls, flush once. Menu handlers (main.ts) and sidebar calls (notices.ts) share it.
 *
 * Menu commands hold the document lock while they read and write, so a command never interleaves
 * with a notice send (which holds the same lock) or with a colleague's command on the same file;
 * a busy file or an unexpected error is told to the clerk in plain Japanese, never as a stack trace.
 */
import type { CommandResult, HostEnv, UiMessage } from '../../templates/host/commands';
import { uiText } from '../../templates/host/texts';
import { applyOps, type SheetsApplier } from './apply-ops';
import { readWorkbook, type WorkbookRead } from './read-workbook';
import { sheetsEnv } from './sheets-env';

export interface OpenWorkbook {
  readonly ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
  readonly read: WorkbookRead;
  readonly env: HostEnv;
}

/** The active spreadsheet, read once, with the Sheets environment. */
export function openWorkbook(): OpenWorkbook {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const read = readWorkbook(ss);
  return { ss, read, env: sheetsEnv(read.sheetIds) };
}

/** Applies a command's operations and flushes once. */
export function applyAndFlush(book: OpenWorkbook, result: CommandResult, after?: (applier: SheetsApplier) => void): SheetsApplier {
  const applier = applyOps(book.ss, book.read.sheets, result.ops);
  after?.(applier);
  SpreadsheetApp.flush();
  return applier;
}

/** What a menu handler or sidebar call hands back (google.script.run passes plain data only). */
export interface CommandReply {
  readonly ok: boolean;
  readonly messages: readonly UiMessage[];
}

/** How long a command waits for a send or another command to finish before saying the file is busy. */
const LOCK_WAIT_MS = 5_000;
const TITLE = '在宅連携キット';

export const BUSY_TEXT = '別の処理（通知の送信など）がこのスプレッドシートで実行中です。終わってから、もう一度お試しください。';

const TOKYO = 'Asia/Tokyo';

/**
 * Sheets hands dates over as instants of midnight in the spreadsheet's own time zone; the kit reads
 * them as Tokyo dates (templates/dates/serial.ts), so a sheet set to another zone is read a day or
 * hours off. The clerk is told how to fix the setting.
 */
export function timeZoneText(zone: string): string {
  return `このスプレッドシートのタイムゾーンが「${zone}」になっています。日付を正しく扱うため、「ファイル」→「設定」でタイムゾーンを「(GMT+09:00) 東京」に変えてから、もう一度実行してください。`;
}

function tell(text: string): UiMessage {
  try {
    SpreadsheetApp.getUi().alert(TITLE, text, SpreadsheetApp.getUi().ButtonSet.OK);
  } catch {
    // No UI (a trigger or the API runs the command): the returned messages carry the text.
  }
  return { key: 'error.generic', text, tone: 'error' };
}

/**
 * Runs a command end to end under the document lock and shows its first message as a toast.
 * `after` runs on the applied workbook before the single flush.
 * @example runCommand(validateCommand)
 */
export function runCommand<R extends CommandResult>(
  command: (values: OpenWorkbook['read']['values'], env: HostEnv) => R,
  after?: (book: OpenWorkbook, result: R, applier: SheetsApplier) => void,
): { ok: true; book: OpenWorkbook; result: R; applier: SheetsApplier } | { ok: false; messages: UiMessage[] } {
  const lock = LockService.getDocumentLock();
  if (lock && !lock.tryLock(LOCK_WAIT_MS)) return { ok: false, messages: [tell(BUSY_TEXT)] };
  try {
    const book = openWorkbook();
    const result = command(book.read.values, book.env);
    const applier = applyAndFlush(book, result, after ? (a) => after(book, result, a) : undefined);
    const first = result.messages[0];
    if (first) book.ss.toast(first.text, TITLE, 8);
    const zone = book.ss.getSpreadsheetTimeZone();
    if (zone !== TOKYO) tell(timeZoneText(zone));
    return { ok: true, book, result, applier };
  } catch (e) {
    const code = (e instanceof Error ? e.message : String(e)).replace(/[\r\n]+/g, ' ').slice(0, 80);
    return { ok: false, messages: [tell(uiText('error.generic', 'ja', { code }))] };
  } finally {
    lock?.releaseLock();
  }
}
