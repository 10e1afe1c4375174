/**
 * One SheetPlan as worksheet XML, with the semantics of cli/xlsx/apply-sheet.ts (the exceljs path):
 * cells take their column's format when created; range styles, formats and merges add to that;
 * protected sheets unlock every cell but the planned locked ranges. Unlike the exceljs path it writes
 * no cell that holds neither a value nor a style of its own, and it stores runs of same-shape
 * formulas as shared formulas.
 */
import { columnLetters, fromA1 } from '../../../templates/core/address';
import type { PlanCell, RangeStyle, SheetPlan, ValueBlock } from '../../../templates/plan/types';
import { sharedRuns } from './shared-formulas';
import type { SharedStrings } from './shared-strings';
import type { CellStyle, StyleRegistry } from './styles';
import { NS, XML_HEADER, xmlText } from './xml';

/** '#RRGGBB' → 'FFRRGGBB'. */
export function argb(hex: string): string {
  return `FF${hex.replace('#', '').toUpperCase()}`;
}

interface Rect {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

function rectOf(range: string): Rect {
  const [a, b] = range.split(':');
  const start = fromA1(a as string);
  const end = b === undefined ? start : fromA1(b);
  return { top: start.row, left: start.col, bottom: end.row, right: end.col };
}

/** Shared-formula role of a block cell. */
type SharedRole = { readonly si: number; readonly ref?: string };

/** A value block with its shared-formula runs resolved. */
interface PlacedBlock {
  readonly rect: Rect;
  readonly block: ValueBlock;
  /** (row offset × width + col offset) → role, for formula cells in runs. */
  readonly shared: Map<number, SharedRole>;
}

const KEY_COLS = 16_384;
const key = (row: number, col: number): number => row * KEY_COLS + col;

/** Builds the worksheet XML of one plan. */
export class SheetWriter {
  private readonly colStyles = new Map<number, CellStyle>();
  /** Cells with a style of their own (created by formats, styles and merges). */
  private readonly own = new Map<number, CellStyle>();
  private readonly mergeFollowers = new Set<number>();
  private readonly locked = new Map<number, Rect[]>();
  private readonly blocks: PlacedBlock[] = [];
  private readonly xfCache = new Map<CellStyle, number>();
  private readonly lockedXfCache = new Map<CellStyle, number>();
  private lastRow = 0;
  private lastCol = 0;

  constructor(
    private readonly plan: SheetPlan,
    private readonly strings: SharedStrings,
    private readonly styles: StyleRegistry,
    private nextSharedIndex: { value: number },
  ) {
    for (const col of plan.columns) if (col.numberFormat) this.colStyles.set(col.index, { numFmt: col.numberFormat });
    for (const block of plan.blocks) this.place(block);
    for (const rule of plan.numberFormats) this.eachCell(rectOf(rule.range), (r, c) => this.restyle(r, c, (s) => ({ ...s, numFmt: rule.format })));
    for (const style of plan.styles) this.applyRangeStyle(style);
    for (const merge of plan.merges) this.merge(rectOf(merge));
    if (plan.protection) {
      const width = Math.max(this.lastCol + 1, plan.columns.length, 1);
      for (let c = 0; c < width; c++) this.colStyles.set(c, { ...this.colStyles.get(c), locked: false });
      for (const [k, s] of this.own) this.own.set(k, { ...s, locked: false });
      for (const range of plan.protection.lockedRanges) {
        const rect = rectOf(range);
        for (let c = rect.left; c <= rect.right; c++) {
          const list = this.locked.get(c) ?? [];
          list.push(rect);
          this.locked.set(c, list);
        }
        this.track(rect.bottom, rect.right);
      }
    }
  }

  private track(row: number, col: number): void {
    if (row > this.lastRow) this.lastRow = row;
    if (col > this.lastCol) this.lastCol = col;
  }

