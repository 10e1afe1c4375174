/**
 * `zaitaku notices`: .eml drafts, their zip and the FAX/post print page are written; the summary
 * counts match the plan; the source workbook is untouched without --record and, with it, only the
 * 出席者 send-log cells change; a rerun skips what was recorded.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import JSZip from 'jszip';
import { tokyoWallClock } from '../../cli/commands/notices';
import { readWorkbookValues } from '../../cli/xlsx/read';
import { planNotices } from '../../templates/notices';
import { generateTown, type SampleTown } from '../../templates/sample';
import { validateWorkbook } from '../../templates/validate/engine';
import type { WorkbookValues } from '../../templates/validate/types';
import { removeDir, runCli, tempDir, TINY_TOWN, writeTownWorkbook } from './helpers';
import { PATIENT_SECRET, withMistakes } from './mistakes';

const NOW = '2025-12-01T09:00';

/** The next event (from 2025-12-01) with invitees not yet notified. */
function pendingEvent(town: SampleTown): string {
  const pending = new Set(town.rows.attendees.filter((a) => a.invited === true && a.noticeStatus === '未送信').map((a) => a.eventId));
  const event = town.rows.events.filter((e) => pending.has(e.id) && e.date >= '2025-12-01').sort((a, b) => a.date.localeCompare(b.date))[0];
  if (!event) throw new Error('sample town has no pending event');
  return event.id;
}

const sha = (b: Buffer): string => createHash('sha256').update(b).digest('hex');

async function zipParts(path: string): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(await readFile(path));
  const out = new Map<string, string>();
  for (const name of Object.keys(zip.files).sort()) {
    const f = zip.file(name);
    if (f) out.set(name, sha(await f.async('nodebuffer')));
  }
  return out;
}

let dir: string;
let book: string;
let town: SampleTown;
let eventId: string;
let before: WorkbookValues;

beforeAll(async () => {
  dir = await tempDir();
  book = join(dir, 'town.xlsx');
  town = withMistakes(generateTown({ seed: 23, size: { ...TINY_TOWN, contacts: 30, attendees: 60, events: 8 } }));
  eventId = pendingEvent(town);
  await writeTownWorkbook(town, book);
  before = await readWorkbookValues(book);
});

afterAll(() => removeDir(dir));

describe('tokyoWallClock', () => {
  it('takes a wall clock as Tokyo time and converts instants', () => {
    expect(tokyoWallClock('2025-05-01T10:00', new Date(0))).toBe('2025-05-01T10:00');
    expect(tokyoWallClock('2025-05-01 10:00:30', new Date(0))).toBe('2025-05-01T10:00');
    expect(tokyoWallClock('2025-05-01T01:00:00Z', new Date(0))).toBe('2025-05-01T10:00');
    expect(tokyoWallClock('2025-04-30T20:00:00-05:00', new Date(0))).toBe('2025-05-01T10:00');
    expect(tokyoWallClock(undefined, new Date('2025-12-31T15:30:00Z'))).toBe('2026-01-01T00:30');
    for (const bad of ['2025-02-30T10:00', 'tomorrow', '2025-05-01']) expect(() => tokyoWallClock(bad, new Date(0))).toThrow();
  });
});

