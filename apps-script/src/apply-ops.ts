/// <reference types="google-apps-script" />
/**
 * Applies the core's HostOp list to a spreadsheet with batched SpreadsheetApp calls. The number of
 * calls depends on the shape of the plan (columns, rules, distinct styles), never on its row count:
 * each value block is one setValues, ranges that get the same format or style go through one
 * RangeList, every sheet's conditional formats are one setConditionalFormatRules. The caller flushes
 * once at the end.
 *
 * Choices Sheets forces (decided here; the README points to this list):
 * - Protected formula ranges are warning-only (`setWarningOnly(true)`), the Sheets counterpart of
 *   Excel's password-less protection: anyone may still edit after confirming, nobody loses access.
 * - Sheets has no print-setup or page-break API in SpreadsheetApp: `print` and `pageBreaks` are left
 *   to the user's print dialog (通知_印刷 pages are laid out to fit A4 on their own).
 * - Validations: Sheets has no whole-number, time or text-length criteria; they become number bounds
 *   and a custom formula (LEN). The validation engine still checks every value exactly.
 *   Prompt-only rules become an always-true custom formula carrying the help text, the only way Sheets
 *   shows a hint for a cell.
 */
import { columnLetters, fromA1, type CellRef } from '../../templates/core/address';
import { isKitHighlightFormula } from '../../templates/host/findings-sheet';
import type { HostOp } from '../../templates/host/ops';
import { splitFillDown } from '../../templates/plan/fill-down';
import { literalInput, literalInputs } from '../../templates/plan/host-input';
import type { AppendedField } from '../../templates/plan/upgrade';
import {
  FORMATS,
  type ChartPlan,
  type ConditionalFormatRule,
  type NamedRange,
  type NumberFormatRule,
  type PlanColumn,
  type RangeStyle,
  type SheetPlan,
  type ValidationRule,
  type ValueBlock,
} from '../../templates/plan/types';
import { sheetsDateOfSerial } from './read-workbook';


/** Below this many rows a formula column is written as values (one call is as good). */
const FILL_MIN_ROWS = 50;
/** Most calls a filled-down block may take before one setValues is the better deal. */
const MAX_FILL_CALLS = 40;

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Sheets' default column width is 100 px for about 12–14 characters: ≈7 px per character plus padding. */
export function columnPixels(chars: number): number {
  return Math.round(chars * 7 + 5);
}

/** Row heights come in points; Sheets sets pixels (96 dpi). */
export function rowPixels(points: number): number {
  return Math.round((points * 4) / 3);
}

/** Sheets has no era number format: a 和暦 pattern that slipped through is shown western. */
export function sheetsNumberFormat(format: string): string {
  return format === FORMATS.dateWareki || format.includes('[$-411]') || /g{2,3}e/.test(format) ? FORMATS.dateWestern : format;
}

