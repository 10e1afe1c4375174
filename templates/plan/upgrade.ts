/**
 * Workbook upgrade plan: what a host changes so a workbook made by an older template version matches
 * the current specs without moving any user value. From the values a host read once:
 * - older tab names are renamed to the current ones (formulas referring to them must follow);
 * - header cells named by an alias are rewritten in place; missing columns are appended right of the
 *   last used column (keyValue sheets: below the last label) with their width, format, validation and
 *   highlights (header planning: templates/validate/header-upgrade.ts);
 * - missing standardized sheets and the printable form are added; the generated sheets (指標, 指標計算,
 *   選択肢) are rebuilt for the upgraded layout, and blank standardized sheets are rebuilt from scratch.
 * Unknown tabs, unknown columns and every data cell stay exactly where they are.
 */
import { columnLetters, type CellRef } from '../core/address';
import { isBlank, type Grid } from '../core/cell';
import { planFix, type FixPlan } from '../fix/plan';
import { DEFAULT_NOTICE_TEMPLATES } from '../notices/default-templates';
import { getSheet, SHEETS } from '../sheets/registry';
import type { NormalizedValue } from '../spec/row-types';
import { planHeaderUpgrade } from '../validate/header-upgrade';
import type { ColumnSpec, FormSheetSpec, SheetId, SheetSpec, TableSheetSpec } from '../spec/types';
import { detectHeaderRow, headerKey } from '../validate/headers';
import { validateWorkbook } from '../validate/engine';
import type { WorkbookValues } from '../validate/types';
import { columnConditionalFormats, columnNumberFormat, columnValidation } from './column-rules';
import { indicatorSheetPlans } from './indicator-sheet';
import { keyValueSheetPlan } from './key-value-sheet';
import { listCatalogue, listNamedRanges, listsSheetPlan, type ListCatalogue } from './lists';
import { sharingFormPlan } from './sharing-form';
import { HEADER_FILL, LABEL_FILL, REQUIRED_HEADER_FILL } from './styles';
import { dataAreaLastRow, tableSheetPlan } from './table-sheet';
import type {
  ConditionalFormatRule,
  DateStyle,
  NamedRange,
  NumberFormatRule,
  PlanColumn,
  RangeStyle,
  SheetPlan,
  ValidationRule,
} from './types';

/** A column (table sheet) or item (keyValue sheet) added by the upgrade. */
export interface AppendedField {
  readonly key: string;
  readonly header: string;
  /** 0-based cell of the header (table) or label (keyValue). */
  readonly at: CellRef;
  /** Width and whole-column format of a new table column. */
  readonly column?: PlanColumn;
  /** Formats of single cells (a keyValue item's value cell). */
  readonly numberFormats: readonly NumberFormatRule[];
  readonly validation: ValidationRule;
  readonly conditionalFormats: readonly ConditionalFormatRule[];
  readonly styles: readonly RangeStyle[];
}

export interface SheetUpgrade {
  readonly specId: SheetId;
  /** Tab name as found. */
  readonly tab: string;
  /** Current spec name when the tab has an older name, else null. */
  readonly rename: string | null;
  readonly headerRenames: readonly { readonly at: CellRef; readonly from: string; readonly to: string }[];
  readonly appended: readonly AppendedField[];
  /** Headers the spec does not know (left untouched). */
  readonly unknownHeaders: readonly string[];
}

export interface WorkbookUpgradePlan {
  readonly sheets: readonly SheetUpgrade[];
  readonly tabRenames: readonly { readonly from: string; readonly to: string }[];
  /** Sheets to add because the workbook lacks them. */
  readonly added: readonly SheetPlan[];
  /** Sheets to write from scratch, replacing a tab of the same name if there is one. */
  readonly regenerated: readonly SheetPlan[];
  /** Workbook names to (re)define. */
  readonly namedRanges: readonly NamedRange[];
  /** Tab order of the sheets the kit knows (final names); other tabs keep their relative order after them. */
  readonly order: readonly string[];
  /** Standardized tabs whose header row could not be found (left untouched). */
  readonly unrecognized: readonly string[];
  /**
   * Cells holding an older name of a vocabulary value (a column's valueAliases), rewritten to the
   * current name after the tab and header renames, each logged on 修正履歴 with its old value.
   */
  readonly valueRenames: FixPlan;
}

