/**
 * Node host, read side: every sheet of an .xlsx read once into a 2-D grid shaped like Excel's
 * Range.values of A1:<last used cell> — numbers, strings, booleans, '' for blank, dates as serials —
 * with trailing empty rows and columns trimmed.
 */
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { CellValue } from '../../templates/core/cell';
import type { WorkbookValues } from '../../templates/validate/types';
import { formulaResult, toRawValue } from './cell-value';

/**
 * Worksheet parts a value read does not need. Skipping them keeps big files fast: exceljs expands
 * each data-validation range into one entry per cell, and merged cells would repeat the master's
 * value into every covered cell (Excel reports '' there).
 */
const IGNORED_NODES = [
  'dataValidations',
  'conditionalFormatting',
  'mergeCells',
  'hyperlinks',
  'extLst',
  'drawing',
  'picture',
  'tableParts',
  'rowBreaks',
  'headerFooter',
  'pageSetup',
  'printOptions',
  'pageMargins',
  'autoFilter',
];

/** Loads a workbook for reading values (validations, formats, merges and drawings skipped). */
export async function loadForValues(source: string | Buffer | Uint8Array): Promise<ExcelJS.Workbook> {
  const data = typeof source === 'string' ? await readFile(source) : source;
  const wb = new ExcelJS.Workbook();
  // exceljs types only list its own options; ignoreNodes is read by its worksheet parser.
  await wb.xlsx.load(data as unknown as ArrayBuffer, { ignoreNodes: IGNORED_NODES } as unknown as ExcelJS.XlsxReadOptions);
  return wb;
}

/** The grid of one worksheet (rectangular, trimmed). */
export function sheetValues(ws: ExcelJS.Worksheet, date1904 = false): CellValue[][] {
  const rows: (string | number | boolean)[][] = [];
  let lastRow = 0;
  let lastCol = 0;
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const line: (string | number | boolean)[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      // Cells covered by a merge repeat the master's value in exceljs; Excel reports '' there.
      if (cell.type === ExcelJS.ValueType.Merge) return;
      // cell.value of a formula drops falsy cached results (0, false); cell.result keeps them.
      const v = cell.type === ExcelJS.ValueType.Formula ? formulaResult(cell.result, date1904) : toRawValue(cell.value, date1904);
      if (v === '') return;
      line[colNumber - 1] = v;
      if (colNumber > lastCol) lastCol = colNumber;
    });
    if (line.length > 0) {
      rows[rowNumber - 1] = line;
      lastRow = rowNumber;
    }
  });
  const grid: CellValue[][] = new Array(lastRow);
  for (let r = 0; r < lastRow; r++) {
    const src = rows[r];
    const line: CellValue[] = new Array(lastCol);
    for (let c = 0; c < lastCol; c++) line[c] = src?.[c] ?? '';
    grid[r] = line;
  }
  return grid;
}

/**
 * Reads every sheet (hidden ones too) of an .xlsx file or buffer.
 * @example const values = await readWorkbookValues('みどり町.xlsx'); values['設定']?.[9]?.[1] // 2025
 */
export async function readWorkbookValues(source: string | Buffer | Uint8Array): Promise<WorkbookValues> {
  return workbookValues(await loadForValues(source));
}

/** The values of every sheet of an already loaded workbook, in tab order. */
export function workbookValues(wb: ExcelJS.Workbook): WorkbookValues {
  const date1904 = Boolean(wb.properties?.date1904);
  const out: Record<string, CellValue[][]> = {};
  for (const ws of wb.worksheets) out[ws.name] = sheetValues(ws, date1904);
  return out;
}
