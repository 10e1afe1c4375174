/**
 * A ReportDocument as a printable A4 sheet (SheetPlan), so every host writes the report and the
 * lists through the plan port like any other sheet. Tables start in column A, one table row per
 * sheet row, with a bold shaded header; long texts wrap in merged rows. All cells are literal text
 * or numbers (hosts write strings with literalInput, so a value like "=1" never becomes a formula).
 */
import { columnLetters } from '../core/address';
import { HEADER_FILL, LABEL_FILL, TAB_COLORS } from '../plan/styles';
import type { PlanCell, RangeStyle, RowHeight, SheetPlan } from '../plan/types';
import type { DocTable, ReportDocument } from './document';

/** Columns of the printed grid; wider tables are not produced by the documents of this folder. */
export const DOCUMENT_COLUMNS = 11;
const DEFAULT_WIDTHS = [16, 22, 12, 12, 12, 12, 10, 10, 10, 10, 10];
const LINE_POINTS = 15;

function linesFor(text: string, charsPerLine: number): number {
  return Math.max(1, Math.ceil(text.length / Math.max(1, charsPerLine)));
}

/**
 * The plan of a document sheet.
 * @throws RangeError when a table is wider than DOCUMENT_COLUMNS (programmer error).
 * @example documentSheetPlan(buildAnnualReport(rows, opts)).print?.paper // 'A4'
 */
export function documentSheetPlan(doc: ReportDocument): SheetPlan {
  const WIDTHS = [...(doc.columnWidths ?? DEFAULT_WIDTHS)].slice(0, DOCUMENT_COLUMNS);
  while (WIDTHS.length < DOCUMENT_COLUMNS) WIDTHS.push(4);
  // Full-width characters take about two width units each.
  const CHARS_PER_LINE = Math.floor(WIDTHS.reduce((a, b) => a + b, 0) / 2);
  const values: PlanCell[][] = [];
  const styles: RangeStyle[] = [];
  const merges: string[] = [];
  const rowHeights: RowHeight[] = [];
  const last = columnLetters(DOCUMENT_COLUMNS - 1);
  const push = (row: readonly PlanCell[]) => values.push([...row, ...new Array<PlanCell>(Math.max(0, DOCUMENT_COLUMNS - row.length)).fill(null)]);
  const wide = (text: string, style: Omit<RangeStyle, 'range'>, height?: number) => {
    push([text]);
    const r = values.length;
    merges.push(`A${r}:${last}${r}`);
    styles.push({ range: `A${r}:${last}${r}`, wrap: true, vertical: 'top', ...style });
    rowHeights.push({ row: r - 1, height: height ?? linesFor(text, CHARS_PER_LINE) * LINE_POINTS + 4 });
  };
  const pageBreaks: number[] = [];

  wide(doc.title, { bold: true, fontSize: 16, horizontal: 'center' }, 28);
  for (const line of doc.subtitle) wide(line, { horizontal: 'center' }, 18);

  const renderTable = (t: DocTable) => {
    if (t.header.length > DOCUMENT_COLUMNS) throw new RangeError(`table "${t.caption}" has ${t.header.length} columns (max ${DOCUMENT_COLUMNS})`);
    wide(t.caption, { bold: true }, 20);
    const endCol = columnLetters(t.header.length - 1);
    push(t.header);
    const headerRow = values.length;
    styles.push({ range: `A${headerRow}:${endCol}${headerRow}`, bold: true, fill: HEADER_FILL, wrap: true, horizontal: 'center', vertical: 'middle', border: 'grid' });
    rowHeights.push({ row: headerRow - 1, height: 30 });
    if (t.rows.length === 0) {
      wide(t.empty ?? '', { fill: LABEL_FILL });
      return;
    }
    for (const row of t.rows) {
      push(row);
      const r = values.length;
      const longest = Math.max(...row.map((c, i) => linesFor(String(c), Math.floor((WIDTHS[i] ?? 10) / 2))));
      rowHeights.push({ row: r - 1, height: Math.min(10, longest) * LINE_POINTS + 3 });
    }
    styles.push({ range: `A${headerRow + 1}:${endCol}${values.length}`, wrap: true, vertical: 'top', border: 'grid' });
  };

  for (const block of doc.blocks) {
    if (block.kind === 'heading') {
      push([]);
      if (block.level === 1 && values.length > 8) pageBreaks.push(values.length);
      wide(block.text, block.level === 1 ? { bold: true, fontSize: 13, fill: LABEL_FILL } : { bold: true, fontSize: 11 }, 22);
    } else if (block.kind === 'paragraph') wide(block.text, {});
    else {
      push([]);
      renderTable(block);
    }
  }
  const lastRow = values.length;
  return {
    name: doc.name,
    role: 'form',
    tabColor: TAB_COLORS.form,
    columns: WIDTHS.map((width, index) => ({ index, width })),
    blocks: [{ at: 'A1', values }],
    numberFormats: [],
    validations: [],
    conditionalFormats: [],
    styles,
    merges,
    rowHeights,
    charts: [],
    print: { paper: 'A4', orientation: doc.orientation, fitToWidth: true, printArea: `A1:${last}${lastRow}` },
    pageBreaks,
  };
}
