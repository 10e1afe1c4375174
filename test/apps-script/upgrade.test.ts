/**
 * テンプレート挿入・更新 on a workbook an older template version left behind (test/xlsx/old-layout.ts):
 * upgraded in place in Sheets — tabs renamed, headers renamed, columns appended — with every user
 * value still in its cell.
 */
import type { Grid } from '../../templates/core/cell';
import { generateTown } from '../../templates/sample';
import { SHEETS } from '../../templates/sheets/registry';
import type { SheetSpec } from '../../templates/spec/types';
import type { WorkbookValues } from '../../templates/validate/types';
import { readWorkbookValues } from '../../cli/xlsx/read';
import { buildOldWorkbook, expectedAfterUpgrade, OLD_MISSING, USER_COLUMN, USER_TAB } from '../xlsx/old-layout';
import { interpretedCells, storedGrid } from './fakes/spreadsheet-app';
import { sheetsSession } from './sheets-session';

jest.setTimeout(120_000);

describe('upgrade of an older layout in Sheets', () => {
  let before: WorkbookValues;
  let tabs: ReadonlyMap<string, SheetSpec>;
  let s: Awaited<ReturnType<typeof sheetsSession>>;

  beforeAll(async () => {
    const old = await buildOldWorkbook(generateTown({ seed: 5, size: { resources: 120, contacts: 120, events: 20, attendees: 120, consultations: 120, issues: 40, planRows: 24 } }));
    tabs = old.tabs;
    before = await readWorkbookValues(old.bytes);
    s = await sheetsSession(before);
    s.run('insertTemplate');
  });

  it('renames the old tabs, keeps the user’s tab, adds the missing sheets', () => {
    const names = s.fake.spreadsheet.sheets.map((x) => x.name);
    for (const [oldTab, spec] of tabs) {
      expect(names).toContain(spec.name);
      if (oldTab !== spec.name) expect(names).not.toContain(oldTab);
    }
    expect(names).toContain(USER_TAB);
    for (const id of OLD_MISSING) expect(names).toContain((SHEETS as readonly SheetSpec[]).find((x) => x.id === id)!.name);
  });

  it('keeps every user value in its cell; only header cells change, to the current headers', () => {
    let checked = 0;
    for (const [tab, grid] of Object.entries(before)) {
      const spec = tabs.get(tab);
      const now = storedGrid(s.fake.spreadsheet.sheetNamed(spec?.name ?? tab)!);
      (grid as Grid).forEach((row, r) =>
        row.forEach((v, c) => {
          if (v === '' || v === null || v === undefined) return;
          const want = spec ? expectedAfterUpgrade(spec, grid as Grid, r, c) : v;
          const got = now[r]?.[c];
          checked++;
          if (got !== want) expect([tab, r + 1, c + 1, got]).toEqual([tab, r + 1, c + 1, want]);
        }),
      );
    }
    expect(checked).toBeGreaterThan(5000);
    // The town's own column is still there, untouched, right of the standard ones.
    const res = storedGrid(s.fake.spreadsheet.sheetNamed('資源リスト')!);
    expect(res[0]).toContain(USER_COLUMN);
    expect(interpretedCells(s.fake.spreadsheet)).toEqual([]);
  });

  it('appends the missing columns with their header, validation and width', () => {
    const res = s.fake.spreadsheet.sheetNamed('資源リスト')!;
    const header = storedGrid(res)[0] as string[];
    const spec = (SHEETS as readonly SheetSpec[]).find((x) => x.id === 'resources')!;
    for (const col of spec.columns) expect([col.header, header.includes(col.header)]).toEqual([col.header, true]);
    const appended = header.indexOf(spec.columns.find((c) => c.key === 'usesSharingTool')!.header) + 1;
    expect(res.validationAt(2, appended)?.getCriteriaType()).toBe('VALUE_IN_LIST');
    expect(res.columnWidths.get(appended)).toBeGreaterThan(0);
  });

  it('a second run changes no value (already up to date)', () => {
    const snapshot = s.fake.spreadsheet.sheets.filter((x) => !['指標', '指標計算', '選択肢'].includes(x.name)).map((x) => [x.name, storedGrid(x)]);
    s.run('insertTemplate');
    expect(s.fake.spreadsheet.sheets.filter((x) => !['指標', '指標計算', '選択肢'].includes(x.name)).map((x) => [x.name, storedGrid(x)])).toEqual(snapshot);
  });
});
