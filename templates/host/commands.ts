/**
 * The commands of the spreadsheet hosts (Excel task pane, Sheets sidebar), written once: each takes
 * the workbook exactly as the host read it (every tab's used range, once) and returns the host
 * operations to apply in one batch, plus the figures the UI shows. Hosts add only I/O.
 *
 *   host: read all tabs ─► command(values, env) ─► { ops, summary, … } ─► host: apply ops, one sync
 */
import { isBlank, type Grid } from '../core/cell';
import type { Finding } from '../core/findings';
import { fiscalYearLabel } from '../dates/fiscal';
import { formatWareki } from '../dates/wareki';
import { fixHostOps } from '../fix/host-ops';
import { FIX_HISTORY_SHEET, planFix } from '../fix/plan';
import { DEFAULT_NOTICE_TEMPLATES } from '../notices/default-templates';
import { planNotices, type NoticeMode, type NoticePlan } from '../notices/plan';
import { computeIndicatorsFromCells, type IndicatorResult } from '../indicators/compute';
import { indicatorSheetPlans } from '../plan/indicator-sheet';
import { planWorkbookUpgrade } from '../plan/upgrade';
import { blankWorkbookPlan } from '../plan/workbook';
import type { DateStyle } from '../plan/types';
import { annualReportCommand, professionalListsCommand } from '../report/commands';
import type { ReportDocument } from '../report/document';
import { getSheet } from '../sheets/registry';
import type { SheetId } from '../spec/types';
import { validateWorkbook } from '../validate/engine';
import { redactFindings } from '../validate/redact';
import type { ValidationResult, WorkbookValues } from '../validate/types';
import { FINDINGS_SHEET, findingsSheetPlan, highlightRange, highlightRules } from './findings-sheet';
import type { LinkStyle } from './links';
import { NOTICE_PRINT_SHEET, NOTICE_SHEET, noticePrintSheetPlan, noticeSheetPlan } from './notice-sheets';
import { upgradeOps, workbookPlanOps, type HostOp } from './ops';
import { RESIDENT_SHEET, residentSheetPlan } from './resident-sheet';
import { sendLogBuffer, type SendLogBuffer } from './send-log';
import { uiText, type UiLang, type UiTextKey } from './texts';

/** What a host knows that the core must not read for itself (clock, links, date display). */
export interface HostEnv {
  /** Tokyo calendar date 'YYYY-MM-DD'. */
  readonly today: string;
  /** Tokyo wall clock 'YYYY-MM-DDTHH:MM'. */
  readonly now: string;
  readonly links: LinkStyle;
  /** 'wareki' for Excel, 'western' for Sheets (no era formats there). */
  readonly dates: DateStyle;
  readonly lang: UiLang;
}

/** A line for the UI, already in the user's language. */
export interface UiMessage {
  readonly key: UiTextKey;
  readonly text: string;
  readonly tone: 'ok' | 'warn' | 'error';
}

export interface CommandResult {
  readonly ops: readonly HostOp[];
  readonly messages: readonly UiMessage[];
}

function say(env: HostEnv, key: UiTextKey, tone: UiMessage['tone'], params: Readonly<Record<string, string | number>> = {}): UiMessage {
  return { key, text: uiText(key, env.lang, params), tone };
}

function allBlank(values: WorkbookValues): boolean {
  return Object.values(values).every((grid) => grid.every((row) => row.every((v) => isBlank(v))));
}

/**
 * テンプレート挿入・更新: the blank template on a workbook with nothing in it, else the upgrade of
 * whatever is there (kit sheets of any older version, the user's own tabs left alone).
 */
export function insertTemplateCommand(values: WorkbookValues, env: HostEnv): CommandResult & { readonly mode: 'blank' | 'upgrade' } {
  if (allBlank(values)) {
    const plan = blankWorkbookPlan({ dates: env.dates });
    return { mode: 'blank', ops: workbookPlanOps(plan), messages: [say(env, 'insert.blank', 'ok', { sheets: plan.sheets.length })] };
  }
  const plan = planWorkbookUpgrade(values, { dates: env.dates, at: env.now.replace('T', ' ') });
  const appended = plan.sheets.reduce((n, s) => n + s.appended.length, 0);
  const ops = upgradeOps(plan);
  const renamedValues = plan.valueRenames.changes.length;
  return {
    mode: 'upgrade',
    ops,
    messages: [say(env, 'insert.upgrade', 'ok', { renames: plan.tabRenames.length, appended, added: plan.added.length, renamedValues })],
  };
}

