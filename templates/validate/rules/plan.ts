/** 年間事業計画 rule: the planned count should equal the number of months ticked (D-12). */
import { PLAN_MONTH_KEYS } from '../../sheets/plan';
import { hasColumn, reportInRow, type SheetOutcome } from '../outcome';

export function checkPlan(outcome: SheetOutcome): void {
  const monthKeys = PLAN_MONTH_KEYS.filter((k) => hasColumn(outcome, k));
  if (monthKeys.length === 0) return;
  for (const row of outcome.rows) {
    const count = row['plannedCount'];
    if (typeof count !== 'number') continue;
    let months = 0;
    for (const k of monthKeys) if (row[k] === true) months++;
    if (months !== count) reportInRow(outcome, row.__row, 'plannedCount', 'warning', 'rule.planMonthsCount', { count, months });
  }
}
