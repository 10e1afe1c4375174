/**
 * The fast reader (htmlparser2's tokenizer over the unzipped parts) against readWorkbookValues (exceljs) on every kind
 * of workbook the host meets: written by the fast writer and by exceljs, blank, sample with risky
 * text, with the CLI's deliberate mistakes, an upgraded older layout, and copies LibreOffice saved
 * (its own shared strings, cached formula results, styles). Values must be identical, bit for bit.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { readValuesFast } from '../../cli/xlsx/fast-read';
import { readWorkbookValues } from '../../cli/xlsx/read';
import { upgradeWorkbook } from '../../cli/xlsx/upgrade';
import { writeWorkbook, writeWorkbookWithExcelJs } from '../../cli/xlsx/write';
import { CALC_SHEET_NAME } from '../../templates/indicators';
import { blankWorkbookPlan, townWorkbookPlan } from '../../templates/plan/workbook';
import { generateTown } from '../../templates/sample';
import { withMistakes } from '../cli/mistakes';
import { libreOfficeOrSkip, recalculateToXlsx, removeProfile } from '../helpers/libreoffice';
import { buildOldWorkbook } from './old-layout';

jest.setTimeout(300_000);

const dir = mkdtempSync(join(tmpdir(), 'zrk-fast-read-'));
const town = generateTown({ seed: 5 });
const RISKY = ['=HYPERLINK("http://x","y")', '+81 3-1234-5678', '  spaced  ', 'a&b<c>"d"', '_x0041_ literal', '改行\nあり', '𠮷野家'];
const riskyTown = {
  ...town.rows,
  resources: town.rows.resources.map((r, i) => (i < RISKY.length ? { ...r, name: RISKY[i] as string } : r)),
};

async function expectSameValues(bytes: Buffer): Promise<void> {
  const reference = await readWorkbookValues(bytes);
  const fast = await readValuesFast(bytes);
  expect(Object.keys(fast)).toEqual(Object.keys(reference));
  for (const name of Object.keys(reference)) expect([name, fast[name]]).toEqual([name, reference[name]]);
}

const SPREADSHEET_NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';

/** One worksheet with what a tokenizer can trip on: raw CR LF, entities, CDATA, self-closing and typed cells. */
const HAND_SHEET =
  `<?xml version="1.0"?><worksheet ${SPREADSHEET_NS}><sheetData>` +
  `<row r="1"><c r="A1" t="s"><v>0</v></c><c t="s"><v>1</v></c><c r="C1" t="s" ><v> 2 </v></c><c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>4</v></c></row>` +
  `<row r="2"><c r="A2" s="1"><v>45748</v></c><c r="B2" s="1"><v>45748.5</v></c><c r="C2"/><c r="D2" t="b"><v>1</v></c><c r="E2" t="e"><v>#DIV/0!</v></c><c r="F2" t="str"><f>"a"&amp;"b"</f><v>a&amp;amp;b</v></c></row>` +
  `<row r="4"><c r="A4"><f>1+1</f><v>2</v></c><c r="B4"><f t="shared" ref="B4:B5" si="0">A4*2</f><v>4</v></c><c r="C4" t="inlineStr"><is><t>インライン\r\n文字</t></is></c><c r="D4" t="inlineStr"><is><r><t>ラン</t></r><r><t>二つ</t></r></is></c><c r="E4"><v>-1.5E-3</v></c><c r="F4"><v><![CDATA[9]]></v></c></row>` +
  `<row r="5"><c r="B5"><f t="shared" si="0"/><v>4</v></c><c r="C5" t="str"><f>A1</f><v></v></c><c r="Z5" t="s"><v>3</v></c></row>` +
  `</sheetData></worksheet>`;

