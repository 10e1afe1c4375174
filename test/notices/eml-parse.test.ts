/**
 * Every generated .eml is read back by two independent parsers — Python's email package
 * (policy=default, via test/notices/parse_eml.py) and the mailparser npm package — and both must
 * return exactly the Japanese subject, sender, recipient display name/address and body text.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser, type AddressObject } from 'mailparser';
import { emlEntries, planNotices, renderEml, type NoticeMessage } from '../../templates/notices';
import { fixtureTown, NOW } from './fixtures';

interface Parsed {
  subject: string;
  from: { name: string; address: string } | null;
  to: { name: string; address: string } | null;
  text: string;
  html: string;
  messageId: string;
  unsent: string;
  date: string;
  contentType: string;
  defects: string[];
  maxLine: number;
  ascii: boolean;
}

/** MIME text is CRLF on the wire; both parsers hand it back as sent, so compare with LF. */
const lf = (s: string): string => s.replace(/\r\n/g, '\n');

function messages(): NoticeMessage[] {
  const town = fixtureTown();
  town.events[1] = { ...town.events[1]!, venue: '役場 大会議室' }; // E002: the long title
  town.events.push({ ...town.events[0]!, __row: 6, id: 'E005', title: 'Care Conference 2025' });
  town.attendees.push({ ...town.attendees[0]!, __row: 30, id: 'A201', eventId: 'E005', contactId: 'P003' });
  town.noticeTemplates.push({ __row: 2, id: 'EN', kind: 'その他', name: 'ASCII subject', subject: 'Notice: {{会議名}}', body: 'Dear {{宛名}},\n{{会場}}' });
  const out: NoticeMessage[] = [];
  for (const [eventId, templateId] of [['E001', 'T01'], ['E002', 'T01'], ['E003', 'T02'], ['E001', 'T04'], ['E005', 'EN']] as const) {
    out.push(...planNotices(town, eventId, templateId, { now: NOW, runId: `p${eventId}${templateId}`, force: true }).messages.filter((m) => m.to));
  }
  return out;
}

const MSGS = messages();
const DIR = mkdtempSync(join(tmpdir(), 'eml-'));
const PATHS = MSGS.map((m, i) => {
  const path = join(DIR, `${i}.eml`);
  writeFileSync(path, renderEml(m));
  return path;
});
const PY: Parsed[] = JSON.parse(execFileSync('python3', [join(__dirname, 'parse_eml.py'), ...PATHS], { encoding: 'utf8', maxBuffer: 64 << 20 }));

const firstAddress = (a: AddressObject | AddressObject[] | undefined) => {
  const v = (Array.isArray(a) ? a[0] : a)?.value[0];
  return v ? { name: v.name, address: v.address } : null;
};

describe('generated .eml files', () => {
  it('cover the tricky cases', () => {
    expect(MSGS.length).toBeGreaterThan(15);
    expect(MSGS.some((m) => m.subject.length > 75)).toBe(true);
    expect(MSGS.some((m) => m.to?.name.includes('𠮷'))).toBe(true);
    expect(MSGS.some((m) => /^[\x20-\x7e]+$/.test(m.subject))).toBe(true);
    expect(MSGS.some((m) => m.to?.name.includes('"') && m.to.name.includes(','))).toBe(true);
  });

  it('Python email (policy=default) returns exactly the subject, sender, recipient and body', () => {
    MSGS.forEach((m, i) => {
      const py = PY[i] as Parsed;
      expect({ subject: py.subject, from: py.from, to: py.to, text: lf(py.text), html: lf(py.html) }).toEqual({
        subject: m.subject,
        from: { name: 'みどり町 福祉課 高齢者支援係', address: 'zaitaku@town.midori.example.jp' },
        to: m.to,
        text: m.text,
        html: m.html,
      });
      expect(py).toMatchObject({ messageId: `<${m.messageId}>`, unsent: '1', date: '2025-05-01T10:00:00+09:00', contentType: 'multipart/alternative', defects: [], ascii: true });
      expect(py.maxLine).toBeLessThanOrEqual(78);
    });
  });

  it('mailparser returns the same', async () => {
    for (const m of MSGS) {
      const parsed = await simpleParser(Buffer.from(renderEml(m)));
      expect({ subject: parsed.subject, from: firstAddress(parsed.from), to: firstAddress(parsed.to), text: lf(parsed.text ?? ''), html: lf(String(parsed.html)) }).toEqual({
        subject: m.subject,
        from: { name: 'みどり町 福祉課 高齢者支援係', address: 'zaitaku@town.midori.example.jp' },
        to: m.to,
        text: m.text,
        html: m.html,
      });
      expect(parsed.messageId).toBe(`<${m.messageId}>`);
      expect(parsed.headers.get('x-unsent')).toBe('1');
    }
  });

  it('decode to the expected Japanese for the tricky recipients (literal expectations)', () => {
    const yoshino = PY[MSGS.findIndex((m) => m.to?.address === 'yoshino@midori-hp.example.jp')] as Parsed;
    expect(yoshino.subject).toBe('【開催通知】第1回 在宅医療・介護連携推進会議（令和7年5月20日（火））');
    expect(yoshino.to).toEqual({ name: '𠮷野 花子', address: 'yoshino@midori-hp.example.jp' });
    expect(lf(yoshino.text).split('\n').slice(0, 2)).toEqual(['みどり中央病院', '𠮷野 花子 先生']);
    const obrien = PY[MSGS.findIndex((m) => m.to?.address === 'john.obrien@midori-hp.example.jp')] as Parsed;
    expect(obrien.to?.name).toBe(`John "Jack" O'Brien, Jr.`);
    const long = PY.find((p) => p.subject.includes('合同検討会')) as Parsed;
    expect(long.subject).toBe('【開催通知】令和7年度 第2回 みどり町在宅医療・介護連携推進会議 兼 入退院支援ワーキンググループ合同検討会（災害時対応を含む）（令和7年5月5日（月））');
    const ascii = PY.find((p) => p.subject.startsWith('Notice:')) as Parsed;
    expect(ascii).toMatchObject({ subject: 'Notice: Care Conference 2025', to: { name: 'Pat Smith', address: 'pat@rehab.example.jp' } });
    expect(lf(ascii.text)).toBe('Dear Pat Smith,\n役場 2階 大会議室');
  });

  it('zip entries carry unique .eml names', () => {
    const entries = emlEntries({ messages: MSGS });
    expect(new Set(entries.map((e) => e.name)).size).toBe(entries.length);
    expect(entries.every((e) => e.name.endsWith('.eml') && !/[\\/:*?"<>|]/.test(e.name))).toBe(true);
  });
});
