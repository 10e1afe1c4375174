/**
 * The Sheets host as Apps Script runs it: the built bundle in a vm context over the SpreadsheetApp
 * fake, each menu command on the sample town, compared with what the core (and so the CLI) computes
 * on the same values.
 */
import type { Grid } from '../../templates/core/cell';
import { publicResourceTable } from '../../templates/export/public-list';
import { FINDINGS_HEADER, FINDINGS_SHEET, isKitHighlightFormula, RESIDENT_SHEET } from '../../templates/host';
import { computeIndicators, ID_ORDER_SWITCHES, IN_YEAR_SWITCH } from '../../templates/indicators';
import { blankWorkbookPlan } from '../../templates/plan';
import { townToWorkbookValues } from '../../templates/sample';
import { validateWorkbook } from '../../templates/validate';
import type { WorkbookValues } from '../../templates/validate/types';
import { withMistakes } from '../cli/mistakes';
import { fromA1 } from '../../templates/core/address';
import { applyFixToValues, FIX_HISTORY_SHEET, planFix } from '../../templates/fix';
import { messyWorkbookValues } from '../../templates/sample/messy';
import { annualReportCommand } from '../../templates/report/commands';
import { smallTown, smallWorkbook } from '../fixtures/sample-towns';
import { interpretedCells, storedGrid, type ConditionalFormatRule, type DataValidation, type Spreadsheet } from './fakes/spreadsheet-app';
import { sheetsSession } from './sheets-session';

const TODAY = '2025-12-01';

