import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { readWorkbookValues } from '../../cli/xlsx/read';
import { upgradeWorkbook } from '../../cli/xlsx/upgrade';
import { INDICATOR_SHEET_NAME } from '../../templates/indicators';
import { LISTS_SHEET_NAME } from '../../templates/plan/lists';
import { generateTown } from '../../templates/sample';
import { SHEETS } from '../../templates/sheets/registry';
import type { SheetSpec } from '../../templates/spec/types';
import { validateWorkbook } from '../../templates/validate/engine';
import type { WorkbookValues } from '../../templates/validate/types';
import { dataValidations, xlsxParts } from '../helpers/xlsx-xml';
import { buildOldWorkbook, expectedAfterUpgrade, OLD_DROPPED, OLD_MISSING, USER_COLUMN, USER_TAB } from './old-layout';

// LibreOffice and 1,000-row upgrades take seconds each; leave room on a busy machine.
jest.setTimeout(300_000);

const ROWS = 1000;
const town = generateTown({ seed: 5, size: { resources: ROWS, contacts: ROWS, events: ROWS, attendees: ROWS, consultations: ROWS, issues: ROWS, planRows: ROWS } });
const dir = mkdtempSync(join(tmpdir(), 'zrk-upgrade-'));
const oldPath = join(dir, 'old.xlsx');
const newPath = join(dir, 'new.xlsx');

let tabs: ReadonlyMap<string, SheetSpec>;
let oldNamedCells = 0;
let before: WorkbookValues;
let after: WorkbookValues;
let report: Awaited<ReturnType<typeof upgradeWorkbook>>;
let upgradeMs = 0;

beforeAll(async () => {
  const old = await buildOldWorkbook(town);
  tabs = old.tabs;
  oldNamedCells = old.oldNamedCells;
  writeFileSync(oldPath, old.bytes);
  const started = Date.now();
  report = await upgradeWorkbook(oldPath, newPath, { at: '2026-12-01 09:00' });
  upgradeMs = Date.now() - started;
  before = await readWorkbookValues(oldPath);
  after = await readWorkbookValues(newPath);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('upgradeWorkbook (older layout, 1,000 rows per sheet)', () => {
  it('renames old tabs, keeps the user tab, adds missing sheets', () => {
    for (const [oldTab, spec] of tabs) {
      expect(after[spec.name]).toBeDefined();
      if (oldTab !== spec.name) expect(after[oldTab]).toBeUndefined();
    }
    expect(report.tabRenames.length).toBeGreaterThanOrEqual(7);
    for (const id of OLD_MISSING) expect(after[(SHEETS as readonly SheetSpec[]).find((s) => s.id === id)?.name as string]).toBeDefined();
    expect(after[INDICATOR_SHEET_NAME]).toBeDefined();
    expect(after[LISTS_SHEET_NAME]).toBeDefined();
    expect(after[USER_TAB]?.[1]?.[0]).toBe('+会議の回数を増やす');
    // eslint-disable-next-line no-console
    console.log(`upgrade of ${ROWS} rows × ${tabs.size} sheets: ${upgradeMs} ms`);
  });

  it('keeps every user value in place under the same (or renamed) header, nothing moved', () => {
    let cells = 0;
    for (const [oldTab, spec] of tabs) {
      const old = before[oldTab] ?? [];
      const now = after[spec.name] ?? [];
      expect(now.length).toBe(spec.kind === 'keyValue' ? Math.max(old.length, now.length) : old.length);
      old.forEach((row, r) =>
        row.forEach((v, c) => {
          const want = expectedAfterUpgrade(spec, old, r, c);
          if (now[r]?.[c] !== want) throw new Error(`${spec.name} r${r} c${c}: ${String(now[r]?.[c])} ≠ ${String(want)}`);
          cells++;
        }),
      );
    }
    expect(cells).toBeGreaterThan(6 * ROWS * 10);
  });

  it('rewrites older vocabulary names to the current ones and logs each old value on 修正履歴', () => {
    // The fixture writes every vocabulary value that has an older name with it, on odd rows.
    expect(oldNamedCells).toBeGreaterThan(0);
    expect(report.renamedValues).toHaveLength(oldNamedCells);
    const log = after['修正履歴'] ?? [];
    expect(log[0]).toEqual(['修正日時', 'シート', 'セル', '列', '修正前', '修正後']);
    expect(log.slice(1)).toHaveLength(oldNamedCells);
    for (const v of report.renamedValues) {
      expect(after[v.sheet]?.[Number(v.address.replace(/^[A-Z]+/, '')) - 1]).toContain(v.to);
      expect(log.some((row) => row[1] === v.sheet && row[2] === v.address && row[4] === v.from && row[5] === v.to)).toBe(true);
    }
    const aliasWarnings = validateWorkbook(after, { today: town.today }).findings.filter((f) => f.code === 'enum.alias');
    expect(aliasWarnings).toEqual([]);
  });

  it('appends the missing columns right of the last used column, with validation and format', async () => {
    const resources = after['資源リスト'] ?? [];
    const header = resources[0] ?? [];
    const oldWidth = (before['医療・介護資源リスト']?.[0] ?? []).length;
    expect(header[oldWidth - 1]).toBe(USER_COLUMN);
    const resourcesSpec = SHEETS[1] as SheetSpec;
    const appendedHeaders = (OLD_DROPPED.resources ?? []).map((k) => resourcesSpec.columns.find((c) => c.key === k)?.header);
    expect(header.slice(oldWidth)).toEqual(appendedHeaders);
    expect(resources.slice(1).every((row) => row.slice(oldWidth).every((v) => v === ''))).toBe(true);
    const parts = await xlsxParts(await import('node:fs').then((fs) => fs.readFileSync(newPath)));
    const dvs = dataValidations(parts.sheets.get('資源リスト') ?? '');
    const boolCol = String.fromCharCode(65 + ((oldWidth + 1) % 26));
    const letter = oldWidth + 1 >= 26 ? `A${boolCol}` : boolCol;
    expect(dvs.find((v) => v.sqref.startsWith(`${letter}2:`))).toMatchObject({ type: 'list', formula1: 'L_boolean' });
    const settings = after['設定'] ?? [];
    expect(settings[settings.length - 1]?.[0]).toBe('相談窓口の名称');
  });

  it('validates clean after the upgrade, with rows identical to the town', () => {
    const result = validateWorkbook(after, { today: town.today });
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(result.rows.resources).toHaveLength(ROWS);
    expect(result.rows.consultations.map((r) => r.id)).toEqual(town.rows.consultations.map((r) => r.id));
    expect(result.rows.settings?.['townName']).toBe(town.rows.settings?.townName);
  });

  it('points user formulas at the renamed tabs', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(newPath);
    const cell = wb.getWorksheet(USER_TAB)?.getCell('B2');
    expect((cell?.value as ExcelJS.CellFormulaValue).formula).toBe("COUNTA('資源リスト'!A:A)");
  });

  it('is idempotent: upgrading the upgraded workbook changes nothing', async () => {
    const againPath = join(dir, 'again.xlsx');
    const second = await upgradeWorkbook(newPath, againPath);
    expect(second.tabRenames).toEqual([]);
    expect(second.headerRenames).toEqual([]);
    expect(second.appended).toEqual([]);
    expect(second.added).toEqual([]);
    expect(second.renamedValues).toEqual([]);
    const again = await readWorkbookValues(againPath);
    for (const spec of SHEETS) expect(again[spec.name]).toEqual(after[spec.name]);
  });
});
