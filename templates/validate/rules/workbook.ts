/** Rules that look across sheets: event dates inside the settings' fiscal year, issue due dates after the event. */
import { fiscalYearLabel, fiscalYearRange } from '../../dates/fiscal';
import { reportInRow, type SheetOutcome } from '../outcome';

/** Events must fall inside the fiscal year of 設定 (D-12, D-20). */
export function checkEventsInFiscalYear(events: SheetOutcome, fiscalYear: number): void {
  const { start, end } = fiscalYearRange(fiscalYear);
  const label = fiscalYearLabel(fiscalYear);
  for (const row of events.rows) {
    const date = row['date'];
    if (typeof date === 'string' && (date < start || date > end)) {
      reportInRow(events, row.__row, 'date', 'warning', 'rule.outsideFiscalYear', { value: date, fiscalYear: label, start, end });
    }
  }
}

/** An issue's due date should not precede the meeting where it was found (D-04). */
export function checkIssueDueDates(issues: SheetOutcome, events: SheetOutcome | undefined): void {
  if (!events) return;
  const dateOf = new Map<string, string>();
  for (const row of events.rows) {
    const id = row['id'];
    const date = row['date'];
    if (typeof id === 'string' && typeof date === 'string') dateOf.set(id, date);
  }
  for (const row of issues.rows) {
    const due = row['dueDate'];
    const eventId = row['eventId'];
    const found = typeof eventId === 'string' ? dateOf.get(eventId) : undefined;
    if (typeof due === 'string' && found !== undefined && due < found) {
      reportInRow(issues, row.__row, 'dueDate', 'warning', 'rule.dueBeforeFound', { due, found });
    }
  }
}
