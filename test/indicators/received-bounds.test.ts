/**
 * The received-date bounds on 指標計算: P20, the month counts P21–P32 and P52's denominator are
 * differences of 13 cells counting 相談記録 rows received on or after the first of each fiscal month
 * (one pass over 受付日 per bound after an edit, instead of two per count). Checked with the
 * formulas evaluated by HyperFormula against the TypeScript twin on the fixture town (two rows outside
 * FY2025, one before, one after), with the bound cells blank (a host that did not write them: the
 * formulas' own COUNTIFs) and with one bound overwritten — which shows the counts read the cells.
 */
import { CALC_SHEET_NAME, computeIndicators, createFormulaContext, indicatorColumn, INDICATORS, RECEIVED_BOUNDS, receivedBoundCell } from '../../templates/indicators';
import { CONSULTATION_MONTH_IDS } from '../../templates/indicators/process-consultations';
import { townToWorkbookValues } from '../../templates/sample';
import { asTsValue, evaluateIndicatorSheet, type Evaluation } from './hf-harness';
import { asSampleTown, FIXTURE_ROWS } from './fixture-town';

const CTX = { fiscalYear: 2025, today: '2025-12-01' };
const READERS = ['P20', ...CONSULTATION_MONTH_IDS, 'P52'];

function boundValues(ev: Evaluation): unknown[] {
  const sheet = ev.hf.getSheetId(CALC_SHEET_NAME) as number;
  return RECEIVED_BOUNDS.map((b) => ev.hf.getCellValue({ sheet, row: 1, col: b.col }));
}

function setBound(ev: Evaluation, i: number, content: number | null): void {
  const sheet = ev.hf.getSheetId(CALC_SHEET_NAME) as number;
  ev.hf.setCellContents({ sheet, row: 1, col: (RECEIVED_BOUNDS[i] as { col: number }).col }, [[content]]);
}

function valuesOf(ev: Evaluation): Map<string, unknown> {
  const sheet = ev.hf.getSheetId('指標') as number;
  return new Map(INDICATORS.map((ind, i) => [ind.id, asTsValue(ev.hf.getCellValue({ sheet, row: i + 1, col: indicatorColumn('値') }))]));
}

function expectTwin(values: Map<string, unknown>): void {
  const ts = new Map(computeIndicators(FIXTURE_ROWS, CTX).map((r) => [r.id, r.value]));
  for (const id of READERS) expect([id, values.get(id)]).toEqual([id, ts.get(id)]);
}

describe('received-date bounds (指標計算)', () => {
  it('P20, P21–P32 and P52 read the bound cells; no other indicator does', () => {
    const ctx = createFormulaContext();
    const reads = (formula: string) => RECEIVED_BOUNDS.some((_, i) => formula.includes(receivedBoundCell(i)));
    for (const ind of INDICATORS) expect([ind.id, reads(ind.formula(ctx))]).toEqual([ind.id, READERS.includes(ind.id)]);
    expect(RECEIVED_BOUNDS.map((b) => `${b.yearOffset}/${b.month}`)).toEqual(['0/4', '0/5', '0/6', '0/7', '0/8', '0/9', '0/10', '0/11', '0/12', '1/1', '1/2', '1/3', '1/4']);
  });

  describe('fixture town', () => {
    let ev: Evaluation;
    beforeAll(() => {
      ev = evaluateIndicatorSheet(townToWorkbookValues(asSampleTown(FIXTURE_ROWS)));
    });
    afterAll(() => ev.hf.destroy());

    it('each bound counts the rows received on or after its day, and the counts equal the twin', () => {
      const received = FIXTURE_ROWS.consultations.map((c) => c.receivedDate);
      const expected = RECEIVED_BOUNDS.map((b) => {
        const day = `${CTX.fiscalYear + b.yearOffset}-${String(b.month).padStart(2, '0')}-01`;
        return received.filter((d) => d !== null && d >= day).length;
      });
      expect(boundValues(ev)).toEqual(expected);
      // The fixture has a row before the year and one after it: the bounds are not all equal.
      expect(expected[0]).toBeLessThan(received.length);
      expect(expected[12]).toBeGreaterThan(0);
      expectTwin(valuesOf(ev));
    });

    it('blank bounds (a host that did not write them) keep the formulas’ own counts', () => {
      for (let i = 0; i < RECEIVED_BOUNDS.length; i++) setBound(ev, i, null);
      expectTwin(valuesOf(ev));
    });

    it('a wrong number in a bound moves the counts that read it (April, P20)', () => {
      const before = valuesOf(ev);
      const expected = computeIndicators(FIXTURE_ROWS, CTX);
      const bounds = RECEIVED_BOUNDS.map((b) => {
        const day = `${CTX.fiscalYear + b.yearOffset}-${String(b.month).padStart(2, '0')}-01`;
        return FIXTURE_ROWS.consultations.filter((c) => c.receivedDate !== null && c.receivedDate >= day).length;
      });
      bounds.forEach((n, i) => setBound(ev, i, n));
      expectTwin(valuesOf(ev));
      setBound(ev, 0, (bounds[0] as number) + 5);
      const after = valuesOf(ev);
      expect(after.get('P21')).toBe((before.get('P21') as number) + 5);
      expect(after.get('P20')).toBe((expected.find((r) => r.id === 'P20')?.value as number) + 5);
      expect(after.get('P22')).toBe(before.get('P22'));
    });
  });
});