/** A package written by hand around one worksheet part: shapes no writer we test against produces. */
async function handWrittenBook(sheetXml: string): Promise<Buffer> {
  const zip = new JSZip();
  const ns = SPREADSHEET_NS;
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  zip.file('[Content_Types].xml', `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`);
  zip.file('_rels/.rels', `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  zip.file('xl/_rels/workbook.xml.rels', `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${rel}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="${rel}/styles" Target="styles.xml"/></Relationships>`);
  zip.file('xl/workbook.xml', `<?xml version="1.0"?><workbook ${ns} xmlns:r="${rel}"><sheets><sheet name="相談 &amp; 記録" sheetId="1" r:id="rId1"/></sheets></workbook>`);
  zip.file('xl/styles.xml', `<?xml version="1.0"?><styleSheet ${ns}><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/></cellXfs></styleSheet>`);
  zip.file('xl/sharedStrings.xml', `<?xml version="1.0"?><!-- a comment --><sst ${ns}><si><t>一行目\r\n二行目\r三行目</t></si><si><t>a &lt;&amp;&gt; &#x20BB7;&#13;b</t></si><si><r><t>リッチ</t></r><r><rPr><b/></rPr><t xml:space="preserve"> テキスト</t></r><rPh sb="0" eb="1"><t>ヨミ</t></rPh></si><si><t/></si><si><t>_x000D_改行</t></si></sst>`);
  zip.file('xl/worksheets/sheet1.xml', sheetXml);
  return zip.generateAsync({ type: 'nodebuffer' });
}

afterAll(() => {
  removeProfile();
  rmSync(dir, { recursive: true, force: true });
});

describe('readValuesFast gives exactly what readWorkbookValues gives', () => {
  it('on the fast writer\'s blank and sample-town workbooks (risky text included)', async () => {
    await expectSameValues(await writeWorkbook(blankWorkbookPlan()));
    await expectSameValues(await writeWorkbook(townWorkbookPlan(riskyTown)));
  });

  it('on exceljs-written workbooks, with the CLI\'s deliberate mistakes', async () => {
    await expectSameValues(await writeWorkbookWithExcelJs(townWorkbookPlan(riskyTown)));
    await expectSameValues(await writeWorkbook(townWorkbookPlan(withMistakes(town))));
  });

  it('on an upgraded older-layout workbook and on hand-made cells (dates, times, booleans, errors, rich text, formulas)', async () => {
    const old = await buildOldWorkbook(town);
    const oldPath = join(dir, 'old.xlsx');
    writeFileSync(oldPath, old.bytes);
    await expectSameValues(old.bytes);
    const upgraded = join(dir, 'upgraded.xlsx');
    await upgradeWorkbook(oldPath, upgraded);
    await expectSameValues(readFileSync(upgraded));

    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('手作り');
    ws.getCell('A1').value = new Date(Date.UTC(2025, 3, 1));
    ws.getCell('A1').numFmt = 'yyyy/m/d';
    ws.getCell('B1').value = new Date(Date.UTC(1899, 11, 30, 13, 30));
    ws.getCell('B1').numFmt = 'h:mm';
    ws.getCell('C1').value = true;
    ws.getCell('D1').value = { error: '#N/A' } as ExcelJS.CellErrorValue;
    ws.getCell('E1').value = { richText: [{ text: 'リッチ' }, { text: 'テキスト', font: { bold: true } }] };
    ws.getCell('F1').value = { formula: '1+1', result: 2 } as ExcelJS.CellFormulaValue;
    ws.getCell('G1').value = { formula: 'A1', result: new Date(Date.UTC(2025, 3, 1)) } as ExcelJS.CellFormulaValue;
    ws.getCell('G1').numFmt = 'yyyy/m/d';
    ws.getCell('H3').value = 0;
    ws.getCell('A5').value = 45_748.123456789;
    ws.getCell('A5').numFmt = 'yyyy/m/d h:mm';
    await expectSameValues(Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer));
  });

  it('on XML parts written by hand: line ends, entities, self-closing and typed cells, CDATA, comments, missing references', async () => {
    const bytes = await handWrittenBook(HAND_SHEET);
    await expectSameValues(bytes);
    const values = await readValuesFast(bytes);
    expect(Object.keys(values)).toEqual(['相談 & 記録']);
    // the reader saw what the XML says, not just what exceljs happens to say
    expect(values['相談 & 記録']?.[0]?.slice(0, 2)).toEqual(['一行目\n二行目\n三行目', 'a <&> 𠮷\rb']);
  });

  it('refuses a worksheet part cut off in the middle, as exceljs does, instead of reading half of it', async () => {
    const bytes = await handWrittenBook(HAND_SHEET.slice(0, HAND_SHEET.indexOf('<row r="4">')));
    await expect(readWorkbookValues(bytes)).rejects.toThrow();
    await expect(readValuesFast(bytes)).rejects.toThrow();
  });

  it('reads only the sheets asked for', async () => {
    const bytes = await writeWorkbook(townWorkbookPlan(town));
    const values = await readValuesFast(bytes, { sheets: (name) => name !== CALC_SHEET_NAME });
    expect(Object.keys(values)).not.toContain(CALC_SHEET_NAME);
    expect(values['資源リスト']).toEqual((await readWorkbookValues(bytes))['資源リスト']);
  });

  const soffice = libreOfficeOrSkip();
  (soffice ? it : it.skip)('on a copy LibreOffice saved (its shared strings, styles and cached formula results)', async () => {
    const path = join(dir, 'town.xlsx');
    writeFileSync(path, await writeWorkbook(townWorkbookPlan(riskyTown)));
    const saved = await recalculateToXlsx(soffice as string, path, join(dir, 'lo'));
    await expectSameValues(readFileSync(saved));
  });
});
