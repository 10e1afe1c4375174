/**
 * The sample town end to end in the bundle, as a clerk would go: the sidebar lists its meetings,
 * previews the newest one and sends it in chunks. The sheets hold dates as Sheets does (date-formatted
 * cells come back as Date objects). What MailApp captured must be exactly the plan the core makes for
 * the same workbook — the same recipients, subjects and bodies, each once.
 */
import { runIdFor } from '../../templates/host/commands';
import { planNotices } from '../../templates/notices/plan';
import { generateTown, townToWorkbookValues } from '../../templates/sample';
import { validateWorkbook } from '../../templates/validate/engine';
import type { EventList, NoticePreview } from '../../apps-script/src/notices';
import type { SendProgress } from '../../apps-script/src/send-run';
import { loadWorkbookValues, storedGrid } from './fakes/spreadsheet-app';
import { GasWorld } from './gas-world';
import { bundleCode, gasBuild } from './load-bundle';
import { standardFormats } from './sheets-session';

it('sample town: pick the newest meeting, preview, send — MailApp gets exactly the core plan, once each', async () => {
  const code = bundleCode(await gasBuild());
  const town = generateTown({ seed: 1 });
  const values = townToWorkbookValues(town);
  const w = new GasWorld({ quota: 1500 });
  w.nowMs = Date.UTC(2025, 11, 1, 1, 0, 0); // the sample town's today, 10:00 Tokyo
  loadWorkbookValues(w.spreadsheet, values, standardFormats(values));

  const events = w.runBundle<EventList>(code, 'noticeEvents').result!;
  expect(events.ok).toBe(true);
  const event = events.events.find((e) => e.invited > 0)!;
  const preview = w.runBundle<NoticePreview>(code, 'noticePreview', [event.id, null]).result!;
  expect(preview.ok).toBe(true);

  // The core's own plan for the same values and clock: what must go out.
  const { rows, layouts } = validateWorkbook(values, { today: '2025-12-01' });
  const plan = planNotices(rows, event.id, 'T01', { now: '2025-12-01T10:00', runId: runIdFor('2025-12-01T10:00'), mode: 'send', layouts });
  const expected = plan.messages.filter((m) => m.channel === 'メール');
  expect(preview.mail).toBe(expected.length);
  expect(expected.length).toBeGreaterThan(0);

  const chunks: SendProgress[] = [];
  for (let i = 0; i < 20; i++) {
    const p = w.runBundle<SendProgress>(code, 'noticeSend', [event.id, null, i === 0, false]).result!;
    chunks.push(p);
    if (p.done) break;
  }
  expect(chunks[chunks.length - 1]).toMatchObject({ ok: true, done: true, left: 0, inDoubt: 0 });
  const got = w.mail.sent.map((m) => [m.to, m.subject, m.body]).sort();
  const want = expected.map((m) => [m.to!.address, m.subject, m.text]).sort();
  expect(got).toEqual(want);

  // 出席者 records each recipient once, as text; a second send finds nothing left.
  const attendees = storedGrid(w.spreadsheet.sheetNamed('出席者')!);
  const status = attendees[0]!.indexOf('通知状況');
  const eventCol = attendees[0]!.indexOf('会議ID');
  const messageCol = attendees[0]!.indexOf('メッセージID');
  const mine = attendees.slice(1).filter((r) => r[eventCol] === event.id && r[status] === '送信済み');
  const recipients = expected.reduce((n, m) => n + m.recipients.length, 0);
  expect(mine.length).toBeGreaterThanOrEqual(recipients);
  // Rows of this run carry its Message-IDs (r<run clock>.<event>.T01…); as many as the plan's recipients.
  expect(mine.filter((r) => String(r[messageCol]).split('.')[1] === event.id && String(r[messageCol]).startsWith('r2025')).length).toBe(recipients);
  const again = w.runBundle<SendProgress>(code, 'noticeSend', [event.id, null, true, false]).result!;
  expect(again).toMatchObject({ ok: true, sent: 0, left: 0, done: true });
  expect(w.mail.sent).toHaveLength(expected.length);
});
