/**
 * Golden files of rendered notices for the deterministic sample town (seed 1): plain text, HTML,
 * the printable FAX/post page and one .eml. Compared byte for byte; regenerate after a reviewed
 * change with `UPDATE_GOLDEN=1 npx jest test/notices/golden.test.ts` and read the diff.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { planNotices, renderEml, renderPrintHtml, type NoticeMessage, type NoticePlan } from '../../templates/notices';
import { generateTown } from '../../templates/sample';

const DIR = join(__dirname, '__golden__');
const UPDATE = process.env.UPDATE_GOLDEN === '1';
const NOW = '2025-12-01T10:00';

const town = generateTown({ seed: 1 });
const plan = (eventId: string, templateId: string): NoticePlan => planNotices(town.rows, eventId, templateId, { now: NOW, runId: 'golden', force: false });

/** Events after the sample's "today", soonest first; the main one is the largest (most invitees). */
const upcoming = town.rows.events.filter((e) => e.date > town.today).sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
const invitees = (id: string) => town.rows.attendees.filter((a) => a.eventId === id && a.invited === true).length;
const mainEvent = [...upcoming].sort((a, b) => invitees(b.id) - invitees(a.id))[0]!;
const others = upcoming.filter((e) => e !== mainEvent);

function routeOf(m: NoticeMessage): string {
  if (m.channel === 'メール') return `メール → ${m.to?.name} <${m.to?.address}>`;
  if (m.channel === 'FAX') return `FAX → ${m.fax}`;
  return `郵送 → 〒${m.postalCode ?? ''} ${m.postalAddress ?? ''}`;
}

function textReport(p: NoticePlan): string {
  const lines = [`# ${town.townName} ${p.eventId} × ${p.templateId}（${p.messages.length}通、スキップ${p.skipped.length}件）`, ''];
  p.messages.forEach((m, i) => {
    lines.push(`=== ${i + 1}/${p.messages.length} ${routeOf(m)} [${m.recipients.map((r) => r.attendeeId).join(', ')}]`, `件名: ${m.subject}`, '', m.text, '');
  });
  lines.push('--- 指摘 / findings', ...p.findings.map((f) => `${f.severity} ${f.sheet}!${f.address ?? '-'} ${f.code}: ${f.message}`));
  lines.push('--- 警告 / warnings', ...p.warnings.map((f) => `${f.severity} ${f.sheet}!${f.address ?? '-'} ${f.code}: ${f.message}`));
  lines.push('--- 書き戻し / write-back', ...p.writeBack.map((u) => `${u.row}\t${u.attendeeId}\t${u.noticeStatus}\t${u.noticeAt}\t${u.messageId}`));
  return `${lines.join('\n')}\n`;
}

function golden(name: string, actual: string): void {
  const path = join(DIR, name);
  if (UPDATE) {
    mkdirSync(DIR, { recursive: true });
    writeFileSync(path, actual);
  }
  if (!existsSync(path)) throw new Error(`golden file ${name} is missing: run UPDATE_GOLDEN=1 npx jest test/notices/golden.test.ts`);
  const expected = readFileSync(path);
  const same = Buffer.from(actual, 'utf8').equals(expected);
  if (!same) expect(actual).toBe(expected.toString('utf8')); // shows the diff
  expect(same).toBe(true);
}

describe('golden notices of the sample town', () => {
  const main = plan(mainEvent.id, 'T01');

  it('has a realistic mix to show', () => {
    expect(main.messages.length).toBeGreaterThan(10);
    const channels = new Set(main.messages.map((m) => m.channel));
    expect(channels).toEqual(new Set(['メール', 'FAX', '郵送']));
    expect(main.skipped.length).toBeGreaterThan(0);
  });

  it('plain text of every notice, with findings, warnings and write-back (T01 開催通知)', () => golden('sample-T01.txt', textReport(main)));

  it('the other default templates (T02 研修案内, T03 リマインド, T04 日程変更)', () => {
    expect(others.length).toBeGreaterThanOrEqual(3);
    golden('sample-T02.txt', textReport(plan(others[0]!.id, 'T02')));
    golden('sample-T03.txt', textReport(plan(others[1]!.id, 'T03')));
    golden('sample-T04.txt', textReport(plan(others[2]!.id, 'T04')));
  });

  it('HTML of the first e-mail notice', () => {
    golden('sample-T01-first.html', main.messages.find((m) => m.channel === 'メール')!.html);
  });

  it('printable page of the FAX and post notices (one A4 page each)', () => {
    const paper = main.messages.filter((m) => m.channel !== 'メール');
    const page = renderPrintHtml(paper);
    expect(page.match(/<section class="page"/g)).toHaveLength(paper.length);
    expect(page).toContain('@page { size: A4;');
    golden('sample-T01-print.html', page);
  });

  it('the .eml of the first e-mail notice', () => {
    golden('sample-T01-first.eml', renderEml(main.messages.find((m) => m.channel === 'メール')!));
  });
});
