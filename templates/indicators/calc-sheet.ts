/**
 * Formulas of the hidden helper sheet 指標計算 (see calc-columns.ts for why it exists).
 * Helper row r reads row r of its source with plain same-row references ('出席者'!$H5): every engine
 * evaluates those in constant time (INDEX(column, ROW()) costs a whole-column scan per cell in some
 * engines, which made a 50,000-row workbook quadratic). Every cell is wrapped in IFERROR, so a
 * deleted source row (#REF!) becomes "" and aggregates (COUNTIF, MEDIAN) never see an error; rows
 * the helper misses are caught by capacityGuard().
 */
import { columnLetters, quoteSheetName } from '../core/address';
import type { SheetId } from '../spec/types';
import { CALC_COLUMNS, CALC_SHEET_NAME, CALC_SOURCES, type CalcColumnKey, type CalcSource } from './calc-columns';
import type { FormulaContext } from './formula-context';
import { fyEnd, fyStart, str } from './formula-parts';
import { getSheet } from '../sheets/registry';
import { headerOf } from './define';
import { professionSideExpr } from './sides';

/** The same-row cell of another helper column, e.g. B7. */
function calcCell(key: CalcColumnKey, row: number): string {
  return `${columnLetters(CALC_COLUMNS.findIndex((c) => c.key === key))}${row}`;
}

/**
 * A MATCH key that is never blank: a blank key falls back to the column's own header, which MATCH
 * finds in row 1 at once. The enclosing IF discards that result anyway; this only matters for engines
 * that evaluate both IF branches (HyperFormula does), where a blank key meant a full scan per row.
 */
function matchKey(cell: string, sheet: SheetId, idKey: string): string {
  return `IF(${cell}="",${str(headerOf(getSheet(sheet), idKey))},${cell})`;
}

/** 1 when the source cell holds something, else "" (an id mirror; COUNT ignores the ""). */
const present = (cell: string): string => `=IFERROR(IF(LEN(${cell})>0,1,""),"")`;

/** Formula text (with '=') of one helper cell at 1-based sheet row `row` (≥ 2). */
export function calcCellFormula(ctx: FormulaContext, key: CalcColumnKey, row: number): string {
  const start = fyStart(ctx);
  const end = fyEnd(ctx);
  const evId = ctx.column('events', 'id');
  const at = (sheet: SheetId, k: string) => ctx.cell(sheet, k, row);
  switch (key) {
    case 'attId':
      return present(at('attendees', 'id'));
    case 'consId':
      return present(at('consultations', 'id'));
    case 'issueId':
      return present(at('issues', 'id'));
    case 'attEventRow': {
      const eventId = at('attendees', 'eventId');
      return `=IFERROR(IF(OR(${at('attendees', 'attended')}<>"○",${eventId}=""),"",${lookupRow(ctx, 'events', matchKey(eventId, 'events', 'id'))}),"")`;
    }
    case 'attEventDate': {
      const eventRow = calcCell('attEventRow', row);
      return `=IFERROR(IF(${eventRow}="","",INDEX(${ctx.column('events', 'date')},${eventRow})),"")`;
    }
    case 'attEventType': {
      const date = calcCell('attEventDate', row);
      return `=IFERROR(IF(AND(ISNUMBER(${date}),${date}>=${start},${date}<${end}),INDEX(${ctx.column('events', 'type')},${calcCell('attEventRow', row)}),""),"")`;
    }
    case 'attProfession': {
      const contactId = at('attendees', 'contactId');
      const own = at('attendees', 'profession');
      const linked = `INDEX(${ctx.column('contacts', 'profession')},${lookupRow(ctx, 'contacts', matchKey(contactId, 'contacts', 'id'))})`;
      return `=IFERROR(IF(${calcCell('attEventType', row)}="","",IF(${contactId}="",${own},IFERROR(${linked},${own}))),"")`;
    }
    case 'contactOrder':
      return idOrderMark(ctx, 'contacts', row);
    case 'eventOrder':
      return idOrderMark(ctx, 'events', row);
    case 'consDays': {
      const received = at('consultations', 'receivedDate');
      const closed = at('consultations', 'closedDate');
      return `=IFERROR(IF(AND(${at('consultations', 'status')}="完了",ISNUMBER(${closed}),ISNUMBER(${received}),${received}>=${start},${received}<${end}),${closed}-${received},""),"")`;
    }
    case 'consSide': {
      const received = at('consultations', 'receivedDate');
      return `=IFERROR(IF(AND(ISNUMBER(${received}),${received}>=${start},${received}<${end}),${professionSideExpr(ctx, at('consultations', 'requesterProfession'))},""),"")`;
    }
    case 'consOutOfYear': {
      const received = at('consultations', 'receivedDate');
      const watched = IN_YEAR_FILTER_KEYS.map((k) => at('consultations', k)).join(',');
      // In-year rows (nearly all) stop at the first test. COUNTA also counts a cell holding an empty
      // string, and an error anywhere marks the row (IFERROR → 1): both only keep the exact counts.
      return `=IFERROR(IF(AND(ISNUMBER(${received}),${received}>=${start},${received}<${end}),"",IF(COUNTA(${watched})>0,1,"")),1)`;
    }
    case 'issueInYear': {
      const eventId = at('issues', 'eventId');
      const date = `INDEX(${ctx.column('events', 'date')},MATCH(${matchKey(eventId, 'events', 'id')},${evId},0))`;
      return `=IFERROR(IF(${eventId}="","",IF(AND(ISNUMBER(${date}),${date}>=${start},${date}<${end}),1,"")),"")`;
    }
  }
}

