/**
 * The 指標 sheet as pure data (header in row 1, one indicator per row from row 2) and its charts.
 * Hosts and the workbook planner turn this into cells; the hidden 指標計算 helper sheet comes from
 * calcSheetLayout().
 */
import { columnLetters } from '../core/address';
import { SCENES_WITH_COMMON, type Scene } from '../sheets/vocabulary';
import { achievementFormula } from './achievement';
import { INDICATORS } from './catalogue';
import { CONSULTATION_MONTH_IDS } from './process-consultations';
import { createFormulaContext, INDICATOR_SHEET_NAME, type FormulaContext } from './formula-context';
import { pendingTerms } from './pending';
import { sceneMark } from './scenes';
import { targetFormula } from './targets';
import type { Direction, Indicator } from './types';

/**
 * One column per scene, ○ where the indicator belongs to it (an indicator may belong to several):
 * filtering a column on ○ lists a scene's indicators with the same autofilter in Excel, Google
 * Sheets and LibreOffice, where a joined 「日常の療養支援・看取り」 text would need a text filter.
 * 未整理セル sits next to the values: how many cells the value's formula could not count (pending.ts).
 */
export const INDICATOR_SHEET_HEADER = [
  '指標ID',
  '区分',
  '日常の療養支援',
  '入退院支援',
  '急変時の対応',
  '看取り',
  '共通',
  '事業項目',
  '指標名',
  '値',
  '単位',
  '目標',
  '達成',
  '未整理セル',
  '定義',
] as const satisfies readonly [string, string, ...typeof SCENES_WITH_COMMON, ...string[]];
/** Column widths in characters, in header order (scene headers wrap onto up to four lines). */
export const INDICATOR_SHEET_WIDTHS: readonly number[] = [8, 6, 5, 5, 5, 5, 5, 22, 36, 10, 6, 8, 6, 8, 80];
/** The scene columns, in header order. */
export const SCENE_HEADERS: readonly Scene[] = INDICATOR_SHEET_HEADER.slice(2, 2 + SCENES_WITH_COMMON.length) as readonly Scene[];
/** Shown in 事業項目 for indicators that measure the whole program. */
export const WHOLE_PROGRAM = '全体';

export type IndicatorCell = string | number | { readonly formula: string };

export interface IndicatorSheetLayout {
  readonly name: string;
  readonly header: readonly string[];
  readonly widths: readonly number[];
  /** 1-based sheet row of the header; indicator i sits on row headerRow + 1 + i. */
  readonly headerRow: 1;
  readonly rows: readonly { readonly id: string; readonly cells: readonly IndicatorCell[] }[];
}

/** 0-based column of a header on the 指標 sheet. */
export function indicatorColumn(header: (typeof INDICATOR_SHEET_HEADER)[number]): number {
  return INDICATOR_SHEET_HEADER.indexOf(header);
}

const DIRECTION_TEXT: Readonly<Record<Exclude<Direction, 'none'>, string>> = {
  higher: '目標以上で達成',
  lower: '目標以下で達成',
  closer: '目標との差が目標の10%以内で達成',
};

/**
 * The 定義 text a clerk reads next to the value.
 * @example definitionText(findIndicator('O01')!) // '分子: 自宅死亡者数／分母: 死亡者数／出典: 統計入力／単位: %／…'
 */
export function definitionText(ind: Indicator): string {
  const d = ind.definition;
  const parts = [`分子: ${d.numerator}`];
  if (d.denominator) parts.push(`分母: ${d.denominator}`);
  parts.push(`出典: ${d.source}`, `単位: ${ind.unit}`);
  if (ind.unit === '%') parts.push('小数第1位に四捨五入');
  if (d.note) parts.push(d.note);
  if (ind.direction !== 'none') parts.push(DIRECTION_TEXT[ind.direction]);
  return parts.join('／');
}

/**
 * The 未整理セル formulas of the rows (row i + 2 has terms[i]), computing each count of a column only
 * where it must. Indicators of one group read the same columns (the 21 相談者職種, the 8 分類…), and
 * most consultation indicators read 受付日 and 対象年度 besides their own column: every term is a
 * COUNTA and one COUNTIF per vocabulary value over up to 50,000 rows, recomputed on every edit of
 * the sheet it reads. So a row whose terms equal an earlier row's points at it (=N7), and a row whose
 * terms include all of another row's adds only the rest to it (=N60+(…)) — the other row with the
 * most terms, the fewest left to add. Same numbers; on the large town a one-row edit of 相談記録
 * scans its columns about half as often (bench workbook-scale). Only a proper subset is reused, so
 * references never form a cycle.
 * @example sharedPendingFormulas([['(a)'], ['(a)', '(b)'], ['(a)']], 'N') // ['=(a)', '=N2+(b)', '=N2']
 */
