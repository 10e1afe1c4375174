/**
 * The commands the task pane and the ribbon call. Each is ONE `Excel.run`: read every tab (two
 * syncs: the tab list, then all used ranges and metadata together), run the shared command from
 * templates/host, apply its operations (one sync, plus one per extra 5 MB of request). Progress is
 * reported by step; errors are turned into plain Japanese (or English) by `describeError`.
 */
import type { Finding } from '../../../templates/core/findings';
import { todayInTokyo } from '../../../templates/dates/serial';
import {
  annualReportHostCommand,
  fixNotationCommand,
  indicatorsCommand,
  insertTemplateCommand,
  professionalListsHostCommand,
  noticeEventChoices,
  noticesCommand,
  residentListCommand,
  validateCommand,
  type CommandResult,
  type EventChoice,
  type HostEnv,
  type UiMessage,
} from '../../../templates/host/commands';
import { uiText, type UiLang } from '../../../templates/host/texts';
import type { IndicatorResult } from '../../../templates/indicators/compute';
import type { NoticePlan } from '../../../templates/notices/plan';
import type { WorkbookValues } from '../../../templates/validate/types';
import { applyImportCommand, importCommand, type FileRead, type ImportFile } from '../../../templates/import';
import type { ImportPlan } from '../../../templates/import/merge';
import type { ReportDocument } from '../../../templates/report/document';
import { applyOps, type HostFeatures } from './apply';
import { browserShiftJis, isWorkbookFile, workbookGrids, workbooksUnsupported, type PickedFile } from './open-data';
import type { XExcel, XOffice, XRequestContext } from './excel-api';
import { readWorkbook } from './read';

export type Step = 'read' | 'plan' | 'write' | 'done';
export type Progress = (step: Step) => void;
export interface HostReport {
  readonly messages: readonly UiMessage[];
  readonly syncs: number;
  readonly maxRequestBytes: number;
}

/** Thrown when the page runs outside Excel (no Excel global). */
export class OutsideExcelError extends Error {
  readonly code = 'OutsideExcel';
  constructor() {
    super('Excel JavaScript API is not available');
  }
}

function excel(): XExcel {
  const g = globalThis as unknown as { Excel?: XExcel };
  if (!g.Excel || typeof g.Excel.run !== 'function') throw new OutsideExcelError();
  return g.Excel;
}

/** Feature detection above the declared minimum (ExcelApi 1.8). */
export function hostFeatures(): HostFeatures {
  return { api19: excelApiSupported('1.9') };
}

/** `Office.context.requirements.isSetSupported('ExcelApi', version)`, false where it cannot answer. */
export function excelApiSupported(version: string): boolean {
  const office = (globalThis as unknown as { Office?: XOffice }).Office;
  try {
    return office?.context?.requirements?.isSetSupported('ExcelApi', version) === true;
  } catch {
    return false;
  }
}

const TOKYO_OFFSET_MS = 9 * 3600_000;

/**
 * The host environment of the Excel add-in: links by tab name, 和暦 date formats, Tokyo today/now.
 * @example excelEnv('ja', new Date('2025-05-01T01:00:00Z')).now // '2025-05-01T10:00'
 */
export function excelEnv(lang: UiLang, now: Date = new Date()): HostEnv {
  return {
    today: todayInTokyo(now),
    now: new Date(now.getTime() + TOKYO_OFFSET_MS).toISOString().slice(0, 16),
    links: { kind: 'excel' },
    dates: 'wareki',
    lang,
  };
}

/** Read → compute → write in one Excel.run, counting the round trips. */
async function runCommand<R extends CommandResult>(p: Progress, lang: UiLang, compute: (values: WorkbookValues, env: HostEnv) => R): Promise<R & HostReport> {
  const features = hostFeatures();
  return excel().run(async (ctx: XRequestContext) => {
    p('read');
    const book = await readWorkbook(ctx);
    p('plan');
    const result = compute(book.values, excelEnv(lang));
    p('write');
    const written = await applyOps(ctx, result.ops, book, features);
    p('done');
    return { ...result, syncs: book.syncs + written.syncs, maxRequestBytes: Math.max(book.maxRequestBytes, written.maxRequestBytes) };
  });
}