  private place(block: ValueBlock): void {
    const origin = fromA1(block.at);
    const height = block.values.length;
    const width = block.values[0]?.length ?? 0;
    if (height === 0 || width === 0) return;
    const rect = { top: origin.row, left: origin.col, bottom: origin.row + height - 1, right: origin.col + width - 1 };
    const shared = new Map<number, SharedRole>();
    for (let c = 0; c < width; c++) {
      const column: (string | null)[] = new Array(height);
      let any = false;
      for (let r = 0; r < height; r++) {
        const cell = block.values[r]?.[c];
        const isFormula = cell !== null && cell !== undefined && typeof cell === 'object';
        column[r] = isFormula ? cell.formula : null;
        any ||= isFormula;
      }
      if (!any) continue;
      for (const run of sharedRuns(column)) {
        const si = this.nextSharedIndex.value++;
        const col = columnLetters(origin.col + c);
        shared.set(run.first * width + c, { si, ref: `${col}${origin.row + run.first + 1}:${col}${origin.row + run.first + run.length}` });
        for (let k = 1; k < run.length; k++) shared.set((run.first + k) * width + c, { si });
      }
    }
    this.blocks.push({ rect, block, shared });
    for (let r = height - 1; r >= 0; r--) {
      const row = block.values[r] as readonly PlanCell[];
      let last = -1;
      for (let c = width - 1; c >= 0; c--) if (row[c] !== null && row[c] !== undefined) { last = c; break; }
      if (last >= 0) {
        this.track(rect.top + r, rect.left + width - 1);
        break;
      }
    }
  }

  private eachCell(rect: Rect, fn: (row: number, col: number) => void): void {
    for (let r = rect.top; r <= rect.bottom; r++) for (let c = rect.left; c <= rect.right; c++) fn(r, c);
    this.track(rect.bottom, rect.right);
  }

  /** A cell's style after `change`; a cell seen for the first time starts from its column's style. */
  private restyle(row: number, col: number, change: (s: CellStyle) => CellStyle): void {
    const k = key(row, col);
    const current = this.own.get(k) ?? this.colStyles.get(col) ?? {};
    this.own.set(k, change(current));
  }

  private applyRangeStyle(style: RangeStyle): void {
    const rect = rectOf(style.range);
    this.eachCell(rect, (row, col) =>
      this.restyle(row, col, (s) => {
        let next: CellStyle = s;
        if (style.bold !== undefined || style.fontSize !== undefined || style.fontColor !== undefined) {
          next = {
            ...next,
            font: {
              ...next.font,
              ...(style.bold !== undefined ? { bold: style.bold } : {}),
              ...(style.fontSize !== undefined ? { size: style.fontSize } : {}),
              ...(style.fontColor !== undefined ? { color: argb(style.fontColor) } : {}),
            },
          };
        }
        if (style.fill !== undefined) next = { ...next, fill: argb(style.fill) };
        if (style.wrap !== undefined || style.horizontal !== undefined || style.vertical !== undefined) {
          next = {
            ...next,
            alignment: {
              ...next.alignment,
              ...(style.wrap !== undefined ? { wrapText: style.wrap } : {}),
              ...(style.horizontal !== undefined ? { horizontal: style.horizontal } : {}),
              ...(style.vertical !== undefined ? { vertical: style.vertical } : {}),
            },
          };
        }
        if (style.border === 'grid') next = { ...next, border: { top: true, bottom: true, left: true, right: true } };
        if (style.border === 'box') {
          next = {
            ...next,
            border: {
              ...next.border,
              ...(row === rect.top ? { top: true } : {}),
              ...(row === rect.bottom ? { bottom: true } : {}),
              ...(col === rect.left ? { left: true } : {}),
              ...(col === rect.right ? { right: true } : {}),
            },
          };
        }
        return next;
      }),
    );
  }

  /** Covered cells take the master's style and lose their value, as exceljs merges do. */
  private merge(rect: Rect): void {
    const masterKey = key(rect.top, rect.left);
    const master = this.own.get(masterKey) ?? this.colStyles.get(rect.left) ?? {};
    this.own.set(masterKey, master);
    this.eachCell(rect, (row, col) => {
      const k = key(row, col);
      if (k === masterKey) return;
      this.own.set(k, master);
      this.mergeFollowers.add(k);
    });
  }

