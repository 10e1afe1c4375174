/**
 * templates/import/xlsx-sheets.ts (the .xlsx reader for hosts that can only unzip): on a real file
 * written by exceljs it gives exactly the grids the CLI's exceljs reader gives; on hand-written
 * SpreadsheetML it handles what Excel itself writes (phonetic runs, rich text, inline strings,
 * formula results, escapes, cells and rows without references, prefixed namespaces).
 */
import { importFileOfXlsx, sharedStrings, sheetGrid, xlsxSheets, xmlText } from '../../templates/import';
import { loadForValues, sheetValues } from '../../cli/xlsx/read';
import { unzipEntries } from '../apps-script/fakes/utilities';
import { kouseikyokuXlsx } from './xlsx-fixture';

function reader(zip: Uint8Array): (path: string) => string | null {
  const parts = new Map(unzipEntries(zip).map((e) => [e.name, Buffer.from(e.data).toString('utf8')]));
  return (path) => parts.get(path) ?? null;
}

describe('xlsxSheets on a real .xlsx', () => {
  it('gives every sheet the grid the CLI reader (exceljs) gives, in tab order', async () => {
    const bytes = await kouseikyokuXlsx();
    const sheets = xlsxSheets(reader(bytes));
    const wb = await loadForValues(bytes);
    expect(sheets.map((s) => s.name)).toEqual(['表紙', '医科']);
    expect(sheets.map((s) => s.grid)).toEqual(wb.worksheets.map((ws) => sheetValues(ws)));
    expect(sheets[1]!.grid[0]![0]).toBe('届出受理医療機関名簿（医科）');
  });

  it('picks the sheet whose header is a known source, past the cover sheet', async () => {
    const file = importFileOfXlsx('名簿.xlsx', reader(await kouseikyokuXlsx()));
    expect('grid' in file && file.grid[3]?.[0]).toBe('項番');
  });

  it('gives no sheets for a package without a workbook part', () => {
    expect(xlsxSheets(() => null)).toEqual([]);
    expect(importFileOfXlsx('x.xlsx', () => null)).toEqual({ name: 'x.xlsx', grid: [] });
  });
});

describe('SpreadsheetML as Excel writes it', () => {
  it('shared strings: rich runs joined, furigana (rPh) left out, entities and _xHHHH_ decoded, empty items kept', () => {
    const xml =
      '<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="4">' +
      '<si><t>桜川中央病院</t><rPh sb="0" eb="3"><t>サクラガワ</t></rPh><phoneticPr fontId="1"/></si>' +
      '<si><r><rPr><b/></rPr><t xml:space="preserve">在宅 </t></r><r><t>療養</t></r></si>' +
      '<si/><si><t>A&amp;B &lt;x&gt; &#x2460;&#9313; 1_x000D_2</t></si></sst>';
    expect(sharedStrings(xml)).toEqual(['桜川中央病院', '在宅 療養', '', 'A&B <x> ①② 1\r2']);
  });

  it('cells: types, formula results, missing references, gaps, prefixed namespaces', () => {
    const xml =
      '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>' +
      '<x:row r="2"><x:c r="B2" t="s"><x:v>0</x:v></x:c><x:c t="inlineStr"><x:is><x:t>inline</x:t><x:rPh><x:t>ヨミ</x:t></x:rPh></x:is></x:c>' +
      '<x:c r="E2"><x:f>1+1</x:f><x:v>2</x:v></x:c><x:c r="F2" t="str"><x:f>"=A"</x:f><x:v>=A</x:v></x:c></x:row>' +
      '<x:row><x:c t="b"><x:v>1</x:v></x:c><x:c t="e"><x:v>#N/A</x:v></x:c><x:c s="3"/><x:c><x:v>45797.5</x:v></x:c></x:row>' +
      '<x:row r="6" spans="1:3"/>' +
      '</x:sheetData><x:mergeCells count="0"/></x:worksheet>';
    expect(sheetGrid(xml, ['共有'])).toEqual([
      ['', '', '', '', '', ''],
      ['', '共有', 'inline', '', 2, '=A'],
      [true, '#N/A', '', 45797.5, '', ''],
    ]);
  });

  it('workbook: sheet order from workbook.xml, parts through the relationships (absolute and relative targets)', () => {
    const parts: Record<string, string> = {
      'xl/workbook.xml':
        '<workbook xmlns:rel="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>' +
        '<sheet name="B &amp; C" sheetId="2" rel:id="rId7"/><sheet name="A" sheetId="1" rel:id="rId1"/><sheet name="グラフ" sheetId="3" rel:id="rId9"/></sheets></workbook>',
      'xl/_rels/workbook.xml.rels':
        '<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>' +
        '<Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/../worksheets/sheet2.xml"/>' +
        '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet" Target="chartsheets/sheet1.xml"/>' +
        '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="strings.xml"/></Relationships>',
      'xl/strings.xml': '<sst><si><t>一</t></si><si><t>二</t></si></sst>',
      'xl/worksheets/sheet1.xml': '<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData></worksheet>',
      'xl/worksheets/sheet2.xml': '<worksheet><sheetData><row r="1"><c r="C1" t="s"><v>1</v></c></row></sheetData></worksheet>',
    };
    expect(xlsxSheets((p) => parts[p] ?? null)).toEqual([
      { name: 'B & C', grid: [['', '', '二']] },
      { name: 'A', grid: [['一']] },
    ]);
  });

  it('xmlText resolves the five entities and character references only', () => {
    expect(xmlText('&lt;&amp;lt;&gt;&quot;&apos;&#12354;&#x3044;&unknown;')).toBe('<&lt;>"\'あい&unknown;');
    expect(xmlText('a\r\nb\rc&#13;')).toBe('a\nb\nc\r');
  });
});
