/**
 * Applying the core's host operations (templates/host/ops.ts) with Office.js: every operation becomes
 * queued calls on one request context, sent by `WriteBatch` in as few syncs as the 5 MB request cap
 * allows (one for ordinary workbooks). No call reads anything back: what the writes need to know
 * (existing tabs, conditional formats, charts, protection, names) was loaded by `readWorkbook`.
 */
import { columnLetters, fromA1, rangeA1 } from '../../../templates/core/address';
import { dayFractionToHhMm, excelSerialToIso } from '../../../templates/dates/serial';
import { isKitHighlightFormula } from '../../../templates/host/findings-sheet';
import type { HostOp } from '../../../templates/host/ops';
import { chunkBlockByBytes } from '../../../templates/plan/chunk';
import { blockBytes, fillDownBytes, splitFillDown } from '../../../templates/plan/fill-down';
import { blockHasFormula, literalInputs } from '../../../templates/plan/host-input';
import type { AppendedField } from '../../../templates/plan/upgrade';
import type { ChartPlan, ConditionalFormatRule, RangeStyle, SheetPlan, ValidationRule, ValueBlock } from '../../../templates/plan/types';
import { CALL_BYTES, WriteBatch } from './batch';
import type { XRequestContext, XWorksheet } from './excel-api';
import type { ReadBook } from './read';

/** What the host may use above its declared minimum (ExcelApi 1.8), detected at run time. */
export interface HostFeatures {
  /** ExcelApi 1.9: suspendScreenUpdatingUntilNextSync, Range.copyFrom, pageLayout, page breaks, AutoFilter. */
  readonly api19: boolean;
}

export interface ApplyReport {
  readonly syncs: number;
  readonly maxRequestBytes: number;
}

/** Blocks at least this tall are checked for "one formula filled down" (small ones are not worth a copy call). */
const FILL_DOWN_MIN_ROWS = 64;

const CHART_TYPES: Readonly<Record<ChartPlan['kind'], string>> = { column: 'ColumnClustered', bar: 'BarClustered', line: 'Line', pie: 'Pie' };
const H_ALIGN = { left: 'Left', center: 'Center', right: 'Right' } as const;
const V_ALIGN = { top: 'Top', middle: 'Center', bottom: 'Bottom' } as const;
const ERROR_STYLE = { stop: 'Stop', warning: 'Warning', information: 'Information' } as const;

/** Excel column width is in points; the plan's width is in characters of the default font (≈ 7 px + 5 px padding). */
export function columnWidthPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

function blockRange(block: ValueBlock): string {
  const at = fromA1(block.at);
  return rangeA1(at.row, at.col, block.values.length, block.values[0]?.length ?? 1);
}

/** The rectangle covering several ranges on one sheet (a chart's categories and series). */
function boundingRange(ranges: readonly string[]): string {
  let r0 = Infinity;
  let c0 = Infinity;
  let r1 = -1;
  let c1 = -1;
  for (const range of ranges) {
    for (const corner of range.split(':')) {
      const ref = fromA1(corner);
      r0 = Math.min(r0, ref.row);
      c0 = Math.min(c0, ref.col);
      r1 = Math.max(r1, ref.row);
      c1 = Math.max(c1, ref.col);
    }
  }
  return rangeA1(r0, c0, r1 - r0 + 1, c1 - c0 + 1);
}

/** The Office.js data-validation rule object of a plan rule (null: prompt only). */
export function validationRule(rule: ValidationRule): Record<string, unknown> | null {
  if (rule.kind === 'any') return null;
  if (rule.kind === 'list') return { list: { inCellDropDown: true, source: `=${rule.listName}` } };
  const asText = (n: number): string | number => (rule.kind === 'date' ? (excelSerialToIso(n) ?? n) : rule.kind === 'time' ? (dayFractionToHhMm(n) ?? n) : n);
  const { min, max } = rule;
  let bound: Record<string, unknown>;
  if (min !== undefined && max !== undefined) bound = { formula1: asText(min), formula2: asText(max), operator: 'Between' };
  else if (min !== undefined) bound = { formula1: asText(min), operator: 'GreaterThanOrEqualTo' };
  else if (max !== undefined) bound = { formula1: asText(max), operator: 'LessThanOrEqualTo' };
  else return null;
  const key = { whole: 'wholeNumber', decimal: 'decimal', date: 'date', time: 'time', textLength: 'textLength' }[rule.kind];
  return { [key]: bound };
}

