/// <reference types="google-apps-script" />
/**
 * The one shape of every Sheets command: read every tab once, call the core, apply its operations
 * in batched calls, flush once. Menu handlers (main.ts) and sidebar calls (notices.ts) share it.
 */
import type { CommandResult, HostEnv, UiMessage } from '../../templates/host/commands';
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
export function applyAndFlush(book: OpenWorkbook, result: CommandResult): SheetsApplier {
  const applier = applyOps(book.ss, book.read.sheets, result.ops);
  SpreadsheetApp.flush();
  return applier;
}

/** What a menu handler or sidebar call hands back (google.script.run passes plain data only). */
export interface CommandReply {
  readonly messages: readonly UiMessage[];
}

/**
 * Runs a command end to end and shows its first message as a toast.
 * @example runCommand((values, env) => validateCommand(values, env))
 */
export function runCommand<R extends CommandResult>(command: (values: OpenWorkbook['read']['values'], env: HostEnv) => R): { book: OpenWorkbook; result: R; applier: SheetsApplier } {
  const book = openWorkbook();
  const result = command(book.read.values, book.env);
  const applier = applyAndFlush(book, result);
  const first = result.messages[0];
  if (first) book.ss.toast(first.text, '在宅連携キット', 8);
  return { book, result, applier };
}
