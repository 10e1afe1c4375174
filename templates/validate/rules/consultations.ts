/** 相談記録 rules: closed date after received date, 完了 needs a closed date, anonymous case ids (D-08, D-19). */
import { caseIdLooksLikeName } from '../personal-text';
import { reportInRow, type SheetOutcome } from '../outcome';

export function checkConsultations(outcome: SheetOutcome): void {
  for (const row of outcome.rows) {
    const received = row['receivedDate'];
    const closed = row['closedDate'];
    if (typeof closed === 'string' && typeof received === 'string' && closed < received) {
      reportInRow(outcome, row.__row, 'closedDate', 'error', 'rule.closedBeforeReceived', { closed, received });
    }
    if (row['status'] === '完了' && closed === null) {
      reportInRow(outcome, row.__row, ['closedDate', 'status'], 'warning', 'rule.closedWithoutDate');
    }
    const caseId = row['caseId'];
    if (typeof caseId === 'string' && caseIdLooksLikeName(caseId)) {
      reportInRow(outcome, row.__row, 'caseId', 'warning', 'rule.caseIdLooksLikeName');
    }
  }
}
