/**
 * Applies one SheetPlan to an exceljs worksheet: column widths and formats first (so cells created
 * afterwards inherit the column style), then values, styles, merges, validations, conditional
 * formats, protection, view and print setup. This is the exceljs path, used where a workbook is
 * changed in place (upgrades); new workbooks go through the fast writer (fast-write.ts), which also
 * writes the charts exceljs cannot.
 */
import type ExcelJS from 'exceljs';
import { columnLetters, fromA1 } from '../../templates/core/address';
import type {
  ConditionalFormatRule,
  PlanCell,
  PrintSetup,
  RangeStyle,
  SheetPlan,
  ValidationRule,
  ValueBlock,
} from '../../templates/plan/types';

/** '#RRGGBB' → exceljs ARGB. */
export function argb(hex: string): string {
  return `FF${hex.replace('#', '').toUpperCase()}`;
}

/** Every 1-based (row, col) of an A1 range ('B2' or 'B2:D9'). */
function forEachCell(range: string, fn: (row: number, col: number, edges: { top: boolean; bottom: boolean; left: boolean; right: boolean }) => void): void {
  const [a, b] = range.split(':');
  const start = fromA1(a as string);
  const end = b === undefined ? start : fromA1(b);
  for (let r = start.row; r <= end.row; r++) {
    for (let c = start.col; c <= end.col; c++) {
      fn(r + 1, c + 1, { top: r === start.row, bottom: r === end.row, left: c === start.col, right: c === end.col });
    }
  }
}

/** Writes a block cell by cell; strings stay strings (exceljs never parses '=…' text as a formula). */
export function writeBlock(ws: ExcelJS.Worksheet, block: ValueBlock): void {
  const origin = fromA1(block.at);
  for (let r = 0; r < block.values.length; r++) {
    const row = block.values[r] as readonly PlanCell[];
    const wsRow = ws.getRow(origin.row + r + 1);
    for (let c = 0; c < row.length; c++) {
      const cell = row[c] as PlanCell;
      if (cell === null) continue;
      wsRow.getCell(origin.col + c + 1).value = typeof cell === 'object' ? { formula: cell.formula } : cell;
    }
  }
}

const THIN = { style: 'thin' } as const;

function applyStyle(ws: ExcelJS.Worksheet, style: RangeStyle): void {
  forEachCell(style.range, (row, col, edges) => {
    const cell = ws.getCell(row, col);
    if (style.bold !== undefined || style.fontSize !== undefined || style.fontColor !== undefined) {
      cell.font = {
        ...cell.font,
        ...(style.bold !== undefined ? { bold: style.bold } : {}),
        ...(style.fontSize !== undefined ? { size: style.fontSize } : {}),
        ...(style.fontColor !== undefined ? { color: { argb: argb(style.fontColor) } } : {}),
      };
    }
    if (style.fill !== undefined) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(style.fill) } };
    if (style.wrap !== undefined || style.horizontal !== undefined || style.vertical !== undefined) {
      cell.alignment = {
        ...cell.alignment,
        ...(style.wrap !== undefined ? { wrapText: style.wrap } : {}),
        ...(style.horizontal !== undefined ? { horizontal: style.horizontal } : {}),
        ...(style.vertical !== undefined ? { vertical: style.vertical } : {}),
      };
    }
    if (style.border === 'grid') cell.border = { top: THIN, bottom: THIN, left: THIN, right: THIN };
    if (style.border === 'box') {
      cell.border = {
        ...cell.border,
        ...(edges.top ? { top: THIN } : {}),
        ...(edges.bottom ? { bottom: THIN } : {}),
        ...(edges.left ? { left: THIN } : {}),
        ...(edges.right ? { right: THIN } : {}),
      };
    }
  });
}

const OPERATOR_OF = (min: number | undefined, max: number | undefined): ExcelJS.DataValidationOperator =>
  min !== undefined && max !== undefined ? 'between' : min !== undefined ? 'greaterThanOrEqual' : 'lessThanOrEqual';

/** exceljs writes 'date' bounds through `new Date(formula)`, so serials go in as UTC Dates. */
function boundFormula(kind: string, value: number): number | Date {
  return kind === 'date' ? new Date(Math.round((value - 25569) * 86_400_000)) : value;
}

/** The exceljs model of one plan validation. */
export function toExcelValidation(rule: ValidationRule): ExcelJS.DataValidation {
  const common = {
    allowBlank: rule.allowBlank,
    ...(rule.prompt ? { showInputMessage: true, promptTitle: rule.prompt.title, prompt: rule.prompt.message } : {}),
    ...(rule.error ? { showErrorMessage: true, errorStyle: rule.error.style, errorTitle: rule.error.title, error: rule.error.message } : {}),
  };
  switch (rule.kind) {
    case 'list':
      return { ...common, type: 'list', formulae: [rule.listName] };
    case 'any':
      return { ...common, type: 'any' } as unknown as ExcelJS.DataValidation;
    default: {
      if (rule.min === undefined && rule.max === undefined) return { ...common, type: 'any' } as unknown as ExcelJS.DataValidation;
      const formulae = [rule.min, rule.max].filter((v): v is number => v !== undefined).map((v) => boundFormula(rule.kind, v));
      // exceljs' typings omit 'time', which its writer passes through like the other kinds.
      return { ...common, type: rule.kind as ExcelJS.DataValidation['type'], operator: OPERATOR_OF(rule.min, rule.max), formulae };
    }
  }
}