/**
 * 相談記録 columns the in-year consultation counts filter on besides 受付日 (scene, category,
 * requester, status, 包括連携). consOutOfYear marks a row holding any of them outside the year.
 */
export const IN_YEAR_FILTER_KEYS = ['scene', 'category', 'requesterProfession', 'status', 'linkedHoukatsu'] as const;
export type InYearFilterKey = (typeof IN_YEAR_FILTER_KEYS)[number];

/**
 * One cell beside the helper columns (a blank column between): how many 相談記録 rows would make
 * COUNTIF(列, 値) differ from COUNTIFS(受付日 in the year, 列, 値) — rows marked by consOutOfYear, plus
 * one when the helper does not see every id (capacity). A number 0 lets the in-year counts use the one-criterion
 * form, which LibreOffice answers from its per-column cache after an edit instead of a full pass per
 * COUNTIFS; anything else — a count, or a blank where a host did not write the cell — keeps the exact
 * COUNTIFS. One cell, so the check runs once per edit.
 */
export const IN_YEAR_SWITCH = { col: CALC_COLUMNS.length + 1, header: '相談→対象年度外の記入行数（0なら年度内の件数を簡易式で集計）' } as const;

/** Absolute reference to the switch cell, e.g. '指標計算'!$M$2. */
export function inYearSwitchCell(): string {
  return `${quoteSheetName(CALC_SHEET_NAME)}!$${columnLetters(IN_YEAR_SWITCH.col)}$2`;
}

/** The switch cell's formula (with '='). */
export function inYearSwitchFormula(ctx: FormulaContext): string {
  return `=COUNT(${ctx.calc('consOutOfYear')})+IF(COUNT(${ctx.calc('consId')})=COUNTA(${ctx.column('consultations', 'id')})-1,0,1)`;
}

/** Sheets the helper looks rows up in by id, each with its id-order column. */
export type IdOrderSheet = 'contacts' | 'events';
const ID_ORDER_COLUMN = { contacts: 'contactOrder', events: 'eventOrder' } as const satisfies Record<IdOrderSheet, CalcColumnKey>;

/**
 * Cells beside the helper columns, right of the in-year switch, one per looked-up sheet: how many of
 * its ids are not text sorting strictly after the id above them (a blank row between ids, a
 * duplicate, a number id, an id out of order all count), plus one when the helper does not see every
 * id. 0 means the ids are unique and ascending, so lookupRow may find an id by binary search:
 * LibreOffice 7.4 caches no exact MATCH across rows, and 20,000 attendees each scanning ~4,000
 * contact ids (and ~1,000 meeting ids) cost over a second per recalculation. Anything else — or a
 * blank where a host did not write the cell — keeps the exact MATCH. (Zero-padded sequential ids such
 * as P0001, P0002 are ascending; a clerk who sorts 関係者名簿 by name only loses the speed.)
 */