describe('notices', () => {
  it('writes eml files, their zip and the print page, and leaves the workbook byte-identical', async () => {
    const out = join(dir, 'out1');
    const hash = sha(await readFile(book));
    const r = await runCli(['notices', book, '--event', eventId, '--out', out, '--now', NOW]);
    expect([0, 1]).toContain(r.code);
    expect(sha(await readFile(book))).toBe(hash);

    const result = validateWorkbook(before, { today: '2025-12-01' });
    const plan = planNotices(result.rows, eventId, 'T01', { now: NOW, runId: 'r202512010900', layouts: result.layouts });
    const mails = plan.messages.filter((m) => m.channel === 'メール');
    const paper = plan.messages.filter((m) => m.channel !== 'メール');
    expect(mails.length).toBeGreaterThan(0);
    expect(r.stdout).toContain(`メール: ${mails.length} 件`);
    expect(r.stdout).toContain(`FAX: ${paper.filter((m) => m.channel === 'FAX').length} 件`);
    expect(r.stdout).toContain(`郵送: ${paper.filter((m) => m.channel === '郵送').length} 件`);
    expect(r.code).toBe(plan.findings.length > 0 ? 1 : 0);

    const emls = (await readdir(join(out, 'eml'))).sort();
    expect(emls.length).toBe(mails.length);
    const zip = await JSZip.loadAsync(await readFile(join(out, `通知_${eventId}.zip`)));
    expect(Object.keys(zip.files).sort()).toEqual(emls);
    const first = await readFile(join(out, 'eml', emls[0] as string), 'utf8');
    expect(first).toMatch(/^MIME-Version: 1\.0\r\n/);
    expect(first).toContain(`Message-ID: <r202512010900.${eventId}.`);
    const files = await readdir(out);
    if (paper.length) expect(files).toContain(`FAX・郵送_${eventId}.html`);
    for (const f of [...emls.map((e) => join(out, 'eml', e)), ...files.filter((f) => f.endsWith('.html')).map((f) => join(out, f))]) {
      expect(await readFile(f, 'utf8')).not.toContain(PATIENT_SECRET);
    }
    expect(r.stdout).toContain('送信記録は書き込んでいません');
  });

  it('--record writes only the send-log cells of 出席者; a rerun skips the recorded rows', async () => {
    const partsBefore = await zipParts(book);
    const out = join(dir, 'out2');
    const r = await runCli(['notices', book, '--event', eventId, '--out', out, '--now', NOW, '--record']);
    expect(r.stdout).toMatch(/送信記録を town\.xlsx の「出席者」シートに書き込みました（\d+ 行）/);

    const after = await readWorkbookValues(book);
    const grid = after['出席者'] ?? [];
    const header = (grid[0] ?? []) as string[];
    const logCols = ['通知状況', '通知日時', 'メッセージID'].map((h) => header.indexOf(h));
    expect(logCols.every((c) => c >= 0)).toBe(true);
    let changedRows = 0;
    for (const [tab, g] of Object.entries(before)) {
      const g2 = after[tab] ?? [];
      for (let r2 = 0; r2 < Math.max(g.length, g2.length); r2++) {
        const a = g[r2] ?? [];
        const b = g2[r2] ?? [];
        let rowChanged = false;
        for (let c = 0; c < Math.max(a.length, b.length); c++) {
          if ((a[c] ?? '') === (b[c] ?? '')) continue;
          // Any difference must be a send-log cell of an invited row of this event.
          expect({ tab, col: c, logCol: logCols.includes(c) }).toEqual({ tab: '出席者', col: c, logCol: true });
          expect(b[1]).toBe(eventId);
          rowChanged = true;
        }
        if (rowChanged) {
          changedRows++;
          expect(['下書き作成', 'FAX待ち']).toContain(b[logCols[0] as number]);
          expect(b[logCols[1] as number]).toBe('2025-12-01 09:00');
          expect(String(b[logCols[2] as number])).toMatch(new RegExp(`^r202512010900\\.${eventId}\\.`));
        }
      }
    }
    expect(changedRows).toBeGreaterThan(0);

    // Every other part of the package is byte-identical; only the 出席者 worksheet part changed.
    const partsAfter = await zipParts(book);
    const changedParts = [...partsAfter.keys()].filter((k) => partsAfter.get(k) !== partsBefore.get(k));
    expect(changedParts.length).toBe(1);
    expect(changedParts[0]).toMatch(/^xl\/worksheets\/sheet\d+\.xml$/);
    expect([...partsAfter.keys()]).toEqual([...partsBefore.keys()]);

    // Rerun: the recorded rows are skipped — with any the interrupted earlier run had already sent —
    // and nothing new is written.
    const doneBefore = town.rows.attendees.filter((a) => a.eventId === eventId && a.invited === true && a.noticeStatus === '送信済み').length;
    const again = await runCli(['notices', book, '--event', eventId, '--out', join(dir, 'out3'), '--now', NOW]);
    expect(again.stdout).toContain(`送信済みのため除外: ${changedRows + doneBefore} 件`);
    expect(again.stdout).toContain('の通知: 0 件');
  });

  it('exits 2 for an unknown event or template and for a missing --out', async () => {
    const noEvent = await runCli(['notices', book, '--event', 'E999', '--out', join(dir, 'x')]);
    expect(noEvent.code).toBe(2);
    expect(noEvent.stderr).toContain('会議ID「E999」');
    const noTemplate = await runCli(['notices', book, '--event', eventId, '--template', 'T99', '--out', join(dir, 'x')]);
    expect(noTemplate.code).toBe(2);
    const noOut = await runCli(['notices', book, '--event', eventId]);
    expect(noOut.code).toBe(2);
    expect(noOut.stderr).toContain('--out');
  });
});
