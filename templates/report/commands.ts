/**
 * The report and the lists as host commands: workbook values in, sheet plans out, the same way
 * templates/host/commands.ts serves the other outputs (hosts apply the ops in one batch). Kept
 * here so the host layer stays unchanged; its replaceSheet/activate operations are reused.
 */
import { sharingFormPlan } from '../plan/sharing-form';
import type { SheetPlan } from '../plan/types';
import type { HostOp } from '../host/ops';
import { validateWorkbook } from '../validate/engine';
import type { TownRows, WorkbookValues } from '../validate/types';
import { buildAnnualReport } from './annual';
import type { ReportDocument } from './document';
import { faxFormSpec } from './fax-form';
import { awaitingConsent, consentNote, LIST_NOTES, listDocument, professionalLists, type ListTable } from './lists';
import { documentSheetPlan } from './sheet-plan';
import { SHEETS } from '../sheets/registry';
import type { SheetSpec } from '../spec/types';

export interface ReportCommandEnv {
  /** Tokyo calendar date 'YYYY-MM-DD'. */
  readonly today: string;
}

export interface ReportCommandResult {
  readonly ops: readonly HostOp[];
  /** One line for the UI, ja and en. */
  readonly summary: { readonly ja: string; readonly en: string };
}

/** Column widths of the printed lists (characters), tuned for A4 landscape. */
const LIST_WIDTHS = {
  resources: [12, 20, 24, 13, 13, 16, 24, 16, 14, 16],
  careManagerTime: [22, 12, 12, 16, 14, 14, 16],
  network: [6, 16, 16, 18, 14, 14, 14, 22, 14],
} as const;

/** The three list documents and the FAX form as sheet plans, in print order. */
export function professionalListPlans(town: TownRows, today: string): { readonly lists: Record<'resources' | 'careManagerTime' | 'network', ListTable>; readonly documents: ReportDocument[]; readonly plans: SheetPlan[] } {
  const lists = professionalLists(town);
  const documents = (['resources', 'careManagerTime', 'network'] as const).map((k) =>
    listDocument(lists[k], town, today, k === 'network' ? LIST_NOTES[k] : consentNote(LIST_NOTES[k], k === 'resources' ? town.resources : town.resources.filter((r) => r.careManagerTime !== null)), LIST_WIDTHS[k]),
  );
  return { lists, documents, plans: [...documents.map(documentSheetPlan), sharingFormPlan(faxFormSpec)].map(printableName) };
}

/** Suffix for a printed list whose name is also a standard sheet's (緊急連絡網 is both a register and a list). */
export const PRINT_SUFFIX = '（印刷用）';

/**
 * A printed list never takes the tab name of a standard sheet: hosts replace (clear) the tabs they
 * write, and the register of the same name holds the town's data.
 */
function printableName(plan: SheetPlan): SheetPlan {
  const taken = (SHEETS as readonly SheetSpec[]).some((s) => s.name === plan.name || (s.aliases ?? []).includes(plan.name));
  return taken ? { ...plan, name: `${plan.name}${PRINT_SUFFIX}` } : plan;
}

/**
 * 実績報告: the annual report sheet for the fiscal year (default: 設定's 対象年度).
 * @example annualReportCommand(values, { today: '2026-04-20' }).ops[0].kind // 'replaceSheet'
 */
export function annualReportCommand(values: WorkbookValues, env: ReportCommandEnv, fiscalYear?: number): ReportCommandResult & { readonly document: ReportDocument | null } {
  const { rows } = validateWorkbook(values, { today: env.today });
  const year = fiscalYear ?? rows.settings?.fiscalYear;
  if (typeof year !== 'number') {
    return { ops: [], document: null, summary: { ja: '設定シートの対象年度がないため、実績報告を作れません。', en: 'No fiscal year in 設定; cannot draft the report.' } };
  }
  const document = buildAnnualReport(rows, { fiscalYear: year, today: env.today });
  const plan = documentSheetPlan(document);
  return {
    ops: [{ kind: 'replaceSheet', plan }, { kind: 'activate', sheet: plan.name, range: 'A1' }],
    document,
    summary: { ja: `「${plan.name}」シートに${document.title}を作成しました。`, en: `Drafted the annual report on sheet "${plan.name}".` },
  };
}

/** 関係者向けリスト: the three lists and the blank FAX form as printable sheets. */
export function professionalListsCommand(values: WorkbookValues, env: ReportCommandEnv): ReportCommandResult {
  const { rows } = validateWorkbook(values, { today: env.today });
  const { plans, lists } = professionalListPlans(rows, env.today);
  const first = plans[0] as SheetPlan;
  const waiting = awaitingConsent(rows.resources);
  return {
    ops: [...plans.map((plan): HostOp => ({ kind: 'replaceSheet', plan })), { kind: 'activate', sheet: first.name, range: 'A1' }],
    summary: {
      ja: `関係者向け資源一覧 ${lists.resources.rows.length}件、ケアマネタイム一覧 ${lists.careManagerTime.rows.length}件、緊急連絡網 ${lists.network.rows.length}件とFAX連絡票を作成しました。${waiting > 0 ? `同意日のない資源${waiting}件は載せていません。` : ''}`,
      en: `Lists written: ${lists.resources.rows.length} resources, ${lists.careManagerTime.rows.length} care-manager times, ${lists.network.rows.length} network entries, and the FAX form.${waiting > 0 ? ` ${waiting} resource(s) without a consent date were left out.` : ''}`,
    },
  };
}