interface Box {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

/** 0-based box of 'B2' or 'B2:D9' (no sheet name). */
export function boxOf(a1: string): Box {
  const [a, b] = a1.split(':');
  const start = fromA1(a as string);
  const end = b === undefined ? start : fromA1(b);
  return { row: Math.min(start.row, end.row), col: Math.min(start.col, end.col), rows: Math.abs(end.row - start.row) + 1, cols: Math.abs(end.col - start.col) + 1 };
}

function blockBox(block: ValueBlock): Box {
  const at = fromA1(block.at);
  return { row: at.row, col: at.col, rows: block.values.length, cols: block.values[0]?.length ?? 0 };
}

/** Rows and columns a plan needs (1-based counts). */
export function planExtent(plan: SheetPlan): { rows: number; cols: number } {
  let rows = 1;
  let cols = 1;
  const take = (b: Box) => {
    rows = Math.max(rows, b.row + b.rows);
    cols = Math.max(cols, b.col + b.cols);
  };
  for (const b of plan.blocks) take(blockBox(b));
  for (const c of plan.columns) cols = Math.max(cols, c.index + 1);
  if (plan.dataArea) rows = Math.max(rows, plan.dataArea.lastRow);
  if (plan.freeze) {
    rows = Math.max(rows, plan.freeze.rows + 1);
    cols = Math.max(cols, plan.freeze.cols + 1);
  }
  for (const h of plan.rowHeights) rows = Math.max(rows, h.row + 1);
  const ranges = [
    ...plan.numberFormats.map((r) => r.range),
    ...plan.validations.map((r) => r.range),
    ...plan.conditionalFormats.map((r) => r.range),
    ...plan.styles.map((r) => r.range),
    ...plan.merges,
    ...(plan.protection?.lockedRanges ?? []),
    ...(plan.autoFilter ? [plan.autoFilter] : []),
    ...plan.charts.flatMap((c) => [c.anchor, c.categories, ...c.series.map((s) => s.values)]),
  ];
  for (const r of ranges) take(boxOf(r));
  return { rows, cols };
}

function fieldExtent(field: AppendedField): { rows: number; cols: number } {
  let rows = field.at.row + 1;
  let cols = field.at.col + 1;
  const ranges = [field.validation.range, ...field.numberFormats.map((r) => r.range), ...field.conditionalFormats.map((r) => r.range), ...field.styles.map((r) => r.range)];
  for (const r of ranges) {
    const b = boxOf(r);
    rows = Math.max(rows, b.row + b.rows);
    cols = Math.max(cols, b.col + b.cols);
  }
  if (field.column) cols = Math.max(cols, field.column.index + 1);
  return { rows, cols };
}

/** Runs of consecutive indexes that share a key: [[start, count, key]]. */
function runs<T>(items: readonly { readonly index: number; readonly key: T }[]): { start: number; count: number; key: T }[] {
  const sorted = [...items].sort((a, b) => a.index - b.index);
  const out: { start: number; count: number; key: T }[] = [];
  for (const it of sorted) {
    const last = out[out.length - 1];
    if (last && last.key === it.key && last.start + last.count === it.index) last.count++;
    else out.push({ start: it.index, count: 1, key: it.key });
  }
  return out;
}

/** Groups values by a key, keeping first-seen order. */
function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const it of items) {
    const k = key(it);
    const list = out.get(k);
    if (list) list.push(it);
    else out.set(k, [it]);
  }
  return out;
}

/**
 * The applier for one command: keeps the Sheet objects it has (from the read) so no tab is looked up
 * twice, and remembers which tabs must stay hidden after reordering (activating a tab shows it).
 */
export class SheetsApplier {
  private readonly sheets: Map<string, Sheet>;
  private readonly hidden = new Set<string>();

  constructor(
    private readonly ss: Spreadsheet,
    sheets: ReadonlyMap<string, Sheet>,
  ) {
    this.sheets = new Map(sheets);
  }

  apply(ops: readonly HostOp[]): void {
    for (const op of ops) {
      switch (op.kind) {
        case 'replaceSheet':
          this.replaceSheet(op.plan);
          break;
        case 'renameSheet':
          this.renameSheet(op.from, op.to);
          break;
        case 'writeBlocks':
          this.writeBlocks(op.sheet, op.blocks);
          break;
        case 'appendField':
          this.appendField(op.sheet, op.field);
          break;
        case 'setHighlights':
          this.setHighlights(op.sheet, op.rules);
          break;
        case 'defineNames':
          this.defineNames(op.names);
          break;
        case 'orderSheets':
          this.orderSheets(op.order);
          break;
        case 'activate':
          this.activate(op.sheet, op.range);
          break;
      }
    }
  }

  /** The tab, or undefined when the workbook has none of that name. */
  sheet(name: string): Sheet | undefined {
    return this.sheets.get(name);
  }

  private requireSheet(name: string): Sheet {
    const sheet = this.sheets.get(name);
    if (!sheet) throw new Error(`sheet not found: ${name}`);
    return sheet;
  }

  // ── replaceSheet ────────────────────────────────────────────────────────────

