/**
 * 「表記をそろえる」 on hand-typed workbooks: it lists every cell it changes and changes no other,
 * a second run changes nothing, afterwards validation has nothing left that fix could resolve,
 * the CLI still equals the formulas (HyperFormula), and patient free text is never touched or logged.
 */
import { columnLetters } from '../../templates/core/address';
import type { CellValue, Grid } from '../../templates/core/cell';
import { applyFixToValues, FIX_HISTORY_HEADER, FIX_HISTORY_SHEET, planFix } from '../../templates/fix';
import { computeIndicatorsFromCells, createFormulaContext, INDICATORS, readCells } from '../../templates/indicators';
import { getSheet } from '../../templates/sheets/registry';
import { validateWorkbook } from '../../templates/validate';
import type { WorkbookValues } from '../../templates/validate/types';
import { valuesMismatches } from '../indicators/compare';
import { demoMistakeTown, messyTowns, type HandTypedTown } from '../indicators/messy-towns';

const AT = '2026-03-31 09:00';
const towns = [...messyTowns(6), demoMistakeTown()];

/** Codes of findings that only exist because a cell was not in canonical form. */
const RESOLVABLE = ['phone.leadingZeroRestored', 'postal.leadingZeroRestored', 'lgCode.checkDigitAdded'];

function cellsDiffering(a: WorkbookValues, b: WorkbookValues, skipTab: string): string[] {
  const out: string[] = [];
  for (const tab of new Set([...Object.keys(a), ...Object.keys(b)])) {
    if (tab === skipTab) continue;
    const ga = (a[tab] ?? []) as Grid;
    const gb = (b[tab] ?? []) as Grid;
    for (let r = 0; r < Math.max(ga.length, gb.length); r++) {
      const la = ga[r] ?? [];
      const lb = gb[r] ?? [];
      for (let c = 0; c < Math.max(la.length, lb.length); c++) {
        const va: CellValue = la[c] ?? '';
        const vb: CellValue = lb[c] ?? '';
        if (va !== vb) out.push(`${tab}!${columnLetters(c)}${r + 1}`);
      }
    }
  }
  return out.sort();
}

const cli = (t: HandTypedTown, book: WorkbookValues) =>
  computeIndicatorsFromCells(book, validateWorkbook(book, { today: t.today }).layouts, { fiscalYear: t.fiscalYear, today: t.today });

