/**
 * The id-order switches on 指標計算: 出席者→職種 and 出席者→会議の行 look ids up by binary search only
 * while 関係者名簿's (会議・研修記録's) ids are unique and ascending. Checked with the formulas evaluated
 * by HyperFormula against the TypeScript twin (the first row with an id wins, as an exact MATCH finds
 * it) on the fixture town (ids in order), with a duplicate id, with a list sorted another way and
 * with a gap — and with a switch overwritten, which shows the switch is what keeps the counts exact.
 */
import { columnLetters } from '../../templates/core/address';
import { CALC_SHEET_NAME, calcSheetLayout, computeIndicators, createFormulaContext, ID_ORDER_SWITCHES, indicatorColumn, INDICATORS, RECEIVED_BOUNDS, type IdOrderSheet } from '../../templates/indicators';
import { townToWorkbookValues } from '../../templates/sample';
import type { ContactRow, EventRow } from '../../templates/sheets/rows';
import type { TownRows } from '../../templates/validate/types';
import { asTsValue, evaluateIndicatorSheet, type Evaluation } from './hf-harness';
import { asSampleTown, FIXTURE_CONTACTS, FIXTURE_EVENTS, FIXTURE_ROWS } from './fixture-town';

const CTX = { fiscalYear: 2025, today: '2025-12-01' };
/** The counts that read the helper's joins: training participants (P06), attendance by side (P12, P13), P14. */
const JOINED = ['P06', 'P12', 'P13', 'P14'];

function switchValue(ev: Evaluation, sheet: IdOrderSheet): unknown {
  return ev.hf.getCellValue({ sheet: ev.hf.getSheetId(CALC_SHEET_NAME) as number, row: 1, col: ID_ORDER_SWITCHES[sheet].col });
}

function setSwitch(ev: Evaluation, sheet: IdOrderSheet, content: number | null): void {
  ev.hf.setCellContents({ sheet: ev.hf.getSheetId(CALC_SHEET_NAME) as number, row: 1, col: ID_ORDER_SWITCHES[sheet].col }, [[content]]);
}

function joined(ev: Evaluation): Map<string, unknown> {
  const sheet = ev.hf.getSheetId('指標') as number;
  const row = (id: string) => INDICATORS.findIndex((ind) => ind.id === id) + 1;
  return new Map(JOINED.map((id) => [id, asTsValue(ev.hf.getCellValue({ sheet, row: row(id), col: indicatorColumn('値') }))]));
}

function twin(rows: TownRows): Map<string, unknown> {
  const ts = new Map(computeIndicators(rows, CTX).map((r) => [r.id, r.value]));
  return new Map(JOINED.map((id) => [id, ts.get(id)]));
}

const renumbered = <R extends { readonly __row: number }>(rows: readonly R[]): R[] => rows.map((r, i) => ({ ...r, __row: i + 2 }));
const contact = (id: string): ContactRow => FIXTURE_CONTACTS.find((c) => c.id === id) as ContactRow;
const event = (id: string): EventRow => FIXTURE_EVENTS.find((e) => e.id === id) as EventRow;

function evaluate(rows: TownRows): Evaluation {
  return evaluateIndicatorSheet(townToWorkbookValues(asSampleTown(rows)));
}