  private replaceSheet(plan: SheetPlan): void {
    let sheet = this.sheets.get(plan.name);
    if (sheet) this.clearSheet(sheet, plan);
    else {
      sheet = this.ss.insertSheet(plan.name, this.sheets.size);
      this.sheets.set(plan.name, sheet);
    }
    const extent = planExtent(plan);
    this.resizeRows(sheet, extent.rows);
    this.growColumns(sheet, extent.cols);
    this.applyColumns(sheet, plan.columns);
    this.applyNumberFormats(sheet, plan.numberFormats);
    for (const block of plan.blocks) this.writeBlock(sheet, block);
    this.applyStyles(sheet, plan.styles);
    for (const merge of plan.merges) sheet.getRange(merge).merge();
    for (const run of runs(plan.rowHeights.map((h) => ({ index: h.row, key: rowPixels(h.height) })))) sheet.setRowHeights(run.start + 1, run.count, run.key);
    for (const rule of plan.validations) sheet.getRange(rule.range).setDataValidation(dataValidation(rule));
    if (plan.conditionalFormats.length) sheet.setConditionalFormatRules(plan.conditionalFormats.map(conditionalRule(sheet)));
    sheet.setFrozenRows(plan.freeze?.rows ?? 0);
    sheet.setFrozenColumns(plan.freeze?.cols ?? 0);
    if (plan.tabColor) sheet.setTabColor(plan.tabColor);
    for (const range of plan.protection?.lockedRanges ?? []) {
      sheet.getRange(range).protect().setDescription(`在宅連携キット: ${plan.name} の数式（編集前に確認が出ます）`).setWarningOnly(true);
    }
    // Sheets keeps the filter usable beside warning-only protections: a clerk filters 指標 by scene.
    if (plan.autoFilter) sheet.getRange(plan.autoFilter).createFilter();
    for (const chart of plan.charts) sheet.insertChart(chartOf(sheet, chart));
    if (plan.hidden) {
      sheet.hideSheet();
      this.hidden.add(plan.name);
    } else this.hidden.delete(plan.name);
  }

  /** Everything a previous run left on a kit sheet: values, formats, rules, merges, charts, filter, protection. */
  private clearSheet(sheet: Sheet, plan: SheetPlan): void {
    sheet.clear();
    const all = sheet.getRange(1, 1, sheet.getMaxRows(), sheet.getMaxColumns());
    all.clearDataValidations();
    all.breakApart();
    sheet.showColumns(1, sheet.getMaxColumns());
    sheet.clearConditionalFormatRules();
    for (const chart of sheet.getCharts()) sheet.removeChart(chart);
    // A sheet holds one filter and clear() keeps it: drop it so the plan's filter can be created.
    sheet.getFilter()?.remove();
    for (const type of [SpreadsheetApp.ProtectionType.RANGE, SpreadsheetApp.ProtectionType.SHEET]) {
      for (const p of sheet.getProtections(type)) if (p.canEdit()) p.remove();
    }
    if (!plan.tabColor) sheet.setTabColor(null as unknown as string);
    if (!plan.hidden) sheet.showSheet();
  }

  /** A kit sheet gets exactly the rows its plan needs: one insert or one delete call, whatever the count. */
  private resizeRows(sheet: Sheet, rows: number): void {
    const max = sheet.getMaxRows();
    if (max < rows) sheet.insertRowsAfter(max, rows - max);
    else if (max > rows) sheet.deleteRows(rows + 1, max - rows);
  }

  private growRows(sheet: Sheet, rows: number): void {
    const max = sheet.getMaxRows();
    if (max < rows) sheet.insertRowsAfter(max, rows - max);
  }

  private growColumns(sheet: Sheet, cols: number): void {
    const max = sheet.getMaxColumns();
    if (max < cols) sheet.insertColumnsAfter(max, cols - max);
  }

  private applyColumns(sheet: Sheet, columns: readonly PlanColumn[]): void {
    for (const run of runs(columns.map((c) => ({ index: c.index, key: columnPixels(c.width) })))) sheet.setColumnWidths(run.start + 1, run.count, run.key);
    const formatted = columns.filter((c) => c.numberFormat !== undefined);
    for (const [format, cols] of groupBy(formatted, (c) => sheetsNumberFormat(c.numberFormat as string))) {
      const letters = cols.map((c) => `${columnLetters(c.index)}:${columnLetters(c.index)}`);
      sheet.getRangeList(letters).setNumberFormat(format);
    }
    for (const run of runs(columns.filter((c) => c.hidden).map((c) => ({ index: c.index, key: true })))) sheet.hideColumns(run.start + 1, run.count);
  }

