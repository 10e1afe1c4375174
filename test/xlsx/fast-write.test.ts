/**
 * The fast parts writer against the exceljs writer it replaces, judged by LibreOffice: both files
 * of the same plan are opened by LibreOffice and saved again, and the two saved copies must hold
 * the same cells (values and formulas), number formats, fonts, fills, alignment, borders, cell
 * protection, merges, data validations, conditional formats, sheet protection, frozen panes, page
 * setup and names — everything the kit sets, read back through exceljs from LibreOffice's output.
 * Also: sizes and the shared-formula helper, which only the fast writer has.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { writeWorkbook, writeWorkbookWithExcelJs } from '../../cli/xlsx/write';
import { CALC_COLUMNS, CALC_SHEET_NAME, ID_ORDER_SWITCHES, IN_YEAR_SWITCH } from '../../templates/indicators';
import { columnLetters } from '../../templates/core/address';
import { blankWorkbookPlan, townWorkbookPlan } from '../../templates/plan/workbook';
import type { WorkbookPlan } from '../../templates/plan/types';
import { generateTown } from '../../templates/sample';
import { libreOfficeOrSkip, recalculateToXlsx, removeProfile } from '../helpers/libreoffice';

jest.setTimeout(600_000);

const dir = mkdtempSync(join(tmpdir(), 'zrk-fast-write-'));
const RISKY = ['=HYPERLINK("http://x","y")', '+81 3-1234-5678', '@home', ' spaced ', 'a&b<c>'];
const town = generateTown({ seed: 1 });
const riskyRows = { ...town.rows, resources: town.rows.resources.map((r, i) => (i < RISKY.length ? { ...r, name: RISKY[i] as string } : r)) };

afterAll(() => {
  removeProfile();
  rmSync(dir, { recursive: true, force: true });
});

const json = (v: unknown): string => JSON.stringify(v ?? null);

/** Everything the kit sets on one sheet, as comparable lines (cells by effective style). */
function describeSheet(ws: ExcelJS.Worksheet, cells: { rows: number; cols: number }, planned: boolean, inferredFormats = false): string[] {
  const out: string[] = [];
  for (let r = 1; r <= cells.rows; r++) {
    for (let c = 1; c <= cells.cols; c++) {
      const cell = ws.getCell(r, c);
      const value = cell.type === ExcelJS.ValueType.Formula ? { f: cell.formula } : cell.value;
      const s = cell.style;
      out.push(
        `${cell.address} ${json(value)} fmt=${inferredFormats && cell.type === ExcelJS.ValueType.Formula ? '(inferred)' : (s.numFmt ?? 'General')} font=${json({ b: s.font?.bold ?? false, sz: s.font?.size, c: s.font?.color?.argb })} ` +
          `fill=${json(s.fill && 'fgColor' in s.fill ? s.fill.fgColor?.argb : undefined)} align=${json({ w: s.alignment?.wrapText ?? false, h: s.alignment?.horizontal, v: s.alignment?.vertical })} ` +
          `border=${json(['top', 'bottom', 'left', 'right'].map((k) => (s.border as Record<string, { style?: string } | undefined> | undefined)?.[k]?.style ?? ''))} ` +
          `locked=${s.protection?.locked !== false}`,
      );
    }
  }
  const model = ws.model as unknown as { merges?: string[] };
  out.push(`merges ${json([...(model.merges ?? [])].sort())}`);
  const dv = (ws as unknown as { dataValidations: { model: Record<string, unknown> } }).dataValidations.model;
  for (const address of Object.keys(dv).sort()) out.push(`dv ${address} ${json(dv[address])}`);
  const cfs = (ws as unknown as { conditionalFormattings?: { ref: string; rules: { formulae?: string[]; style?: unknown }[] }[] }).conditionalFormattings ?? [];
  for (const cf of [...cfs].sort((a, b) => a.ref.localeCompare(b.ref) || json(a.rules).localeCompare(json(b.rules)))) {
    out.push(`cf ${cf.ref} ${json(cf.rules.map((r) => ({ f: r.formulae, s: r.style })))}`);
  }
  const protection = (ws as unknown as { sheetProtection?: Record<string, unknown> }).sheetProtection;
  out.push(`protected ${json(protection?.['sheet'] ?? false)}`);
  const view = ws.views[0] as { state?: string; xSplit?: number; ySplit?: number } | undefined;
  out.push(`view ${json({ state: view?.state, x: view?.xSplit, y: view?.ySplit })} hidden=${ws.state}`);
  const p = ws.pageSetup;
  // Paper only where the plan prints: exceljs writes an empty pageSetup on every other sheet, which
  // LibreOffice reads as Letter; the fast writer leaves those sheets at the application's default.
  out.push(`page ${json({ o: p.orientation, paper: planned ? p.paperSize : '-', fit: p.fitToPage ?? false, w: p.fitToWidth, h: p.fitToHeight, area: p.printArea?.replace(/\$/g, ''), rows: p.printTitlesRow, cols: p.printTitlesColumn })}`);
  return out;
}