  private isLocked(row: number, col: number): boolean {
    const rects = this.locked.get(col);
    if (!rects) return false;
    for (const r of rects) if (row >= r.top && row <= r.bottom) return true;
    return false;
  }

  private xf(style: CellStyle | undefined, locked: boolean): number {
    if (locked) {
      const base = style ?? {};
      let id = this.lockedXfCache.get(base);
      if (id === undefined) {
        id = this.styles.xfOf({ ...base, locked: true });
        this.lockedXfCache.set(base, id);
      }
      return id;
    }
    if (!style) return 0;
    let id = this.xfCache.get(style);
    if (id === undefined) {
      id = this.styles.xfOf(style);
      this.xfCache.set(style, id);
    }
    return id;
  }

  /**
   * One <c>. `r` is left out when the cell directly follows the previous one in its row (the
   * schema makes it optional; readers count columns): on a 50,000-row sheet that alone halves the
   * compressed size, since every address is new text to the compressor.
   */
  private cellXml(row: number, col: number, value: PlanCell | undefined, shared: SharedRole | undefined, follows: boolean): string {
    const k = key(row, col);
    const style = this.own.get(k) ?? this.colStyles.get(col);
    const locked = this.plan.protection !== undefined && this.isLocked(row, col);
    const s = this.xf(style, locked);
    const open = follows ? `<c${s ? ` s="${s}"` : ''}` : `<c r="${columnLetters(col)}${row + 1}"${s ? ` s="${s}"` : ''}`;
    if (value === null || value === undefined || this.mergeFollowers.has(k)) return `${open}/>`;
    switch (typeof value) {
      case 'string':
        return `${open} t="s"><v>${this.strings.idOf(value)}</v></c>`;
      case 'number':
        return Number.isFinite(value) ? `${open}><v>${value}</v></c>` : `${open} t="e"><v>#NUM!</v></c>`;
      case 'boolean':
        return `${open} t="b"><v>${value ? 1 : 0}</v></c>`;
      default:
        if (shared?.ref) return `${open}><f t="shared" ref="${shared.ref}" si="${shared.si}">${xmlText(value.formula)}</f></c>`;
        if (shared) return `${open}><f t="shared" si="${shared.si}"/></c>`;
        return `${open}><f>${xmlText(value.formula)}</f></c>`;
    }
  }

  /** Cells of one row, in column order. */
  private rowCells(row: number, ownCols: readonly number[] | undefined): string {
    // The common case on big sheets: one block covers the row and no cell has a style of its own,
    // so cells come out in column order with no bookkeeping (and no garbage) per row.
    if (!ownCols) {
      let only: PlacedBlock | undefined;
      let count = 0;
      for (const pb of this.blocks) {
        if (row < pb.rect.top || row > pb.rect.bottom) continue;
        only = pb;
        count++;
      }
      if (count === 1 && only) {
        const line = only.block.values[row - only.rect.top] as readonly PlanCell[];
        const width = only.rect.right - only.rect.left + 1;
        const base = (row - only.rect.top) * width;
        const hasShared = only.shared.size > 0;
        let out = '';
        let previous = -2;
        for (let c = 0; c < width; c++) {
          const v = line[c];
          if (v === null || v === undefined) continue;
          const col = only.rect.left + c;
          out += this.cellXml(row, col, v, hasShared ? only.shared.get(base + c) : undefined, col === previous + 1);
          previous = col;
        }
        return out;
      }
    }
    const cols = new Map<number, { value: PlanCell | undefined; shared: SharedRole | undefined }>();
    for (const pb of this.blocks) {
      if (row < pb.rect.top || row > pb.rect.bottom) continue;
      const line = pb.block.values[row - pb.rect.top] as readonly PlanCell[];
      const width = pb.rect.right - pb.rect.left + 1;
      for (let c = 0; c < width; c++) {
        const v = line[c];
        if (v === null || v === undefined) continue;
        cols.set(pb.rect.left + c, { value: v, shared: pb.shared.get((row - pb.rect.top) * width + c) });
      }
    }
    for (const c of ownCols ?? []) if (!cols.has(c)) cols.set(c, { value: undefined, shared: undefined });
    const sorted = cols.size > 1 && (ownCols?.length || this.blocks.length > 1) ? [...cols.keys()].sort((a, b) => a - b) : [...cols.keys()];
    let out = '';
    let previous = -2;
    for (const c of sorted) {
      const cell = cols.get(c) as { value: PlanCell | undefined; shared: SharedRole | undefined };
      out += this.cellXml(row, c, cell.value, cell.shared, c === previous + 1);
      previous = c;
    }
    return out;
  }

