/**
 * Sending from Sheets exactly once (apps-script/src/send-run.ts through the core's protocol), run
 * against the faithful fakes with each run a separate execution: quota stops and resumes, kills at
 * any service call (also between a send and its status write), the lock, Unicode and escaping, the
 * call counts of a 500-recipient send.
 */
import fc from 'fast-check';
import { runNoticeSend, type SendProgress } from '../../apps-script/src/send-run';
import { interpretedCells, loadWorkbookValues, storedGrid } from './fakes/spreadsheet-app';
import { GasWorld, type RunOptions } from './gas-world';
import { addressOf, EDGE_NAMES, sendTown } from './send-town';

const LOG_HEADERS = ['出席者ID', '通知状況', '通知日時', 'メッセージID'] as const;

function world(n: number, quota = 1500): { w: GasWorld; ids: string[] } {
  const w = new GasWorld({ quota });
  const { values, emailAttendees } = sendTown(n);
  loadWorkbookValues(w.spreadsheet, values);
  return { w, ids: emailAttendees };
}

function send(w: GasWorld, options: RunOptions = {}, extra: Partial<Parameters<typeof runNoticeSend>[0]> = {}) {
  return w.run((exec) => runNoticeSend({ eventId: 'E001', ...extra }, () => exec.nowMs), options);
}

/** 出席者 rows by attendee id: status, time, message id, as stored. */
function log(w: GasWorld): Map<string, { status: string; at: unknown; messageId: string }> {
  const sheet = w.spreadsheet.sheetNamed('出席者');
  if (!sheet) throw new Error('no 出席者');
  const grid = storedGrid(sheet);
  const header = grid[0] as unknown[];
  const col = Object.fromEntries(LOG_HEADERS.map((h) => [h, header.indexOf(h)]));
  const out = new Map<string, { status: string; at: unknown; messageId: string }>();
  for (const row of grid.slice(1)) {
    out.set(String(row[col['出席者ID'] as number]), { status: String(row[col['通知状況'] as number] ?? ''), at: row[col['通知日時'] as number], messageId: String(row[col['メッセージID'] as number] ?? '') });
  }
  return out;
}

function receivedBy(w: GasWorld): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of w.mail.sent) counts.set(m.to, (counts.get(m.to) ?? 0) + 1);
  return counts;
}

describe('sending from Sheets', () => {
  it('with a quota of 37 the first run sends 37 and records them, the next run the rest', () => {
    const { w, ids } = world(60, 37);
    const first = send(w).result as SendProgress;
    expect(first).toMatchObject({ ok: true, sent: 37, left: 23, inDoubt: 0, stopped: 'quota', done: false });
    expect(w.mail.sent).toHaveLength(37);
    const afterFirst = log(w);
    expect(ids.filter((id) => afterFirst.get(id)?.status === '送信済み')).toHaveLength(37);
    expect(ids.filter((id) => afterFirst.get(id)?.status === '')).toHaveLength(23);
    expect(afterFirst.get('AF')?.status).toBe('FAX待ち');
    expect(afterFirst.get('AP')?.status).toBe('郵送待ち');

    w.mail.resetQuota(37);
    const second = send(w).result as SendProgress;
    expect(second).toMatchObject({ ok: true, sent: 23, left: 0, inDoubt: 0, stopped: null, done: true, paper: 0 });
    const final = log(w);
    expect(ids.every((id) => final.get(id)?.status === '送信済み')).toBe(true);
    expect([...receivedBy(w).values()].every((n) => n === 1)).toBe(true);
    expect(receivedBy(w).size).toBe(60);
    // The log is text, written through the apostrophe guard: nothing became a formula or a date.
    expect(interpretedCells(w.spreadsheet)).toEqual([]);
    expect(typeof final.get(ids[0] as string)?.at).toBe('string');
  });
});

type Fault = 'invalid' | 'errorAfterSend' | 'errorBeforeSend';
type Kill = { atCall: number } | { afterSend: number } | null;

/** Runs sends until one finishes with nothing left and nothing refused (or gives up). */
function sendUntilQuiet(w: GasWorld, kills: Kill[]): { last: SendProgress; runs: number; killedRuns: number } {
  let killedRuns = 0;
  for (let run = 0; run < 80; run++) {
    const k = kills[run] ?? null;
    const kill = k === null ? {} : 'atCall' in k ? { atCall: k.atCall } : { after: { label: 'MailApp.sendEmail', count: k.afterSend } };
    const outcome = send(w, { kill });
    if (outcome.killed) {
      killedRuns++;
      continue;
    }
    const p = outcome.result as SendProgress;
    if (p.done && p.failed === 0) return { last: p, runs: run + 1, killedRuns };
  }
  throw new Error('sending did not settle in 80 runs');
}

describe('a run killed at any point, then rerun', () => {
  it('sends every recipient exactly once or reports them in doubt — never twice (property, many seeds)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 3, max: 24 }),
        fc.array(fc.oneof(fc.constant(null), fc.record({ atCall: fc.integer({ min: 1, max: 260 }) }), fc.record({ afterSend: fc.integer({ min: 1, max: 24 }) })), { maxLength: 6 }),
        fc.array(fc.tuple(fc.integer({ min: 1, max: 40 }), fc.constantFrom<Fault>('invalid', 'errorAfterSend', 'errorBeforeSend')), { maxLength: 4 }),
        (n, kills, faults) => {
          const { w, ids } = world(n);
          for (const [call, fault] of faults) w.mail.faultOn(call, fault);
          const { last } = sendUntilQuiet(w, kills);
          const rows = log(w);
          const received = receivedBy(w);
          let inDoubt = 0;
          ids.forEach((id, i) => {
            const got = received.get(addressOf(i)) ?? 0;
            const row = rows.get(id);
            expect(got).toBeLessThanOrEqual(1);
            if (row?.status === '送信済み') expect(got).toBe(1);
            else {
              // Not recorded as sent: the row must be in doubt (intent marker kept), never silently skipped.
              expect(row).toMatchObject({ status: '未送信' });
              expect(row?.messageId).not.toBe('');
              inDoubt++;
            }
          });
          expect(last.inDoubt).toBe(inDoubt);
          // Paper notices recorded once their pages exist.
          expect(rows.get('AF')?.status).toBe('FAX待ち');
        },
      ),
      { numRuns: 60, seed: 20251201 },
    );
  });

  it('a kill right after a send, before its status write, leaves that row in doubt and the rerun sends the others once', () => {
    const { w, ids } = world(25);
    const killed = send(w, { kill: { after: { label: 'MailApp.sendEmail', count: 13 } } });
    expect(killed.killed).toBe(true);
    expect(w.mail.sent).toHaveLength(13);
    const rerun = send(w).result as SendProgress;
    expect(rerun.ok).toBe(true);
    const received = receivedBy(w);
    expect([...received.values()].every((c) => c === 1)).toBe(true);
    const rows = log(w);
    const doubt = ids.filter((id) => rows.get(id)?.status === '未送信');
    // The batch in flight (sends 11–20 with batches of 10) is in doubt: 3 of them went out, 7 did not.
    expect(doubt).toEqual(ids.slice(10, 20));
    expect(doubt.filter((_, k) => received.has(addressOf(10 + k)))).toHaveLength(3);
    expect(rerun.inDoubt).toBe(10);
    expect(rerun.lines.map((l) => l.text).join('\n')).toContain('確認が必要 10 件');
    expect(ids.filter((id) => rows.get(id)?.status === '送信済み')).toHaveLength(15);
  });
});