async function loadSaved(soffice: string, name: string, bytes: Buffer): Promise<ExcelJS.Workbook> {
  const path = join(dir, `${name}.xlsx`);
  writeFileSync(path, bytes);
  const saved = await recalculateToXlsx(soffice, path, join(dir, `${name}-lo`));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(saved);
  return wb;
}

async function expectSameAfterLibreOffice(soffice: string, name: string, plan: WorkbookPlan): Promise<void> {
  const [reference, fast] = await Promise.all([
    loadSaved(soffice, `${name}-exceljs`, await writeWorkbookWithExcelJs(plan)),
    writeWorkbook(plan).then((bytes) => loadSaved(soffice, `${name}-fast`, bytes)),
  ]);
  expect(fast.worksheets.map((ws) => ws.name)).toEqual(reference.worksheets.map((ws) => ws.name));
  const names = (wb: ExcelJS.Workbook) => json([...wb.definedNames.model].map((n) => `${n.name}=${n.ranges.join(',')}`).sort());
  expect(names(fast)).toBe(names(reference));
  for (const sheet of plan.sheets) {
    const a = reference.getWorksheet(sheet.name) as ExcelJS.Worksheet;
    const b = fast.getWorksheet(sheet.name) as ExcelJS.Worksheet;
    // The helper's 2,000+ rows are compared on their first and last rows' shapes below.
    const rows = sheet.name === CALC_SHEET_NAME ? 40 : Math.max(a.rowCount, b.rowCount) + 2;
    const cols = Math.max(a.columnCount, b.columnCount, sheet.columns.length) + 1;
    // On the hidden helper LibreOffice gives General-format formula cells the format of what they
    // look up (a date) when they are stored as shared formulas, and not when stored one by one; the
    // cells carry the same (General) style in both files, so their formats are not compared there.
    const helper = sheet.name === CALC_SHEET_NAME;
    const left = describeSheet(a, { rows, cols }, sheet.print !== undefined, helper);
    const right = describeSheet(b, { rows, cols }, sheet.print !== undefined, helper);
    const firstDiff = left.findIndex((line, i) => line !== right[i]);
    expect([sheet.name, firstDiff < 0 ? 'same' : `${left[firstDiff]}\n  ≠ ${right[firstDiff]}`]).toEqual([sheet.name, 'same']);
    expect(right.length).toBe(left.length);
  }
}

const soffice = libreOfficeOrSkip();

(soffice ? describe : describe.skip)('LibreOffice sees the same workbook from both writers', () => {
  it('blank standard workbook', async () => {
    await expectSameAfterLibreOffice(soffice as string, 'blank', blankWorkbookPlan());
  });

  it('sample town with risky literal text', async () => {
    await expectSameAfterLibreOffice(soffice as string, 'town', townWorkbookPlan(riskyRows));
  });
});

describe('what the fast writer adds', () => {
  it('stores the helper rows as shared formulas and stays far below the exceljs file', async () => {
    const plan = townWorkbookPlan(town);
    const fast = await writeWorkbook(plan);
    const reference = await writeWorkbookWithExcelJs(plan);
    expect(fast.length).toBeLessThan(reference.length);
    const zip = await JSZip.loadAsync(fast);
    const helperIndex = plan.sheets.findIndex((s) => s.name === CALC_SHEET_NAME) + 1;
    const helper = await zip.file(`xl/worksheets/sheet${helperIndex}.xml`)?.async('string');
    const masters = (helper ?? '').match(/<f t="shared" ref="[A-Z]+2:[A-Z]+\d+" si="\d+">/g) ?? [];
    const followers = (helper ?? '').match(/<f t="shared" si="\d+"\/>/g) ?? [];
    // One shared-formula master per helper column (CALC_COLUMNS), each copied down the data rows.
    expect(masters.length).toBe(CALC_COLUMNS.length);
    expect(followers.length).toBeGreaterThan(CALC_COLUMNS.length * 1000);
    // The in-year switch: one plain formula beside the helper columns (a blank column between).
    const switchRef = `${columnLetters(IN_YEAR_SWITCH.col)}2`;
    expect(helper).toMatch(new RegExp(`<c r="${switchRef}"[^>]*><f>COUNT\\(&apos;指標計算&apos;!\\$K:\\$K\\)\\+`));
    // The id-order switches right of it, one plain formula each (cells right after another carry no r).
    expect([ID_ORDER_SWITCHES.contacts.col, ID_ORDER_SWITCHES.events.col]).toEqual([IN_YEAR_SWITCH.col + 1, IN_YEAR_SWITCH.col + 2]);
    const row2 = (helper ?? '').match(new RegExp(`<c r="${switchRef}".*?</row>`))?.[0] ?? '';
    expect(row2.match(/<f>[A-Z]+\(&apos;指標計算&apos;!\$[A-Z]+:/g)).toEqual(['<f>COUNT(&apos;指標計算&apos;!$K:', '<f>SUM(&apos;指標計算&apos;!$L:', '<f>SUM(&apos;指標計算&apos;!$M:']);
  });

  it('gives the same bytes for the same plan (fixed metadata)', async () => {
    const plan = blankWorkbookPlan();
    expect((await writeWorkbook(plan)).equals(await writeWorkbook(plan))).toBe(true);
  });
});
