import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { readWorkbookValues } from '../../cli/xlsx/read';
import { writeWorkbook } from '../../cli/xlsx/write';
import { columnLetters, quoteSheetName } from '../../templates/core/address';
import { INDICATOR_CHARTS, INDICATOR_SHEET_NAME, indicatorColumn } from '../../templates/indicators';
import { LISTS_SHEET_NAME } from '../../templates/plan/lists';
import { FORMATS } from '../../templates/plan/types';
import { blankWorkbookPlan, townWorkbookPlan } from '../../templates/plan/workbook';
import { generateTown, townToWorkbookValues } from '../../templates/sample';
import { SHEETS } from '../../templates/sheets/registry';
import { sharingFormSpec } from '../../templates/sheets/sharing';
import { validateWorkbook } from '../../templates/validate/engine';
import { dataValidations, definedNames, xlsxParts } from '../helpers/xlsx-xml';

const town = generateTown({ seed: 3 });
const RISKY = ['=HYPERLINK("http://x","y")', '+81 3-1234-5678', '@home', '-5', "'quoted"];
const riskyTown = {
  ...town.rows,
  resources: town.rows.resources.map((r, i) => (i < RISKY.length ? { ...r, name: RISKY[i] as string, note: RISKY[(i + 1) % RISKY.length] as string } : r)),
};

let townBytes: Buffer;
let blankBytes: Buffer;
beforeAll(async () => {
  townBytes = await writeWorkbook(townWorkbookPlan(town));
  blankBytes = await writeWorkbook(blankWorkbookPlan());
});