/** Applies `ops` in order; returns the syncs it made and its largest estimated request. */
export async function applyOps(ctx: XRequestContext, ops: readonly HostOp[], book: ReadBook, features: HostFeatures): Promise<ApplyReport> {
  if (ops.length === 0) return { syncs: 0, maxRequestBytes: 0 };
  const app = ctx.workbook.application;
  const batch = new WriteBatch(ctx, () => {
    app.suspendApiCalculationUntilNextSync();
    if (features.api19) app.suspendScreenUpdatingUntilNextSync();
  });
  const sheets = ctx.workbook.worksheets;
  const existing = new Set([...book.sheets.keys()]);
  const sheet = (name: string): XWorksheet => sheets.getItem(name);

  // Tabs first (renames, then the tabs the plan adds) so names and list validations can refer to them.
  for (const op of ops) {
    if (op.kind !== 'renameSheet') continue;
    await batch.reserve();
    sheet(op.from).name = op.to;
    existing.delete(op.from.toLowerCase());
    existing.add(op.to.toLowerCase());
  }
  const fresh = new Set<string>();
  for (const op of ops) {
    if (op.kind !== 'replaceSheet' || existing.has(op.plan.name.toLowerCase()) || fresh.has(op.plan.name)) continue;
    await batch.reserve();
    sheets.add(op.plan.name);
    fresh.add(op.plan.name);
  }
  for (const op of ops) if (op.kind === 'defineNames') await defineNames(op.names);

  async function defineNames(names: readonly { name: string; ref: string }[]): Promise<void> {
    for (const n of names) {
      await batch.reserve();
      if (book.names.has(n.name)) {
        ctx.workbook.names.getItem(n.name).formula = `=${n.ref}`;
      } else ctx.workbook.names.add(n.name, `=${n.ref}`);
    }
  }

  async function writeBlock(ws: XWorksheet, block: ValueBlock): Promise<void> {
    if (block.values.length === 0 || (block.values[0]?.length ?? 0) === 0) return;
    const formulas = blockHasFormula(block.values);
    if (formulas && features.api19 && block.values.length >= FILL_DOWN_MIN_ROWS) {
      const split = splitFillDown(block);
      if (split.fills.length && fillDownBytes(split) < blockBytes(block)) {
        for (const b of split.blocks) await writeChunks(ws, b, blockHasFormula(b.values));
        for (const fill of split.fills) {
          await writeChunks(ws, fill.seed, true);
          await batch.reserve();
          ws.getRange(fill.target).copyFrom(blockRange(fill.seed), 'Formulas');
        }
        return;
      }
    }
    await writeChunks(ws, block, formulas);
  }

  async function writeChunks(ws: XWorksheet, block: ValueBlock, formulas: boolean): Promise<void> {
    for (const chunk of chunkBlockByBytes(block)) {
      await batch.reserve(blockBytes(chunk) + CALL_BYTES);
      const range = ws.getRange(blockRange(chunk));
      // Strings go through literalInputs: an apostrophe keeps "=…", "+…", "-…", "@…" as text.
      if (formulas) range.formulas = literalInputs(chunk.values);
      else range.values = literalInputs(chunk.values);
    }
  }

  async function addConditionalFormat(ws: XWorksheet, rule: ConditionalFormatRule): Promise<void> {
    await batch.reserve(CALL_BYTES * 4 + rule.formula.length * 3);
    const cf = ws.getRange(rule.range).conditionalFormats.add('Custom');
    cf.custom.rule.formula = `=${rule.formula}`;
    cf.custom.format.fill.color = rule.fill;
    if (rule.fontColor) cf.custom.format.font.color = rule.fontColor;
  }

  async function setValidation(ws: XWorksheet, rule: ValidationRule, clearFirst: boolean): Promise<void> {
    await batch.reserve(CALL_BYTES * 5);
    const dv = ws.getRange(rule.range).dataValidation;
    if (clearFirst) dv.clear();
    const office = validationRule(rule);
    if (office) dv.rule = office;
    dv.ignoreBlanks = rule.allowBlank;
    if (rule.prompt) dv.prompt = { showPrompt: true, title: rule.prompt.title, message: rule.prompt.message };
    if (rule.error) dv.errorAlert = { showAlert: true, style: ERROR_STYLE[rule.error.style], title: rule.error.title, message: rule.error.message };
  }

  async function applyStyle(ws: XWorksheet, style: RangeStyle): Promise<void> {
    await batch.reserve(CALL_BYTES * 4);
    const f = ws.getRange(style.range).format;
    if (style.bold !== undefined) f.font.bold = style.bold;
    if (style.fontSize !== undefined) f.font.size = style.fontSize;
    if (style.fontColor) f.font.color = style.fontColor;
    if (style.fill) f.fill.color = style.fill;
    if (style.wrap !== undefined) f.wrapText = style.wrap;
    if (style.horizontal) f.horizontalAlignment = H_ALIGN[style.horizontal];
    if (style.vertical) f.verticalAlignment = V_ALIGN[style.vertical];
    if (style.border) {
      const edges = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', ...(style.border === 'grid' ? ['InsideHorizontal', 'InsideVertical'] : [])];
      for (const edge of edges) f.borders.getItem(edge).style = 'Continuous';
    }
  }

  async function setColumn(ws: XWorksheet, col: { index: number; width: number; numberFormat?: string; hidden?: boolean }): Promise<void> {
    await batch.reserve();
    const letter = columnLetters(col.index);
    const range = ws.getRange(`${letter}:${letter}`);
    range.format.columnWidth = columnWidthPoints(col.width);
    // One value for the whole column: Office applies it to every cell (no 1,048,576-row array).
    if (col.numberFormat) range.numberFormat = col.numberFormat;
    if (col.hidden) range.columnHidden = true;
  }

  async function replaceSheet(plan: SheetPlan): Promise<void> {
    const ws = sheet(plan.name);
    const info = book.sheets.get(plan.name.toLowerCase());
    if (info && !fresh.has(plan.name)) {
      await batch.reserve(CALL_BYTES * (8 + info.charts.length));
      if (info.protected) ws.protection.unprotect();
      for (const chart of info.charts) chart.delete();
      const all = ws.getRange();
      all.conditionalFormats.clearAll();
      all.dataValidation.clear();
      all.unmerge();
      all.clear('All');
      ws.freezePanes.unfreeze();
    }
    await batch.reserve();
    if (plan.tabColor) ws.tabColor = plan.tabColor;
    for (const col of plan.columns) await setColumn(ws, col);
    for (const block of plan.blocks) await writeBlock(ws, block);
    for (const nf of plan.numberFormats) {
      await batch.reserve();
      ws.getRange(nf.range).numberFormat = nf.format;
    }
    for (const v of plan.validations) await setValidation(ws, v, false);
    for (const cf of plan.conditionalFormats) await addConditionalFormat(ws, cf);
    for (const style of plan.styles) await applyStyle(ws, style);
    for (const merge of plan.merges) {
      await batch.reserve();
      ws.getRange(merge).merge(false);
    }
    for (const h of plan.rowHeights) {
      await batch.reserve();
      ws.getRange(`${h.row + 1}:${h.row + 1}`).format.rowHeight = h.height;
    }
    if (plan.freeze && (plan.freeze.rows || plan.freeze.cols)) {
      await batch.reserve();
      if (plan.freeze.rows && plan.freeze.cols) ws.freezePanes.freezeAt(rangeA1(0, 0, plan.freeze.rows, plan.freeze.cols));
      else if (plan.freeze.rows) ws.freezePanes.freezeRows(plan.freeze.rows);
      else ws.freezePanes.freezeColumns(plan.freeze.cols);
    }
    for (const chart of plan.charts) {
      await batch.reserve(CALL_BYTES * 3);
      const added = ws.charts.add(CHART_TYPES[chart.kind], ws.getRange(boundingRange([chart.categories, ...chart.series.map((s) => s.values)])) as never, 'Columns');
      added.title.text = chart.title;
      const at = fromA1(chart.anchor);
      added.setPosition(chart.anchor, `${columnLetters(at.col + chart.size.cols - 1)}${at.row + chart.size.rows}`);
    }
    if (features.api19 && plan.print) {
      await batch.reserve(CALL_BYTES * 4);
      const page = ws.pageLayout;
      page.orientation = plan.print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
      page.paperSize = 'A4';
      if (plan.print.fitToWidth) page.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      if (plan.print.printArea) page.setPrintArea(plan.print.printArea);
      if (plan.print.repeatRows) page.setPrintTitleRows(`$${plan.print.repeatRows.first}:$${plan.print.repeatRows.last}`);
    }
    if (features.api19) {
      for (const row of plan.pageBreaks ?? []) {
        await batch.reserve();
        ws.horizontalPageBreaks.add(`A${row}`);
      }
    }
    // The filter is applied before protecting (a protected sheet takes no new AutoFilter) and the
    // protection allows using it, so a clerk can filter the 指標 sheet by scene.
    const filtered = features.api19 && plan.autoFilter !== undefined;
    if (filtered) {
      await batch.reserve();
      ws.autoFilter.apply(plan.autoFilter as string);
    }
    if (plan.protection) {
      await batch.reserve(CALL_BYTES * (2 + plan.protection.lockedRanges.length));
      ws.getRange().format.protection.locked = false;
      for (const range of plan.protection.lockedRanges) ws.getRange(range).format.protection.locked = true;
      if (filtered) ws.protection.protect({ allowAutoFilter: true });
      else ws.protection.protect();
    }
    if (plan.hidden) {
      await batch.reserve();
      ws.visibility = 'Hidden';
    }
  }

  async function appendField(name: string, field: AppendedField): Promise<void> {
    const ws = sheet(name);
    await writeChunks(ws, { at: `${columnLetters(field.at.col)}${field.at.row + 1}`, values: [[field.header]] }, false);
    if (field.column) await setColumn(ws, field.column);
    for (const nf of field.numberFormats) {
      await batch.reserve();
      ws.getRange(nf.range).numberFormat = nf.format;
    }
    await setValidation(ws, field.validation, true);
    for (const cf of field.conditionalFormats) await addConditionalFormat(ws, cf);
    for (const style of field.styles) await applyStyle(ws, style);
  }

  async function setHighlights(name: string, rules: readonly ConditionalFormatRule[]): Promise<void> {
    const info = book.sheets.get(name.toLowerCase());
    const ours = info ? info.conditionalFormats.filter((cf) => isKitHighlightFormula(cf.formula)) : [];
    if (ours.length) {
      await batch.reserve(CALL_BYTES * ours.length);
      for (const cf of ours) cf.format.delete();
    }
    const ws = sheet(name);
    for (const rule of rules) await addConditionalFormat(ws, rule);
  }

  for (const op of ops) {
    switch (op.kind) {
      case 'renameSheet':
      case 'defineNames':
        break; // applied first, above
      case 'replaceSheet':
        await replaceSheet(op.plan);
        break;
      case 'writeBlocks':
        for (const block of op.blocks) await writeChunks(sheet(op.sheet), block, false);
        break;
      case 'appendField':
        await appendField(op.sheet, op.field);
        break;
      case 'setHighlights':
        await setHighlights(op.sheet, op.rules);
        break;
      case 'orderSheets':
        await batch.reserve(CALL_BYTES * op.order.length);
        op.order.forEach((name, position) => {
          sheet(name).position = position;
        });
        break;
      case 'activate': {
        await batch.reserve();
        const ws = sheet(op.sheet);
        ws.activate();
        if (op.range) ws.getRange(op.range).select();
        break;
      }
    }
  }
  await batch.flush();
  return { syncs: batch.syncs, maxRequestBytes: batch.maxRequestBytes };
}
