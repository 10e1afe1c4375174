/** Plan targets (年間事業計画.指標ID / 目標値) looked up the way the 目標 formula does. */
import type { PlanRow } from '../sheets/rows';
import type { FormulaContext } from './formula-context';

/**
 * The target of an indicator: 目標値 of the first plan row whose 指標ID equals `id`
 * (case-insensitive, like MATCH), or null when no row names it or its 目標値 is blank.
 * @example planTarget([{ indicatorId: 'P01', targetValue: 4, … }], 'P01') // 4
 */
export function planTarget(plan: readonly PlanRow[], id: string): number | null {
  const key = id.toUpperCase();
  for (const row of plan) {
    if (row.indicatorId !== null && row.indicatorId.toUpperCase() === key) return row.targetValue;
  }
  return null;
}

/** All targets by upper-case id, first row wins (for computing the whole catalogue in one pass). */
export function planTargets(plan: readonly PlanRow[]): Map<string, number | null> {
  const map = new Map<string, number | null>();
  for (const row of plan) {
    if (row.indicatorId === null) continue;
    const key = row.indicatorId.toUpperCase();
    if (!map.has(key)) map.set(key, row.targetValue);
  }
  return map;
}

/**
 * The 目標 cell: the first matching plan row's 目標値, "" when none matches or it is not a number.
 * @example targetFormula(ctx, '$A2')
 */
export function targetFormula(ctx: FormulaContext, idCell: string): string {
  const lookup = `INDEX(${ctx.column('plan', 'targetValue')},MATCH(${idCell},${ctx.column('plan', 'indicatorId')},0))`;
  return `=IFERROR(IF(ISNUMBER(${lookup}),${lookup},""),"")`;
}