/** The tabs 検証結果 named the last time (their highlights must be cleared even if clean now). */
function previouslyFlaggedTabs(values: WorkbookValues): string[] {
  const grid = values[FINDINGS_SHEET];
  if (!grid) return [];
  const out = new Set<string>();
  for (let r = 1; r < grid.length; r++) {
    const tab = grid[r]?.[2];
    if (typeof tab === 'string' && tab !== '') out.add(tab);
  }
  return [...out];
}

/**
 * 検証: the 検証結果 sheet rebuilt, the kit's highlight rules set on every tab with findings and
 * cleared on tabs that had some last time. User values and formats are never written.
 */
export function validateCommand(values: WorkbookValues, env: HostEnv): CommandResult & { readonly result: ValidationResult } {
  const result = validateWorkbook(withoutKitOutputs(values), { today: env.today });
  const note = result.findings.length === 0 ? uiText('validate.clean', 'ja') : 'セル欄のリンクを押すと、そのセルへ移動します。値は変更していません。';
  // 検証結果 stays in the town's own workbook, but like every other output it never echoes patient text.
  const ops: HostOp[] = [{ kind: 'replaceSheet', plan: findingsSheetPlan(redactFindings(result.findings, values), env.links, note) }];
  const byTab = new Map<string, string[]>();
  for (const f of result.findings) {
    if (!f.address || !(f.sheet in values)) continue;
    const list = byTab.get(f.sheet) ?? [];
    list.push(f.address);
    byTab.set(f.sheet, list);
  }
  for (const tab of previouslyFlaggedTabs(values)) if (!byTab.has(tab) && tab in values) byTab.set(tab, []);
  for (const [tab, addresses] of byTab) {
    const range = addresses.length ? highlightRange(values[tab], addresses) : null;
    ops.push({ kind: 'setHighlights', sheet: tab, rules: range ? highlightRules(tab, range) : [] });
  }
  ops.push({ kind: 'activate', sheet: FINDINGS_SHEET, range: 'A1' });
  const messages = [
    result.findings.length === 0
      ? say(env, 'validate.clean', 'ok')
      : say(env, 'validate.summary', result.errorCount > 0 ? 'error' : 'warn', { errors: result.errorCount, warnings: result.warningCount }),
  ];
  return { ops, messages, result };
}

/** The sheets the kit's own commands write: never validated as user data. */
const KIT_OUTPUT_TABS = [FINDINGS_SHEET, NOTICE_SHEET, NOTICE_PRINT_SHEET, RESIDENT_SHEET];

function withoutKitOutputs(values: WorkbookValues): WorkbookValues {
  if (!KIT_OUTPUT_TABS.some((t) => t in values)) return values;
  const out: Record<string, Grid> = {};
  for (const [tab, grid] of Object.entries(values)) if (!KIT_OUTPUT_TABS.includes(tab)) out[tab] = grid;
  return out;
}

function rowCountOf(values: WorkbookValues, result: ValidationResult, id: SheetId): number {
  const tab = result.layouts[id]?.tabName ?? getSheet(id).name;
  return values[tab]?.length ?? 0;
}

/**
 * 指標: the 指標 and 指標計算 sheets rebuilt for the workbook's actual layout (live formulas and
 * charts), and the same figures computed in TypeScript for the UI — the numbers `zaitaku indicators`
 * prints for the same workbook.
 */