describe('id-order switches (指標計算)', () => {
  it('sit right of the in-year switch, and only the joins into their sheets read them', () => {
    const calc = calcSheetLayout(createFormulaContext({ calcCapacity: 3 }));
    // Then the 13 received-date bounds (received-bounds.test.ts), one column further right each.
    expect(calc.switches.map((s) => s.col)).toEqual(Array.from({ length: 3 + RECEIVED_BOUNDS.length }, (_, i) => calc.inYearSwitch.col + i));
    expect(calc.switches.slice(1, 3).map((s) => s.col)).toEqual([ID_ORDER_SWITCHES.contacts.col, ID_ORDER_SWITCHES.events.col]);
    const readers = (sheet: IdOrderSheet) => calc.header.filter((_, i) => calc.rows[0]?.[i]?.formula.includes(`$${columnLetters(ID_ORDER_SWITCHES[sheet].col)}$2`));
    expect(readers('contacts')).toEqual(['出席者→職種']);
    expect(readers('events')).toEqual(['出席者→会議の行']);
  });

  describe('fixture town: ids in order, one attendee linked to a contact not listed (P9)', () => {
    let ev: Evaluation;
    beforeAll(() => {
      ev = evaluate(FIXTURE_ROWS);
    });
    afterAll(() => ev.hf.destroy());

    it('are 0, and the binary-search lookups give the twin’s numbers', () => {
      expect([switchValue(ev, 'contacts'), switchValue(ev, 'events')]).toEqual([0, 0]);
      expect(joined(ev)).toEqual(twin(FIXTURE_ROWS));
      expect(joined(ev).get('P12')).toBe(5); // 医師 P1 ×2 (E1, E3; E6 is last year), 薬剤師 P3 ×2, 看護師 A04
    });
  });

  // Where a binary search lands among duplicates is the engine's business (HyperFormula's lands on
  // the last row of the column here); checking that the hit holds the id cannot tell it from the
  // first row with that id, which is what the switch is for.
  describe('a second P2 (a 医師) at the end of 関係者名簿, the first being a 介護支援専門員', () => {
    const rows: TownRows = { ...FIXTURE_ROWS, contacts: renumbered([...FIXTURE_CONTACTS, { ...contact('P1'), id: 'P2', name: '医師E' }]) };
    let ev: Evaluation;
    beforeAll(() => {
      ev = evaluate(rows);
    });
    afterAll(() => ev.hf.destroy());

    it('is not 0, so the exact MATCH takes the first P2 as the twin does', () => {
      expect(switchValue(ev, 'contacts')).toBe(1);
      expect(joined(ev)).toEqual(twin(rows));
    });

    it('forced to 0, the binary search would take the last P2 (A02 counted as 医療系)', () => {
      const exact = joined(ev);
      setSwitch(ev, 'contacts', 0);
      const forced = joined(ev);
      expect(forced.get('P12')).toBe((exact.get('P12') as number) + 1);
      expect(forced.get('P13')).toBe((exact.get('P13') as number) - 1);
      setSwitch(ev, 'contacts', null);
      // A blank switch (a host that did not write it) keeps the exact lookup.
      expect(joined(ev)).toEqual(twin(rows));
    });
  });

  describe('a second E4 (held last year) at the end of 会議・研修記録', () => {
    const rows: TownRows = { ...FIXTURE_ROWS, events: renumbered([...FIXTURE_EVENTS, { ...event('E4'), date: '2025-03-01' }]) };
    let ev: Evaluation;
    beforeAll(() => {
      ev = evaluate(rows);
    });
    afterAll(() => ev.hf.destroy());

    it('is not 0, and forced to 0 the E4 training would drop out of the year', () => {
      expect(switchValue(ev, 'events')).toBe(1);
      const exact = joined(ev);
      expect(exact).toEqual(twin(rows));
      setSwitch(ev, 'events', 0);
      expect(joined(ev).get('P06')).toBe((exact.get('P06') as number) - 3); // A09, A10, A12 attended E4
      setSwitch(ev, 'events', null);
      expect(joined(ev)).toEqual(twin(rows));
    });
  });

  it('lists sorted another way keep the twin’s numbers (contacts P4…P1, events E6…E1)', () => {
    const rows: TownRows = { ...FIXTURE_ROWS, contacts: renumbered([...FIXTURE_CONTACTS].reverse()), events: renumbered([...FIXTURE_EVENTS].reverse()) };
    const ev = evaluate(rows);
    try {
      expect([switchValue(ev, 'contacts'), switchValue(ev, 'events')]).toEqual([3, 5]);
      expect(joined(ev)).toEqual(twin(rows));
    } finally {
      ev.hf.destroy();
    }
  });

  it('a blank row between ids and a list longer than the helper both keep the exact lookup', () => {
    const values = townToWorkbookValues(asSampleTown(FIXTURE_ROWS));
    const grid = values['関係者名簿'] as unknown[][];
    grid.splice(3, 0, (grid[1] as unknown[]).map(() => ''));
    const gap = evaluateIndicatorSheet(values);
    const short = evaluateIndicatorSheet(townToWorkbookValues(asSampleTown(FIXTURE_ROWS)), { calcCapacity: { attendees: 20, consultations: 20, issues: 20, contacts: 2, events: 20 } });
    try {
      expect(switchValue(gap, 'contacts')).toBe(1);
      expect(joined(gap)).toEqual(twin(FIXTURE_ROWS));
      expect([switchValue(short, 'contacts'), switchValue(short, 'events')]).toEqual([1, 0]);
      expect(joined(short)).toEqual(twin(FIXTURE_ROWS));
    } finally {
      gap.hf.destroy();
      short.hf.destroy();
    }
  });
});
