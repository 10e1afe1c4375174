/**
 * The helper columns of the hidden 指標計算 sheet. Row r of each column mirrors row r of its source
 * sheet, so joins that plain COUNTIFS cannot express (出席者 → 会議 date/type, 出席者 → 名簿 profession,
 * 相談 → days to close, 課題 → 会議 date) become one value per row that COUNTIF/MEDIAN can aggregate.
 * Some columns only make a count cheap: 相談→年度内の相談者の区分 turns ~20 three-criteria COUNTIFS
 * over 相談記録 per side into one COUNTIF, and a one-row edit recomputes one helper cell instead.
 * 相談→対象年度外の記入行 marks rows that hold a value the in-year counts filter on but were not received
 * in the year; while none is marked, those counts drop their two date criteria (see inYearOnlySwitch).
 * Each source has an id mirror column: comparing its count with the source's ids detects rows the
 * helper does not see (more rows than the capacity, or a row inserted in the middle).
 * 関係者名簿→IDの並び and 会議→IDの並び mirror 関係者名簿 and 会議・研修記録 rows (not counted sources):
 * they mark ids that do not sort strictly after the id above, so the joins into those sheets may
 * look ids up by binary search while none is marked (see ID_ORDER_SWITCHES in calc-sheet.ts).
 */
import type { SheetId } from '../spec/types';

export const CALC_SHEET_NAME = '指標計算';

export const CALC_COLUMNS = [
  { key: 'attId', header: '出席者の行（照合）', source: 'attendees' },
  { key: 'attEventRow', header: '出席者→会議の行', source: 'attendees' },
  { key: 'attEventDate', header: '出席者→会議の開催日', source: 'attendees' },
  { key: 'attEventType', header: '出席者→年度内の会議種別', source: 'attendees' },
  { key: 'attProfession', header: '出席者→職種', source: 'attendees' },
  { key: 'consId', header: '相談の行（照合）', source: 'consultations' },
  { key: 'consDays', header: '相談→終了までの日数', source: 'consultations' },
  { key: 'issueId', header: '課題の行（照合）', source: 'issues' },
  { key: 'issueInYear', header: '課題→年度内の会議で抽出', source: 'issues' },
  // Last, so the columns before it keep their letters in workbooks built earlier.
  { key: 'consSide', header: '相談→年度内の相談者の区分', source: 'consultations' },
  { key: 'consOutOfYear', header: '相談→対象年度外の記入行', source: 'consultations' },
  { key: 'contactOrder', header: '関係者名簿→IDの並び（昇順でない行）', source: 'contacts' },
  { key: 'eventOrder', header: '会議→IDの並び（昇順でない行）', source: 'events' },
] as const satisfies readonly { key: string; header: string; source: SheetId }[];

export type CalcColumnKey = (typeof CALC_COLUMNS)[number]['key'];

/** Sheets mirrored row by row on 指標計算, with their id mirror column. */
export const CALC_SOURCES = { attendees: 'attId', consultations: 'consId', issues: 'issueId' } as const satisfies Partial<Record<SheetId, CalcColumnKey>>;
export type CalcSource = keyof typeof CALC_SOURCES;

/** Sheets whose rows some helper column group mirrors: the counted sources plus the looked-up sheets (id order only). */
export type CalcRowSource = (typeof CALC_COLUMNS)[number]['source'];
export const CALC_ROW_SOURCES = ['attendees', 'consultations', 'issues', 'contacts', 'events'] as const satisfies readonly CalcRowSource[];