export interface UpgradeOptions {
  readonly dates?: DateStyle;
  readonly dataRows?: number;
  /** When the upgrade runs, as the host shows it ('2025-12-01 09:00'): the 修正履歴 time of value renames. */
  readonly at?: string;
}

/** The spec a tab stands for: current name, an older name, or a width/space-insensitive spelling. */
function specForTab(tab: string, taken: ReadonlySet<SheetId>): SheetSpec | undefined {
  const name = tab.trim();
  const specs: readonly SheetSpec[] = SHEETS;
  const free = specs.filter((s) => !taken.has(s.id));
  return (
    free.find((s) => s.name === name) ??
    free.find((s) => (s.aliases ?? []).includes(name)) ??
    free.find((s) => [s.name, ...(s.aliases ?? [])].some((n) => headerKey(n) === headerKey(name)))
  );
}

/** Tab → spec, current names first so an old and a new tab of one sheet resolve like the engine does. */
function assignSpecs(tabs: readonly string[]): Map<string, SheetSpec> {
  const out = new Map<string, SheetSpec>();
  const taken = new Set<SheetId>();
  const exactFirst = [...tabs].sort((a, b) => Number(!SHEETS.some((s) => s.name === b.trim())) - Number(!SHEETS.some((s) => s.name === a.trim())));
  for (const tab of exactFirst) {
    const spec = specForTab(tab, taken);
    if (!spec) continue;
    out.set(tab, spec);
    taken.add(spec.id);
  }
  return out;
}

function headerStyle(col: ColumnSpec, cell: string): RangeStyle[] {
  return [
    { range: cell, bold: true, wrap: true, vertical: 'middle', horizontal: 'center', fill: HEADER_FILL, border: 'grid' },
    ...(col.required ? [{ range: cell, fill: REQUIRED_HEADER_FILL }] : []),
  ];
}

function upgradeTable(spec: TableSheetSpec, tab: string, grid: Grid, lists: ListCatalogue, options: UpgradeOptions): SheetUpgrade | null {
  const h = detectHeaderRow(spec, grid);
  if (h < 0) return null;
  const header = grid[h] ?? [];
  const plan = planHeaderUpgrade(spec, header);
  const byKey = new Map(spec.columns.map((c) => [c.key, c]));
  const records = Math.max(0, grid.length - h - 1);
  const lastRow = h + dataAreaLastRow(records, options.dataRows);
  const firstDataRow = h + 2;
  let lastCol = header.length - 1;
  for (const a of plan.appended) lastCol = Math.max(lastCol, a.col);
  const rowSpan = `$A${firstDataRow}:$${columnLetters(lastCol)}${firstDataRow}`;
  const appended: AppendedField[] = plan.appended.map((a) => {
    const col = byKey.get(a.key) as ColumnSpec;
    const letter = columnLetters(a.col);
    const range = `${letter}${firstDataRow}:${letter}${lastRow}`;
    return {
      key: a.key,
      header: a.header,
      at: { row: h, col: a.col },
      column: { index: a.col, width: col.width, numberFormat: columnNumberFormat(col, options.dates ?? 'wareki') },
      numberFormats: [],
      validation: columnValidation(col, range, lists.listFor(spec, col)),
      conditionalFormats: columnConditionalFormats(col, range, `${letter}${firstDataRow}`, rowSpan),
      styles: headerStyle(col, `${letter}${h + 1}`),
    };
  });
  return {
    specId: spec.id,
    tab,
    rename: tab === spec.name ? null : spec.name,
    headerRenames: plan.renames.map((r) => ({ at: { row: h, col: r.col }, from: r.from, to: r.to })),
    appended,
    unknownHeaders: plan.unknown,
  };
}