function grid(ss: Spreadsheet, name: string): unknown[][] {
  const sheet = ss.sheetNamed(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return storedGrid(sheet);
}

describe('onOpen', () => {
  it('builds the 在宅連携 add-on menu in AuthMode.NONE without touching the spreadsheet', async () => {
    const s = await sheetsSession(smallWorkbook());
    s.fake.authMode = 'NONE';
    const { calls } = s.run('onOpen', { authMode: 'NONE' });
    expect(s.fake.ui.menus).toHaveLength(1);
    const menu = s.fake.ui.menus[0]!;
    // Bound to the spreadsheet: a top-level menu of its own.
    expect([menu.kind, menu.title]).toEqual(['custom', '在宅連携']);
    const fns = menu.items.flatMap((i) => (i === 'separator' ? [] : [i.fn]));
    expect(fns).toEqual(['insertTemplate', 'validate', 'indicators', 'fixNotation', 'residentList', 'annualReport', 'professionalLists', 'applyImport', 'showSidebar', 'showSidebar']);
    // The sidebar's two entries (公表データの取込…, 通知…) come after one separator.
    expect(menu.items.map((i) => (i === 'separator' ? '—' : i.label))).toEqual(['テンプレート挿入・更新', '検証', '指標', '表記をそろえる', '住民向け一覧', '実績報告', '関係者向けリスト', '取込差分を反映', '—', '公表データの取込…', '通知…']);
    // Every menu item names a top-level function of the script.
    for (const fn of fns) expect(s.gas.functions).toContain(fn);
    expect(calls.filter((c) => /^(Spreadsheet|Sheet|Range)\./.test(c))).toEqual([]);
  });

  it('installed as a domain add-on (onInstall, then onOpen in AuthMode.NONE) it uses the add-on menu', async () => {
    const s = await sheetsSession(null, undefined, 'APPS_MARKETPLACE_DOMAIN_ADD_ON');
    s.run('onInstall', { authMode: 'FULL' });
    s.fake.authMode = 'NONE';
    s.run('onOpen', { authMode: 'NONE' });
    expect(s.fake.ui.menus.map((m) => [m.kind, m.items.length])).toEqual([
      ['addon', 11],
      ['addon', 11],
    ]);
  });
});

describe('テンプレート挿入・更新 on a new spreadsheet', () => {
  let s: Awaited<ReturnType<typeof sheetsSession>>;
  const plan = blankWorkbookPlan({ dates: 'western' });

  beforeAll(async () => {
    s = await sheetsSession(null);
    s.run('insertTemplate');
  });

  it('creates every standard sheet in plan order and removes the empty default tab', () => {
    expect(s.fake.spreadsheet.sheets.map((x) => x.name)).toEqual(plan.sheets.map((p) => p.name));
    for (const p of plan.sheets) expect([p.name, s.fake.spreadsheet.sheetNamed(p.name)!.hidden]).toEqual([p.name, Boolean(p.hidden)]);
    expect(s.fake.flushes).toBe(1);
  });

  it('writes every plan block: formulas as formulas, every string as literal text', () => {
    for (const p of plan.sheets) {
      const stored = grid(s.fake.spreadsheet, p.name);
      for (const block of p.blocks) {
        const at = /^([A-Z]+)(\d+)$/.exec(block.at)!;
        const col0 = at[1]!.split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
        const row0 = Number(at[2]) - 1;
        block.values.forEach((row, r) =>
          row.forEach((cell, c) => {
            const got = stored[row0 + r]?.[col0 + c] ?? '';
            const want = cell === null ? '' : typeof cell === 'object' ? `=${cell.formula}` : cell;
            if (got !== want) expect([p.name, row0 + r + 1, col0 + c + 1, got]).toEqual([p.name, row0 + r + 1, col0 + c + 1, want]);
          }),
        );
      }
    }
    expect(interpretedCells(s.fake.spreadsheet)).toEqual([]);
  });

  it('sets dropdowns from the plan’s lists, date rules, help texts, formats, frozen rows and widths', () => {
    const res = plan.sheets.find((p) => p.name === '資源リスト')!;
    const sheet = s.fake.spreadsheet.sheetNamed('資源リスト')!;
    const list = res.validations.find((v) => v.kind === 'list')!;
    const [first] = list.range.split(':');
    const m = /^([A-Z]+)(\d+)$/.exec(first!)!;
    const col = m[1]!.split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    const dv = sheet.validationAt(Number(m[2]), col) as DataValidation;
    expect(dv.getCriteriaType()).toBe('VALUE_IN_LIST');
    expect(dv.getCriteriaValues()[0]).toEqual(list.kind === 'list' ? [...list.values] : []);
    expect(dv.getHelpText()).toContain(list.prompt!.message.slice(0, 10));
    expect(dv.getAllowInvalid()).toBe(list.error?.style !== 'stop');
    // Phones are text; dates western; frozen header.
    const phoneCol = (res.blocks[0]!.values[0] as string[]).indexOf('電話番号') + 1;
    expect(sheet.formatAt(500, phoneCol)).toBe('@');
    const events = s.fake.spreadsheet.sheetNamed('会議・研修記録')!;
    const dateCol = (plan.sheets.find((p) => p.name === '会議・研修記録')!.blocks[0]!.values[0] as string[]).indexOf('開催日') + 1;
    expect(events.formatAt(10, dateCol)).toBe('yyyy/m/d');
    const dateRule = events.validationAt(10, dateCol)!;
    expect(dateRule.getCriteriaType()).toMatch(/^DATE_/);
    expect(dateRule.getAllowInvalid()).toBe(true); // date rules only warn
    expect(sheet.frozenRows).toBe(res.freeze?.rows);
    expect(sheet.columnWidths.get(1)).toBe(Math.round(res.columns[0]!.width * 7 + 5));
    expect(sheet.maxRows).toBe(res.dataArea!.lastRow);
    // No era format anywhere (Sheets has none).
    for (const x of s.fake.spreadsheet.sheets) for (const f of x.formats) expect(f.value).not.toMatch(/ggge|\[\$-411\]/);
  });

  it('protects the formulas of 指標 warning-only, draws its charts natively, defines the list names', () => {
    const ind = plan.sheets.find((p) => p.name === '指標')!;
    const sheet = s.fake.spreadsheet.sheetNamed('指標')!;
    expect(sheet.protections.map((p) => [p.type, p.warningOnly])).toEqual(ind.protection!.lockedRanges.map(() => ['RANGE', true]));
    expect(sheet.charts.map((c) => [c.type, c.options['title']])).toEqual(ind.charts.map((c) => [c.kind.toUpperCase(), c.title]));
    // The scene filter sits on the header of the indicator table (one filter per sheet in Sheets).
    expect(ind.autoFilter).toMatch(/^A1:/);
    expect(sheet.filter?.getRange().getA1Notation()).toBe(ind.autoFilter);
    expect(s.fake.spreadsheet.sheetNamed('指標計算')!.filter).toBeNull();
    expect([...s.fake.spreadsheet.namedRanges.keys()].sort()).toEqual(plan.namedRanges.map((n) => n.name).sort());
    const named = s.fake.spreadsheet.namedRanges.get(plan.namedRanges[0]!.name)!;
    expect(`'${named.range.sheet.name}'!${named.range.getA1Notation()}`).toBe(plan.namedRanges[0]!.ref.replace(/\$/g, ''));
  });

  it('running it again changes nothing the user could see (idempotent)', () => {
    const before = s.fake.spreadsheet.sheets.map((x) => [x.name, storedGrid(x)]);
    s.run('insertTemplate');
    expect(s.fake.spreadsheet.sheets.map((x) => [x.name, storedGrid(x)])).toEqual(before);
    // The rebuilt 指標 dropped its old filter before creating the plan's (a second createFilter throws).
    expect(s.fake.spreadsheet.sheetNamed('指標')!.filter?.getRange().getA1Notation()).toBe(plan.sheets.find((p) => p.name === '指標')!.autoFilter);
  });
});

describe('検証 on the sample town with mistakes', () => {
  const values = townToWorkbookValues(withMistakes(smallTown()));
  const expected = validateWorkbook(values, { today: TODAY });
  let s: Awaited<ReturnType<typeof sheetsSession>>;
  let reply: { errors: number; warnings: number };

  beforeAll(async () => {
    s = await sheetsSession(values);
    reply = s.run<{ errors: number; warnings: number }>('validate').result;
  });

  it('lists exactly validateWorkbook’s findings, each with a link to its cell by tab id', () => {
    expect(reply).toMatchObject({ errors: expected.errorCount, warnings: expected.warningCount });
    const rows = grid(s.fake.spreadsheet, FINDINGS_SHEET);
    expect(rows[0]).toEqual([...FINDINGS_HEADER]);
    const listed = rows.slice(1, 1 + expected.findings.length);
    expect(listed.map((r) => [r[2], r[4], r[5], r[6], r[8]])).toEqual(
      expected.findings.map((f) => [f.sheet, f.row ?? '', f.column ?? '', f.message, f.code]),
    );
    const withCell = expected.findings.findIndex((f) => f.address);
    const f = expected.findings[withCell]!;
    const id = s.fake.spreadsheet.sheetNamed(f.sheet)!.id;
    expect(listed[withCell]![3]).toBe(`=HYPERLINK("#gid=${id}&range=${f.address}","${f.address}")`);
    expect(interpretedCells(s.fake.spreadsheet)).toEqual([]);
  });

  it('highlights the flagged tabs with kit rules and writes no user value', () => {
    const flagged = new Set(expected.findings.filter((x) => x.address).map((x) => x.sheet));
    for (const tab of Object.keys(values)) {
      const rules = s.fake.spreadsheet.sheetNamed(tab)!.conditionalRules as ConditionalFormatRule[];
      const kit = rules.filter((r) => isKitHighlightFormula(r.condition.formula.slice(1)));
      expect([tab, kit.length]).toEqual([tab, flagged.has(tab) ? 2 : 0]);
      expect([tab, grid(s.fake.spreadsheet, tab)]).toEqual([tab, storedOf(values[tab]!)]);
    }
  });

  it('keeps the user’s own conditional formats and clears the kit’s when the tab is clean again', () => {
    const tab = '資源リスト';
    const sheet = s.fake.spreadsheet.sheetNamed(tab)!;
    // The user adds a rule of their own; then repairs the sheet.
    const own = sheet.conditionalRules[0]!;
    const mine = new (own.constructor as new (...a: unknown[]) => ConditionalFormatRule)(
      new (own.condition.constructor as new (...a: unknown[]) => unknown)('=$A2="x"', '#00FF00', null),
      own.ranges,
    );
    sheet.conditionalRules.push(mine);
    const clean = smallWorkbook()[tab] as Grid;
    sheet.cells.clear();
    clean.forEach((row, r) => row.forEach((v, c) => v !== '' && sheet.cells.set((r + 1) * 100_000 + c + 1, { value: v as string, how: 'value' })));
    s.run('validate');
    const formulas = sheet.conditionalRules.map((r) => r.condition.formula);
    expect(formulas).toContain('=$A2="x"');
    // Replaced, never piled up: two kit rules while the tab still has findings, none once it is clean.
    const repaired = { ...values, [tab]: clean };
    const still = validateWorkbook(repaired, { today: TODAY }).findings.some((x) => x.sheet === tab && x.address);
    expect(formulas.filter((x) => isKitHighlightFormula(x.slice(1)))).toHaveLength(still ? 2 : 0);
    // Clean every tab: every kit highlight goes, the user's rule stays.
    for (const [name, g] of Object.entries(smallWorkbook())) {
      const sh = s.fake.spreadsheet.sheetNamed(name)!;
      sh.cells.clear();
      g.forEach((row, r) => row.forEach((v, c) => v !== '' && sh.cells.set((r + 1) * 100_000 + c + 1, { value: v as string, how: 'value' })));
    }
    s.run('validate');
    const remaining = validateWorkbook(smallWorkbook(), { today: TODAY }).findings.filter((x) => x.address).map((x) => x.sheet);
    for (const name of Object.keys(values)) {
      const kit = s.fake.spreadsheet.sheetNamed(name)!.conditionalRules.filter((r) => isKitHighlightFormula(r.condition.formula.slice(1)));
      expect([name, kit.length]).toEqual([name, remaining.includes(name) ? 2 : 0]);
    }
    expect(sheet.conditionalRules.map((r) => r.condition.formula)).toContain('=$A2="x"');
  });
});

function storedOf(g: Grid): unknown[][] {
  // What the fake hands back for a fixture grid: trailing blanks trimmed like getDataRange.
  let rows = 0;
  let cols = 0;
  g.forEach((row, r) => row.forEach((v, c) => {
    if (v !== '' && v !== null && v !== undefined) {
      rows = Math.max(rows, r + 1);
      cols = Math.max(cols, c + 1);
    }
  }));
  return Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => g[r]?.[c] ?? ''));
}

