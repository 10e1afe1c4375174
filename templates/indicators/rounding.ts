/**
 * The one place that defines how indicator values are rounded, in TypeScript and in formulas.
 * Percentages are computed as ROUND(numerator*1000/denominator, 0)/10: the same rounding as
 * ROUND(x*100, 1) on the exact ratio, but the rounded quantity is a single correctly rounded
 * division of integers, so a true half (e.g. 1/80 → 1.25 %) is exactly .5 in binary and every engine
 * (Excel, Sheets, LibreOffice, HyperFormula, JS) rounds it the same way — away from zero.
 */

/**
 * Percentage with one decimal, or null when the denominator is 0 (or an input is missing).
 * @example percent(1, 3) // 33.3
 * @example percent(1, 0) // null
 */
export function percent(numerator: number | null, denominator: number | null): number | null {
  if (numerator === null || denominator === null || denominator === 0) return null;
  return roundHalfAwayFromZero((numerator * 1000) / denominator, 0) / 10;
}

/**
 * Spreadsheet ROUND: halves go away from zero.
 * @example roundHalfAwayFromZero(2.5, 0) // 3
 * @example roundHalfAwayFromZero(-2.5, 0) // -3
 */
export function roundHalfAwayFromZero(x: number, digits: number): number {
  const m = 10 ** digits;
  const r = Math.round(Math.abs(x) * m) / m;
  return x < 0 ? -r : r;
}

/**
 * The formula twin of percent(): "" when the denominator is 0.
 * Both operands must be numeric formula expressions (they are repeated, so keep them cheap).
 * @example percentFormula('A1', 'B1') // 'IF((B1)=0,"",ROUND((A1)*1000/(B1),0)/10)'
 */
export function percentFormula(numerator: string, denominator: string): string {
  return `IF((${denominator})=0,"",ROUND((${numerator})*1000/(${denominator}),0)/10)`;
}
