/**
 * 通知の確認 before writing: previewNotices plans from one read and writes nothing (no 通知 sheet,
 * no send log, read syncs only); the notices command then writes exactly what was previewed, and
 * a second preview drafts nobody twice.
 */
import * as host from '../../addin/src/host/commands';
import { generateTown, townToWorkbookValues } from '../../templates/sample';
import { bookFrom, noProgress, withFake } from './helpers';

describe('Excel host: notices preview', () => {
  it('previews without writing, then writes what it previewed, then drafts nobody twice', async () => {
    const fake = bookFrom(townToWorkbookValues(generateTown({ seed: 1 })));
    await withFake(fake, async () => {
      await host.insertTemplate(noProgress, 'ja');
      const [event] = await host.noticeEvents('ja');
      if (!event) throw new Error('the sample town has no meeting');
      const attendeesBefore = JSON.stringify(fake.values()['出席者']);

      fake.resetStats();
      const preview = await host.previewNotices(noProgress, 'ja', { eventId: event.id });
      expect(fake.stats().runs).toBe(1);
      expect(fake.stats().syncs).toHaveLength(2);
      expect(preview.syncs).toBe(2);
      for (const s of fake.stats().syncs) expect(s.byOp['set values'] ?? 0).toBe(0);
      expect(preview.plan?.messages.length).toBeGreaterThan(0);
      expect(fake.store.sheets.map((s) => s.name)).not.toContain('通知');
      expect(JSON.stringify(fake.values()['出席者'])).toBe(attendeesBefore);

      const written = await host.notices(noProgress, 'ja', { eventId: event.id });
      expect(fake.store.sheets.map((s) => s.name)).toContain('通知');
      expect(written.plan?.messages.map((m) => [m.channel, m.subject, m.text])).toEqual(preview.plan?.messages.map((m) => [m.channel, m.subject, m.text]));
      expect(JSON.stringify(fake.values()['出席者'])).not.toBe(attendeesBefore);

      const again = await host.previewNotices(noProgress, 'ja', { eventId: event.id });
      expect(again.plan?.messages ?? []).toHaveLength(0);
      expect(again.plan?.skipped.length).toBe(preview.plan?.messages.length);
    });
  });
});
