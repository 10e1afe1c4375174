/**
 * The sidebar's server functions and the resume trigger (apps-script/src/notices.ts), each call its
 * own execution against the fakes: pick a meeting, preview, send in chunks until done, schedule a
 * resume after the quota and let the trigger finish the job the next day.
 */
import { noticeCancelResume, noticeEvents, noticePreview, noticeScheduleResume, noticeSend, resumeNoticeSend, sidebarInit } from '../../apps-script/src/notices';
import type { SendProgress } from '../../apps-script/src/send-run';
import { loadWorkbookValues, storedGrid } from './fakes/spreadsheet-app';
import { GasWorld } from './gas-world';
import { sendTown } from './send-town';

function world(n: number, quota: number, options: ConstructorParameters<typeof GasWorld>[0] = {}): GasWorld {
  const w = new GasWorld({ quota, ...options });
  loadWorkbookValues(w.spreadsheet, sendTown(n).values);
  return w;
}

describe('sidebar server functions', () => {
  it('init gives every text in the user language, the build flavour and the last progress', () => {
    const w = world(3, 100);
    const ja = w.run(() => sidebarInit()).result!;
    expect(ja).toMatchObject({ ok: true, lang: 'ja', drafts: false, progress: null, resume: null });
    expect(ja.texts['cmd.notices']).toBe('通知');
    expect(ja.texts['sheets.busy']).toContain('別の送信');
    const en = new GasWorld({ session: { locale: 'en' } }).run(() => sidebarInit()).result!;
    expect(en.lang).toBe('en');
    expect(en.texts['cmd.notices']).toBe('Notices');
  });

  it('events → preview → chunks of 送信 until done; preview writes no send log', () => {
    // Sends take 2 s: a 30 s chunk starts batches at 0 s and 20 s, not at 40 s, so each chunk sends 20.
    const w = world(45, 1500, { costs: { 'MailApp.sendEmail': 2_000 } });
    const events = w.run(() => noticeEvents()).result!;
    expect(events.events.map((e) => e.id)).toEqual(['E001']);
    const preview = w.run(() => noticePreview('E001')).result!;
    expect(preview).toMatchObject({ ok: true, mail: 45, paper: 2 });
    expect(preview.items[0]).toMatchObject({ channel: 'メール', salutation: '𠮷野 花子 様' });
    expect(w.mail.sent).toHaveLength(0);
    // The 通知 sheet is laid out before anything is sent: e-mail rows say 未送信, paper rows what is recorded with their pages.
    const sheet = storedGrid(w.spreadsheet.sheetNamed('通知')!);
    const status = sheet[0]!.indexOf('状況');
    const channel = sheet[0]!.indexOf('経路');
    expect(new Set(sheet.slice(1).filter((r) => r[channel] === 'メール').map((r) => r[status]))).toEqual(new Set(['未送信']));
    expect(sheet.slice(1).filter((r) => r[channel] !== 'メール').map((r) => r[status]).sort()).toEqual(['FAX待ち', '郵送待ち']);

    const chunks: SendProgress[] = [];
    let first = true;
    for (let i = 0; i < 10; i++) {
      const p = w.run(() => noticeSend('E001', undefined, first)).result!;
      first = false;
      chunks.push(p);
      if (p.done) break;
    }
    expect(chunks.map((c) => c.sent)).toEqual([20, 20, 5]);
    expect(chunks.map((c) => c.left)).toEqual([25, 5, 0]);
    expect(chunks.every((c) => c.inDoubt === 0)).toBe(true);
    expect(w.mail.sent).toHaveLength(45);
    expect(w.run(() => sidebarInit()).result!.progress).toMatchObject({ done: true, sent: 5 });
  });

  it('an unexpected failure comes back as one plain-Japanese line, not a stack trace', () => {
    const w = new GasWorld(); // an empty spreadsheet: no 会議・研修記録
    const p = w.run(() => noticeSend('E001')).result!;
    expect(p.ok).toBe(false);
    expect(p.lines).toHaveLength(1);
    expect(p.lines[0]?.text).toMatch(/会議|処理を完了できませんでした/);
  });

  it('an older 出席者 without the send-log columns: nothing is sent and the clerk is told which columns to add', () => {
    const w = new GasWorld();
    const values = sendTown(4).values;
    const grid = values['出席者']!;
    const keep = (grid[0] as unknown[]).map((h, i) => (['通知状況', '通知日時', 'メッセージID'].includes(String(h)) ? -1 : i)).filter((i) => i >= 0);
    loadWorkbookValues(w.spreadsheet, { ...values, 出席者: grid.map((row) => keep.map((i) => row[i] ?? '')) });
    const p = w.run(() => noticeSend('E001', undefined, true)).result!;
    expect(p.ok).toBe(false);
    expect(p.lines[0]?.text).toContain('通知状況、通知日時、メッセージID');
    expect(w.mail.sent).toHaveLength(0);
  });
});

describe('resume after the daily quota', () => {
  it('a scheduled trigger sends the rest the next day and removes itself', () => {
    const w = world(30, 12);
    const first = w.run(() => noticeSend('E001', undefined, true)).result!;
    expect(first).toMatchObject({ sent: 12, stopped: 'quota', left: 18 });
    const scheduled = w.run(() => noticeScheduleResume('E001')).result!;
    expect(scheduled.ok).toBe(true);
    expect(scheduled.lines[0]?.text).toContain('自動で送ります');
    expect(w.scriptApp.triggers.map((t) => t.getHandlerFunction())).toEqual(['resumeNoticeSend']);
    expect(w.run(() => sidebarInit()).result!.resume).toMatchObject({ eventId: 'E001' });

    // The next day: the quota is back (only 10 today), the trigger fires, sends 10, schedules itself again.
    w.nowMs = w.scriptApp.triggers[0]!.atMs;
    w.mail.resetQuota(10);
    w.run(() => resumeNoticeSend());
    expect(w.mail.sent).toHaveLength(22);
    expect(w.scriptApp.triggers).toHaveLength(1);
    w.nowMs = w.scriptApp.triggers[0]!.atMs;
    w.mail.resetQuota(100);
    w.run(() => resumeNoticeSend());
    expect(w.mail.sent).toHaveLength(30);
    expect(new Set(w.mail.sent.map((m) => m.to)).size).toBe(30);
    expect(w.scriptApp.triggers).toHaveLength(0);
    expect(w.run(() => sidebarInit()).result!).toMatchObject({ resume: null, progress: { done: true, sent: 8 } });
  });

  it('an add-on cannot fire again within the hour: a time-stopped resume reschedules an hour later', () => {
    const w = world(30, 1500, { addOn: true, costs: { 'MailApp.sendEmail': 20_000 } });
    w.run(() => noticeScheduleResume('E001'));
    w.nowMs = w.scriptApp.triggers[0]!.atMs;
    w.run(() => resumeNoticeSend());
    expect(w.mail.sent).toHaveLength(20); // batches at 0 s and 200 s; none after 270 s
    expect(w.scriptApp.triggers).toHaveLength(1);
    expect(w.scriptApp.triggers[0]!.atMs - w.nowMs).toBeGreaterThanOrEqual(3_600_000 - 1_000);
  });

  it('cancel removes the scheduled trigger and its job', () => {
    const w = world(5, 100);
    w.run(() => noticeScheduleResume('E001'));
    expect(w.scriptApp.triggers).toHaveLength(1);
    w.run(() => noticeCancelResume());
    expect(w.scriptApp.triggers).toHaveLength(0);
    expect(w.run(() => sidebarInit()).result!.resume).toBeNull();
  });
});