export const ID_ORDER_SWITCHES = {
  contacts: { col: CALC_COLUMNS.length + 2, header: '関係者名簿→昇順でないIDの数（0なら二分探索で照合）' },
  events: { col: CALC_COLUMNS.length + 3, header: '会議→昇順でないIDの数（0なら二分探索で照合）' },
} as const satisfies Record<IdOrderSheet, { col: number; header: string }>;

/** Absolute reference to a sheet's id-order switch cell, e.g. '指標計算'!$P$2. */
export function idOrderSwitchCell(sheet: IdOrderSheet): string {
  return `${quoteSheetName(CALC_SHEET_NAME)}!$${columnLetters(ID_ORDER_SWITCHES[sheet].col)}$2`;
}

/** An id-order switch cell's formula (with '='). */
export function idOrderSwitchFormula(ctx: FormulaContext, sheet: IdOrderSheet): string {
  const marks = ctx.calc(ID_ORDER_COLUMN[sheet]);
  return `=SUM(${marks})+IF(COUNT(${marks})=COUNTA(${ctx.column(sheet, 'id')})-1,0,1)`;
}

/**
 * Helper cell of an id-order column: "" for a row without id, 0 for a text id sorting strictly after
 * the id above (the first data row: any text id; above it is the header), else 1. One formula for
 * every row (ROW rather than a different row-2 formula), so hosts can copy it down; an error (a
 * deleted row) marks the row: it only costs the fast lookup.
 */
function idOrderMark(ctx: FormulaContext, sheet: IdOrderSheet, row: number): string {
  const id = ctx.cell(sheet, 'id', row);
  const above = ctx.cell(sheet, 'id', row - 1);
  return `=IFERROR(IF(LEN(${id})=0,"",IF(AND(ISTEXT(${id}),OR(ROW(${id})=2,AND(ISTEXT(${above}),${above}<${id}))),0,1)),1)`;
}

/**
 * The sheet row holding `key` in the sheet's id column, as an exact MATCH finds it (the first such
 * row). While the sheet's ids are unique and ascending (switch 0), a binary search (MATCH …,1) finds
 * the only row holding the key in ~12 comparisons instead of a scan; the hit is checked, and anything
 * else (a miss, an engine ordering the header or empty cells differently) falls back to the exact
 * MATCH, so the result is always the exact MATCH's.
 */
function lookupRow(ctx: FormulaContext, sheet: IdOrderSheet, key: string): string {
  const ids = ctx.column(sheet, 'id');
  const exact = `MATCH(${key},${ids},0)`;
  const found = `MATCH(${key},${ids},1)`;
  const sw = idOrderSwitchCell(sheet);
  return `IF(AND(ISNUMBER(${sw}),${sw}=0),IFERROR(IF(INDEX(${ids},${found})=${key},${found},${exact}),${exact}),${exact})`;
}

/**
 * Cells right of the id-order switches, one per first day of a fiscal month and one for the April
 * after the year (13): how many 相談記録 rows were received on or after that day. P20 (in the year),
 * P21–P32 (per month) and P52's denominator are differences of two of them. Written in each
 * formula, every bound is counted twice (April of the next year four times more: P20, P52) — 30
 * passes over 受付日 after each edit of 相談記録, ~1.8 ms each on 50,000 rows, where one cell per
 * bound needs 13 (LibreOffice caches none of these one-criterion counts: its sorted-range cache
 * only serves groups of ≥ 10 identical formulas). A count reads its bounds only while both are
 * numbers; a blank cell (a host that did not write it) or an error keeps the formula's own COUNTIFs.
 */
export const RECEIVED_BOUNDS = Array.from({ length: 13 }, (_, i) => {
  const month = ((i + 3) % 12) + 1;
  const yearOffset = i >= 9 ? 1 : 0;
  const label = i === 12 ? '翌年度4月1日' : `${yearOffset === 1 ? '翌年' : ''}${month}月1日`;
  return { col: CALC_COLUMNS.length + 4 + i, month, yearOffset, header: `相談→受付日が${label}以降の件数` };
});