function report<R extends HostReport>(r: R): HostReport {
  return { messages: r.messages, syncs: r.syncs, maxRequestBytes: r.maxRequestBytes };
}

/** テンプレート挿入・更新: the blank template on an empty workbook, else the upgrade in place. */
export async function insertTemplate(p: Progress, lang: UiLang): Promise<HostReport & { mode: 'blank' | 'upgrade' }> {
  const r = await runCommand(p, lang, insertTemplateCommand);
  return { ...report(r), mode: r.mode };
}

/** 検証: the 検証結果 sheet and the highlights, rebuilt. */
export async function validate(p: Progress, lang: UiLang): Promise<HostReport & { errors: number; warnings: number }> {
  const r = await runCommand(p, lang, validateCommand);
  return { ...report(r), errors: r.result.errorCount, warnings: r.result.warningCount };
}

/** 指標: the 指標 and 指標計算 sheets and charts rebuilt; the figures for the task pane. */
export async function indicators(p: Progress, lang: UiLang): Promise<HostReport & { results: readonly IndicatorResult[]; fiscalYear: number | null }> {
  const r = await runCommand(p, lang, indicatorsCommand);
  return { ...report(r), results: r.results, fiscalYear: r.fiscalYear };
}

/** The meetings the notices picker offers (a read only: no write, no second Excel.run). */
export async function noticeEvents(lang: UiLang): Promise<readonly EventChoice[]> {
  return excel().run(async (ctx: XRequestContext) => {
    const book = await readWorkbook(ctx);
    return noticeEventChoices(book.values, excelEnv(lang));
  });
}

export interface NoticeRequest {
  readonly eventId: string;
  readonly templateId?: string;
  readonly force?: boolean;
}

function noticeOptions(o: NoticeRequest) {
  return { eventId: o.eventId, mode: 'draft' as const, record: true, ...(o.templateId !== undefined ? { templateId: o.templateId } : {}), ...(o.force !== undefined ? { force: o.force } : {}) };
}

/**
 * 通知の確認: the notices one meeting would get, planned from one read and NOT written (no sheet,
 * no send log) — so the clerk reads every message before anything lands in the workbook.
 */
export async function previewNotices(
  p: Progress,
  lang: UiLang,
  o: NoticeRequest,
): Promise<HostReport & { plan: NoticePlan | null; problems: readonly Finding[]; warnings: readonly Finding[] }> {
  return excel().run(async (ctx: XRequestContext) => {
    p('read');
    const book = await readWorkbook(ctx);
    p('plan');
    const r = noticesCommand(book.values, excelEnv(lang), noticeOptions(o));
    p('done');
    return { messages: r.messages, syncs: book.syncs, maxRequestBytes: book.maxRequestBytes, plan: r.plan, problems: r.problems, warnings: r.warnings };
  });
}

/** 通知: the 通知 (and 通知_印刷) sheets for one meeting, and the send log written back to 出席者. */
export async function notices(
  p: Progress,
  lang: UiLang,
  o: NoticeRequest,
): Promise<HostReport & { plan: NoticePlan | null; problems: readonly Finding[]; warnings: readonly Finding[] }> {
  const r = await runCommand(p, lang, (values, env) => noticesCommand(values, env, noticeOptions(o)));
  return { ...report(r), plan: r.plan, problems: r.problems, warnings: r.warnings };
}

/**
 * 公表データの取込: the picked files compared with 資源リスト, written as the 取込差分 sheet (資源リスト
 * itself is not touched). CSVs in either encoding; .xlsx where Excel can open it (ExcelApi 1.13).
 */