  private applyNumberFormats(sheet: Sheet, rules: readonly NumberFormatRule[]): void {
    for (const [format, list] of groupBy(rules, (r) => sheetsNumberFormat(r.format))) sheet.getRangeList(list.map((r) => r.range)).setNumberFormat(format);
  }

  /** Ranges with the same look go through one RangeList, so 500 printed pages cost what one does. */
  private applyStyles(sheet: Sheet, styles: readonly RangeStyle[]): void {
    const signature = (s: RangeStyle) => JSON.stringify([s.bold, s.fontSize, s.fontColor, s.fill, s.wrap, s.horizontal, s.vertical, s.border]);
    for (const list of groupBy(styles, signature).values()) {
      const s = list[0] as RangeStyle;
      const target = sheet.getRangeList(list.map((x) => x.range));
      if (s.bold !== undefined) target.setFontWeight(s.bold ? 'bold' : 'normal');
      if (s.fontSize !== undefined) target.setFontSize(s.fontSize);
      if (s.fontColor !== undefined) target.setFontColor(s.fontColor);
      if (s.fill !== undefined) target.setBackground(s.fill);
      if (s.wrap !== undefined) target.setWrap(s.wrap);
      if (s.horizontal !== undefined) target.setHorizontalAlignment(s.horizontal);
      if (s.vertical !== undefined) target.setVerticalAlignment(s.vertical);
      if (s.border === 'grid') target.setBorder(true, true, true, true, true, true);
      if (s.border === 'box') target.setBorder(true, true, true, true, null, null);
    }
  }

  /**
   * One setValues per block; strings go through literalInputs so text stays text. A block whose
   * columns are one relative formula filled down (指標計算) is written as its loose rows plus one
   * `setFormula` per filled column: Sheets fills a formula set on a multi-cell range down itself,
   * adjusting relative references, so 45,000 formula texts become a handful of calls. The split is
   * the core's (templates/plan/fill-down.ts, shared with the Excel host); a split that would need
   * more calls than MAX_FILL_CALLS falls back to one setValues, so calls never grow with the rows.
   */
  private writeBlock(sheet: Sheet, block: ValueBlock): void {
    const box = blockBox(block);
    if (box.rows === 0 || box.cols === 0) return;
    const split = splitFillDown(block, FILL_MIN_ROWS);
    const fillCalls = split.fills.reduce((n, f) => n + (f.seed.values[0]?.length ?? 0), 0);
    if (split.fills.length === 0 || split.blocks.length + fillCalls > MAX_FILL_CALLS) {
      sheet.getRange(box.row + 1, box.col + 1, box.rows, box.cols).setValues(literalInputs(block.values));
      return;
    }
    for (const part of split.blocks) {
      const b = blockBox(part);
      sheet.getRange(b.row + 1, b.col + 1, b.rows, b.cols).setValues(literalInputs(part.values));
    }
    for (const fill of split.fills) {
      const seed = blockBox(fill.seed);
      const rows = 1 + fromA1(fill.target.split(':')[1] as string).row - seed.row;
      (fill.seed.values[0] ?? []).forEach((cell, c) => {
        const formula = cell !== null && typeof cell === 'object' ? cell.formula : null;
        if (formula !== null) sheet.getRange(seed.row + 1, seed.col + 1 + c, rows, 1).setFormula(`=${formula}`);
      });
    }
  }

  // ── operations on existing tabs ─────────────────────────────────────────────

  private renameSheet(from: string, to: string): void {
    const sheet = this.sheets.get(from);
    if (!sheet || this.sheets.has(to)) return;
    sheet.setName(to);
    this.sheets.delete(from);
    this.sheets.set(to, sheet);
  }

