/** The in-place worksheet XML patch used for the send log: replace, insert in order, keep styles, escape. */
import { patchSheetXml } from '../../cli/fs/patch-cells';
import { PatchError } from '../../cli/fs/sheet-xml';
import { sendLogCells } from '../../cli/fs/send-log';
import type { SheetLayout } from '../../templates/validate/types';

const sheet = (rows: string): string =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>`;

describe('patchSheetXml', () => {
  it('replaces an existing cell, keeping its style and dropping the old value', () => {
    const xml = sheet('<row r="2" spans="1:3"><c r="A2" t="s"><v>0</v></c><c r="C2" s="5" t="s"><v>7</v></c></row>');
    const out = patchSheetXml(xml, [{ row: 2, col: 2, text: '送信済み' }]);
    expect(out).toContain('<c r="A2" t="s"><v>0</v></c><c r="C2" s="5" t="inlineStr"><is><t>送信済み</t></is></c></row>');
    expect(out).not.toContain('<v>7</v>');
  });

  it('inserts missing cells in column order, also into self-closing rows', () => {
    const xml = sheet('<row r="3"><c r="A3"><v>1</v></c><c r="D3"><v>4</v></c></row><row r="4"/>');
    const out = patchSheetXml(xml, [
      { row: 3, col: 1, text: 'b' },
      { row: 3, col: 5, text: 'f' },
      { row: 4, col: 0, text: 'x' },
    ]);
    expect(out).toContain('<row r="3"><c r="A3"><v>1</v></c><c r="B3" t="inlineStr"><is><t>b</t></is></c><c r="D3"><v>4</v></c><c r="F3" t="inlineStr"><is><t>f</t></is></c></row>');
    expect(out).toContain('<row r="4"><c r="A4" t="inlineStr"><is><t>x</t></is></c></row>');
  });

  it('escapes XML and preserves edge spaces', () => {
    const out = patchSheetXml(sheet('<row r="1"></row>'), [{ row: 1, col: 0, text: ' <a&b> ' }]);
    expect(out).toContain('<t xml:space="preserve"> &lt;a&amp;b&gt; </t>');
  });

  it('leaves everything outside the patched rows untouched', () => {
    const rows = '<row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="A2"><v>2</v></c></row><row r="3"><c r="A3"><v>3</v></c></row>';
    const xml = sheet(rows);
    const out = patchSheetXml(xml, [{ row: 2, col: 1, text: 'z' }]);
    expect(out.replace('<c r="B2" t="inlineStr"><is><t>z</t></is></c>', '')).toBe(xml);
  });

  it('refuses rows that are not in the sheet', () => {
    expect(() => patchSheetXml(sheet('<row r="1"></row>'), [{ row: 9, col: 0, text: 'x' }])).toThrow(PatchError);
  });
});

describe('sendLogCells', () => {
  const layout: SheetLayout = { sheetId: 'attendees', tabName: '出席者', headerRow: 0, columns: { id: 0, noticeStatus: 11, messageId: 3 }, extraHeaders: [] };

  it('maps log fields to the columns where the workbook has them and names the missing ones', () => {
    const { cells, missingColumns } = sendLogCells(layout, [{ attendeeId: 'A1', row: 5, noticeStatus: 'FAX待ち', noticeAt: '2025-12-01 09:00', messageId: 'm@x' }]);
    expect(cells).toEqual([
      { row: 5, col: 11, text: 'FAX待ち' },
      { row: 5, col: 3, text: 'm@x' },
    ]);
    expect(missingColumns).toEqual(['noticeAt']);
  });
});
