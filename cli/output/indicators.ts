/**
 * Computed indicators as the CLI prints them. The CSV form mirrors the workbook's 指標 sheet
 * column for column and row for row (indicatorSheetLayout), with each formula cell replaced by the
 * value TypeScript computed — so it can be compared with a spreadsheet's own CSV export of 指標.
 */
import { toCsv, type CsvCell } from '../../templates/export/csv';
import { indicatorColumn, indicatorSheetLayout, type IndicatorResult } from '../../templates/indicators';
import { formatTable } from './table';
import { cliText, type Lang } from './texts';

/**
 * The 指標 sheet as values: header row, then one row per indicator in sheet order.
 * @throws Error when a layout row has no computed result (catalogue and results out of step).
 */
export function indicatorSheetValues(results: readonly IndicatorResult[]): CsvCell[][] {
  const layout = indicatorSheetLayout();
  const byId = new Map(results.map((r) => [r.id, r]));
  const valueCol = indicatorColumn('値');
  const targetCol = indicatorColumn('目標');
  const achievedCol = indicatorColumn('達成');
  const pendingCol = indicatorColumn('未整理セル');
  const rows: CsvCell[][] = [[...layout.header]];
  for (const row of layout.rows) {
    const result = byId.get(row.id);
    if (!result) throw new Error(`no computed value for indicator ${row.id}`);
    rows.push(
      row.cells.map((cell, col): CsvCell => {
        if (col === valueCol) return result.value;
        if (col === targetCol) return result.target;
        if (col === achievedCol) return result.achieved;
        if (col === pendingCol) return typeof cell === 'object' ? result.pending : '';
        return typeof cell === 'object' ? '' : cell;
      }),
    );
  }
  return rows;
}

/**
 * CSV of the 指標 sheet values in the shape LibreOffice exports a sheet: no BOM, LF line ends,
 * quotes only where needed, numbers unformatted, blanks empty. No formula guard: every text here
 * comes from the catalogue, not from users, and a guard would break the cell-for-cell match.
 */
export function indicatorsCsv(results: readonly IndicatorResult[]): string {
  return toCsv(indicatorSheetValues(results), { bom: false, eol: '\n', guardFormulas: false });
}

const show = (n: number | null): string => (n === null ? '' : String(n));

/** Aligned table for the terminal. */
export function indicatorsTable(results: readonly IndicatorResult[], lang: Lang): string {
  const headers = cliText(lang, 'indicators.header').split(',');
  const rows = results.map((r) => [r.id, r.name, r.kind, r.scenes.join('・'), show(r.value), r.unit, show(r.target), r.achieved, show(r.pending)]);
  return formatTable(headers, rows);
}

/** JSON array text of the results (2-space indented, trailing newline). */
export function indicatorsJson(results: readonly IndicatorResult[]): string {
  return `${JSON.stringify(results, null, 2)}\n`;
}