export function sharedPendingFormulas(terms: readonly (readonly string[])[], pendingCol: string): string[] {
  const firstRowOf = new Map<string, number>();
  terms.forEach((t, i) => {
    const key = t.join('+');
    if (t.length > 0 && !firstRowOf.has(key)) firstRowOf.set(key, i + 2);
  });
  const sets = terms.map((t) => new Set(t));
  return terms.map((t, i) => {
    if (t.length === 0) return '';
    const first = firstRowOf.get(t.join('+')) as number;
    if (first !== i + 2) return `=${pendingCol}${first}`;
    const own = sets[i] as Set<string>;
    let base = -1;
    terms.forEach((other, j) => {
      const candidate = sets[j] as Set<string>;
      const proper = candidate.size > 0 && candidate.size < own.size && other.every((x) => own.has(x));
      if (proper && firstRowOf.get(other.join('+')) === j + 2 && (base < 0 || candidate.size > (sets[base] as Set<string>).size)) base = j;
    });
    if (base < 0) return `=${t.join('+')}`;
    const baseSet = sets[base] as Set<string>;
    return `=${pendingCol}${base + 2}+${t.filter((x) => !baseSet.has(x)).join('+')}`;
  });
}

/**
 * The 指標 sheet: every indicator with its live formula, the plan target lookup and the 達成 mark.
 * @example indicatorSheetLayout().rows[0].cells[5] // { formula: "=COUNTIFS('資源リスト'!$B:$B,…" }
 */
export function indicatorSheetLayout(ctx: FormulaContext = createFormulaContext()): IndicatorSheetLayout {
  const valueCol = columnLetters(indicatorColumn('値'));
  const targetCol = columnLetters(indicatorColumn('目標'));
  const idCol = columnLetters(indicatorColumn('指標ID'));
  const pendingCol = columnLetters(indicatorColumn('未整理セル'));
  const pendings = sharedPendingFormulas(INDICATORS.map((ind) => pendingTerms(ind, ctx)), pendingCol);
  const rows = INDICATORS.map((ind, i) => {
    const r = i + 2;
    const achieved = achievementFormula(`${valueCol}${r}`, `${targetCol}${r}`, ind.direction);
    const pending = pendings[i] as string;
    const cells: IndicatorCell[] = [
      ind.id,
      ind.kind,
      ...SCENE_HEADERS.map((scene) => sceneMark(ind, scene)),
      ind.activity ?? WHOLE_PROGRAM,
      ind.name,
      { formula: ind.formula(ctx) },
      ind.unit,
      { formula: targetFormula(ctx, `$${idCol}${r}`) },
      achieved === '' ? '' : { formula: achieved },
      pending === '' ? '' : { formula: pending },
      definitionText(ind),
    ];
    return { id: ind.id, cells };
  });
  return { name: INDICATOR_SHEET_NAME, header: INDICATOR_SHEET_HEADER, widths: INDICATOR_SHEET_WIDTHS, headerRow: 1, rows };
}

export interface IndicatorChart {
  readonly id: string;
  readonly title: string;
  readonly kind: 'column' | 'bar' | 'line' | 'pie';
  /** Series points, in order; each is the 値 of that indicator's row (label = 指標名). */
  readonly indicatorIds: readonly string[];
}

/** Charts drawn from the 値 column. */
export const INDICATOR_CHARTS: readonly IndicatorChart[] = [
  { id: 'consultationsByMonth', title: '月別の相談件数（4月〜3月）', kind: 'column', indicatorIds: CONSULTATION_MONTH_IDS },
  { id: 'structureCounts', title: '在宅医療の資源数', kind: 'bar', indicatorIds: ['S01', 'S02', 'S03', 'S04', 'S05', 'S06', 'S07', 'S08', 'S09', 'S10', 'S11'] },
  { id: 'careFacilities', title: '介護サービス事業所・施設数', kind: 'bar', indicatorIds: ['S12', 'S13', 'S14', 'S15', 'S16', 'S17', 'S18', 'S19'] },
  { id: 'attendanceBalance', title: '会議・研修の出席者（医療系・介護系）', kind: 'pie', indicatorIds: ['P12', 'P13'] },
  { id: 'eventsByType', title: '種別ごとの開催回数', kind: 'column', indicatorIds: ['P01', 'P02', 'P04', 'P05', 'P15', 'P17'] },
  { id: 'consultationsByScene', title: '場面別の相談件数', kind: 'pie', indicatorIds: ['P37', 'P38', 'P39', 'P40', 'P41'] },
  { id: 'consultationsByCategory', title: '分類別の相談件数', kind: 'bar', indicatorIds: ['P42', 'P43', 'P44', 'P45', 'P46', 'P47', 'P48', 'P49'] },
];