function upgradeKeyValue(spec: FormSheetSpec, tab: string, grid: Grid, lists: ListCatalogue, options: UpgradeOptions): SheetUpgrade {
  const labels = grid.map((row) => row[0]);
  const plan = planHeaderUpgrade(spec, labels);
  const byKey = new Map(spec.columns.map((c) => [c.key, c]));
  const appended: AppendedField[] = plan.appended.map((a) => {
    const col = byKey.get(a.key) as ColumnSpec;
    const cell = `B${a.col + 1}`;
    return {
      key: a.key,
      header: a.header,
      at: { row: a.col, col: 0 },
      numberFormats: [{ range: cell, format: columnNumberFormat(col, options.dates ?? 'wareki') }],
      validation: columnValidation(col, cell, lists.listFor(spec, col)),
      conditionalFormats: columnConditionalFormats(col, cell, cell, null),
      styles: [{ range: `A${a.col + 1}`, bold: true, fill: col.required ? REQUIRED_HEADER_FILL : LABEL_FILL, vertical: 'top', border: 'grid' }, { range: cell, border: 'grid' }],
    };
  });
  return {
    specId: spec.id,
    tab,
    rename: tab === spec.name ? null : spec.name,
    headerRenames: plan.renames.map((r) => ({ at: { row: r.col, col: 0 }, from: r.from, to: r.to })),
    appended,
    unknownHeaders: plan.unknown,
  };
}

/** The grids as they will look after the upgrade (renamed tabs, rewritten and appended headers). */
function simulate(values: WorkbookValues, sheets: readonly SheetUpgrade[]): WorkbookValues {
  const out: Record<string, Grid> = { ...values };
  for (const s of sheets) {
    const grid = (values[s.tab] ?? []).map((row) => [...row]);
    const put = (at: CellRef, text: string) => {
      while (grid.length <= at.row) grid.push([]);
      const row = grid[at.row] as unknown[];
      while (row.length < at.col) row.push('');
      row[at.col] = text;
    };
    for (const r of s.headerRenames) put(r.at, r.to);
    for (const a of s.appended) put(a.at, a.header);
    if (s.rename) delete out[s.tab];
    out[s.rename ?? s.tab] = grid;
  }
  return out;
}

/**
 * True when a printed-form tab holds nothing but the labels of the current form: a form the kit laid
 * out and nobody wrote a case into. Versions of the form only ever add lines (v2: 利用者氏名・生年月日
 * and the 本人（家族）の同意 block), so an untouched older form passes and is rebuilt with the new
 * blank lines; a form with anything typed (a case, a note, a changed label) stays exactly as it is.
 */
function onlyFormLabels(grid: Grid, form: SheetPlan): boolean {
  const labels = new Set<string>();
  for (const block of form.blocks) for (const row of block.values) for (const cell of row) if (typeof cell === 'string') labels.add(cell.trim());
  return grid.every((row) => row.every((v) => isBlank(v) || (typeof v === 'string' && labels.has(v.trim()))));
}

function blankSheetPlan(spec: SheetSpec, lists: ListCatalogue, options: UpgradeOptions): SheetPlan {
  const dates = options.dates ?? 'wareki';
  if (spec.kind === 'keyValue') return keyValueSheetPlan(spec, null, { lists, dates });
  const rows = spec.id === 'noticeTemplates' ? (DEFAULT_NOTICE_TEMPLATES as unknown as readonly Readonly<Record<string, NormalizedValue>>[]) : [];
  return tableSheetPlan(spec, rows, { lists, dates, ...(options.dataRows !== undefined ? { dataRows: options.dataRows } : {}) });
}

/**
 * Plans the upgrade of a workbook from the values of all its tabs (each read once).
 * @example planWorkbookUpgrade({ '医療・介護資源リスト': grid }).tabRenames // [{ from: '医療・介護資源リスト', to: '資源リスト' }]
 */
