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
import { contactsSheet } from '../../templates/sheets/contacts';

const LOG_HEADERS = ['出席者ID', '通知状況', '通知日時', 'メッセージID'] as const;

function world(n: number, quota = 1500): { w: GasWorld; ids: string[] } {
  const w = new GasWorld({ quota });
  const { values, emailAttendees } = sendTown(n);
  loadWorkbookValues(w.spreadsheet, values);
  // A clerk types a name that starts with '=' as text ('=… with the apostrophe); the loader would make it a formula.
  const contacts = w.spreadsheet.sheetNamed(contactsSheet.name)!;
  EDGE_NAMES.forEach((name, i) => {
    if (name.startsWith('=') && i < n) contacts.getRange(i + 2, 2).setValue(`'${name}`);
  });
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

describe('what the messages carry', () => {
  it('a name outside the BMP (𠮷) arrives intact through MailApp, with name, subject, text and escaped HTML', () => {
    const { w } = world(6);
    send(w);
    const yoshino = w.mail.sent.find((m) => m.to === addressOf(0));
    expect(yoshino?.body).toContain('𠮷野 花子 様');
    expect(yoshino?.htmlBody).toContain('𠮷野 花子 様');
    expect(yoshino?.name).toBe('みどり町 福祉課 高齢者支援係');
    expect(yoshino?.replyTo).toBe('zaitaku@town.midori.example.jp');
    expect(yoshino?.subject).toContain('第1回 在宅医療・介護連携推進会議');
  });

  it('HTML values are escaped in htmlBody and left as typed in the text body', () => {
    const { w } = world(6);
    send(w);
    const script = w.mail.sent.find((m) => m.to === addressOf(1));
    expect(script?.body).toContain('<script>alert("x")</script> & 山田 様');
    expect(script?.htmlBody).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; 山田 様');
    expect(script?.htmlBody).not.toContain('<script>');
  });

  it('the drafts build creates Gmail drafts instead (status 下書き作成) — and GmailApp mangles 𠮷, which is why MailApp is the default', () => {
    const { w } = world(6);
    const g = globalThis as { GAS_DRAFTS_BUILD?: boolean };
    g.GAS_DRAFTS_BUILD = true;
    try {
      const p = send(w, {}, { drafts: true }).result as SendProgress;
      expect(p).toMatchObject({ ok: true, mode: 'draft', sent: 6, done: true });
    } finally {
      delete g.GAS_DRAFTS_BUILD;
    }
    expect(w.mail.sent).toHaveLength(0);
    expect(w.gmail.drafts).toHaveLength(6);
    expect(log(w).get('A0')?.status).toBe('下書き作成');
    const yoshino = w.gmail.drafts.find((d) => d.message.to === addressOf(0));
    expect(yoshino?.message.body).not.toContain('𠮷');
    expect(yoshino?.message.body).toContain('\uFFFD');
  });

  it('the standard build refuses drafts in plain Japanese and sends nothing', () => {
    const { w } = world(3);
    const p = send(w, {}, { drafts: true }).result as SendProgress;
    expect(p.ok).toBe(false);
    expect(p.lines[0]?.text).toContain('下書きを作成できません');
    expect(w.gmail.drafts).toHaveLength(0);
    expect(w.mail.sent).toHaveLength(0);
  });
});

describe('host discipline while sending', () => {
  function counts(n: number) {
    const { w } = world(n);
    const outcome = send(w, {}, { refreshSheets: true });
    const p = outcome.result as SendProgress;
    const c = (label: string) => outcome.exec.count(label);
    return { w, p, c, trace: () => outcome.exec.trace, sheets: w.spreadsheet.sheets.length };
  }

  it('500 recipients: one read of the workbook, one quota check and one durable write per batch of 10, one send per message', () => {
    const big = counts(500);
    expect(big.p).toMatchObject({ ok: true, sent: 500, left: 0, done: true });
    // One read: each tab's data range read once, nothing read per row.
    const tabsRead = big.c('Sheet.getDataRange');
    expect(big.c('Range.getValues')).toBe(tabsRead);
    expect(tabsRead).toBeLessThanOrEqual(big.sheets);
    expect(big.c('MailApp.sendEmail')).toBe(500);
    expect(big.c('MailApp.getRemainingDailyQuota')).toBe(50);
    // Status writes: 50 batches → 50 writes (intents + previous outcomes) + the last outcomes.
    const small = counts(50);
    const logWrites = (x: typeof big) => x.c('SpreadsheetApp.flush') - 1; // minus the flush before releasing the lock
    expect(logWrites(big)).toBe(51);
    expect(logWrites(small)).toBe(6);
    // Every other Spreadsheet call is the same for 50 and 500 recipients; each extra log write costs a
    // constant 5: the grid-size check (getMaxRows, getMaxColumns), getRange, setValues, flush.
    const spreadsheetCalls = (x: typeof big) => x.trace().filter((l) => !l.startsWith('MailApp.') && !l.startsWith('LockService') && !l.startsWith('Lock.') && !l.startsWith('Session.') && !l.startsWith('PropertiesService') && !l.startsWith('Properties.')).length;
    expect(spreadsheetCalls(big) - spreadsheetCalls(small)).toBe((51 - 6) * 5);
  });

  it('strings beginning with = + - @ written by the notices command are stored as text', () => {
    const { w } = counts(8);
    expect(interpretedCells(w.spreadsheet)).toEqual([]);
    const notice = storedGrid(w.spreadsheet.sheetNamed('通知')!);
    const names = notice.slice(1).map((r) => r[4]);
    for (const edge of EDGE_NAMES.slice(2)) expect(names).toContain(`${edge} 様`);
    expect(notice.slice(1).map((r) => r[6])).toContain(addressOf(2));
  });

  it('two runs never send at once: while another execution holds the document lock, a run sends nothing and says so', () => {
    const { w } = world(5);
    w.locks.holders.set('document', 999);
    const p = send(w).result as SendProgress;
    expect(p).toMatchObject({ ok: false, busy: true, sent: 0 });
    expect(p.lines[0]?.text).toContain('別の送信');
    expect(w.mail.sent).toHaveLength(0);
    w.locks.holders.delete('document');
    expect((send(w).result as SendProgress).sent).toBe(5);
  });

  it('stops cleanly at the time budget and the next run continues where it stopped', () => {
    const w = new GasWorld({ quota: 1500, costs: { 'MailApp.sendEmail': 20_000 } });
    const { values, emailAttendees } = sendTown(40);
    loadWorkbookValues(w.spreadsheet, values);
    const first = send(w).result as SendProgress;
    // Batches start at 0, 200 s; the third would start at 400 s > 270 s.
    expect(first).toMatchObject({ ok: true, sent: 20, left: 20, stopped: 'time', inDoubt: 0 });
    expect(first.lines.map((l) => l.text).join()).toContain('実行時間の上限');
    const second = send(w).result as SendProgress;
    expect(second).toMatchObject({ sent: 20, left: 0, done: true });
    expect(emailAttendees.every((id) => log(w).get(id)?.status === '送信済み')).toBe(true);
    expect(w.mail.sent).toHaveLength(40);
  });
});
