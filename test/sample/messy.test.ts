/**
 * The messy-town generator: seedable, and really messy — the variants the engine accepts, the
 * mistakes it rejects, and a column of the town's own — while 設定's 対象年度 stays a number.
 */
import type { CellValue, Grid } from '../../templates/core/cell';
import { generateTown, messyWorkbookValues, TOWN_OWN_HEADER, townToWorkbookValues } from '../../templates/sample';
import { validateWorkbook } from '../../templates/validate';

const town = generateTown({ seed: 31, size: { resources: 80, contacts: 40, events: 12, attendees: 90, consultations: 120, issues: 10, planRows: 10 } });
const messy = messyWorkbookValues(town, { seed: 5 });
const cells = (tab: string): CellValue[] => ((messy[tab] ?? []) as Grid).flatMap((l) => [...l]);

describe('messyWorkbookValues', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    expect(messyWorkbookValues(town, { seed: 5 })).toEqual(messy);
    expect(messyWorkbookValues(town, { seed: 6 })).not.toEqual(messy);
  });

  it('does not change the town it starts from', () => {
    expect(townToWorkbookValues(town)).toEqual(townToWorkbookValues(generateTown({ seed: 31, size: { resources: 80, contacts: 40, events: 12, attendees: 90, consultations: 120, issues: 10, planRows: 10 } })));
  });

  it('has the variants clerks type', () => {
    const all = Object.keys(messy).flatMap(cells);
    const has = (pred: (v: CellValue) => boolean) => all.some(pred);
    expect(has((v) => v === '〇' || v === '◯')).toBe(true);
    expect(has((v) => v === 'なし' || v === '✕' || v === '無')).toBe(true);
    expect(has((v) => typeof v === 'string' && /^\d{4}\/\d{1,2}\/\d{1,2}$/.test(v))).toBe(true);
    expect(has((v) => typeof v === 'string' && /^(令和|平成)\d+年/.test(v))).toBe(true);
    expect(has((v) => typeof v === 'string' && /[０-９]/.test(v))).toBe(true);
    expect(has((v) => typeof v === 'string' && v !== v.trim() && v.trim() !== '')).toBe(true);
  });

  it('has the mistakes the engine rejects, and a column of the town’s own', () => {
    const codes = new Set(validateWorkbook(messy, { today: town.today }).findings.map((f) => f.code));
    for (const code of ['phone.invalid', 'id.duplicate', 'cell.required', 'ref.unresolved', 'rule.outsideFiscalYear']) expect([...codes]).toContain(code);
    expect(messy['資源リスト']?.[0]).toContain(TOWN_OWN_HEADER);
    expect(cells('資源リスト')).toContain('=再確認');
  });

  it('keeps 対象年度 a number (every 指標 formula reads it)', () => {
    const settings = messy['設定'] as Grid;
    expect(settings.find((l) => l[0] === '対象年度')?.[1]).toBe(town.fiscalYear);
  });
});
