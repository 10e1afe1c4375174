/** The 厚生局 名簿 fixture as a real .xlsx (exceljs), for the hosts that read the file's bytes. */
import ExcelJS from 'exceljs';
import { INSTITUTIONS, kouseikyokuGrid, type Institution } from './fixtures';

/** The 厚生局 名簿 as a bureau publishes it: a cover sheet, then the list; odd cells on purpose. */
export async function kouseikyokuXlsx(institutions: readonly Institution[] = INSTITUTIONS): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('表紙').addRow(['届出受理医療機関名簿', null, '<&>"\'']);
  const ws = wb.addWorksheet('医科');
  for (const row of kouseikyokuGrid(institutions)) ws.addRow(row.map((v) => (v === '' ? null : v)));
  ws.getCell('Z2').value = { formula: 'LEN(B2)', result: 0 } as ExcelJS.CellFormulaValue;
  ws.getCell('Z3').value = { richText: [{ text: '在宅' }, { text: '療養', font: { bold: true } }] };
  ws.getCell('Z4').value = true;
  ws.getCell('Z5').value = 'a\r\nb';
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

