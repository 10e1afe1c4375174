import ExcelJS from 'exceljs';
import { formulaResult, serialOfExcelJsDate, toRawValue } from '../../cli/xlsx/cell-value';
import { readWorkbookValues } from '../../cli/xlsx/read';
import { isoToSerial, timeToFraction } from '../../templates/spec/to-cells';

describe('exceljs values → raw values (as Excel Range.values)', () => {
  it('turns exceljs dates and times into serials and exact day fractions', () => {
    expect(serialOfExcelJsDate(new Date('2025-04-01T00:00:00Z'))).toBe(isoToSerial('2025-04-01'));
    expect(serialOfExcelJsDate(new Date('1899-12-30T13:30:00Z'))).toBe(0.5625);
    expect(serialOfExcelJsDate(new Date('1899-12-30T10:01:00Z'))).toBe(timeToFraction('10:01'));
    expect(serialOfExcelJsDate(new Date('2025-04-01T00:00:00Z'), true)).toBe(isoToSerial('2025-04-01') - 1462);
  });

  it('maps rich text, hyperlinks, errors and formula results', () => {
    expect(toRawValue({ richText: [{ text: '在宅' }, { text: '医療' }] })).toBe('在宅医療');
    expect(toRawValue({ text: 'サイト', hyperlink: 'https://example.jp' })).toBe('サイト');
    expect(toRawValue({ error: '#N/A' } as ExcelJS.CellErrorValue)).toBe('#N/A');
    expect(toRawValue({ formula: 'A1', result: 3 } as ExcelJS.CellFormulaValue)).toBe(3);
    expect(toRawValue({ formula: 'A1' } as ExcelJS.CellFormulaValue)).toBe('');
    expect(formulaResult(0)).toBe(0);
    expect(formulaResult(false)).toBe(false);
    expect(formulaResult({ error: '#DIV/0!' })).toBe('#DIV/0!');
    expect(formulaResult(new Date('2025-05-20T00:00:00Z'))).toBe(isoToSerial('2025-05-20'));
    expect(toRawValue(null)).toBe('');
  });
});

describe('readWorkbookValues', () => {
  it('reads each sheet A1-anchored, rectangular and trimmed, with formula results, dates and merged cells as Excel shows them', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('表');
    ws.getCell('B2').value = '=literal';
    ws.getCell('C2').value = new Date(Date.UTC(2025, 4, 20));
    ws.getCell('C2').numFmt = 'yyyy/m/d';
    ws.getCell('D2').value = { formula: '1-1', result: 0 } as ExcelJS.CellFormulaValue;
    ws.getCell('D3').value = { formula: '1=2', result: false } as ExcelJS.CellFormulaValue;
    ws.getCell('B4').value = 'merged';
    ws.mergeCells('B4:C4');
    ws.getCell('F9').numFmt = '@'; // styled but empty: not part of the values
    wb.addWorksheet('空');
    const values = await readWorkbookValues(Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer));
    expect(values['表']).toEqual([
      ['', '', '', ''],
      ['', '=literal', isoToSerial('2025-05-20'), 0],
      ['', '', '', false],
      ['', 'merged', '', ''],
    ]);
    expect(values['空']).toEqual([]);
  });
});