/** Absolute reference to bound i's cell (0 = April 1 of the year … 12 = April 1 after it). */
export function receivedBoundCell(i: number): string {
  const bound = RECEIVED_BOUNDS[i];
  if (!bound) throw new Error(`no received-date bound ${i}`);
  return `${quoteSheetName(CALC_SHEET_NAME)}!$${columnLetters(bound.col)}$2`;
}

/** Bound i's formula (with '='). */
export function receivedBoundFormula(ctx: FormulaContext, i: number): string {
  const bound = RECEIVED_BOUNDS[i];
  if (!bound) throw new Error(`no received-date bound ${i}`);
  return `=COUNTIF(${ctx.column('consultations', 'receivedDate')},">="&DATE(${ctx.fiscalYear}+${bound.yearOffset},${bound.month},1))`;
}

/**
 * Consultations received between bound `from` and bound `to` (indices into RECEIVED_BOUNDS), read
 * from the bound cells while both hold numbers, else `exact` (the count written out).
 */
export function receivedBetween(from: number, to: number, exact: string): string {
  const a = receivedBoundCell(from);
  const b = receivedBoundCell(to);
  return `IF(AND(ISNUMBER(${a}),ISNUMBER(${b})),${a}-${b},${exact})`;
}

/** One cell right of the helper columns: header in row 1, formula in row 2 of column `col` (0-based). */
export interface CalcSwitch {
  readonly col: number;
  readonly header: string;
  readonly formula: string;
}

/** A declarative sheet: header row, then rows of formulas. */
export interface CalcSheetLayout {
  readonly name: string;
  /** Hosts hide this sheet; clerks never edit it. */
  readonly hidden: true;
  readonly header: readonly string[];
  /** Row i holds sheet row i + 2 (mirrors source row i + 2). */
  readonly rows: readonly (readonly { formula: string }[])[];
  /** The in-year switch: header in row 1 and formula in row 2 of column `col` (0-based), right of the rows. */
  readonly inYearSwitch: CalcSwitch;
  /**
   * Every cell right of the helper columns, one column further right each: the in-year switch, the
   * id-order switches (contacts, events), then the 13 received-date bounds (RECEIVED_BOUNDS).
   */
  readonly switches: readonly CalcSwitch[];
}

/** What a helper cell holds below its group's capacity: an empty formula (hosts may write a blank instead). */
export const CALC_FILLER = '=""';

/**
 * The helper sheet with `ctx.calcCapacity` rows; a column group's cells below its own source's
 * capacity (`ctx.calcRows`) are CALC_FILLER.
 * @example calcSheetLayout(createFormulaContext({ calcCapacity: 300 })).rows.length // 300
 */
export function calcSheetLayout(ctx: FormulaContext): CalcSheetLayout {
  const rows: { formula: string }[][] = [];
  for (let i = 0; i < ctx.calcCapacity; i++) {
    const row = i + 2;
    rows.push(CALC_COLUMNS.map((c) => ({ formula: i < ctx.calcRows[c.source] ? calcCellFormula(ctx, c.key, row) : CALC_FILLER })));
  }
  const inYearSwitch = { col: IN_YEAR_SWITCH.col, header: IN_YEAR_SWITCH.header, formula: inYearSwitchFormula(ctx) };
  const idOrder = (['contacts', 'events'] as const).map((s) => ({ ...ID_ORDER_SWITCHES[s], formula: idOrderSwitchFormula(ctx, s) }));
  const bounds = RECEIVED_BOUNDS.map((b, i) => ({ col: b.col, header: b.header, formula: receivedBoundFormula(ctx, i) }));
  return { name: CALC_SHEET_NAME, hidden: true, header: CALC_COLUMNS.map((c) => c.header), rows, inYearSwitch, switches: [inYearSwitch, ...idOrder, ...bounds] };
}

/**
 * Wraps an aggregate over helper columns: #N/A when the helper does not see every id of the source
 * sheet (more rows than its capacity, or rows inserted mid-sheet) — a visible signal to rebuild
 * 指標計算 instead of a silently low number. The mirror holds 1 per non-empty source id; the source
 * count is COUNTA of the id column minus its header.
 */
export function capacityGuard(ctx: FormulaContext, source: CalcSource, expr: string): string {
  return `IF(COUNT(${ctx.calc(CALC_SOURCES[source])})<>COUNTA(${ctx.column(source, 'id')})-1,NA(),${expr})`;
}
