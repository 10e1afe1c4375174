/** 出席者 rules: who the attendee is (contact id, or name and organisation), and attended-but-not-invited. */
import { reportInRow, type SheetOutcome } from '../outcome';

export function checkAttendees(outcome: SheetOutcome): void {
  for (const row of outcome.rows) {
    const hasContact = row['contactId'] !== null && row['contactId'] !== undefined;
    const hasNameAndOrg = typeof row['name'] === 'string' && typeof row['organisation'] === 'string';
    if (!hasContact && !hasNameAndOrg) {
      reportInRow(outcome, row.__row, ['contactId', 'name', 'organisation'], 'error', 'rule.attendeeIdentity');
    }
    if (row['attended'] === true && row['invited'] === false) {
      reportInRow(outcome, row.__row, 'invited', 'warning', 'rule.attendedNotInvited');
    }
  }
}
