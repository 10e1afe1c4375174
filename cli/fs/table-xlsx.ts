/** A plain .xlsx of a table (the town comparison; more tables on further sheets): bold frozen header, numbers as numbers, text as text. */
import ExcelJS from 'exceljs';
import type { CsvCell } from '../../templates/export/csv';
import { displayWidth } from '../output/table';

/**
 * The table as .xlsx bytes. Strings are stored as shared strings, never as formulas, so a town
 * name like '=1+1' stays text.
 * @example await writeOutput('比較.xlsx', await tableXlsx('町村比較', rows));
 */
export async function tableXlsx(sheetName: string, rows: readonly (readonly CsvCell[])[], more: readonly { readonly name: string; readonly rows: readonly (readonly CsvCell[])[] }[] = []): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '在宅連携キット';
  for (const sheet of [{ name: sheetName, rows }, ...more]) addTableSheet(wb, sheet.name, sheet.rows);
  const data = await wb.xlsx.writeBuffer();
  return new Uint8Array(data as ArrayBuffer);
}

function addTableSheet(wb: ExcelJS.Workbook, sheetName: string, rows: readonly (readonly CsvCell[])[]): void {
  const ws = wb.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  for (const row of rows) ws.addRow(row.map((c) => (c === null || c === undefined ? null : c)));
  ws.getRow(1).font = { bold: true };
  const width = rows[0]?.length ?? 0;
  for (let c = 0; c < width; c++) {
    let w = 6;
    for (const row of rows) w = Math.max(w, displayWidth(String(row[c] ?? '')));
    ws.getColumn(c + 1).width = Math.min(40, w + 2);
  }
}