export function planWorkbookUpgrade(values: WorkbookValues, options: UpgradeOptions = {}): WorkbookUpgradePlan {
  const specs: readonly SheetSpec[] = SHEETS;
  const lists = listCatalogue(specs);
  const tabs = Object.keys(values);
  const specOf = assignSpecs(tabs);
  const sheets: SheetUpgrade[] = [];
  const regenerated: SheetPlan[] = [];
  const unrecognized: string[] = [];
  const tabRenames: { from: string; to: string }[] = [];
  const present = new Set<SheetId>();
  for (const tab of tabs) {
    const spec = specOf.get(tab);
    if (!spec) continue;
    present.add(spec.id);
    const grid = values[tab] ?? [];
    if (tab !== spec.name) tabRenames.push({ from: tab, to: spec.name });
    const blank = grid.every((row) => row.every((v) => isBlank(v)));
    if (blank) {
      // Nothing to keep: rebuild it under its current name.
      regenerated.push(blankSheetPlan(spec, lists, options));
      sheets.push({ specId: spec.id, tab, rename: tab === spec.name ? null : spec.name, headerRenames: [], appended: [], unknownHeaders: [] });
      continue;
    }
    const upgrade = spec.kind === 'table' ? upgradeTable(spec, tab, grid, lists, options) : upgradeKeyValue(spec, tab, grid, lists, options);
    if (upgrade) sheets.push(upgrade);
    else {
      unrecognized.push(tab);
      if (tab !== spec.name) sheets.push({ specId: spec.id, tab, rename: spec.name, headerRenames: [], appended: [], unknownHeaders: [] });
    }
  }
  const added: SheetPlan[] = specs.filter((s) => !present.has(s.id)).map((s) => blankSheetPlan(s, lists, options));
  const form = sharingFormPlan();
  if (!tabs.includes(form.name)) added.push(form);
  else if (onlyFormLabels(values[form.name] ?? [], form)) regenerated.push(form);

  // The 指標 formulas must address the upgraded layout, which validation of the simulated result gives.
  const after = simulate(values, sheets);
  const check = validateWorkbook(after);
  // Helper-sheet capacity follows the source sheets' row counts (header row included: a spare row).
  const count = (id: SheetId) => after[getSheet(id).name]?.length ?? 0;
  regenerated.push(
    ...indicatorSheetPlans({ attendees: count('attendees'), consultations: count('consultations'), issues: count('issues'), contacts: count('contacts'), events: count('events'), layouts: check.layouts }),
    listsSheetPlan(lists),
  );
  // The printed form may be among the rebuilt sheets too: each name once.
  const order = [...new Set([...specs.map((s) => s.name), form.name, ...regenerated.filter((p) => p.role !== 'table' && p.role !== 'keyValue').map((p) => p.name)])];
  const valueRenames = planFix(after, { at: options.at ?? '', scope: 'renamedValues', layouts: check.layouts });
  return { sheets, tabRenames, added, regenerated, namedRanges: listNamedRanges(lists), order, unrecognized, valueRenames };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A formula with references to tab `from` pointing at tab `to` instead ('from'!A1 and from!A1;
 * string literals are left alone).
 * @example renameSheetInFormula("COUNTA('会議記録'!A:A)", '会議記録', '会議・研修記録') // "COUNTA('会議・研修記録'!A:A)"
 */
export function renameSheetInFormula(formula: string, from: string, to: string): string {
  const quotedTo = `'${to.replace(/'/g, "''")}'!`;
  const quoted = new RegExp(`'${escapeRegExp(from.replace(/'/g, "''"))}'!`, 'g');
  // No lookbehind: older Safari (Office on Mac) lacks it; the preceding character is kept via $1.
  const bare = new RegExp(`(^|[^\\p{L}\\p{N}_.'])${escapeRegExp(from)}!`, 'gu');
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(quoted, quotedTo).replace(bare, (_m, lead: string) => `${lead}${quotedTo}`)))
    .join('');
}
