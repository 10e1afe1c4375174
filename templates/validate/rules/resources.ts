/**
 * 資源リスト rules: staleness of the last-verified date (D-02) and consent before publication (D-03):
 * residents need 住民にも公開 with a 同意日 (error); an entry for professionals without 同意日 stays
 * off the 関係者向けリスト (warning; report/lists.ts says why).
 */
import { addMonths } from '../../dates/calendar';
import { hasColumn, reportInRow, type SheetOutcome } from '../outcome';
import type { RuleContext } from './context';

/** Entries last verified before this many months ago are stale. */
export const STALE_AFTER_MONTHS = 12;

export function checkResources(outcome: SheetOutcome, ctx: RuleContext): void {
  const staleBefore = addMonths(ctx.today, -STALE_AFTER_MONTHS);
  const checkVerified = hasColumn(outcome, 'lastVerified');
  for (const row of outcome.rows) {
    if (checkVerified) {
      const verified = row['lastVerified'];
      if (verified === null || verified === undefined) reportInRow(outcome, row.__row, 'lastVerified', 'warning', 'rule.neverVerified');
      else if (typeof verified === 'string' && verified < staleBefore) {
        reportInRow(outcome, row.__row, 'lastVerified', 'warning', 'rule.staleResource', { value: verified });
      }
    }
    if (row['disclosure'] === '住民にも公開' && (row['consentDate'] ?? null) === null) {
      reportInRow(outcome, row.__row, ['consentDate', 'disclosure'], 'error', 'rule.publicWithoutConsent');
    } else if (row['disclosure'] === '関係者のみ' && (row['consentDate'] ?? null) === null && hasColumn(outcome, 'consentDate')) {
      reportInRow(outcome, row.__row, 'consentDate', 'warning', 'rule.professionalsWithoutConsent');
    }
  }
}
