/** Small builders for the portable formula dialect (plain A1, COUNTIFS/SUMIFS/INDEX/MATCH, no arrays). */
import type { FormulaContext } from './formula-context';

/** A string literal: "…" with embedded quotes doubled. */
export function str(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

/** A criterion matching a multi-value cell (values joined with 、) that contains `value`. */
export function containsCriterion(value: string): string {
  if (/[*?~]/.test(value)) throw new Error(`wildcard characters in a vocabulary value: ${value}`);
  return str(`*${value}*`);
}

/** True when one vocabulary value is part of another (通所介護 in 地域密着型通所介護). */
export function valuesNest(values: readonly string[]): boolean {
  return values.some((a) => values.some((b) => a !== b && b.includes(a)));
}

/**
 * Criteria that together match a multi-value cell (values joined with 、) holding `value` as one
 * of its items. Where no value of the vocabulary is part of another, one "*value*" does; where
 * one is (小規模多機能型居宅介護 in 看護小規模多機能型居宅介護), the item must stand alone, first,
 * last or in the middle — four criteria that never overlap on a cell without repeats. The cell
 * view (cell-view.ts) reads multi-value cells by the same rule.
 * @example memberCriteria(['A', 'BA'], 'A') // ['"A"', '"A、*"', '"*、A"', '"*、A、*"']
 */
export function memberCriteria(vocabulary: readonly string[], value: string): readonly string[] {
  if (!valuesNest(vocabulary)) return [containsCriterion(value)];
  if (/[*?~]/.test(value)) throw new Error(`wildcard characters in a vocabulary value: ${value}`);
  return [str(value), str(`${value}、*`), str(`*、${value}`), str(`*、${value}、*`)];
}

/** One range/criterion pair for COUNTIFS/SUMIFS. */
export type Criterion = readonly [range: string, criterion: string];

const AT_LEAST = '">="&';
const BELOW = '"<"&';

/** A date-bound criterion (from dateBetween): it keeps most rows of a year's sheet. */
const isDateBound = ([, c]: Criterion): boolean => c.startsWith(AT_LEAST) || c.startsWith(BELOW);

/**
 * The criteria with the date bounds last. The order changes no count (every criterion must hold),
 * but LibreOffice recalculates COUNTIFS/SUMIFS faster when the selective criteria come first: on
 * 50,000 rows, COUNTIFS(category, "医師", date, ">="…, date, "<"…) took about 9 ms where the
 * date-first order took about 13 ms (LibreOffice 7.4 through UNO; bench/uno/recalc.py measures the
 * whole 指標 sheet).
 */
function selectiveFirst(criteria: readonly Criterion[]): readonly Criterion[] {
  return [...criteria.filter((c) => !isDateBound(c)), ...criteria.filter(isDateBound)];
}

/**
 * COUNTIFS(range1, crit1, …). A count of one date range alone — exactly the pair dateBetween
 * gives, `>= start` then `< end` on the same range — is written as COUNTIF(range, ">="&start) −
 * COUNTIF(range, ">="&end): the same number (end is after start, so the second set is inside the
 * first), and LibreOffice evaluates two single-criterion COUNTIFs several times faster than one
 * two-criteria COUNTIFS on a 50,000-row column.
 */
export function countIfs(criteria: readonly Criterion[]): string {
  const [first, second] = criteria;
  if (criteria.length === 2 && first && second && first[0] === second[0] && first[1].startsWith(AT_LEAST) && second[1].startsWith(BELOW)) {
    const range = first[0];
    return `(COUNTIF(${range},${first[1]})-COUNTIF(${range},${AT_LEAST}${second[1].slice(BELOW.length)}))`;
  }
  return `COUNTIFS(${selectiveFirst(criteria).map(([r, c]) => `${r},${c}`).join(',')})`;
}

/** SUMIFS(sumRange, range1, crit1, …), selective criteria first (see selectiveFirst). */
export function sumIfs(sumRange: string, criteria: readonly Criterion[]): string {
  return `SUMIFS(${sumRange},${selectiveFirst(criteria).map(([r, c]) => `${r},${c}`).join(',')})`;
}

/** First day of the fiscal year: DATE(FY,4,1). */
export function fyStart(ctx: FormulaContext): string {
  return `DATE(${ctx.fiscalYear},4,1)`;
}

/** First day after the fiscal year: DATE(FY+1,4,1). */
export function fyEnd(ctx: FormulaContext): string {
  return `DATE(${ctx.fiscalYear}+1,4,1)`;
}

/** Two criteria keeping dates of `dateRange` inside [start, end). Bounds are DATE(…) expressions. */
export function dateBetween(dateRange: string, start: string, end: string): Criterion[] {
  return [
    [dateRange, `">="&${start}`],
    [dateRange, `"<"&${end}`],
  ];
}

/** Two criteria keeping dates of `dateRange` inside the fiscal year (April 1 → March 31). */
export function inFiscalYear(ctx: FormulaContext, dateRange: string): Criterion[] {
  return dateBetween(dateRange, fyStart(ctx), fyEnd(ctx));
}

/** Sum of several numeric expressions (a single one stays bare). */
export function plus(terms: readonly string[]): string {
  if (terms.length === 0) return '0';
  return terms.length === 1 ? (terms[0] as string) : `(${terms.join('+')})`;
}

/** 1 when the expression is positive, else 0 — used for "at least one" checks. */
export function anyOf(countExpr: string): string {
  return `IF(${countExpr}>0,1,0)`;
}