/** Highest conditional-format priority already on a sheet (new rules go after it). */
function maxPriority(ws: ExcelJS.Worksheet): number {
  let max = 0;
  // Present at runtime (exceljs 4.4) but missing from its typings.
  const existing = (ws as unknown as { conditionalFormattings?: { rules: { priority?: number }[] }[] }).conditionalFormattings ?? [];
  for (const cf of existing) for (const r of cf.rules) max = Math.max(max, r.priority ?? 0);
  return max;
}

/** Adds formula-based highlights, after any the sheet already has. */
export function applyConditionalFormats(ws: ExcelJS.Worksheet, rules: readonly ConditionalFormatRule[]): void {
  const base = maxPriority(ws);
  rules.forEach((rule, i) => {
    ws.addConditionalFormatting({
      ref: rule.range,
      rules: [
        {
          type: 'expression',
          priority: base + i + 1,
          formulae: [rule.formula],
          style: {
            fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(rule.fill) } },
            ...(rule.fontColor ? { font: { color: { argb: argb(rule.fontColor) } } } : {}),
          },
        },
      ],
    });
  });
}

function toPageSetup(print: PrintSetup): Partial<ExcelJS.PageSetup> {
  return {
    paperSize: 9, // A4
    orientation: print.orientation,
    ...(print.fitToWidth ? { fitToPage: true, fitToWidth: 1, fitToHeight: 0 } : {}),
    ...(!print.fitToWidth && print.scale !== undefined ? { scale: print.scale } : {}),
    ...(print.printArea ? { printArea: print.printArea } : {}),
    ...(print.repeatRows ? { printTitlesRow: `${print.repeatRows.first}:${print.repeatRows.last}` } : {}),
    ...(print.repeatColumns ? { printTitlesColumn: `${columnLetters(print.repeatColumns.first - 1)}:${columnLetters(print.repeatColumns.last - 1)}` } : {}),
  };
}

/** Locks only the planned ranges, then protects the sheet without a password. */
async function applyProtection(ws: ExcelJS.Worksheet, plan: SheetPlan): Promise<void> {
  if (!plan.protection) return;
  const width = Math.max(ws.columnCount, plan.columns.length, 1);
  for (let c = 1; c <= width; c++) ws.getColumn(c).protection = { locked: false };
  ws.eachRow((row) => row.eachCell((cell) => (cell.protection = { locked: false })));
  for (const range of plan.protection.lockedRanges) forEachCell(range, (r, c) => (ws.getCell(r, c).protection = { locked: true }));
  await ws.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true, autoFilter: plan.autoFilter !== undefined });
}

/** Column widths, column formats and hidden columns. */
export function applyColumns(ws: ExcelJS.Worksheet, plan: Pick<SheetPlan, 'columns'>): void {
  for (const col of plan.columns) {
    const column = ws.getColumn(col.index + 1);
    column.width = col.width;
    if (col.numberFormat) column.numFmt = col.numberFormat;
    if (col.hidden) column.hidden = true;
  }
}

/** Adds every data validation of a plan (ranges are kept as one sqref each). */
export function applyValidations(ws: ExcelJS.Worksheet, rules: readonly ValidationRule[]): void {
  // Present at runtime (exceljs 4.4) but missing from its typings.
  const dv = (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations;
  for (const rule of rules) dv.add(rule.range, toExcelValidation(rule));
}

/** Formats, styles, validations and highlights of a partial plan (used when upgrading a sheet in place). */
export function applyItems(
  ws: ExcelJS.Worksheet,
  items: Partial<Pick<SheetPlan, 'numberFormats' | 'styles' | 'validations' | 'conditionalFormats'>>,
): void {
  for (const rule of items.numberFormats ?? []) forEachCell(rule.range, (r, c) => (ws.getCell(r, c).numFmt = rule.format));
  for (const style of items.styles ?? []) applyStyle(ws, style);
  applyValidations(ws, items.validations ?? []);
  applyConditionalFormats(ws, items.conditionalFormats ?? []);
}

/**
 * Writes a whole sheet plan into a fresh worksheet.
 * @example await applySheetPlan(workbook.addWorksheet(plan.name), plan)
 */
export async function applySheetPlan(ws: ExcelJS.Worksheet, plan: SheetPlan): Promise<void> {
  if (plan.tabColor) ws.properties.tabColor = { argb: argb(plan.tabColor) };
  if (plan.hidden) ws.state = 'hidden';
  applyColumns(ws, plan);
  for (const block of plan.blocks) writeBlock(ws, block);
  for (const h of plan.rowHeights) ws.getRow(h.row + 1).height = h.height;
  applyItems(ws, plan);
  for (const merge of plan.merges) ws.mergeCells(merge);
  if (plan.freeze && (plan.freeze.rows > 0 || plan.freeze.cols > 0)) {
    ws.views = [{ state: 'frozen', xSplit: plan.freeze.cols, ySplit: plan.freeze.rows }];
  }
  if (plan.print) ws.pageSetup = { ...ws.pageSetup, ...toPageSetup(plan.print) };
  if (plan.autoFilter) ws.autoFilter = plan.autoFilter;
  await applyProtection(ws, plan);
}
