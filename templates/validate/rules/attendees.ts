/** 出席者 rules: who the attendee is (contact id, or name and organisation), and attended-but-not-invited. */
import { reportInRow, type SheetOutcome } from '../outcome';

export function checkAttendees(outcome: SheetOutcome): void {
  for (const row of outcome.rows) {
    const hasContact = row['contactId'] !== null && row['contactId'] !== undefined;
    const hasNameAndOrg = typeof row['name'] === 'string' && typeof row['organisation'] === 'string';
    if (!hasContact && !hasNameAndOrg) {
      reportInRow(outcome, row.__row, ['contactId', 'name', 'organisation'], 'error', 'rule.attendeeIdentity');
    }
    // Only roster members: a guest outside 関係者名簿 who walks in (a speaker's colleague, a neighbour
    // town's official) is normal and is recorded with 招待 × — warning on them would be noise.
    if (hasContact && row['attended'] === true && row['invited'] === false) {
      reportInRow(outcome, row.__row, 'invited', 'warning', 'rule.attendedNotInvited');
    }
  }
}
