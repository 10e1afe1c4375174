/**
 * Rules of the disaster and (ウ) scheme registers (D-05, D-18): entries not checked for a year are
 * flagged like stale resources (D-02), a pair is two institutions, a
 * contact-network row says whom to call.
 */
import { addMonths } from '../../dates/calendar';
import { hasColumn, reportInRow, type SheetOutcome } from '../outcome';
import type { RuleContext } from './context';
import { STALE_AFTER_MONTHS } from './resources';

/** A 最終確認日 older than the resource list's limit (a blank date is not an error on a register). */
export function checkStaleRegister(outcome: SheetOutcome, ctx: RuleContext): void {
  if (!hasColumn(outcome, 'lastVerified')) return;
  const staleBefore = addMonths(ctx.today, -STALE_AFTER_MONTHS);
  for (const row of outcome.rows) {
    const verified = row['lastVerified'];
    if (typeof verified === 'string' && verified < staleBefore) reportInRow(outcome, row.__row, 'lastVerified', 'warning', 'rule.staleRegister', { value: verified });
  }
}

export function checkCoverPairs(outcome: SheetOutcome): void {
  for (const row of outcome.rows) {
    const a = row['primaryId'];
    if (typeof a === 'string' && a === row['secondaryId']) reportInRow(outcome, row.__row, 'secondaryId', 'error', 'rule.samePairInstitution', { value: a });
  }
}

export function checkContactTree(outcome: SheetOutcome): void {
  for (const row of outcome.rows) {
    const contact = row['contactId'];
    if ((contact ?? null) === null && (row['resourceId'] ?? null) === null) reportInRow(outcome, row.__row, ['contactId', 'resourceId'], 'error', 'rule.treeNoTarget');
    if (typeof contact === 'string' && contact === row['alternateId']) reportInRow(outcome, row.__row, 'alternateId', 'warning', 'rule.alternateIsSelf');
  }
}