describe('planFix on hand-typed workbooks', () => {
  it.each(towns.map((t) => [t.name, t]))('%s', (_name, town) => {
    const t = town as HandTypedTown;
    const plan = planFix(t.book, { at: AT });
    const fixed = applyFixToValues(t.book, plan);

    // Every changed cell is listed, and only listed cells changed.
    const listed = plan.changes.map((c) => `${c.sheet}!${c.address}`).sort();
    expect(cellsDiffering(t.book, fixed, FIX_HISTORY_SHEET)).toEqual(listed);
    expect(new Set(listed).size).toBe(listed.length);

    // The log has the header and one row per change.
    const log = fixed[FIX_HISTORY_SHEET] ?? [];
    if (plan.changes.length > 0) {
      expect(log[0]).toEqual([...FIX_HISTORY_HEADER]);
      expect(log.slice(1).map((r) => `${r[1]}!${r[2]}`).sort()).toEqual(listed);
    }

    // Idempotent.
    expect(planFix(fixed, { at: AT }).changes).toEqual([]);

    // Nothing left that fix could resolve; no finding is new.
    const before = validateWorkbook(t.book, { today: t.today }).findings;
    const after = validateWorkbook(fixed, { today: t.today }).findings;
    const key = (f: { sheet: string; address: string | null; code: string }) => `${f.sheet}!${f.address}:${f.code}`;
    const beforeKeys = new Set(before.map(key));
    expect(after.filter((f) => !beforeKeys.has(key(f))).map(key)).toEqual([]);
    expect(after.filter((f) => RESOLVABLE.includes(f.code)).map(key)).toEqual([]);

    // One number still holds after the fix.
    const results = cli(t, fixed);
    expect(valuesMismatches(fixed, results)).toEqual([]);

    // Cells still waiting on the sheet are cells a person must check: each such indicator reads a
    // column that has an error finding.
    const ctx = createFormulaContext({ layouts: validateWorkbook(fixed, { today: t.today }).layouts });
    const errorColumns = new Set(after.filter((f) => f.severity === 'error').map((f) => `${f.sheet}|${f.column}`));
    for (const r of results) {
      if (!r.pending) continue;
      const ind = INDICATORS.find((i) => i.id === r.id);
      const cols = readCells(ind!, ctx).map((c) => `${getSheet(c.sheet).name}|${getSheet(c.sheet).columns.find((x) => x.key === c.key)?.header}`);
      expect({ id: r.id, reads: cols.some((c) => errorColumns.has(c)) }).toEqual({ id: r.id, reads: true });
    }
  });

  it('rewrites the clerk variants of the messy towns (and far fewer cells stay pending)', () => {
    for (const t of towns.slice(0, 6)) {
      const plan = planFix(t.book, { at: AT });
      expect(plan.changes.length).toBeGreaterThan(50);
      const sum = (book: WorkbookValues) => cli(t, book).reduce((n, r) => n + (r.pending ?? 0), 0);
      expect(sum(applyFixToValues(t.book, plan))).toBeLessThan(sum(t.book) / 3);
    }
  });

  it('leaves patient free text alone and never logs it', () => {
    const t = messyTowns(1)[0] as HandTypedTown;
    const grid = (t.book['相談記録'] as Grid).map((l) => [...l]);
    const summaryCol = getSheet('consultations').columns.findIndex((c) => c.key === 'summary');
    const secret = '　山田太郎さん　０９０－１２３４－５６７８ ';
    (grid[1] as CellValue[])[summaryCol] = secret;
    const book = { ...t.book, 相談記録: grid };
    const plan = planFix(book, { at: AT });
    expect(plan.changes.filter((c) => c.sheet === '相談記録' && (c.col === summaryCol || c.column === '対応内容'))).toEqual([]);
    const fixed = applyFixToValues(book, plan);
    expect(fixed['相談記録']?.[1]?.[summaryCol]).toBe(secret);
    expect(JSON.stringify(fixed[FIX_HISTORY_SHEET])).not.toMatch(/山田|1234-5678|１２３４/);
  });

  it('appends to an existing 修正履歴 and canonicalizes the typical variants', () => {
    const t = messyTowns(1)[0] as HandTypedTown;
    const res = getSheet('resources');
    const col = (k: string) => res.columns.findIndex((c) => c.key === k);
    const grid = (t.book['資源リスト'] as Grid).map((l) => [...l]);
    const line = grid[1] as CellValue[];
    line[col('category')] = '診療所 ';
    line[col('homeVisitCare')] = '〇';
    line[col('oncall')] = 'なし';
    line[col('lastVerified')] = 'R7.4.1';
    line[col('phone')] = '０３（１２３４）５６７８';
    const book = { ...t.book, 資源リスト: grid, [FIX_HISTORY_SHEET]: [[...FIX_HISTORY_HEADER], ['x', 'y', 'A1', 'z', 'a', 'b']] };
    const plan = planFix(book, { at: AT });
    const at = (k: string) => plan.changes.find((c) => c.sheet === '資源リスト' && c.address === `${columnLetters(col(k))}2`)?.new;
    expect([at('category'), at('homeVisitCare'), at('oncall'), at('lastVerified'), at('phone')]).toEqual(['診療所', '○', '×', 45748, '03-1234-5678']);
    expect(plan.history?.create).toBeNull();
    expect(plan.history?.append?.at).toBe('A3');
  });

  it('rewrites older vocabulary names; the upgrade scope rewrites only those', () => {
    const t = messyTowns(1)[0] as HandTypedTown;
    const res = getSheet('resources');
    const aliased = res.columns.findIndex((c) => c.type === 'enum' && c.valueAliases !== undefined);
    expect(aliased).toBeGreaterThanOrEqual(0);
    const [older, current] = Object.entries(res.columns[aliased]?.valueAliases ?? {})[0] as [string, string];
    const col = (k: string) => res.columns.findIndex((c) => c.key === k);
    const grid = (t.book['資源リスト'] as Grid).map((l) => [...l]);
    const line = grid[1] as CellValue[];
    line[aliased] = older;
    line[col('homeVisitCare')] = '〇';
    const book = { ...t.book, 資源リスト: grid };
    const row2 = (plan: ReturnType<typeof planFix>) => plan.changes.filter((c) => c.sheet === '資源リスト' && c.row === 2).map((c) => [c.col, c.old, c.new]);
    expect(row2(planFix(book, { at: AT }))).toEqual(expect.arrayContaining([[aliased, older, current], [col('homeVisitCare'), '〇', '○']]));
    expect(row2(planFix(book, { at: AT, scope: 'renamedValues' }))).toEqual([[aliased, older, current]]);
  });

  it('guesses nothing: a year without its era and unknown values stay', () => {
    const t = messyTowns(1)[0] as HandTypedTown;
    const res = getSheet('resources');
    const col = (k: string) => res.columns.findIndex((c) => c.key === k);
    const grid = (t.book['資源リスト'] as Grid).map((l) => [...l]);
    const line = grid[1] as CellValue[];
    line[col('lastVerified')] = '7年4月1日';
    line[col('category')] = 'ドラッグストア';
    line[col('homeVisitCare')] = '△';
    const plan = planFix({ ...t.book, 資源リスト: grid }, { at: AT });
    const touched = plan.changes.filter((c) => c.sheet === '資源リスト' && c.row === 2).map((c) => c.column);
    expect(touched).not.toEqual(expect.arrayContaining(['最終確認日']));
    expect(touched).not.toContain('種別');
    expect(touched).not.toContain(res.columns[col('homeVisitCare')]?.header);
  });
});

describe('the public facade', () => {
  it('exports 「表記をそろえる」 as fix', async () => {
    const kit = await import('../../templates');
    const t = messyTowns(1)[0] as HandTypedTown;
    const plan = kit.fix.planFix(t.book, { at: AT });
    expect(plan.changes.length).toBeGreaterThan(0);
    expect(kit.fix.planFix(kit.fix.applyFixToValues(t.book, plan), { at: AT }).changes).toEqual([]);
  });
});
