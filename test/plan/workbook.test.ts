import fc from 'fast-check';
import { columnLetters, fromA1 } from '../../templates/core/address';
import { CALC_SHEET_NAME, DEFAULT_CALC_CAPACITY, INDICATOR_CHARTS, INDICATOR_SHEET_NAME, indicatorColumn, indicatorSheetLayout } from '../../templates/indicators';
import { DEFAULT_NOTICE_TEMPLATES } from '../../templates/notices/default-templates';
import { EXCEL_LIMITS } from '../../templates/plan/limits';
import { LISTS_SHEET_NAME } from '../../templates/plan/lists';
import { SHARING_FORM_NOTE } from '../../templates/plan/sharing-form';
import { FORMATS, type PlanCell, type SheetPlan, type WorkbookPlan } from '../../templates/plan/types';
import { blankWorkbookPlan, townWorkbookPlan } from '../../templates/plan/workbook';
import { generateTown, townToWorkbookValues } from '../../templates/sample';
import { SHEETS } from '../../templates/sheets/registry';
import { sharingFormSpec } from '../../templates/sheets/sharing';
import { keyValueAddress, rowsToGrid } from '../../templates/spec/to-cells';
import type { SheetSpec } from '../../templates/spec/types';

const specs: readonly SheetSpec[] = SHEETS;
const blank = blankWorkbookPlan();
const town = generateTown({ seed: 11 });
const filled = townWorkbookPlan(town);