export function indicatorsCommand(
  values: WorkbookValues,
  env: HostEnv,
): CommandResult & { readonly results: readonly IndicatorResult[]; readonly fiscalYear: number | null; readonly validation: ValidationResult } {
  const book = withoutKitOutputs(values);
  const validation = validateWorkbook(book, { today: env.today });
  const fiscalYear = validation.rows.settings?.fiscalYear ?? null;
  if (typeof fiscalYear !== 'number') return { ops: [], messages: [say(env, 'indicators.noYear', 'error')], results: [], fiscalYear: null, validation };
  // From the cells as the 指標 formulas read them: the sheet and the UI show one number (ADR 0005).
  const results = computeIndicatorsFromCells(book, validation.layouts, { fiscalYear, today: env.today });
  const plans = indicatorSheetPlans({
    attendees: rowCountOf(values, validation, 'attendees'),
    consultations: rowCountOf(values, validation, 'consultations'),
    issues: rowCountOf(values, validation, 'issues'),
    contacts: rowCountOf(values, validation, 'contacts'),
    events: rowCountOf(values, validation, 'events'),
    layouts: validation.layouts,
  });
  const ops: HostOp[] = plans.map((plan) => ({ kind: 'replaceSheet', plan }));
  ops.push({ kind: 'activate', sheet: plans[0]?.name ?? '指標' });
  const met = results.filter((r) => r.achieved === '○').length;
  const year = fiscalYearLabel(fiscalYear);
  return { ops, messages: [say(env, 'indicators.summary', 'ok', { year, count: results.length, met })], results, fiscalYear, validation };
}

/** One meeting the notices picker offers. */
export interface EventChoice {
  readonly id: string;
  readonly title: string;
  /** 和暦 date, e.g. 令和7年5月20日. */
  readonly dateText: string;
  readonly invited: number;
}

/** The meetings a clerk can send notices for, newest first. */
export function noticeEventChoices(values: WorkbookValues, env: HostEnv): EventChoice[] {
  const { rows } = validateWorkbook(withoutKitOutputs(values), { today: env.today });
  const invited = new Map<string, number>();
  for (const a of rows.attendees) if (a.invited !== false) invited.set(a.eventId, (invited.get(a.eventId) ?? 0) + 1);
  return [...rows.events]
    .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0))
    .map((e) => ({ id: e.id, title: e.title, dateText: formatWareki(e.date), invited: invited.get(e.id) ?? 0 }));
}

export interface NoticesOptions {
  readonly eventId: string;
  /** Default T01 (開催通知). */
  readonly templateId?: string;
  readonly force?: boolean;
  /** 'draft' (Excel: the clerk sends them) or 'send' (the Sheets host sends them itself). */
  readonly mode?: NoticeMode;
  /**
   * Record the send log now (drafts: the 通知 sheet and files are the drafts). A host that sends
   * records per message through `sendLogBuffer` instead and passes false.
   */
  readonly record?: boolean;
}

export interface NoticesResult extends CommandResult {
  readonly plan: NoticePlan | null;
  /** Problems that stopped single notices (and unknown event/template), for the UI list. */
  readonly problems: readonly Finding[];
  readonly warnings: readonly Finding[];
  /**
   * The send log over 出席者 as read (null when the sheet has no layout), and its tab: a host that
   * records per message (`record: false`, the Sheets host sending itself) writes through it.
   */
  readonly sendLog?: SendLogBuffer | null;
  readonly attendeesTab?: string;
}

/** A run id for Message-IDs from the run's wall clock, like the CLI's. */
export function runIdFor(now: string): string {
  return `r${now.replace(/\D/g, '')}`;
}

/**
 * 通知: the notices of one meeting as the 通知 sheet (every channel) and 通知_印刷 (FAX/post pages),
 * and — when recording — the send log in 出席者 written through the write-back, so a rerun never
 * drafts a recipient twice.
 */
