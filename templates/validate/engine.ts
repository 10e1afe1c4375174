/**
 * The validation engine: raw grids in, normalized rows and findings out. Never mutates its input
 * and never throws on any grid: every problem becomes a finding.
 *
 * Sheet presence: 設定 and 資源リスト are required (missing or blank → 'sheet.missing' /
 * 'sheet.empty' errors); any other standardized sheet that is absent or blank simply gives no
 * rows. Tabs are found by name, known older names, or a width/space-insensitive spelling of
 * either; a tab that matches no spec (指標, 使い方 …) is ignored. When two tabs match one spec,
 * the exact current name wins, else the first in workbook order.
 */
import type { Grid } from '../core/cell';
import { makeFinding, type Finding } from '../core/findings';
import { isIsoDate } from '../dates/calendar';
import { todayInTokyo } from '../dates/serial';
import type { AnyRow } from '../spec/row-types';
import type { SheetId, SheetSpec } from '../spec/types';
import { SHEETS } from '../sheets/registry';
import { resolveRefs } from './cross-sheet';
import { sortFindings } from './sort-findings';
import { headerKey } from './headers';
import { validateKeyValueSheet } from './key-value-sheet';
import type { SheetOutcome } from './outcome';
import { applySheetRules, type RuleContext } from './rules';
import { checkEventsInFiscalYear, checkIssueDueDates } from './rules/workbook';
import { checkRegisterResources } from './rules/registers-cross';
import { validateTableSheet } from './table-sheet';
import type { SheetLayout, SheetValidateOptions, SheetValidation, TownRows, ValidateOptions, ValidationResult, WorkbookValues } from './types';

/** Sheets a workbook must have. */
export const REQUIRED_SHEETS: readonly SheetId[] = ['settings', 'resources'];

function resolveToday(today: string | undefined): string {
  return today !== undefined && isIsoDate(today) ? today : todayInTokyo(new Date());
}

/** Runs the structural and cell checks of one sheet, then its own domain rules. */
function runSheet(spec: SheetSpec, grid: Grid, tabName: string, ctx: RuleContext): SheetOutcome {
  const safeGrid: Grid = Array.isArray(grid) ? grid : [];
  const outcome = spec.kind === 'table' ? validateTableSheet(spec, safeGrid, tabName) : validateKeyValueSheet(spec, safeGrid, tabName);
  if (outcome.blank && REQUIRED_SHEETS.includes(spec.id)) {
    outcome.findings.push(makeFinding(tabName, null, null, 'error', 'sheet.empty'));
  }
  applySheetRules(outcome, ctx);
  return outcome;
}

/** Rows are handed out as read-only by type; not frozen, as freezing 80,000 rows costs ~50 ms. */
function asRows(rows: readonly Record<string, unknown>[]): readonly AnyRow[] {
  return rows as unknown as readonly AnyRow[];
}

/**
 * Validates one sheet on its own: structure, cells, ids and the sheet's own rules (no refs,
 * no fiscal-year check — those need the workbook).
 * @example validateSheet(resourcesSheet, grid, { today: '2025-12-01' }).findings
 */
export function validateSheet(spec: SheetSpec, grid: Grid, opts: SheetValidateOptions = {}): SheetValidation {
  const tabName = opts.tabName ?? spec.name;
  const outcome = runSheet(spec, grid, tabName, { today: resolveToday(opts.today) });
  const findings = sortFindings(outcome.findings, [tabName]);
  return { findings, rows: asRows(outcome.rows), layout: outcome.layout };
}

/** Picks the tab of each spec: exact name, then alias, then a width/space-insensitive match. */
function assignTabs(book: WorkbookValues): Map<SheetId, string> {
  const tabs = Object.keys(book);
  const taken = new Set<string>();
  const result = new Map<SheetId, string>();
  const passes: ((spec: SheetSpec, tab: string) => boolean)[] = [
    (spec, tab) => tab.trim() === spec.name,
    (spec, tab) => (spec.aliases ?? []).includes(tab.trim()),
    (spec, tab) => [spec.name, ...(spec.aliases ?? [])].some((n) => headerKey(n) === headerKey(tab)),
  ];
  for (const pass of passes) {
    for (const spec of SHEETS) {
      if (result.has(spec.id)) continue;
      const tab = tabs.find((t) => !taken.has(t) && pass(spec, t));
      if (tab !== undefined) {
        result.set(spec.id, tab);
        taken.add(tab);
      }
    }
  }
  return result;
}