describe('指標更新', () => {
  it('returns the figures computeIndicators gives on the same data (what `zaitaku indicators` prints)', async () => {
    const values = smallWorkbook();
    const s = await sheetsSession(values);
    const { result } = s.run<{ values: { id: string; value: number | null }[] }>('indicators');
    const rows = validateWorkbook(values, { today: TODAY }).rows;
    const expected = computeIndicators(rows, { fiscalYear: rows.settings!.fiscalYear as number, today: TODAY });
    expect(result.values).toEqual(expected.map((r) => ({ id: r.id, value: r.value })));
    expect(result.values.length).toBeGreaterThan(50);
    const ind = s.fake.spreadsheet.sheetNamed('指標')!;
    expect(ind.charts.length).toBeGreaterThan(0);
    const helper = s.fake.spreadsheet.sheetNamed('指標計算')!;
    expect(helper.hidden).toBe(true);
    // The in-year switch beside the helper columns is written as a formula (row 2), under its header.
    const sw = helper.cells.get(2 * 100_000 + IN_YEAR_SWITCH.col + 1);
    expect([sw?.how, sw?.formula]).toEqual(['formula', expect.stringMatching(/^=COUNT\('指標計算'!\$K:\$K\)\+/)]);
    expect(helper.cells.get(100_000 + IN_YEAR_SWITCH.col + 1)?.value).toBe(IN_YEAR_SWITCH.header);
    // So are the id-order switches right of it (binary-search lookups while ids are in order).
    for (const [sheet, column] of [['contacts', 'L'], ['events', 'M']] as const) {
      const cell = helper.cells.get(2 * 100_000 + ID_ORDER_SWITCHES[sheet].col + 1);
      expect([cell?.how, cell?.formula]).toEqual(['formula', expect.stringMatching(new RegExp(`^=SUM\\('指標計算'!\\$${column}:\\$${column}\\)\\+`))]);
    }
    expect(interpretedCells(s.fake.spreadsheet)).toEqual([]);
  });
});