export async function importOpenData(p: Progress, lang: UiLang, files: readonly PickedFile[]): Promise<HostReport & { plan: ImportPlan | null; reads: readonly FileRead[] }> {
  const features = hostFeatures();
  return excel().run(async (ctx: XRequestContext) => {
    p('read');
    const book = await readWorkbook(ctx);
    const workbooks = files.filter((f) => isWorkbookFile(f.name));
    const csvs: ImportFile[] = files.filter((f) => !isWorkbookFile(f.name)).map((f) => ({ name: f.name, bytes: f.bytes }));
    const opened = !workbooks.length
      ? { files: [], messages: [], syncs: 0 }
      : excelApiSupported('1.13')
        ? await workbookGrids(ctx, workbooks, lang)
        : { files: [], messages: workbooksUnsupported(workbooks, lang), syncs: 0 };
    p('plan');
    const inputs = [...csvs, ...opened.files];
    const r = inputs.length
      ? importCommand(book.values, excelEnv(lang), inputs, { shiftJis: browserShiftJis })
      : { ops: [], messages: [], plan: null, reads: [] };
    p('write');
    const written = await applyOps(ctx, r.ops, book, features);
    p('done');
    return { messages: [...opened.messages, ...r.messages], syncs: book.syncs + opened.syncs + written.syncs, maxRequestBytes: Math.max(book.maxRequestBytes, written.maxRequestBytes), plan: r.plan, reads: r.reads };
  });
}

/** 取込差分を反映: the rows marked 採用 on 取込差分 written into 資源リスト. */
export async function applyImport(p: Progress, lang: UiLang): Promise<HostReport & { added: number; cells: number }> {
  const r = await runCommand(p, lang, applyImportCommand);
  return { ...report(r), added: r.result?.added ?? 0, cells: r.result?.cellsWritten ?? 0 };
}

/** 実績報告: the report sheet for 設定's fiscal year, and its document model (for the .docx). */
export async function annualReport(p: Progress, lang: UiLang): Promise<HostReport & { document: ReportDocument | null }> {
  const r = await runCommand(p, lang, annualReportHostCommand);
  return { ...report(r), document: r.document };
}

/** 関係者向けリスト: the three lists and the FAX form as printable sheets. */
export async function professionalLists(p: Progress, lang: UiLang): Promise<HostReport> {
  return report(await runCommand(p, lang, professionalListsHostCommand));
}

/** 表記をそろえる: canonical notation where it is certain, each change listed on 修正履歴. */
export async function fixNotation(p: Progress, lang: UiLang): Promise<HostReport & { changes: number }> {
  const r = await runCommand(p, lang, fixNotationCommand);
  return { ...report(r), changes: r.changes };
}

/** 住民向け一覧: consented public resources on a new sheet. */
export async function residentList(p: Progress, lang: UiLang): Promise<HostReport & { count: number }> {
  const r = await runCommand(p, lang, residentListCommand);
  return { ...report(r), count: r.count };
}

/**
 * A failure as the clerk should read it: what happened and what to do next, never a stack trace.
 * @example describeError({ code: 'InvalidOperationInCellEditMode' }, 'ja') // 'セルの編集中は実行できません。…'
 */
export function describeError(e: unknown, lang: UiLang): string {
  const code = typeof (e as { code?: unknown } | null)?.code === 'string' ? (e as { code: string }).code : null;
  switch (code) {
    case 'OutsideExcel':
      return uiText('app.outsideHost', lang);
    case 'InvalidOperationInCellEditMode':
      return uiText('error.busy', lang);
    case 'AccessDenied':
      return uiText('error.protected', lang);
    case 'RequestPayloadSizeLimitExceeded':
    case 'ResponsePayloadSizeLimitExceeded':
      return uiText('error.tooLarge', lang);
    case 'ApiNotFound':
      return uiText('app.needsNewerExcel', lang, { feature: 'ExcelApi 1.8' });
    default:
      return uiText('error.generic', lang, { code: code ?? (e instanceof Error ? e.name : 'unknown') });
  }
}