export function noticesCommand(values: WorkbookValues, env: HostEnv, options: NoticesOptions): NoticesResult {
  const validation = validateWorkbook(withoutKitOutputs(values), { today: env.today });
  const rows = validation.rows;
  if (!rows.events.some((e) => e.id === options.eventId)) return { ops: [], messages: [say(env, 'notices.noEvents', 'error')], plan: null, problems: [], warnings: [] };
  const templateId = options.templateId ?? 'T01';
  const templates = [...rows.noticeTemplates, ...DEFAULT_NOTICE_TEMPLATES];
  if (!templates.some((t) => t.id === templateId)) return { ops: [], messages: [say(env, 'error.generic', 'error', { code: `template ${templateId}` })], plan: null, problems: [], warnings: [] };
  const layout = validation.layouts.attendees;
  const attendeesTab = layout?.tabName ?? getSheet('attendees').name;
  const log = layout ? sendLogBuffer(values[attendeesTab] ?? [], layout) : null;
  if (options.record !== false && (!log || log.missingColumns.length)) {
    const missing = log ? log.missingColumns.map((k) => getSheet('attendees').columns.find((c) => c.key === k)?.header ?? k) : ['通知状況', '通知日時', 'メッセージID'];
    return { ops: [], messages: [say(env, 'notices.missingLog', 'error', { columns: missing.join('、') })], plan: null, problems: [], warnings: [] };
  }
  const plan = planNotices(rows, options.eventId, templateId, {
    now: env.now,
    runId: runIdFor(env.now),
    force: options.force ?? false,
    mode: options.mode ?? 'draft',
    layouts: validation.layouts,
  });
  const ops: HostOp[] = [{ kind: 'replaceSheet', plan: noticeSheetPlan(plan) }];
  const paper = plan.messages.filter((m) => m.channel !== 'メール');
  if (paper.length) ops.push({ kind: 'replaceSheet', plan: noticePrintSheetPlan(paper) });
  if (options.record !== false && log) {
    const blocks = log.blocksFor(plan.writeBack);
    if (blocks.length) ops.push({ kind: 'writeBlocks', sheet: attendeesTab, blocks });
  }
  ops.push({ kind: 'activate', sheet: NOTICE_SHEET, range: 'A1' });
  const count = (channel: string) => plan.messages.filter((m) => m.channel === channel).length;
  const messages: UiMessage[] = [say(env, 'notices.summary', 'ok', { total: plan.messages.length, mail: count('メール'), fax: count('FAX'), post: count('郵送') })];
  if (plan.skipped.length) messages.push(say(env, 'notices.skipped', 'warn', { count: plan.skipped.length }));
  const inDoubt = plan.skipped.filter((s) => s.reason === 'inDoubt').length;
  if (inDoubt) messages.push(say(env, 'notices.inDoubt', 'warn', { count: inDoubt }));
  if (plan.findings.length) messages.push(say(env, 'notices.problems', 'error', { count: plan.findings.length }));
  return { ops, messages, plan, problems: plan.findings, warnings: plan.warnings, sendLog: log, attendeesTab };
}

/** 住民向け一覧: consented public resources, public fields only (the same rows as export-public). */
export function residentListCommand(values: WorkbookValues, env: HostEnv): CommandResult & { readonly count: number } {
  const { rows } = validateWorkbook(withoutKitOutputs(values), { today: env.today });
  const plan = residentSheetPlan(rows.resources);
  const count = Math.max(0, (plan.blocks[0]?.values.length ?? 1) - 1);
  return { ops: [{ kind: 'replaceSheet', plan }, { kind: 'activate', sheet: RESIDENT_SHEET, range: 'A1' }], messages: [say(env, 'resident.summary', 'ok', { count })], count };
}


/**
 * 表記をそろえる: rewrites only the cells the engine can bring to canonical form without guessing
 * (〇→○, dates typed as text, full-width digits, stray spaces …) and lists each change on 修正履歴.
 * Personal columns are never touched. One 1×1 block per changed cell: the calls grow with the cells
 * fixed, never with the rows read.
 */
export function fixNotationCommand(values: WorkbookValues, env: HostEnv): CommandResult & { readonly changes: number } {
  const plan = planFix(values, { at: env.now.replace('T', ' ') });
  const ops = fixHostOps(plan);
  if (plan.changes.length) ops.push({ kind: 'activate', sheet: FIX_HISTORY_SHEET, range: 'A1' });
  const messages = [plan.changes.length ? say(env, 'fix.summary', 'ok', { count: plan.changes.length }) : say(env, 'fix.none', 'ok')];
  return { ops, messages, changes: plan.changes.length };
}

/** 実績報告 for the hosts: the report sheet of 設定's fiscal year, its document (for a .docx), one UI line. */
export function annualReportHostCommand(values: WorkbookValues, env: HostEnv): CommandResult & { readonly document: ReportDocument | null } {
  const planned = annualReportCommand(withoutKitOutputs(values), { today: env.today });
  return { ops: planned.ops, document: planned.document, messages: [{ key: 'cmd.report', text: planned.summary[env.lang], tone: planned.document ? 'ok' : 'error' }] };
}

/** 関係者向けリスト for the hosts: the three lists and the blank FAX form as printable sheets. */
export function professionalListsHostCommand(values: WorkbookValues, env: HostEnv): CommandResult {
  const planned = professionalListsCommand(withoutKitOutputs(values), { today: env.today });
  return { ops: planned.ops, messages: [{ key: 'cmd.lists', text: planned.summary[env.lang], tone: 'ok' }] };
}
