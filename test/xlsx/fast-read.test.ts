/**
 * The fast reader (SAX over the unzipped parts) against readWorkbookValues (exceljs) on every kind
 * of workbook the host meets: written by the fast writer and by exceljs, blank, sample with risky
 * text, with the CLI's deliberate mistakes, an upgraded older layout, and copies LibreOffice saved
 * (its own shared strings, cached formula results, styles). Values must be identical, bit for bit.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
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