  private writeBlocks(name: string, blocks: readonly ValueBlock[]): void {
    const sheet = this.requireSheet(name);
    let rows = 1;
    let cols = 1;
    for (const b of blocks) {
      const box = blockBox(b);
      rows = Math.max(rows, box.row + box.rows);
      cols = Math.max(cols, box.col + box.cols);
    }
    this.growRows(sheet, rows);
    this.growColumns(sheet, cols);
    for (const block of blocks) this.writeBlock(sheet, block);
  }

  private appendField(name: string, field: AppendedField): void {
    const sheet = this.requireSheet(name);
    const extent = fieldExtent(field);
    this.growRows(sheet, extent.rows);
    this.growColumns(sheet, extent.cols);
    if (field.column) this.applyColumns(sheet, [field.column]);
    this.applyNumberFormats(sheet, field.numberFormats);
    sheet.getRange(field.at.row + 1, field.at.col + 1).setValue(literalInput(field.header));
    this.applyStyles(sheet, field.styles);
    sheet.getRange(field.validation.range).setDataValidation(dataValidation(field.validation));
    if (field.conditionalFormats.length) {
      sheet.setConditionalFormatRules([...sheet.getConditionalFormatRules(), ...field.conditionalFormats.map(conditionalRule(sheet))]);
    }
  }

  /** The user's own rules stay; the kit's highlight rules (recognized by formula) are replaced. */
  private setHighlights(name: string, rules: readonly ConditionalFormatRule[]): void {
    const sheet = this.sheets.get(name);
    if (!sheet) return;
    const kept = sheet.getConditionalFormatRules().filter((rule) => {
      const condition = rule.getBooleanCondition();
      const formula = condition ? String(condition.getCriteriaValues()[0] ?? '') : '';
      return !isKitHighlightFormula(formula);
    });
    let rows = 1;
    let cols = 1;
    for (const r of rules) {
      const b = boxOf(r.range);
      rows = Math.max(rows, b.row + b.rows);
      cols = Math.max(cols, b.col + b.cols);
    }
    if (rules.length) {
      this.growRows(sheet, rows);
      this.growColumns(sheet, cols);
    }
    sheet.setConditionalFormatRules([...kept, ...rules.map(conditionalRule(sheet))]);
  }

  private defineNames(names: readonly NamedRange[]): void {
    const existing = new Map<string, GoogleAppsScript.Spreadsheet.NamedRange>();
    for (const nr of this.ss.getNamedRanges()) existing.set(nr.getName(), nr);
    for (const n of names) {
      const range = this.ss.getRange(n.ref);
      const old = existing.get(n.name);
      if (old) old.setRange(range);
      else this.ss.setNamedRange(n.name, range);
    }
  }

  /** Kit tabs first in plan order (Sheets moves only the active tab), hidden tabs hidden again. */
  private orderSheets(order: readonly string[]): void {
    let position = 1;
    for (const name of order) {
      const sheet = this.sheets.get(name);
      if (!sheet) continue;
      this.ss.setActiveSheet(sheet);
      this.ss.moveActiveSheet(position++);
    }
    for (const name of this.hidden) this.sheets.get(name)?.hideSheet();
  }

  private activate(name: string, range?: string): void {
    const sheet = this.sheets.get(name);
    if (!sheet) return;
    sheet.activate();
    if (range) sheet.getRange(range).activate();
  }
}

/** Applies a command's operations (the caller flushes once afterwards). */
export function applyOps(ss: Spreadsheet, sheets: ReadonlyMap<string, Sheet>, ops: readonly HostOp[]): SheetsApplier {
  const applier = new SheetsApplier(ss, sheets);
  applier.apply(ops);
  return applier;
}

/** The formula of a relative custom-formula rule, anchored at the range's top-left cell. */
function topLeft(range: string): string {
  const b = boxOf(range);
  return `${columnLetters(b.col)}${b.row + 1}`;
}

function helpText(rule: ValidationRule): string | null {
  const parts: string[] = [];
  if (rule.prompt) parts.push(rule.prompt.title ? `${rule.prompt.title}: ${rule.prompt.message}` : rule.prompt.message);
  else if (rule.error) parts.push(rule.error.message);
  return parts.length ? parts.join('\n') : null;
}