function sheet(plan: WorkbookPlan, name: string): SheetPlan {
  const s = plan.sheets.find((p) => p.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
}

/** The cell grid a plan writes on a sheet (A1-anchored), '' for blanks — as a host would read it. */
function writtenGrid(s: SheetPlan): PlanCell[][] {
  const out: PlanCell[][] = [];
  for (const b of s.blocks) {
    const o = fromA1(b.at);
    b.values.forEach((row, r) =>
      row.forEach((v, c) => {
        (out[o.row + r] ??= [])[o.col + c] = v;
      }),
    );
  }
  return out;
}

describe('blankWorkbookPlan', () => {
  it('has every standardized sheet in registry order, then the form, then the hidden lists', () => {
    const names = blank.sheets.map((s) => s.name);
    expect(names.slice(0, specs.length)).toEqual(specs.map((s) => s.name));
    expect(names).toContain(sharingFormSpec.name);
    expect(names[names.length - 1]).toBe(LISTS_SHEET_NAME);
    expect(sheet(blank, LISTS_SHEET_NAME).hidden).toBe(true);
    expect(new Set(names).size).toBe(names.length);
  });

  it.each(specs.filter((s) => s.kind === 'table').map((s) => [s.name, s] as const))('%s: header row 1 = spec headers in spec order, frozen, widths', (_name, spec) => {
    const s = sheet(blank, spec.name);
    expect(writtenGrid(s)[0]).toEqual(spec.columns.map((c) => c.header));
    expect(s.freeze?.rows).toBe(1);
    expect(s.columns.map((c) => c.width)).toEqual(spec.columns.map((c) => c.width));
    expect(s.dataArea).toEqual({ firstRow: 2, lastRow: 2001 });
    // one validation per column, covering exactly the data area
    expect(s.validations.map((v) => v.range)).toEqual(spec.columns.map((_, i) => `${columnLetters(i)}2:${columnLetters(i)}2001`));
  });

  it('keyValue sheets match rowsToGrid and keyValueAddress exactly', () => {
    for (const spec of specs.filter((s) => s.kind === 'keyValue')) {
      const s = sheet(blank, spec.name);
      const grid = writtenGrid(s).map((row) => row.map((v) => v ?? ''));
      expect(grid).toEqual(rowsToGrid(spec, []));
      spec.columns.forEach((col) => {
        const addr = keyValueAddress(spec, col.key);
        expect(s.validations.some((v) => v.range === addr)).toBe(true);
        expect(s.numberFormats.some((f) => f.range === addr)).toBe(true);
      });
    }
  });

  it('formats: text for phone/postal/id, 和暦 for dates, h:mm for times', () => {
    const resources = sheet(blank, '資源リスト');
    const spec = specs.find((s) => s.id === 'resources') as SheetSpec;
    const fmt = (key: string) => resources.columns[spec.columns.findIndex((c) => c.key === key)]?.numberFormat;
    expect(fmt('phone')).toBe(FORMATS.text);
    expect(fmt('postalCode')).toBe(FORMATS.text);
    expect(fmt('id')).toBe(FORMATS.text);
    expect(fmt('lastVerified')).toBe(FORMATS.dateWareki);
    const events = sheet(blank, '会議・研修記録');
    expect(events.columns[4]?.numberFormat).toBe(FORMATS.time);
    expect(sheet(blankWorkbookPlan({ dates: 'western' }), '会議・研修記録').columns[3]?.numberFormat).toBe(FORMATS.dateWestern);
  });

  it('validation texts fit Excel limits; list rules point at named ranges on the lists sheet holding their values', () => {
    const names = new Map(blank.namedRanges.map((n) => [n.name, n.ref]));
    const lists = writtenGrid(sheet(blank, LISTS_SHEET_NAME));
    let listCount = 0;
    for (const s of blank.sheets) {
      for (const v of s.validations) {
        if (v.prompt) {
          expect(v.prompt.title.length).toBeLessThanOrEqual(EXCEL_LIMITS.promptTitle);
          expect(v.prompt.message.length).toBeLessThanOrEqual(EXCEL_LIMITS.promptMessage);
        }
        if (v.error) {
          expect(v.error.title.length).toBeLessThanOrEqual(EXCEL_LIMITS.errorTitle);
          expect(v.error.message.length).toBeLessThanOrEqual(EXCEL_LIMITS.errorMessage);
        }
        if (v.kind !== 'list') continue;
        listCount++;
        expect(names.get(v.listName)).toBe(v.listRange);
        const m = /!\$([A-Z]+)\$2:\$[A-Z]+\$(\d+)$/.exec(v.listRange);
        expect(m).not.toBeNull();
        const col = fromA1(`${m?.[1]}1`).col;
        const onSheet = lists.slice(1, Number(m?.[2])).map((row) => row[col]);
        expect(onSheet).toEqual(v.values);
      }
    }
    expect(listCount).toBeGreaterThan(40);
  });

  it('uses the hint as prompt and flags blank required cells and stale 最終確認日', () => {
    const resources = sheet(blank, '資源リスト');
    expect(resources.validations[0]?.prompt).toEqual({ title: '資源ID', message: '例: R001（重複不可）' });
    expect(resources.conditionalFormats.some((r) => r.formula.includes('EDATE(TODAY(),-12)'))).toBe(true);
    expect(resources.conditionalFormats.filter((r) => r.formula.startsWith('AND(COUNTA(')).length).toBe(
      (specs.find((s) => s.id === 'resources') as SheetSpec).columns.filter((c) => c.required).length,
    );
    expect(sheet(blank, '共有ツール利用状況').conditionalFormats.some((r) => r.formula.includes('EDATE'))).toBe(true);
  });

  it('carries the default notice templates', () => {
    const grid = writtenGrid(sheet(blank, '通知テンプレート'));
    expect(grid.length).toBe(DEFAULT_NOTICE_TEMPLATES.length + 1);
    expect(grid[1]?.[0]).toBe(DEFAULT_NOTICE_TEMPLATES[0]?.id);
    expect(writtenGrid(sheet(blankWorkbookPlan({ withoutDefaultNotices: true }), '通知テンプレート'))).toHaveLength(1);
  });

  it('lays out the 情報共有シート as an A4 portrait form with every field and the no-patient-data note', () => {
    const form = sheet(blank, sharingFormSpec.name);
    const cells = writtenGrid(form).flat();
    for (const section of sharingFormSpec.sections) {
      expect(cells).toContain(section.title);
      for (const f of section.fields) expect(cells).toContain(f.label);
    }
    expect(cells).toContain(SHARING_FORM_NOTE);
    expect(form.print).toMatchObject({ paper: 'A4', orientation: 'portrait', fitToWidth: true });
    const lines = sharingFormSpec.sections.flatMap((s) => s.fields).reduce((n, f) => n + f.lines, 0);
    expect(form.merges.filter((m) => m.startsWith('B')).length).toBe(sharingFormSpec.sections.flatMap((s) => s.fields).length);
    expect(form.rowHeights.length).toBeGreaterThanOrEqual(lines);
  });

  it('prints blank 利用者氏名・生年月日 and 本人（家族）同意 lines that the workbook never fills (D-19)', () => {
    const form = sheet(blank, sharingFormSpec.name);
    const grid = writtenGrid(form);
    const rowOf = (label: string) => grid.findIndex((row) => row.includes(label));
    const blanks = [...(sharingFormSpec.subject ?? []), ...(sharingFormSpec.consent?.blanks ?? [])];
    expect(blanks.map((b) => b.label)).toEqual(['利用者氏名', '生年月日', '同意日', '本人署名', '家族署名', '続柄']);
    for (const b of blanks) {
      const r = rowOf(b.label);
      const c = grid[r]!.indexOf(b.label);
      expect(r).toBeGreaterThan(0);
      // The writing cell right of the label is blank in the plan: nothing about the patient is written.
      expect(grid[r]![c + 1] ?? null).toBeNull();
      expect(form.styles.some((st) => st.border === 'grid' && st.range === `A${r + 1}:D${r + 1}`)).toBe(true);
    }
    // 利用者 lines sit right under 記入日; the consent block is the foot of the form, inside the print area.
    expect(rowOf('利用者氏名')).toBe(rowOf('記入日') + 1);
    const consentTitle = rowOf('本人（家族）の同意');
    expect(grid[consentTitle + 1]?.[0]).toBe(sharingFormSpec.consent?.statement);
    expect(rowOf('続柄')).toBe(grid.length - 1);
    expect(form.print?.printArea).toBe(`A1:D${grid.length}`);
    const signature = form.rowHeights.find((h) => h.row === rowOf('本人署名'));
    expect(signature?.height).toBeGreaterThan(form.rowHeights.find((h) => h.row === rowOf('記入日'))!.height);
    // Labels and the fixed statement are the only text; no cell holds anything else.
    const texts = new Set(grid.flat().filter((v): v is string => typeof v === 'string'));
    const known = new Set<string>([
      sharingFormSpec.name,
      SHARING_FORM_NOTE,
      '記入日',
      '記入者',
      ...blanks.map((b) => b.label),
      sharingFormSpec.consent!.title,
      sharingFormSpec.consent!.statement,
      ...sharingFormSpec.sections.flatMap((sec) => [sec.title, ...sec.fields.map((f) => f.label)]),
    ]);
    expect([...texts].filter((t) => !known.has(t))).toEqual([]);
  });
});

describe('townWorkbookPlan', () => {
  it('writes exactly townToWorkbookValues on the standardized sheets', () => {
    const expected = townToWorkbookValues(town);
    for (const spec of specs) {
      const grid = writtenGrid(sheet(filled, spec.name)).map((row) => row.map((v) => v ?? ''));
      expect(grid).toEqual((expected[spec.name] ?? []).map((row) => [...row]));
    }
  });

  it('grows the data area past the records', () => {
    const attendees = sheet(filled, '出席者');
    expect(attendees.dataArea?.lastRow).toBe(1 + Math.max(2000, town.rows.attendees.length + 500));
  });

  it('never turns literal text into a formula (property)', () => {
    const risky = fc.constantFrom('=HYPERLINK("http://x","y")', '+81312345678', '@home', '-1', '=1+1', "'x", '=cmd|calc');
    fc.assert(
      fc.property(risky, risky, (name, note) => {
        const resources = town.rows.resources.map((r, i) => (i === 0 ? { ...r, name, note } : r));
        const plan = townWorkbookPlan({ ...town.rows, resources });
        const grid = writtenGrid(sheet(plan, '資源リスト'));
        expect(grid[1]?.[2]).toBe(name);
        expect(grid[1]?.[grid[0]?.indexOf('備考') ?? -1]).toBe(note);
        for (const s of plan.sheets.filter((p) => p.role === 'table' || p.role === 'keyValue')) {
          for (const row of writtenGrid(s)) for (const v of row) expect(v !== null && typeof v === 'object').toBe(false);
        }
      }),
      { numRuns: 10 },
    );
  });
});

describe('指標 sheet plan', () => {
  const indicators = sheet(blank, INDICATOR_SHEET_NAME);

  it('holds the catalogue layout: header, one row per indicator, value cells as formulas', () => {
    const grid = writtenGrid(indicators);
    const layout = indicatorSheetLayout();
    expect(grid[0]?.slice(0, layout.header.length)).toEqual([...layout.header]);
    layout.rows.forEach((row, i) => {
      expect(grid[i + 1]?.[0]).toBe(row.id);
      const value = grid[i + 1]?.[indicatorColumn('値')];
      expect(value !== null && typeof value === 'object' && !value.formula.startsWith('=')).toBe(true);
    });
  });

  it('locks exactly the formula cells and protects the sheet', () => {
    const locked = new Set<string>();
    for (const range of indicators.protection?.lockedRanges ?? []) {
      const [a, b] = range.split(':');
      const s = fromA1(a as string);
      const e = fromA1((b ?? a) as string);
      for (let r = s.row; r <= e.row; r++) for (let c = s.col; c <= e.col; c++) locked.add(`${r},${c}`);
    }
    const formulas = new Set<string>();
    writtenGrid(indicators).forEach((row, r) => row.forEach((v, c) => v !== null && v !== undefined && typeof v === 'object' && formulas.add(`${r},${c}`)));
    expect(locked).toEqual(formulas);
    expect(formulas.size).toBeGreaterThan(100);
  });

  it('plans every chart on contiguous chart-data ranges of the sheet', () => {
    expect(indicators.charts.map((c) => c.id)).toEqual(INDICATOR_CHARTS.map((c) => c.id));
    const grid = writtenGrid(indicators);
    for (const chart of indicators.charts) {
      const [a, b] = chart.categories.split(':');
      const rows = fromA1(b as string).row - fromA1(a as string).row + 1;
      expect(rows).toBe(INDICATOR_CHARTS.find((c) => c.id === chart.id)?.indicatorIds.length);
      const label = grid[fromA1(a as string).row]?.[fromA1(a as string).col];
      expect(label !== null && typeof label === 'object').toBe(true);
    }
  });

  it('sizes each source group of the hidden 指標計算 helper to its sheet\'s data area, blank below', () => {
    const helper = sheet(blank, CALC_SHEET_NAME);
    expect(helper.hidden).toBe(true);
    // Blank workbook: every source gets the default data area (2,000 rows), as its validations do.
    expect(helper.blocks[0]?.values.length).toBe(2000 + 1);
    const big = townWorkbookPlan({ ...town.rows, consultations: Array.from({ length: 6000 }, (_, i) => ({ ...(town.rows.consultations[0] as object), id: `C${i}` })) as never });
    const grid = sheet(big, CALC_SHEET_NAME).blocks[0]?.values ?? [];
    expect(grid.length).toBe(6000 + 500 + 1);
    const header = grid[0] as readonly unknown[];
    const consCol = header.indexOf('相談の行（照合）');
    const attCol = header.indexOf('出席者の行（照合）');
    expect(grid[6500]?.[consCol]).toEqual(expect.objectContaining({ formula: expect.any(String) }));
    // Attendees keep their own (default) capacity: no formulas, no filler formulas, below it.
    expect(grid[2000]?.[attCol]).toEqual(expect.objectContaining({ formula: expect.any(String) }));
    expect(grid[2001]?.[attCol]).toBeNull();
    expect(DEFAULT_CALC_CAPACITY).toBeGreaterThan(0);
  });
});