function rowsOf(outcomes: ReadonlyMap<SheetId, SheetOutcome>, id: SheetId): readonly AnyRow[] {
  return asRows(outcomes.get(id)?.rows ?? []);
}

/**
 * Validates a whole workbook: every standardized sheet found in it, references between
 * sheets, and the workbook-wide rules.
 * @example
 * const result = validateWorkbook({ '設定': settingsGrid, '資源リスト': resourcesGrid }, { today: '2025-12-01' });
 * result.rows.resources // validated ResourceRow[]
 */
export function validateWorkbook(book: WorkbookValues, opts: ValidateOptions = {}): ValidationResult {
  const ctx: RuleContext = { today: resolveToday(opts.today) };
  const tabOf = assignTabs(book ?? {});
  const outcomes = new Map<SheetId, SheetOutcome>();
  const workbookFindings: Finding[] = [];
  for (const spec of SHEETS) {
    const tab = tabOf.get(spec.id);
    if (tab === undefined) {
      if (REQUIRED_SHEETS.includes(spec.id)) workbookFindings.push(makeFinding(spec.name, null, null, 'error', 'sheet.missing'));
      continue;
    }
    outcomes.set(spec.id, runSheet(spec, (book as WorkbookValues)[tab] as Grid, tab, ctx));
  }

  const targetNames = new Map<SheetId, string>(SHEETS.map((s) => [s.id, tabOf.get(s.id) ?? s.name]));
  for (const outcome of outcomes.values()) resolveRefs(outcome, outcomes, targetNames);

  const fiscalYear = outcomes.get('settings')?.values?.['fiscalYear'];
  const events = outcomes.get('events');
  if (events && typeof fiscalYear === 'number') checkEventsInFiscalYear(events, fiscalYear);
  const issues = outcomes.get('issues');
  if (issues) checkIssueDueDates(issues, events);
  checkRegisterResources(outcomes);

  const all = [...workbookFindings];
  for (const outcome of outcomes.values()) for (const f of outcome.findings) all.push(f);
  const findings = sortFindings(all, SHEETS.map((s) => tabOf.get(s.id) ?? s.name));

  const layouts: Partial<Record<SheetId, SheetLayout>> = {};
  for (const [id, outcome] of outcomes) if (outcome.layout) layouts[id] = outcome.layout;

  const single = (id: SheetId): AnyRow | null => rowsOf(outcomes, id)[0] ?? null;
  const rows = {
    settings: single('settings'),
    resources: rowsOf(outcomes, 'resources'),
    contacts: rowsOf(outcomes, 'contacts'),
    events: rowsOf(outcomes, 'events'),
    attendees: rowsOf(outcomes, 'attendees'),
    issues: rowsOf(outcomes, 'issues'),
    consultations: rowsOf(outcomes, 'consultations'),
    sharingAdoption: rowsOf(outcomes, 'sharingAdoption'),
    plan: rowsOf(outcomes, 'plan'),
    statistics: single('statistics'),
    noticeTemplates: rowsOf(outcomes, 'noticeTemplates'),
    contactTree: rowsOf(outcomes, 'contactTree'),
    equipment: rowsOf(outcomes, 'equipment'),
    bcp: rowsOf(outcomes, 'bcp'),
    coverPairs: rowsOf(outcomes, 'coverPairs'),
    emergencyCare: rowsOf(outcomes, 'emergencyCare'),
  } as unknown as TownRows; // shapes guaranteed by the specs (tests check rowSchema on every row)

  let errorCount = 0;
  for (const f of findings) if (f.severity === 'error') errorCount++;
  return { findings, rows, layouts, errorCount, warningCount: findings.length - errorCount };
}
