/**
 * Insert/upgrade on the Excel host never edits a user's cells: an older layout keeps every value
 * cell by cell (only header cells are renamed), and `=HYPERLINK("x")` typed by a user stays text
 * through insert → validate → upgrade (the fake records formula vs value for every cell).
 */
import * as host from '../../addin/src/host/commands';
import { readWorkbookValues } from '../../cli/xlsx/read';
import { generateTown } from '../../templates/sample';
import { validateWorkbook } from '../../templates/validate/engine';
import { buildOldWorkbook, expectedAfterUpgrade, USER_COLUMN, USER_TAB } from '../xlsx/old-layout';
import type { FakeExcel, FakeRequestContext } from './fake-excel';
import { bookFrom, emptyBook, noProgress, withFake } from './helpers';
import { applyOps } from '../../addin/src/host/apply';
import { readWorkbook } from '../../addin/src/host/read';
import type { SheetPlan } from '../../templates/plan/types';

jest.setTimeout(300_000);

const TYPED = '=HYPERLINK("x")';

/** A user typing into cells (values written through the API, as Excel would store keyboard input). */
async function type(fake: FakeExcel, sheet: string, address: string, text: string): Promise<void> {
  await fake.Excel.run(async (ctx: FakeRequestContext) => {
    ctx.workbook.worksheets.getItem(sheet).getRange(address).values = [[text]];
    await ctx.sync();
  });
}

describe('=HYPERLINK("x") typed by a user survives insert → validate → upgrade as text', () => {
  it('in a text-formatted data column and, apostrophe-prefixed, in a General one', async () => {
    const fake = emptyBook();
    await withFake(fake, async () => {
      expect((await host.insertTemplate(noProgress, 'ja')).mode).toBe('blank');
      await type(fake, '資源リスト', 'B2', TYPED);
      await type(fake, '資源リスト', 'A2', 'R9001');
      await type(fake, 'Sheet1', 'C3', `'${TYPED}`);
      const typed = [fake.cell('資源リスト', 'B2'), fake.cell('Sheet1', 'C3')];
      expect(typed.map((c) => [c?.v, c?.f])).toEqual([[TYPED, undefined], [TYPED, undefined]]);
      await host.validate(noProgress, 'ja');
      expect((await host.insertTemplate(noProgress, 'ja')).mode).toBe('upgrade');
      await host.validate(noProgress, 'ja');
      for (const [sheet, address] of [['資源リスト', 'B2'], ['Sheet1', 'C3']] as const) {
        const cell = fake.cell(sheet, address);
        expect({ sheet, v: cell?.v, f: cell?.f }).toEqual({ sheet, v: TYPED, f: undefined });
      }
    });
  });

  it('plan strings the kit writes (=…, +…, -…, @…, full-width ＝) land as text; plan formulas as formulas', async () => {
    const fake = emptyBook();
    const literals = [TYPED, '+81-3-1234-5678', '-5', '@home', '＝SUM(1)', "'quoted"];
    const plan: SheetPlan = {
      name: 'テスト', role: 'table', columns: [], blocks: [{ at: 'A1', values: [literals, literals.map(() => ({ formula: 'ROW()' }))] }],
      numberFormats: [], validations: [], conditionalFormats: [], styles: [], merges: [], rowHeights: [], charts: [],
    };
    await fake.Excel.run(async (ctx: FakeRequestContext) => {
      const book = await readWorkbook(ctx);
      await applyOps(ctx, [{ kind: 'replaceSheet', plan }], book, { api19: true });
    });
    const sheet = fake.store.sheets.find((s) => s.name === 'テスト');
    expect(sheet?.rows[0]?.map((c) => ({ v: c?.v, f: c?.f }))).toEqual(literals.map((v) => ({ v, f: undefined })));
    expect(sheet?.rows[1]?.map((c) => c?.f)).toEqual(literals.map(() => '=ROW()'));
  });
});

describe('upgrade of an older layout on the Excel host', () => {
  const town = generateTown({ seed: 5, size: { resources: 120, contacts: 120, events: 30, attendees: 200, consultations: 300, issues: 30, planRows: 20 } });

  it('keeps every user value cell by cell, renames only headers, leaves the user tab and column alone', async () => {
    const old = await buildOldWorkbook(town);
    const before = await readWorkbookValues(old.bytes);
    const fake = bookFrom(before);
    const userFormula = fake.store.sheets.find((s) => s.name === USER_TAB)?.rows[1]?.[1];
    if (userFormula) userFormula.f = `=COUNTA('${[...old.tabs.keys()][1]}'!A:A)`;
    fake.seedSheet(USER_TAB, [['来年度の検討事項', 'x']]);
    await withFake(fake, async () => {
      const r = await host.insertTemplate(noProgress, 'ja');
      expect(r.mode).toBe('upgrade');
      expect(r.syncs).toBeLessThanOrEqual(3);
    });
    const after = fake.values();
    let cells = 0;
    for (const [oldTab, spec] of old.tabs) {
      const was = before[oldTab] ?? [];
      const now = after[spec.name];
      expect({ tab: spec.name, present: now !== undefined }).toEqual({ tab: spec.name, present: true });
      was.forEach((row, r) =>
        row.forEach((v, c) => {
          const isHeader = spec.kind === 'table' ? r === 0 : c === 0;
          const want = expectedAfterUpgrade(spec, was, r, c);
          if (now?.[r]?.[c] !== want) throw new Error(`${spec.name} r${r + 1} c${c + 1}: ${String(now?.[r]?.[c])} ≠ ${String(want)}`);
          if (!isHeader && typeof v === 'string' && v.startsWith('=')) {
            // The user's own column holds '=HYPERLINK(…)' text: still text, not a formula.
            const cell = fake.store.sheets.find((s) => s.name === spec.name)?.rows[r]?.[c];
            expect(cell?.f).toBeUndefined();
          }
          cells++;
        }),
      );
      if (spec.kind === 'table') expect(now?.[0]).toContain(USER_COLUMN);
    }
    expect(cells).toBeGreaterThan(5000);
    expect(after[USER_TAB]?.[1]?.[0]).toBe('+会議の回数を増やす');
    expect(validateWorkbook(after, { today: town.today }).findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('is idempotent: a second insert changes no value', async () => {
    const old = await buildOldWorkbook(town);
    const fake = bookFrom(await readWorkbookValues(old.bytes));
    await withFake(fake, async () => {
      await host.insertTemplate(noProgress, 'ja');
      const once = fake.values();
      await host.insertTemplate(noProgress, 'ja');
      expect(fake.values()).toEqual(once);
    });
  });
});