describe('write then read (Node host)', () => {
  it('gives back exactly townToWorkbookValues on every standardized sheet, and validates without errors', async () => {
    const started = Date.now();
    const values = await readWorkbookValues(townBytes);
    const expected = townToWorkbookValues(town);
    for (const spec of SHEETS) {
      const got = values[spec.name] ?? [];
      const want = expected[spec.name] ?? [];
      expect(got.length).toBe(want.length);
      want.forEach((row, r) => row.forEach((v, c) => expect([spec.name, r, c, got[r]?.[c]]).toEqual([spec.name, r, c, v])));
    }
    const result = validateWorkbook(values, { today: town.today });
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it('keeps literal text starting with = + - @ as text', async () => {
    const bytes = await writeWorkbook(townWorkbookPlan(riskyTown));
    const values = await readWorkbookValues(bytes);
    const grid = values['資源リスト'] ?? [];
    const header = grid[0] ?? [];
    RISKY.forEach((text, i) => {
      expect(grid[i + 1]?.[header.indexOf('名称')]).toBe(text);
      expect(grid[i + 1]?.[header.indexOf('備考')]).toBe(RISKY[(i + 1) % RISKY.length]);
    });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(wb.getWorksheet('資源リスト')?.getCell('C2').type).toBe(ExcelJS.ValueType.String);
  });

  it('blank workbook: headers only on table sheets, 設定 labels, default notices, every tab present', async () => {
    const values = await readWorkbookValues(blankBytes);
    expect(Object.keys(values)).toEqual(blankWorkbookPlan().sheets.map((s) => s.name));
    expect(values['資源リスト']).toHaveLength(1);
    expect(values['設定']?.[9]).toEqual(['対象年度', '']);
    expect((values['通知テンプレート'] ?? []).length).toBeGreaterThan(1);
  });
});

describe('what only the file shows (XML)', () => {
  it('has list validations from named ranges on the lists sheet, over the data area', async () => {
    const parts = await xlsxParts(blankBytes);
    const names = definedNames(parts.workbook);
    const expectList = (sheet: string, sqref: string, name: string) => {
      const dv = dataValidations(parts.sheets.get(sheet) ?? '').find((v) => v.sqref === sqref);
      expect(dv).toEqual({ type: 'list', sqref, formula1: name });
      expect(names.get(name)).toMatch(new RegExp(`^${quoteSheetName(LISTS_SHEET_NAME)}!\\$[A-Z]+\\$2:\\$[A-Z]+\\$\\d+$`));
    };
    expectList('資源リスト', 'B2:B2001', 'L_resources_category');
    expectList('資源リスト', 'M2:M2001', 'L_boolean');
    expectList('会議・研修記録', 'B2:B2001', 'L_events_type');
    expectList('関係者名簿', 'G2:G2001', 'L_contacts_profession');
    expectList('相談記録', 'P2:P2001', 'L_consultations_status');
    const listDvs = [...parts.sheets.values()].flatMap((xml) => dataValidations(xml)).filter((v) => v.type === 'list');
    for (const dv of listDvs) expect(names.has(dv.formula1)).toBe(true);
    expect(listDvs.length).toBeGreaterThan(40);
    expect(dataValidations(parts.sheets.get('会議・研修記録') ?? '').find((v) => v.sqref === 'D2:D2001')?.type).toBe('date');
  });

  it('uses the 和暦 date format, text format for phones, and asks for recalculation on open', async () => {
    const parts = await xlsxParts(townBytes);
    expect(parts.styles).toContain('formatCode="[$-411]ggge&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"');
    expect(parts.workbook).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(townBytes as unknown as ArrayBuffer);
    const resources = wb.getWorksheet('資源リスト') as ExcelJS.Worksheet;
    expect(resources.getColumn(7).numFmt).toBe(FORMATS.text);
    expect(resources.getCell('G2').numFmt).toBe(FORMATS.text);
    expect(resources.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });

  it('locks only formula cells on the protected 指標 sheet (no password) and carries its charts as chart parts, no note cells', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(townBytes as unknown as ArrayBuffer);
    const ws = wb.getWorksheet(INDICATOR_SHEET_NAME) as ExcelJS.Worksheet;
    const protection = (ws as unknown as { sheetProtection: Record<string, unknown> }).sheetProtection;
    expect(protection).toMatchObject({ sheet: true });
    expect(protection['hashValue']).toBeUndefined();
    const at = (header: Parameters<typeof indicatorColumn>[0]) => `${columnLetters(indicatorColumn(header))}2`;
    expect(ws.getCell(at('値')).type).toBe(ExcelJS.ValueType.Formula);
    expect(ws.getCell(at('値')).protection?.locked).not.toBe(false);
    expect(ws.getCell('A2').protection?.locked).toBe(false);
    expect(ws.getCell(at('未整理セル')).protection?.locked).not.toBe(false); // 未整理セル is a formula too
    expect(ws.getCell(at('定義')).protection?.locked).toBe(false);
    expect(ws.getCell(at('入退院支援')).protection?.locked).toBe(false); // a scene ○ is text, not a formula
    expect(protection).toMatchObject({ autoFilter: true }); // exceljs reads autoFilter="0" as "filtering allowed" on the protected sheet
    expect(ws.autoFilter).toBeTruthy();
    const notes: string[] = [];
    ws.eachRow((row) => row.eachCell((c) => typeof c.value === 'string' && c.value.startsWith('［グラフ') && notes.push(c.value)));
    expect(notes).toHaveLength(0);
    const zip = await JSZip.loadAsync(townBytes);
    expect(Object.keys(zip.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f))).toHaveLength(INDICATOR_CHARTS.length);
    expect(wb.getWorksheet(LISTS_SHEET_NAME)?.state).toBe('hidden');
  });

  it('sets the 情報共有シート up for A4 portrait, one page wide', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(blankBytes as unknown as ArrayBuffer);
    const form = wb.getWorksheet(sharingFormSpec.name) as ExcelJS.Worksheet;
    expect(form.pageSetup).toMatchObject({ paperSize: 9, orientation: 'portrait', fitToWidth: 1, fitToHeight: 0 });
    expect(form.pageSetup.printArea).toMatch(/^\$?A\$?1:\$?D\$?\d+$/);
    expect(wb.getWorksheet('資源リスト')?.pageSetup.printTitlesRow).toBe('1:1');
  });
});
