/**
 * Issue 12 items 1, 5, 7 on the indicators: the sides of 保健師 and the social workers follow 設定
 * (one number: TypeScript twin from rows, twin from cells, HyperFormula), old profession names are
 * read through valueAliases and rewritten by 表記をそろえる, 地域ケア会議 counts for D-15 while a
 * working group does not, and 本人・家族/住民 are requesters of their own (P53).
 */
import { computeIndicators, computeIndicatorsFromCells } from '../../templates/indicators';
import { townToWorkbookValues } from '../../templates/sample';
import type { AttendeeRow, ConsultationRow, EventRow, SettingsRow } from '../../templates/sheets/rows';
import { townProfessionSides } from '../../templates/sheets/profession-sides';
import { PROFESSION_SIDE_SETTINGS, PROFESSIONS } from '../../templates/sheets/vocabulary';
import { planFix } from '../../templates/fix/plan';
import { planWorkbookUpgrade } from '../../templates/plan/upgrade';
import { validateWorkbook } from '../../templates/validate/engine';
import type { TownRows } from '../../templates/validate/types';
import { asSampleTown, FIXTURE_ROWS } from './fixture-town';
import { asTsValue, evaluateIndicatorSheet } from './hf-harness';

const CTX = { fiscalYear: 2025, today: '2025-12-01' };
const IDS = ['P08', 'P09', 'P12', 'P13', 'P14', 'P18', 'P33', 'P34', 'P35', 'P36', 'P53'] as const;

/** The same ids three ways: TS from typed rows, TS from the cells, the formulas in HyperFormula. */
function threeWays(rows: TownRows): { rows: Record<string, unknown>; cells: Record<string, unknown>; hf: Record<string, unknown>; pending: Record<string, unknown> } {
  const book = townToWorkbookValues(asSampleTown(rows));
  const fromRows = computeIndicators(rows, CTX);
  const fromCells = computeIndicatorsFromCells(book, validateWorkbook(book, { today: CTX.today }).layouts, CTX);
  const hf = evaluateIndicatorSheet(book);
  try {
    const pick = (list: readonly { id: string; value: unknown }[]) => Object.fromEntries(IDS.map((id) => [id, list.find((r) => r.id === id)?.value ?? null]));
    return {
      rows: pick(fromRows),
      cells: pick(fromCells),
      hf: pick(hf.rows.map((r) => ({ id: r.id, value: asTsValue(r.value) }))),
      pending: Object.fromEntries(['P12', 'P33'].map((id) => [id, asTsValue(hf.rows.find((r) => r.id === id)?.pending)])),
    };
  } finally {
    hf.hf.destroy();
  }
}

const withSettings = (patch: Partial<SettingsRow>): TownRows => ({ ...FIXTURE_ROWS, settings: { ...(FIXTURE_ROWS.settings as SettingsRow), ...patch } });

/** Fixture plus a 保健師 at E1 (attended) and a 保健師 consultation in the year. */
function withNurse(patch: Partial<SettingsRow>): TownRows {
  const base = withSettings(patch);
  const a0 = base.attendees[0] as AttendeeRow;
  const c0 = base.consultations[0] as ConsultationRow;
  const nurse: AttendeeRow = { ...a0, __row: base.attendees.length + 2, id: 'A13', eventId: 'E1', contactId: null, profession: '保健師', attended: true };
  const consult: ConsultationRow = { ...c0, __row: base.consultations.length + 2, id: 'C16', receivedDate: '2025-05-01', requesterProfession: '保健師' };
  return { ...base, attendees: [...base.attendees, nurse], consultations: [...base.consultations, consult] };
}

