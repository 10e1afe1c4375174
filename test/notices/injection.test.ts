/**
 * Hostile values — <script>, placeholder-looking text, spreadsheet formulas — stay literal text in
 * every output: plain text, HTML (escaped), decoded .eml, the print page, and the write-back data.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { emlEntries, escapeHtml, planNotices, renderEml, renderPrintHtml } from '../../templates/notices';
import { fixtureTown, NOW } from './fixtures';

const SCRIPT_NAME = '<script>alert("x")</script>{{会場}}';
const FORMULA_VENUE = '=HYPERLINK("http://evil.example","クリック")';
const AT_ORG = '@SUM(1+1) & <b>太字</b>';
const PLUS_AGENDA = "+cmd|' /C calc'!A0\n-2+3 {{宛名}}";

function hostileTown() {
  const town = fixtureTown();
  town.contacts[0] = { ...town.contacts[0]!, name: SCRIPT_NAME }; // P001, e-mail
  town.contacts[3] = { ...town.contacts[3]!, name: `${SCRIPT_NAME} FAX` }; // P004, FAX
  town.resources[0] = { ...town.resources[0]!, name: AT_ORG };
  town.events[0] = { ...town.events[0]!, venue: FORMULA_VENUE, agenda: PLUS_AGENDA, title: '=1+1 会議' };
  return town;
}

const plan = planNotices(hostileTown(), 'E001', 'T01', { now: NOW, runId: 'inj', force: true });
const mail = plan.messages.find((m) => m.recipients[0]?.attendeeId === 'A001')!;
const fax = plan.messages.find((m) => m.recipients[0]?.attendeeId === 'A004')!;

describe('hostile values stay literal', () => {
  it('in plain text, with placeholders inside values not expanded', () => {
    expect(mail.text).toContain(`${AT_ORG}\n${SCRIPT_NAME} 先生`);
    expect(mail.text).toContain(`2　会場　${FORMULA_VENUE}`);
    expect(mail.text).toContain(PLUS_AGENDA);
    expect(mail.subject).toBe('【開催通知】=1+1 会議（令和7年5月20日（火））');
  });

  it('in HTML: escaped, no live tag anywhere', () => {
    for (const html of [mail.html, fax.html, renderPrintHtml(plan.messages)]) {
      expect(html).not.toMatch(/<script|<b>/i);
      expect(html).toContain(escapeHtml(SCRIPT_NAME));
      expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;{{会場}}');
      expect(html).toContain(escapeHtml(FORMULA_VENUE));
      expect(html).not.toMatch(/<(?:img|link|iframe|object)\b|src=|href=|url\(/i); // no external resource
    }
  });

  it('in the .eml as decoded by Python: same literal text, escaped HTML, literal display name', () => {
    const dir = mkdtempSync(join(tmpdir(), 'inj-'));
    const path = join(dir, 'a.eml');
    writeFileSync(path, renderEml(mail));
    const [parsed] = JSON.parse(execFileSync('python3', [join(__dirname, 'parse_eml.py'), path], { encoding: 'utf8' })) as { text: string; html: string; to: { name: string }; subject: string }[];
    expect(parsed!.to.name).toBe(SCRIPT_NAME);
    expect(parsed!.text.replace(/\r\n/g, '\n')).toBe(mail.text);
    expect(parsed!.html).not.toMatch(/<script/i);
    expect(parsed!.subject).toBe(mail.subject);
  });

  it('on the print page, FAX route block included', () => {
    const page = renderPrintHtml([fax]);
    expect(page).toContain(`<td class="big">0123-45-2222</td>`);
    expect(page).toContain(escapeHtml(`${SCRIPT_NAME} FAX 様`));
  });

  it('in file names: no characters a file system refuses', () => {
    for (const e of emlEntries(plan)) expect(e.name).not.toMatch(/[<>"\\/:*?|]/);
  });

  it('in the write-back: no cell value a spreadsheet would run as a formula', () => {
    expect(plan.writeBack.length).toBeGreaterThan(5);
    for (const u of plan.writeBack) {
      for (const value of [u.noticeStatus, u.noticeAt, u.messageId]) expect(value).not.toMatch(/^[=+\-@]/);
    }
  });
});