/**
 * A Sheets data-validation rule for a plan rule. Bounds of date rules are Dates (Tokyo midnight),
 * 'stop' rejects the input, 'warning'/'information' accept it with the red-corner warning.
 */
export function dataValidation(rule: ValidationRule): GoogleAppsScript.Spreadsheet.DataValidation {
  let b = SpreadsheetApp.newDataValidation();
  const min = rule.kind === 'list' || rule.kind === 'any' ? undefined : rule.min;
  const max = rule.kind === 'list' || rule.kind === 'any' ? undefined : rule.max;
  const cell = topLeft(rule.range);
  switch (rule.kind) {
    case 'list':
      b = b.requireValueInList([...rule.values], true);
      break;
    case 'date':
      if (min !== undefined && max !== undefined) b = b.requireDateBetween(sheetsDateOfSerial(min), sheetsDateOfSerial(max));
      else if (min !== undefined) b = b.requireDateOnOrAfter(sheetsDateOfSerial(min));
      else if (max !== undefined) b = b.requireDateOnOrBefore(sheetsDateOfSerial(max));
      else b = b.requireDate();
      break;
    case 'whole':
    case 'decimal':
    case 'time':
      if (min !== undefined && max !== undefined) b = b.requireNumberBetween(min, max);
      else if (min !== undefined) b = b.requireNumberGreaterThanOrEqualTo(min);
      else if (max !== undefined) b = b.requireNumberLessThanOrEqualTo(max);
      else b = b.requireFormulaSatisfied(`=ISNUMBER(${cell})`);
      break;
    case 'textLength': {
      const tests = [...(min !== undefined ? [`LEN(${cell})>=${min}`] : []), ...(max !== undefined ? [`LEN(${cell})<=${max}`] : [])];
      b = b.requireFormulaSatisfied(tests.length ? `=AND(${tests.join(',')})` : '=TRUE');
      break;
    }
    case 'any':
      b = b.requireFormulaSatisfied('=TRUE');
      break;
  }
  const text = helpText(rule);
  if (text) b = b.setHelpText(text);
  b = b.setAllowInvalid(rule.kind === 'any' || rule.error?.style !== 'stop');
  return b.build();
}

/** A Sheets conditional-format rule (custom formula, relative to the range's top-left cell). */
function conditionalRule(sheet: Sheet): (rule: ConditionalFormatRule) => GoogleAppsScript.Spreadsheet.ConditionalFormatRule {
  return (rule) => {
    let b = SpreadsheetApp.newConditionalFormatRule().whenFormulaSatisfied(`=${rule.formula}`).setBackground(rule.fill);
    if (rule.fontColor) b = b.setFontColor(rule.fontColor);
    return b.setRanges([sheet.getRange(rule.range)]).build();
  };
}

const CHART_TYPES: Record<ChartPlan['kind'], () => GoogleAppsScript.Charts.ChartType> = {
  column: () => Charts.ChartType.COLUMN,
  bar: () => Charts.ChartType.BAR,
  line: () => Charts.ChartType.LINE,
  pie: () => Charts.ChartType.PIE,
};

/** A native chart: category labels and one range per series, merged as columns. */
function chartOf(sheet: Sheet, chart: ChartPlan): GoogleAppsScript.Spreadsheet.EmbeddedChart {
  const anchor: CellRef = fromA1(chart.anchor);
  let b = sheet.newChart().setChartType(CHART_TYPES[chart.kind]()).setMergeStrategy(Charts.ChartMergeStrategy.MERGE_COLUMNS).addRange(sheet.getRange(chart.categories));
  for (const s of chart.series) b = b.addRange(sheet.getRange(s.values));
  return b
    .setNumHeaders(0)
    .setPosition(anchor.row + 1, anchor.col + 1, 0, 0)
    .setOption('title', chart.title)
    .setOption('legend', { position: 'none' })
    .setOption('width', chart.size.cols * 100)
    .setOption('height', chart.size.rows * 21)
    .build();
}
