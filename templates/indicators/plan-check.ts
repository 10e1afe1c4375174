/** Findings about how 年間事業計画 names indicators (unknown ids, duplicates, missing targets). */
import { makeFinding, type Finding } from '../core/findings';
import type { PlanRow } from '../sheets/rows';
import { planSheet } from '../sheets/plan';
import type { SheetLayout } from '../validate/types';
import { findIndicator } from './catalogue';
import { headerOf } from './define';

const keyIndex = (key: string): number => planSheet.columns.findIndex((c) => c.key === key);

/**
 * Warnings for plan rows whose 指標ID is unknown, repeated (the first row's target wins) or has
 * no 目標値, and a note when an indicator without direction is given a target.
 * @example checkPlanIndicators(town.plan).map((f) => f.code) // ['indicator.unknownId']
 */
export function checkPlanIndicators(plan: readonly PlanRow[], layout?: SheetLayout): Finding[] {
  const sheet = layout?.tabName ?? planSheet.name;
  const idCol = layout?.columns['indicatorId'] ?? keyIndex('indicatorId');
  const targetCol = layout?.columns['targetValue'] ?? keyIndex('targetValue');
  const findings: Finding[] = [];
  const firstRow = new Map<string, number>();
  for (const row of plan) {
    if (row.indicatorId === null) continue;
    const at = { row: row.__row - 1, col: idCol };
    const value = row.indicatorId;
    const ind = findIndicator(value);
    if (!ind) {
      findings.push(makeFinding(sheet, at, headerOf(planSheet, 'indicatorId'), 'warning', 'indicator.unknownId', { value }));
      continue;
    }
    const seen = firstRow.get(ind.id);
    if (seen !== undefined) {
      findings.push(makeFinding(sheet, at, headerOf(planSheet, 'indicatorId'), 'warning', 'indicator.duplicateTarget', { value, firstRow: seen }));
      continue;
    }
    firstRow.set(ind.id, row.__row);
    const targetAt = { row: row.__row - 1, col: targetCol };
    if (row.targetValue === null) findings.push(makeFinding(sheet, targetAt, headerOf(planSheet, 'targetValue'), 'warning', 'indicator.targetMissing', { value }));
    else if (ind.direction === 'none') findings.push(makeFinding(sheet, targetAt, headerOf(planSheet, 'targetValue'), 'warning', 'indicator.noDirection', { value: `${ind.id} ${ind.name}` }));
  }
  return findings;
}