describe('sides that follow 設定 (保健師の区分, 社会福祉士・MSWの区分)', () => {
  it('defaults (blank): 社会福祉士・MSW is 介護系 — the fixture golden values', () => {
    const r = threeWays(FIXTURE_ROWS);
    expect(r.rows).toMatchObject({ P12: 5, P13: 4, P14: 55.6, P33: 5, P34: 6 });
    expect(r.cells).toEqual(r.rows);
    expect(r.hf).toEqual(r.rows);
  });

  it('社会福祉士・MSW = 医療系 moves A12 (attendee) and C07 (requester) to 医療系 in every engine', () => {
    const r = threeWays(withSettings({ socialWorkerSide: '医療系' }));
    // A12 at E4: 医療系 5 + 1 = 6, 介護系 4 − 1 = 3 → 6/9 = 66.7 %. C07: 医療系 5 + 1, 介護系 6 − 1.
    expect(r.rows).toMatchObject({ P12: 6, P13: 3, P14: 66.7, P33: 6, P34: 5 });
    expect(r.cells).toEqual(r.rows);
    expect(r.hf).toEqual(r.rows);
    expect(r.pending).toEqual({ P12: 0, P33: 0 });
  });

  it('保健師: blank counts as 行政 (not in the 医療系・介護系 ratio); 医療系 when the town says so', () => {
    const blank = threeWays(withNurse({}));
    expect(blank.rows).toMatchObject({ P12: 5, P13: 4, P14: 55.6, P33: 5, P35: 2 });
    expect(blank.hf).toEqual(blank.rows);
    const medical = threeWays(withNurse({ publicHealthNurseSide: '医療系' }));
    expect(medical.rows).toMatchObject({ P12: 6, P13: 4, P14: 60, P33: 6, P35: 1 });
    expect(medical.cells).toEqual(medical.rows);
    expect(medical.hf).toEqual(medical.rows);
  });

  it('a value outside the options counts the 保健師 nowhere, in TS and formulas alike, and shows as 未整理', () => {
    const odd = withNurse({ publicHealthNurseSide: '介護系' as SettingsRow['publicHealthNurseSide'] });
    const book = townToWorkbookValues(asSampleTown(odd));
    const cells = computeIndicatorsFromCells(book, validateWorkbook(book, { today: CTX.today }).layouts, CTX);
    const hf = evaluateIndicatorSheet(book);
    try {
      for (const id of ['P12', 'P13', 'P33', 'P34', 'P35']) {
        expect(asTsValue(hf.rows.find((r) => r.id === id)?.value)).toBe(cells.find((r) => r.id === id)?.value);
      }
      expect(cells.find((r) => r.id === 'P35')?.value).toBe(1); // only C08 行政職員
      expect(asTsValue(hf.rows.find((r) => r.id === 'P12')?.pending)).toBe(1);
      expect(cells.find((r) => r.id === 'P12')?.pending).toBe(1);
    } finally {
      hf.hf.destroy();
    }
  });

  it('townProfessionSides places every profession, and each setting offers its default', () => {
    const sides = townProfessionSides(null);
    for (const p of PROFESSIONS) expect(sides.get(p)).toBeDefined();
    for (const e of PROFESSION_SIDE_SETTINGS) expect(e.options as readonly string[]).toContain(e.defaultSide);
    expect(sides.get('保健師')).toBe('行政');
    expect(sides.get('精神保健福祉士')).toBe('介護系');
    expect(townProfessionSides({ socialWorkerSide: '医療系' }).get('精神保健福祉士')).toBe('医療系');
    expect(sides.get('地域包括職員')).toBeUndefined();
  });
});

describe('old profession names (valueAliases) and the upgrade path', () => {
  const oldBook = () => {
    const contacts = FIXTURE_ROWS.contacts.map((c) => (c.id === 'P2' ? { ...c, profession: '地域包括職員' as never } : c));
    const consultations = FIXTURE_ROWS.consultations.map((c) => (c.id === 'C05' ? { ...c, requesterProfession: '地域包括職員' as never } : c));
    return townToWorkbookValues(asSampleTown({ ...FIXTURE_ROWS, contacts, consultations }));
  };

  it('validation reads 地域包括職員 as 主任介護支援専門員 with an enum.alias warning, in 名簿 and 相談記録', () => {
    const result = validateWorkbook(oldBook(), { today: CTX.today });
    expect(result.rows.contacts.find((c) => c.id === 'P2')?.profession).toBe('主任介護支援専門員');
    expect(result.rows.consultations.find((c) => c.id === 'C05')?.requesterProfession).toBe('主任介護支援専門員');
    const aliasFindings = result.findings.filter((f) => f.code === 'enum.alias');
    expect(aliasFindings).toHaveLength(2);
    expect(result.findings.filter((f) => f.code === 'enum.invalid')).toEqual([]);
  });

  it('表記をそろえる rewrites the old name, and the side counts are those the old workbook had (介護系)', () => {
    const plan = planFix(oldBook(), { at: '2025-12-01 09:00' });
    const rewritten = plan.changes.filter((c) => c.old === '地域包括職員');
    expect(rewritten.map((c) => c.new)).toEqual(['主任介護支援専門員', '主任介護支援専門員']);
    // Upgraded rows count as the fixture's golden values: P2 stays 介護系, C05 stays 介護系.
    const { rows } = validateWorkbook(oldBook(), { today: CTX.today });
    const values = computeIndicators(rows, CTX);
    expect(values.find((v) => v.id === 'P13')?.value).toBe(4);
    expect(values.find((v) => v.id === 'P34')?.value).toBe(6);
  });

  it('upgrade adds the two 設定 items to a v1 workbook below its last label; blank means the defaults', () => {
    const book = oldBook();
    const grid = book['設定'] as unknown[][];
    const v1 = grid.filter((line) => line[0] !== '保健師の区分' && line[0] !== '社会福祉士・MSWの区分');
    const plan = planWorkbookUpgrade({ ...book, 設定: v1 as never });
    const settings = plan.sheets.find((s) => s.specId === 'settings');
    expect(settings?.appended.map((a) => [a.header, a.at.row])).toEqual([
      ['保健師の区分', v1.length],
      ['社会福祉士・MSWの区分', v1.length + 1],
    ]);
    // Until the items are added, the sides are the defaults (the fixture's golden values).
    const { rows } = validateWorkbook({ ...book, 設定: v1 as never }, { today: CTX.today });
    expect(computeIndicators({ ...rows, consultations: FIXTURE_ROWS.consultations, contacts: FIXTURE_ROWS.contacts }, CTX).find((v) => v.id === 'P13')?.value).toBe(4);
  });

  it.each([
    ['ケアマネ', '介護支援専門員'],
    ['ヘルパー', '介護職員・訪問介護員'],
    ['ＭＳＷ', '社会福祉士・MSW'],
    ['救急隊', '消防・救急'],
    ['PSW', '精神保健福祉士'],
  ])('the short form %s reads as %s', (typed, current) => {
    const contacts = FIXTURE_ROWS.contacts.map((c) => (c.id === 'P2' ? { ...c, profession: typed as never } : c));
    const result = validateWorkbook(townToWorkbookValues(asSampleTown({ ...FIXTURE_ROWS, contacts })), { today: CTX.today });
    expect(result.rows.contacts.find((c) => c.id === 'P2')?.profession).toBe(current);
  });
});

