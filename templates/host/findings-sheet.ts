/**
 * The 検証結果 sheet and the highlights on the cells it names — shared by the Excel and Sheets hosts.
 *
 * Why highlights are conditional formats that read 検証結果, not fills painted on cells:
 * - user formatting is never touched (a painted fill cannot be "un-painted" without a record of what
 *   was there before, and the kit promises never to change a user's data or layout);
 * - the whole highlight set is one rule pair per sheet, so thousands of findings cost the same few
 *   calls as ten (Excel: constant syncs and requests; Sheets: constant Range calls);
 * - rerunning 検証 rewrites 検証結果, and the highlights follow by themselves.
 * The rule looks the cell's own address up in the sheet's hidden key column. INDIRECT is how Google
 * Sheets lets a conditional format read another tab, and Excel accepts it too, so one formula serves both.
 */
import { columnLetters, fromA1, quoteSheetName, rangeA1 } from '../core/address';
import type { Grid } from '../core/cell';
import type { Finding } from '../core/findings';
import { HEADER_FILL, HEADER_HEIGHT } from '../plan/styles';
import type { ConditionalFormatRule, PlanCell, SheetPlan } from '../plan/types';
import { cellLink, formulaString, type LinkStyle } from './links';

export const FINDINGS_SHEET = '検証結果';

/** Severity as written on the sheet (and matched by the highlight rules). */
export const SEVERITY_LABEL = { error: 'エラー', warning: '警告' } as const;

export const FINDINGS_HEADER = ['No', '重要度', 'シート', 'セル', '行', '列', '内容', 'Message', 'コード', '照合キー'] as const;
const WIDTHS = [6, 8, 16, 10, 6, 18, 70, 50, 26, 4];
const SEVERITY_COL = 1;
const KEY_COL = FINDINGS_HEADER.length - 1;
/** Text-formatted columns; the link column stays General (a formula typed into a text cell stays text). */
const TEXT_COLUMNS = new Set([1, 2, 5, 6, 7, 8, KEY_COL]);

export const HIGHLIGHT_FILLS = {
  error: { fill: '#FFC7CE', fontColor: '#9C0006' },
  warning: { fill: '#FFEB9C', fontColor: '#9C5700' },
} as const;

/** The key a finding is looked up by: tab name + '!' + A1. */
export function findingKey(sheet: string, address: string): string {
  return `${sheet}!${address}`;
}

/**
 * True for a conditional-format formula the kit wrote (so hosts can replace exactly those).
 * @example isKitHighlightFormula(highlightRules('資源リスト', 'A1:C9')[0].formula) // true
 */
export function isKitHighlightFormula(formula: string): boolean {
  return formula.includes(`INDIRECT("${quoteSheetName(FINDINGS_SHEET).replace(/"/g, '""')}!`);
}

function keyColumnRef(col: number): string {
  const letter = columnLetters(col);
  return `INDIRECT(${formulaString(`${quoteSheetName(FINDINGS_SHEET)}!$${letter}:$${letter}`)})`;
}

/**
 * The two kit rules for one sheet: red where the cell has an error, yellow where it has a warning.
 * The formula is relative to nothing (ADDRESS(ROW(),COLUMN(),4) is the cell itself), so the rule
 * range can be any size.
 */
export function highlightRules(sheet: string, range: string): ConditionalFormatRule[] {
  const me = `${formulaString(`${sheet}!`)}&ADDRESS(ROW(),COLUMN(),4)`;
  const rule = (severity: 'error' | 'warning'): ConditionalFormatRule => ({
    range,
    formula: `COUNTIFS(${keyColumnRef(KEY_COL)},${me},${keyColumnRef(SEVERITY_COL)},${formulaString(SEVERITY_LABEL[severity])})>0`,
    fill: HIGHLIGHT_FILLS[severity].fill,
    fontColor: HIGHLIGHT_FILLS[severity].fontColor,
    purpose: severity === 'error' ? '検証でエラーがあったセル（検証結果シート参照）' : '検証で警告があったセル（検証結果シート参照）',
  });
  return [rule('error'), rule('warning')];
}

/**
 * The range a sheet's highlight rules cover: its used grid, stretched to every finding address on it.
 * null when nothing needs covering.
 */
export function highlightRange(grid: Grid | undefined, addresses: readonly string[]): string | null {
  let rows = grid?.length ?? 0;
  let cols = 0;
  for (const row of grid ?? []) if (row.length > cols) cols = row.length;
  for (const a of addresses) {
    const ref = fromA1(a);
    rows = Math.max(rows, ref.row + 1);
    cols = Math.max(cols, ref.col + 1);
  }
  if (rows === 0 || cols === 0) return null;
  return rangeA1(0, 0, rows, cols);
}

/**
 * The 検証結果 sheet: one row per finding, the cell as a link that selects it, and a hidden key
 * column for the highlight rules. An empty result says so in its first row.
 * @example findingsSheetPlan(result.findings, { kind: 'excel' }).blocks[0].values[0] // header
 */
export function findingsSheetPlan(findings: readonly Finding[], links: LinkStyle, note: string): SheetPlan {
  const values: PlanCell[][] = [[...FINDINGS_HEADER]];
  findings.forEach((f, i) => {
    const link = f.address ? (cellLink(links, f.sheet, f.address, f.address) ?? f.address) : null;
    values.push([
      i + 1,
      SEVERITY_LABEL[f.severity],
      f.sheet,
      link,
      f.row,
      f.column,
      f.message,
      f.messageEn,
      f.code,
      f.address ? findingKey(f.sheet, f.address) : null,
    ]);
  });
  const width = FINDINGS_HEADER.length;
  const last = values.length;
  const blocks = [{ at: 'A1', values }];
  const noteRow = last + 2;
  return {
    name: FINDINGS_SHEET,
    role: 'table',
    tabColor: '#C00000',
    columns: WIDTHS.map((w, index) => ({ index, width: w, ...(index === KEY_COL ? { hidden: true } : {}), ...(TEXT_COLUMNS.has(index) ? { numberFormat: '@' } : {}) })),
    freeze: { rows: 1, cols: 0 },
    blocks: [...blocks, { at: `A${noteRow}`, values: [[note]] }],
    numberFormats: [],
    validations: [],
    conditionalFormats: [
      { range: rangeA1(1, SEVERITY_COL, Math.max(last - 1, 1), 1), formula: `B2=${formulaString(SEVERITY_LABEL.error)}`, fill: HIGHLIGHT_FILLS.error.fill, fontColor: HIGHLIGHT_FILLS.error.fontColor, purpose: 'エラーの行' },
    ],
    styles: [
      { range: rangeA1(0, 0, 1, width), bold: true, wrap: true, vertical: 'middle', horizontal: 'center', fill: HEADER_FILL, border: 'grid' },
      { range: rangeA1(1, 6, Math.max(last - 1, 1), 2), wrap: true, vertical: 'top' },
    ],
    merges: [],
    rowHeights: [{ row: 0, height: HEADER_HEIGHT }],
    charts: [],
    print: { paper: 'A4', orientation: 'landscape', fitToWidth: true, repeatRows: { first: 1, last: 1 } },
  };
}
