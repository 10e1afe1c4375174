/** The merge plan and its application through the host commands (import → 取込差分 → apply). */
import type { Finding } from '../../templates/core/findings';
import { ACCEPT, DIFF_SHEET, applyImportCommand, applyRowsCommand, importCommand, type DiffRow } from '../../templates/import';
import { idAllocator } from '../../templates/import/merge';
import { validateWorkbook } from '../../templates/validate/engine';
import type { WorkbookValues } from '../../templates/validate/types';
import { applyOps } from './apply-values';
import { ENV, fixtureFiles, townValues } from './fixtures';

const DATE = '2025-06-30';
const plan = (values: WorkbookValues) => importCommand(values, ENV, fixtureFiles(), { dataDate: DATE, shiftJis: (b) => new TextDecoder('shift_jis').decode(b) });
const rowsOf = (rows: readonly DiffRow[], id: string, key?: string) => rows.filter((r) => r.id === id && (key === undefined || r.key === key));

const errorKeys = (values: WorkbookValues): Set<string> =>
  new Set(validateWorkbook(values, { today: ENV.today }).findings.filter((f: Finding) => f.severity === 'error').map((f) => `${f.sheet}|${f.address}|${f.code}`));

describe('merge plan', () => {
  const values = townValues();
  const result = plan(values);
  const rows = result.plan?.rows ?? [];

  it('counts new, changed, possibly closed and unchanged entries', () => {
    expect(result.plan).toMatchObject({ newEntries: 10, changedEntries: 6, goneEntries: 1, unchangedEntries: 1 });
  });

  it('matches by official code first: a changed phone is shown as an overwrite, not accepted', () => {
    expect(rowsOf(rows, 'R001', 'phone')).toEqual([
      expect.objectContaining({ kind: '変更', old: '0237-11-1111', value: '0237-11-2222', accept: '', basis: '事業所番号・医療機関コード' }),
    ]);
  });

  it('matches by normalized name + address when the list has no code, and fills the code', () => {
    expect(rowsOf(rows, 'R003', 'officialCode')).toEqual([expect.objectContaining({ kind: '変更', old: '', value: '0670100037', accept: ACCEPT, basis: '名称＋住所' })]);
    expect(rowsOf(rows, 'R007', 'latitude')).toEqual([expect.objectContaining({ value: '38.3201', accept: ACCEPT, basis: '名称＋住所' })]);
  });

  it('matches a 10-digit code against the list and proposes nothing for an unchanged entry', () => {
    expect(rowsOf(rows, 'R002')).toEqual([]);
  });

  it("shows a hand-set flag the data contradicts (○ → ×) without accepting it", () => {
    expect(rowsOf(rows, 'R005', 'supportClinic')).toEqual([expect.objectContaining({ old: '○', value: '×', accept: '' })]);
    expect(rowsOf(rows, 'R006', 'supportHospital')).toEqual([expect.objectContaining({ old: '', value: '○', accept: ACCEPT })]);
  });

  it('flags an entry the data no longer lists as 廃止の可能性 in 備考, not accepted, never a deletion', () => {
    const gone = rows.filter((r) => r.kind === '廃止の可能性');
    expect(gone).toEqual([expect.objectContaining({ id: 'R004', key: 'note', accept: '', value: '【廃止の可能性】介護サービス情報公表システム（2025-06-30）に掲載なし' })]);
  });

  it('never proposes 公開区分, 同意日 or the category of an existing entry', () => {
    const existing = new Set(['R001', 'R002', 'R003', 'R004', 'R005', 'R006', 'R007', 'R008']);
    const touched = rows.filter((r) => existing.has(r.id)).map((r) => r.key);
    expect(touched).not.toContain('disclosure');
    expect(touched).not.toContain('consentDate');
    expect(touched).not.toContain('category');
  });

  it('gives new entries the next ids, 情報源 公表情報, 最終確認日 = the data date, 公開区分 非公開 and no consent', () => {
    const r009 = rowsOf(rows, 'R009');
    const value = (key: string) => r009.find((r) => r.key === key)?.value;
    expect(value('name')).toBe('みどり在宅クリニック');
    expect(value('source')).toBe('公表情報');
    expect(value('disclosure')).toBe('非公開');
    expect(value('consentDate')).toBeUndefined();
    expect(value('latitude')).toBe('38.3301'); // joined with ナビイ
    expect(value('note')).toBe('取込: 地方厚生局 届出受理医療機関名簿（2025-06-01）／医療情報ネット（ナビイ）（2025-06-30）');
    expect(rowsOf(rows, 'R010').find((r) => r.key === 'lastVerified')?.value).toBe('2025-06-01'); // 厚生局 date line
    expect(new Set(rows.filter((r) => r.kind === '新規').map((r) => r.id)).size).toBe(10);
  });

  it('proposes a ナビイ-only pharmacy (no phone) without accepting it', () => {
    const hikari = rows.filter((r) => r.name === 'ひかり薬局');
    expect(hikari.length).toBeGreaterThan(0);
    expect(hikari.every((r) => r.accept === '' && r.note.includes('電話番号'))).toBe(true);
  });

  it('never lets a row of another town into the plan', () => {
    expect(rows.some((r) => r.name.includes('隣町') || r.value.includes('隣町'))).toBe(false);
  });

  it('writes only the 取込差分 sheet (and its dropdown name) — 資源リスト is untouched by the import step', () => {
    const kinds = result.ops.map((op) => op.kind);
    expect(kinds).toEqual(['replaceSheet', 'defineNames', 'activate']);
    expect(result.ops.some((op) => op.kind === 'writeBlocks')).toBe(false);
  });
});