describe('住民向け一覧', () => {
  it('holds exactly export-public’s rows', async () => {
    const values = smallWorkbook();
    const s = await sheetsSession(values);
    const { result } = s.run<{ count: number }>('residentList');
    const table = publicResourceTable(validateWorkbook(values, { today: TODAY }).rows.resources);
    expect(result.count).toBe(table.length - 1);
    expect(storedOf(grid(s.fake.spreadsheet, RESIDENT_SHEET) as Grid)).toEqual(storedOf(table.map((r) => r.map((c) => c ?? '')) as Grid));
  });
});

describe('text that starts with = + - @ stays text', () => {
  const RISKY = ['=HYPERLINK("http://example.invalid","押して")', '+81 みどりクリニック', '-さくら薬局', '@home 訪問看護', '＝全角イコール'];

  it('in every sheet every command writes, and nothing is ever parsed as a formula', async () => {
    const values = smallWorkbook() as Record<string, Grid>;
    const rows = validateWorkbook(values, { today: TODAY }).rows.resources;
    const published = new Set(publicResourceTable(rows).slice(1).map((r) => String(r[1])));
    const res = values['資源リスト']!.map((row) => [...row]);
    const nameCol = (res[0] as string[]).indexOf('名称');
    const targets = res.map((row, i) => ({ i, name: String(row[nameCol]) })).filter((x) => x.i > 0 && published.has(x.name)).slice(0, RISKY.length);
    expect(targets).toHaveLength(RISKY.length);
    targets.forEach((t, k) => (res[t.i]![nameCol] = RISKY[k]!));
    // A user tab full of risky strings too (validation quotes some values in its messages).
    const changed: WorkbookValues = { ...values, 資源リスト: res, 町の作業メモ: [['メモ'], ...RISKY.map((r) => [r])] };
    const s = await sheetsSession(changed);
    for (const fn of ['insertTemplate', 'validate', 'indicators', 'residentList']) s.run(fn);
    expect(interpretedCells(s.fake.spreadsheet)).toEqual([]);
    const resident = s.fake.spreadsheet.sheetNamed(RESIDENT_SHEET)!;
    const stored = storedGrid(resident).flat();
    for (const r of RISKY) expect(stored).toContain(r);
    const literal = [...resident.cells.values()].filter((c) => RISKY.includes(String(c.value)));
    expect(literal.map((c) => c.how)).toEqual(RISKY.map(() => 'literal'));
  });
});