describe('D-15 meetings: 地域ケア会議 counts, a working group does not', () => {
  const ev = (id: string, type: EventRow['type'], date: string, managersAttended: boolean | null = null): EventRow => ({
    ...(FIXTURE_ROWS.events[0] as EventRow),
    id,
    type,
    date,
    title: id,
    managersAttended,
  });
  const town = (events: EventRow[]): TownRows => ({ ...FIXTURE_ROWS, events: events.map((e, i) => ({ ...e, __row: i + 2 })), attendees: [], issues: [] });

  it('2 多職種会議 + 2 地域ケア会議 meet the four (P08 = 1), the 地域ケア会議 with managers meets P09', () => {
    const r = threeWays(
      town([ev('E1', '多職種会議（イ）', '2025-05-20'), ev('E2', '多職種会議（イ）', '2025-08-19'), ev('E3', '地域ケア会議（イ）', '2025-10-10', true), ev('E4', '地域ケア会議（イ）', '2026-01-20')]),
    );
    expect(r.rows).toMatchObject({ P08: 1, P09: 1, P18: 2 });
    expect(r.hf).toEqual(r.rows);
  });

  it('3 多職種会議 + 1 ワーキンググループ do not (P08 = 0), nor does a WG with managers meet P09', () => {
    const r = threeWays(
      town([ev('E1', '多職種会議（イ）', '2025-05-20'), ev('E2', '多職種会議（イ）', '2025-08-19'), ev('E3', '多職種会議（イ）', '2025-10-10'), ev('E4', 'ワーキンググループ（イ）', '2026-01-20', true)]),
    );
    expect(r.rows).toMatchObject({ P08: 0, P09: 0, P18: 0 });
    expect(r.hf).toEqual(r.rows);
  });
});

describe('本人・家族 and 住民 as requesters (seed 000 (オ))', () => {
  it('are accepted, counted in P53 and in no profession side', () => {
    const consultations = FIXTURE_ROWS.consultations.map((c) =>
      c.id === 'C10' ? { ...c, requesterProfession: '本人・家族' as const } : c.id === 'C09' ? { ...c, requesterProfession: '住民' as const } : c,
    );
    const rows = { ...FIXTURE_ROWS, consultations };
    const r = threeWays(rows);
    // C10 was その他 (P36 1 → 0), C09 was 介護福祉士 (P34 6 → 5).
    expect(r.rows).toMatchObject({ P53: 2, P36: 0, P34: 5 });
    expect(r.cells).toEqual(r.rows);
    expect(r.hf).toEqual(r.rows);
    const result = validateWorkbook(townToWorkbookValues(asSampleTown(rows)), { today: CTX.today });
    expect(result.findings.filter((f) => f.code.startsWith('enum.'))).toEqual([]);
    expect(result.rows.consultations.find((c) => c.id === 'C09')?.requesterProfession).toBe('住民');
  });

  it('家族 typed on its own reads as 本人・家族', () => {
    const consultations = FIXTURE_ROWS.consultations.map((c) => (c.id === 'C10' ? { ...c, requesterProfession: '家族' as never } : c));
    const result = validateWorkbook(townToWorkbookValues(asSampleTown({ ...FIXTURE_ROWS, consultations })), { today: CTX.today });
    expect(result.rows.consultations.find((c) => c.id === 'C10')?.requesterProfession).toBe('本人・家族');
  });
});
