/**
 * The in-year switch on 指標計算: in-year consultation counts drop their date criteria only while no
 * row outside the year holds a value they filter on. Checked with the formulas evaluated by
 * HyperFormula against the TypeScript twin, on the fixture town (two rows outside FY2025), on the same
 * town without them, and with the switch cell overwritten — which shows the switch is what keeps the
 * counts exact.
 */
import { computeIndicators, INDICATORS, CALC_SHEET_NAME, IN_YEAR_SWITCH, indicatorColumn, createFormulaContext, inYearSwitchCell } from '../../templates/indicators';
import { townToWorkbookValues } from '../../templates/sample';
import type { TownRows } from '../../templates/validate/types';
import { asTsValue, evaluateIndicatorSheet, type Evaluation } from './hf-harness';
import { asSampleTown, FIXTURE_ROWS } from './fixture-town';

const CTX = { fiscalYear: 2025, today: '2025-12-01' };
/** Counts that use the switch: scenes, categories, open cases, 包括連携, lay requesters. */
const SWITCHED = ['P37', 'P38', 'P39', 'P40', 'P41', 'P42', 'P43', 'P44', 'P45', 'P46', 'P47', 'P48', 'P49', 'P51', 'P52', 'P53'];

function switchValue(ev: Evaluation): unknown {
  const sheet = ev.hf.getSheetId(CALC_SHEET_NAME) as number;
  return ev.hf.getCellValue({ sheet, row: 1, col: IN_YEAR_SWITCH.col });
}

function setSwitch(ev: Evaluation, content: number | null): void {
  const sheet = ev.hf.getSheetId(CALC_SHEET_NAME) as number;
  ev.hf.setCellContents({ sheet, row: 1, col: IN_YEAR_SWITCH.col }, [[content]]);
}

function valuesOf(ev: Evaluation): Map<string, unknown> {
  const sheet = ev.hf.getSheetId('指標') as number;
  return new Map(INDICATORS.map((ind, i) => [ind.id, asTsValue(ev.hf.getCellValue({ sheet, row: i + 1, col: indicatorColumn('値') }))]));
}

function expectTwin(rows: TownRows, values: Map<string, unknown>): void {
  const ts = new Map(computeIndicators(rows, CTX).map((r) => [r.id, r.value]));
  for (const id of SWITCHED) expect([id, values.get(id)]).toEqual([id, ts.get(id)]);
}

describe('in-year switch (指標計算)', () => {
  it('the switched counts read the switch cell, the others do not', () => {
    const ctx = createFormulaContext();
    for (const ind of INDICATORS) expect([ind.id, ind.formula(ctx).includes(`ISNUMBER(${inYearSwitchCell()})`)]).toEqual([ind.id, SWITCHED.includes(ind.id)]);
  });

  describe('fixture town: C13 (next year) and C14 (last year) hold scene and category', () => {
    let ev: Evaluation;
    beforeAll(() => {
      ev = evaluateIndicatorSheet(townToWorkbookValues(asSampleTown(FIXTURE_ROWS)));
    });
    afterAll(() => ev.hf.destroy());

    it('counts the two rows outside the year, so the exact COUNTIFS are used', () => {
      expect(switchValue(ev)).toBe(2);
      expectTwin(FIXTURE_ROWS, valuesOf(ev));
    });

    it('forced to 0, the counts would include those rows (P51 open cases 3 → 4)', () => {
      setSwitch(ev, 0);
      expect(valuesOf(ev).get('P51')).toBe(4);
      setSwitch(ev, null);
      // A blank switch (a host that did not write it) keeps the exact counts.
      expect(valuesOf(ev).get('P51')).toBe(3);
      expectTwin(FIXTURE_ROWS, valuesOf(ev));
    });
  });

  describe('the same town with only rows received in FY2025', () => {
    const rows: TownRows = { ...FIXTURE_ROWS, consultations: FIXTURE_ROWS.consultations.filter((c) => c.id !== 'C13' && c.id !== 'C14') };
    let ev: Evaluation;
    beforeAll(() => {
      ev = evaluateIndicatorSheet(townToWorkbookValues(asSampleTown(rows)));
    });
    afterAll(() => ev.hf.destroy());

    it('is 0 and the one-criterion counts equal the TypeScript twin', () => {
      expect(switchValue(ev)).toBe(0);
      expectTwin(rows, valuesOf(ev));
    });

    it('a row with a scene but no 受付日 turns it on again', () => {
      // A copy of the first consultation with its 受付日 cleared: no in-year count may include it.
      const values = townToWorkbookValues(asSampleTown(rows));
      const grid = values['相談記録'] as unknown[][];
      const dateCol = (grid[0] as unknown[]).indexOf('受付日');
      const copy = [...(grid[1] as unknown[])];
      copy[0] = 'C99';
      copy[dateCol] = '';
      grid.push(copy);
      const undated = evaluateIndicatorSheet(values);
      try {
        expect(dateCol).toBeGreaterThan(0);
        expect(switchValue(undated)).toBe(1);
        expectTwin(rows, valuesOf(undated));
      } finally {
        undated.hf.destroy();
      }
    });
  });
});
