/// <reference types="google-apps-script" />
/**
 * The Apps Script entry points. Every export becomes a top-level function of the bundle (the build
 * generates one stub per export), which is how the menu, the simple triggers and google.script.run
 * find them. Keep exports here to functions Apps Script may call.
 *
 * onOpen builds the menu only: it may run in AuthMode.NONE (an add-on not yet used in this file),
 * where reading the spreadsheet is not allowed. A script bound to the spreadsheet gets the top-level
 * menu 在宅連携; installed as an add-on (a Workspace admin's private add-on) it must use the add-on
 * menu (拡張機能 › project name), the only menu add-ons may add. When the installation source cannot
 * be read, the add-on menu is the safe choice: it works in both cases.
 */
import {
  annualReportHostCommand,
  fixNotationCommand,
  indicatorsCommand,
  insertTemplateCommand,
  professionalListsHostCommand,
  residentListCommand,
  validateCommand,
} from '../../templates/host/commands';
import { uiText } from '../../templates/host/texts';
import { isBlank } from '../../templates/core/cell';
import { runCommand, type CommandReply } from './command-run';

const MENU_ITEMS: readonly { readonly label: string; readonly fn: string }[] = [
  { label: uiText('cmd.insert', 'ja'), fn: 'insertTemplate' },
  { label: uiText('cmd.validate', 'ja'), fn: 'validate' },
  { label: uiText('cmd.indicators', 'ja'), fn: 'indicators' },
  { label: uiText('cmd.fix', 'ja'), fn: 'fixNotation' },
  { label: uiText('cmd.resident', 'ja'), fn: 'residentList' },
  { label: uiText('cmd.report', 'ja'), fn: 'annualReport' },
  { label: uiText('cmd.lists', 'ja'), fn: 'professionalLists' },
  { label: uiText('cmd.applyImport', 'ja'), fn: 'applyImport' },
  // The sidebar holds the two commands that need more than a click: 通知 and the file picker of 公表データの取込.
  { label: `${uiText('cmd.import', 'ja')}…`, fn: 'showSidebar' },
  { label: `${uiText('cmd.notices', 'ja')}…`, fn: 'showSidebar' },
];

const MENU_TITLE = '在宅連携';

/** True unless the script is known to run bound to the spreadsheet (not as an installed add-on). */
function runsAsAddOn(): boolean {
  try {
    if (typeof ScriptApp === 'undefined' || typeof ScriptApp.getInstallationSource !== 'function') return true;
    return ScriptApp.getInstallationSource() !== ScriptApp.InstallationSource.NONE;
  } catch {
    return true;
  }
}

/** Simple trigger: the 在宅連携 menu. Touches nothing but the UI (AuthMode.NONE allows no more). */
export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  const ui = SpreadsheetApp.getUi();
  const menu = runsAsAddOn() ? ui.createAddonMenu() : ui.createMenu(MENU_TITLE);
  const firstSidebarItem = MENU_ITEMS.findIndex((item) => item.fn === 'showSidebar');
  MENU_ITEMS.forEach((item, i) => {
    if (i === firstSidebarItem) menu.addSeparator();
    menu.addItem(item.label, item.fn);
  });
  menu.addToUi();
}

/** Add-on install: the menu must appear in the file it was installed from without a reload. */
export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as unknown as GoogleAppsScript.Events.SheetsOnOpen);
}

/**
 * テンプレート挿入・更新. On a blank spreadsheet the standard sheets are created and the empty default
 * tab (シート1) removed; otherwise the workbook is upgraded in place.
 */
export function insertTemplate(): CommandReply {
  const run = runCommand(insertTemplateCommand, (book, result, applier) => {
    if (result.mode !== 'blank') return;
    const planned = new Set(result.ops.flatMap((op) => (op.kind === 'replaceSheet' ? [op.plan.name] : [])));
    const leftovers = [...book.read.sheets.keys()].filter((name) => !planned.has(name) && (book.read.values[name] ?? []).every((row) => row.every(isBlank)));
    for (const name of leftovers) {
      const sheet = applier.sheet(name);
      if (sheet) book.ss.deleteSheet(sheet);
    }
  });
  return run.ok ? { ok: true, messages: run.result.messages } : run;
}

/** 検証: 検証結果 rebuilt, highlights on the cells it names; no user value is written. */
export function validate(): CommandReply & { readonly errors: number; readonly warnings: number } {
  const run = runCommand(validateCommand);
  if (!run.ok) return { ...run, errors: 0, warnings: 0 };
  return { ok: true, messages: run.result.messages, errors: run.result.result.errorCount, warnings: run.result.result.warningCount };
}

/** 指標更新: 指標 and 指標計算 rebuilt with live formulas and charts; the TypeScript figures returned. */
export function indicators(): CommandReply & { readonly values: readonly { readonly id: string; readonly value: number | null }[] } {
  const run = runCommand(indicatorsCommand);
  if (!run.ok) return { ...run, values: [] };
  return { ok: true, messages: run.result.messages, values: run.result.results.map((r) => ({ id: r.id, value: r.value })) };
}

/** 住民向け一覧: consented public resources only. */
export function residentList(): CommandReply & { readonly count: number } {
  const run = runCommand(residentListCommand);
  if (!run.ok) return { ...run, count: 0 };
  return { ok: true, messages: run.result.messages, count: run.result.count };
}

/** 表記をそろえる: canonical notation where it is certain; each change listed on 修正履歴. */
export function fixNotation(): CommandReply & { readonly changes: number } {
  const run = runCommand(fixNotationCommand);
  if (!run.ok) return { ...run, changes: 0 };
  return { ok: true, messages: run.result.messages, changes: run.result.changes };
}

/** 実績報告: the annual report sheet of 設定's fiscal year (和暦 in the text; Sheets prints it from the sheet). */
export function annualReport(): CommandReply {
  const run = runCommand(annualReportHostCommand);
  if (!run.ok) return run;
  return { ok: true, messages: run.result.messages };
}

/** 関係者向けリスト: 関係者向け資源一覧, ケアマネタイム一覧, 緊急連絡網 and the blank FAX連絡票 as sheets. */
export function professionalLists(): CommandReply {
  const run = runCommand(professionalListsHostCommand);
  if (!run.ok) return run;
  return { ok: true, messages: run.result.messages };
}

/** Opens the sidebar (通知, 公表データの取込 with its file picker, and progress of long runs). */
export function showSidebar(): void {
  const html = HtmlService.createHtmlOutputFromFile('sidebar').setTitle(uiText('app.title', 'ja'));
  SpreadsheetApp.getUi().showSidebar(html);
}

// 通知: the sidebar's calls and the resume trigger (GA-B's module).
export * from './notices';
// 公表データの取込: the sidebar's file picker and 取込差分を反映 (only the entry points: every export here becomes a top-level function).
export { applyImport, importFiles } from './import';
