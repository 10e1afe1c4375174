/**
 * Host discipline: every command makes the same Spreadsheet calls for a town of 10 rows per sheet and
 * for one of 10,000 — reads once per tab, writes whole blocks, no call per row or per cell.
 */
import { generateTown, townToWorkbookValues } from '../../templates/sample';
import { sheetsSession, tally } from './sheets-session';

const COMMANDS = ['insertTemplate', 'validate', 'indicators', 'residentList'] as const;

function townOf(rows: number) {
  return townToWorkbookValues(
    generateTown({ seed: 3, size: { resources: rows, contacts: rows, events: Math.max(4, rows / 10), attendees: rows, consultations: rows, issues: rows, planRows: 24 } }),
  );
}

/** A kit sheet is sized with one call: rows inserted when it grows, deleted when it shrinks. */
function normalized(calls: readonly string[]): Record<string, number> {
  return tally(calls.map((c) => (c === 'Sheet.insertRowsAfter' || c === 'Sheet.deleteRows' ? 'Sheet.(resize rows)' : c)));
}

async function callsPerCommand(rows: number): Promise<Record<string, Record<string, number>>> {
  const s = await sheetsSession(townOf(rows));
  const out: Record<string, Record<string, number>> = {};
  for (const fn of COMMANDS) out[fn] = normalized(s.run(fn).calls);
  return out;
}

jest.setTimeout(300_000);

describe('Spreadsheet calls per command', () => {
  it('are the same for 10 and 10,000 rows per sheet', async () => {
    const small = await callsPerCommand(10);
    const large = await callsPerCommand(10_000);
    for (const fn of COMMANDS) {
      expect([fn, large[fn]]).toEqual([fn, small[fn]]);
      // One read per tab, one flush, no cell-by-cell access.
      expect(small[fn]!['Range.getValues']).toBe(small[fn]!['Sheet.getDataRange']);
      expect(small[fn]!['SpreadsheetApp.flush']).toBe(1);
      expect(small[fn]!['Range.setValue'] ?? 0).toBe(0);
    }
  });
});