  private colsXml(): string {
    const widths = new Map(this.plan.columns.map((c) => [c.index, c]));
    const indexes = [...new Set([...widths.keys(), ...this.colStyles.keys()])].sort((a, b) => a - b);
    if (indexes.length === 0) return '';
    let out = '<cols>';
    for (const i of indexes) {
      const plan = widths.get(i);
      const s = this.xf(this.colStyles.get(i), false);
      out += `<col min="${i + 1}" max="${i + 1}"${plan ? ` width="${plan.width}" customWidth="1"` : ' width="9.140625"'}${s ? ` style="${s}"` : ''}${plan?.hidden ? ' hidden="1"' : ''}/>`;
    }
    return `${out}</cols>`;
  }

  private viewXml(selected: boolean): string {
    const f = this.plan.freeze;
    const tab = selected ? ' tabSelected="1"' : '';
    if (!f || (f.rows === 0 && f.cols === 0)) return `<sheetViews><sheetView workbookViewId="0"${tab}/></sheetViews>`;
    const pane = f.rows > 0 && f.cols > 0 ? 'bottomRight' : f.rows > 0 ? 'bottomLeft' : 'topRight';
    const topLeft = `${columnLetters(f.cols)}${f.rows + 1}`;
    return (
      `<sheetViews><sheetView workbookViewId="0"${tab}><pane${f.cols ? ` xSplit="${f.cols}"` : ''}${f.rows ? ` ySplit="${f.rows}"` : ''} topLeftCell="${topLeft}" activePane="${pane}" state="frozen"/>` +
      `<selection pane="${pane}" activeCell="${topLeft}" sqref="${topLeft}"/></sheetView></sheetViews>`
    );
  }

