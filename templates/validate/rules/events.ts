/** 会議・研修記録 rules: end after start, and the resident headcount of resident lectures (D-10). */
import { RESIDENT_EVENT_TYPES } from '../../sheets/vocabulary';
import { hasColumn, reportInRow, type SheetOutcome } from '../outcome';

const RESIDENT_TYPES: ReadonlySet<string> = new Set(RESIDENT_EVENT_TYPES);

export function checkEvents(outcome: SheetOutcome): void {
  const countColumn = hasColumn(outcome, 'residentCount');
  for (const row of outcome.rows) {
    const start = row['startTime'];
    const end = row['endTime'];
    // Equal times are let through: the message speaks of "before", and a zero-length entry is a typo worth no error.
    if (typeof start === 'string' && typeof end === 'string' && end < start) {
      reportInRow(outcome, row.__row, 'endTime', 'error', 'rule.endBeforeStart', { start, end });
    }
    if (countColumn && RESIDENT_TYPES.has(String(row['type'])) && row['residentCount'] === null) {
      reportInRow(outcome, row.__row, 'residentCount', 'warning', 'rule.residentCountMissing');
    }
  }
}