describe('applying the accepted rows', () => {
  const before = townValues();
  const imported = applyOps(before, plan(before).ops);
  const applied = applyImportCommand(imported, ENV);
  const after = applyOps(imported, applied.ops);

  it('adds the accepted new entries below the list and rewrites the accepted cells only', () => {
    expect(applied.result).toMatchObject({ added: 9, skipped: [] });
    const grid = after['資源リスト'] ?? [];
    const ids = grid.slice(1).map((r) => r[0]);
    expect(ids).toEqual(['R001', 'R002', 'R003', 'R004', 'R005', 'R006', 'R007', 'R008', 'R009', 'R010', 'R011', 'R012', 'R013', 'R014', 'R015', 'R016', 'R017']);
  });

  it('leaves hand-edited values whose overwrite was not accepted exactly as they were', () => {
    const row = (values: WorkbookValues, id: string) => (values['資源リスト'] ?? []).find((r) => r[0] === id) ?? [];
    expect(row(after, 'R001')[6]).toBe('0237-11-1111');
    expect(row(after, 'R008')[6]).toBe('0237-33-9999');
    expect(row(after, 'R004')).toEqual(row(before, 'R004'));
  });

  it('validates with no new errors', () => {
    const old = errorKeys(before);
    expect([...errorKeys(after)].filter((k) => !old.has(k))).toEqual([]);
  });

  it('changes nothing when applied a second time', () => {
    const again = applyImportCommand(after, ENV);
    expect(again.result).toMatchObject({ added: 0, cellsWritten: 0 });
    expect(again.ops.filter((op) => op.kind === 'writeBlocks')).toEqual([]);
  });

  it('proposes 最終確認日 = the data date as its own row on changed entries only, an overwrite like any other', () => {
    const rows = plan(before).plan?.rows ?? [];
    expect(rowsOf(rows, 'R006', 'lastVerified')).toEqual([expect.objectContaining({ old: '2025-01-10', value: '2025-06-01', accept: '' })]);
    expect(rowsOf(rows, 'R002', 'lastVerified')).toEqual([]);
    const row = (after['資源リスト'] ?? []).find((r) => r[0] === 'R006') ?? [];
    const lvCol = (after['資源リスト']?.[0] ?? []).indexOf('最終確認日');
    expect(row[lvCol]).toBe(45667); // 2025-01-10 kept: the date row was not accepted
  });

  it('writes the clerk-accepted overwrite, and the 廃止の可能性 marker once', () => {
    const diff = imported[DIFF_SHEET] ?? [];
    const acceptCol = (diff[0] ?? []).indexOf('採用');
    const edited = diff.map((line) => {
      const copy = [...line];
      if (copy[2] === 'R001' && copy[12] === 'phone') copy[acceptCol] = '採用';
      if (copy[1] === '廃止の可能性') copy[acceptCol] = '採用';
      return copy;
    });
    const withAccepts = { ...imported, [DIFF_SHEET]: edited };
    const once = applyOps(withAccepts, applyImportCommand(withAccepts, ENV).ops);
    const twice = applyOps(once, applyImportCommand({ ...once, [DIFF_SHEET]: edited }, ENV).ops);
    const row = (once['資源リスト'] ?? []).find((r) => r[0] === 'R001') ?? [];
    expect(row[6]).toBe('0237-11-2222');
    const note = ((once['資源リスト'] ?? []).find((r) => r[0] === 'R004') ?? []).find((v) => typeof v === 'string' && v.includes('廃止の可能性'));
    expect(note).toBe('【廃止の可能性】介護サービス情報公表システム（2025-06-30）に掲載なし');
    expect(twice['資源リスト']).toEqual(once['資源リスト']);
  });

  it('re-importing the same files after everything was accepted yields an empty plan', () => {
    const all = (plan(before).plan?.rows ?? []).map((r) => ({ ...r, accept: ACCEPT as typeof ACCEPT }));
    const full = applyOps(before, applyRowsCommand(before, ENV, all).ops);
    expect(plan(full).plan?.rows).toEqual([]);
  });

  it('says so when there is no 取込差分 sheet to apply', () => {
    expect(applyImportCommand(before, ENV)).toMatchObject({ ops: [], result: null, messages: [expect.objectContaining({ key: 'import.noDiff', tone: 'error' })] });
  });
});

describe('new ids', () => {
  it('continue the list’s own prefix and width, never reusing one', () => {
    const next = idAllocator(['R001', 'R002', 'X9', 'R0010']);
    expect([next(), next()]).toEqual(['R0011', 'R0012']);
    expect(idAllocator([])()).toBe('R001');
  });
});