  /**
   * The worksheet XML as chunks.
   * @param drawingRelId relationship id of the sheet's drawing (charts), if any.
   */
  toChunks(opts: { readonly selected: boolean; readonly drawingRelId?: string }): string[] {
    const plan = this.plan;
    const out: string[] = [];
    const fit = plan.print?.fitToWidth ? '<pageSetUpPr fitToPage="1"/>' : '';
    const tab = plan.tabColor ? `<tabColor rgb="${argb(plan.tabColor)}"/>` : '';
    out.push(`${XML_HEADER}<worksheet xmlns="${NS.main}" xmlns:r="${NS.rels}">`);
    if (tab || fit) out.push(`<sheetPr>${tab}${fit}</sheetPr>`);
    out.push(`<dimension ref="A1:${columnLetters(this.lastCol)}${this.lastRow + 1}"/>`, this.viewXml(opts.selected), '<sheetFormatPr defaultRowHeight="15"/>', this.colsXml());

    const heights = new Map(plan.rowHeights.map((h) => [h.row, h.height]));
    const ownByRow = new Map<number, number[]>();
    for (const k of this.own.keys()) {
      const r = Math.floor(k / KEY_COLS);
      const list = ownByRow.get(r) ?? [];
      list.push(k % KEY_COLS);
      ownByRow.set(r, list);
    }
    const rows = new Set<number>([...heights.keys(), ...ownByRow.keys()]);
    for (const pb of this.blocks) for (let r = pb.rect.top; r <= pb.rect.bottom; r++) rows.add(r);
    out.push('<sheetData>');
    for (const r of [...rows].sort((a, b) => a - b)) {
      const cells = this.rowCells(r, ownByRow.get(r));
      const h = heights.get(r);
      if (!cells && h === undefined) continue;
      const ht = h !== undefined ? ` ht="${h}" customHeight="1"` : '';
      out.push(cells ? `<row r="${r + 1}"${ht}>${cells}</row>` : `<row r="${r + 1}"${ht}/>`);
    }
    out.push('</sheetData>');
    // autoFilter="0" leaves the filter buttons usable on the protected sheet (the attribute defaults to protected).
    if (plan.protection) out.push(`<sheetProtection sheet="1" formatColumns="0" formatRows="0"${plan.autoFilter ? ' autoFilter="0"' : ''}/>`);
    if (plan.autoFilter) out.push(`<autoFilter ref="${plan.autoFilter}"/>`);
    if (plan.merges.length) out.push(`<mergeCells count="${plan.merges.length}">${plan.merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>`);
    plan.conditionalFormats.forEach((rule, i) => {
      const dxf = this.styles.dxfOf({ fill: argb(rule.fill), ...(rule.fontColor ? { fontColor: argb(rule.fontColor) } : {}) });
      out.push(`<conditionalFormatting sqref="${rule.range}"><cfRule type="expression" dxfId="${dxf}" priority="${i + 1}"><formula>${xmlText(rule.formula)}</formula></cfRule></conditionalFormatting>`);
    });
    if (plan.validations.length) {
      out.push(`<dataValidations count="${plan.validations.length}">`);
      for (const rule of plan.validations) out.push(validationXml(rule));
      out.push('</dataValidations>');
    }
    out.push('<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>');
    if (plan.print) {
      const p = plan.print;
      const fitAttrs = p.fitToWidth ? ' fitToWidth="1" fitToHeight="0"' : p.scale !== undefined ? ` scale="${p.scale}"` : '';
      out.push(`<pageSetup paperSize="9" orientation="${p.orientation}"${fitAttrs}/>`);
    }
    if (opts.drawingRelId) out.push(`<drawing r:id="${opts.drawingRelId}"/>`);
    out.push('</worksheet>');
    return out;
  }
}

type Rule = SheetPlan['validations'][number];

/** One <dataValidation>, written as exceljs writes it (type/operator/allowBlank only on typed rules). */
function validationXml(rule: Rule): string {
  const attrs: string[] = [];
  let formulas: string[] = [];
  if (rule.kind === 'list') {
    attrs.push('type="list"');
    if (rule.allowBlank) attrs.push('allowBlank="1"');
    formulas = [rule.listName];
  } else if (rule.kind !== 'any' && (rule.min !== undefined || rule.max !== undefined)) {
    attrs.push(`type="${rule.kind}"`);
    const op = rule.min !== undefined && rule.max !== undefined ? 'between' : rule.min !== undefined ? 'greaterThanOrEqual' : 'lessThanOrEqual';
    if (op !== 'between') attrs.push(`operator="${op}"`);
    if (rule.allowBlank) attrs.push('allowBlank="1"');
    formulas = [rule.min, rule.max].filter((v): v is number => v !== undefined).map((v) => String(v));
  }
  if (rule.prompt) attrs.push('showInputMessage="1"', `promptTitle="${xmlText(rule.prompt.title)}"`, `prompt="${xmlText(rule.prompt.message)}"`);
  if (rule.error) {
    attrs.push('showErrorMessage="1"', `errorStyle="${rule.error.style}"`, `errorTitle="${xmlText(rule.error.title)}"`, `error="${xmlText(rule.error.message)}"`);
  }
  attrs.push(`sqref="${rule.range}"`);
  const body = formulas.map((f, i) => `<formula${i + 1}>${xmlText(f)}</formula${i + 1}>`).join('');
  return body ? `<dataValidation ${attrs.join(' ')}>${body}</dataValidation>` : `<dataValidation ${attrs.join(' ')}/>`;
}