describe('a busy or failing spreadsheet', () => {
  it('waits for nobody: while another execution holds the document lock, the command writes nothing and says so', async () => {
    const s = await sheetsSession(smallWorkbook());
    s.locks.holders.set('document', 99); // a notice send in another execution
    const { result, calls } = s.run<{ ok: boolean; messages: { text: string }[] }>('validate');
    expect(result.ok).toBe(false);
    expect(result.messages[0]!.text).toContain('実行中');
    expect(s.fake.ui.alerts).toEqual([result.messages[0]!.text]);
    expect(calls.filter((c) => /^(Spreadsheet|Sheet|Range|RangeList)\./.test(c))).toEqual([]);
    expect(s.fake.spreadsheet.sheetNamed(FINDINGS_SHEET)).toBeUndefined();
    s.locks.holders.delete('document');
    expect(s.run<{ ok: boolean }>('validate').result.ok).toBe(true);
  });

  it('turns an unexpected error into the plain-language message with its code, and releases the lock', async () => {
    const s = await sheetsSession(smallWorkbook());
    s.fake.spreadsheet.getSheets = () => {
      throw new Error('Service Spreadsheets failed while accessing document');
    };
    const { result } = s.run<{ ok: boolean; messages: { text: string }[] }>('indicators');
    expect(result.ok).toBe(false);
    expect(result.messages[0]!.text).toContain('Service Spreadsheets failed');
    expect(result.messages[0]!.text).toContain('IT 担当者');
    expect(s.locks.holders.size).toBe(0);
  });

  it('tells the clerk when the spreadsheet is not on Tokyo time (dates would be read off)', async () => {
    const s = await sheetsSession(smallWorkbook());
    s.run('residentList');
    expect(s.fake.ui.alerts).toEqual([]);
    (s.fake.spreadsheet as unknown as { timeZone: string }).timeZone = 'America/New_York';
    s.run('residentList');
    expect(s.fake.ui.alerts[0]).toContain('America/New_York');
  });
});

describe('表記をそろえる, 実績報告, 関係者向けリスト', () => {
  it('表記をそろえる rewrites exactly the cells planFix lists, logs them, and a second run changes nothing', async () => {
    const values = messyWorkbookValues(smallTown(), { seed: 3 });
    const plan = planFix(values, { at: '2025-12-01 09:00' });
    expect(plan.changes.length).toBeGreaterThan(0);
    const s = await sheetsSession(values);
    const { result } = s.run<{ changes: number }>('fixNotation');
    expect(result.changes).toBe(plan.changes.length);
    const expected = applyFixToValues(values, plan);
    for (const c of plan.changes.slice(0, 200)) {
      const { row, col } = fromA1(c.address);
      expect([c.sheet, c.address, grid(s.fake.spreadsheet, c.sheet)[row]?.[col]]).toEqual([c.sheet, c.address, expected[c.sheet]![row]![col]]);
    }
    expect(grid(s.fake.spreadsheet, FIX_HISTORY_SHEET).length - 1).toBe(plan.changes.length);
    expect(interpretedCells(s.fake.spreadsheet)).toEqual([]);
    const again = s.run<{ changes: number }>('fixNotation');
    expect(again.result.changes).toBe(0);
  });

  it('実績報告 and 関係者向けリスト write their sheets from the same model the CLI uses', async () => {
    const values = smallWorkbook();
    const s = await sheetsSession(values);
    s.run('annualReport');
    const doc = annualReportCommand(values, { today: TODAY }).document!;
    const sheetText = JSON.stringify(grid(s.fake.spreadsheet, '実績報告'));
    expect(sheetText).toContain(doc.title);
    s.run('professionalLists');
    for (const name of ['関係者向け資源一覧', 'ケアマネタイム一覧', '緊急連絡網']) {
      expect(s.fake.spreadsheet.sheetNamed(name) ?? s.fake.spreadsheet.sheetNamed(`${name}（印刷用）`)).toBeTruthy();
    }
  });
});
