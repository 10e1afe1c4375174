/**
 * planNotices on the hand-made town: recipients, channels, honorifics, merged addresses, the send
 * log (skip/force/in doubt), blank values that stop notices, and the scheduling warnings.
 */
import { planNotices, type NoticePlan } from '../../templates/notices';
import type { EventRow } from '../../templates/sheets/rows';
import { fixtureTown, NOW } from './fixtures';

const plan = (town = fixtureTown(), eventId = 'E001', templateId = 'T01', extra: Partial<Parameters<typeof planNotices>[3]> = {}): NoticePlan =>
  planNotices(town, eventId, templateId, { now: NOW, runId: 'r1', ...extra });

const byAttendee = (p: NoticePlan, id: string) => p.messages.find((m) => m.recipients.some((r) => r.attendeeId === id));

describe('recipients and channels', () => {
  const p = plan();

  it('creates one message per pending recipient, merged addresses once', () => {
    expect(p.messages.map((m) => m.recipients.map((r) => r.attendeeId).join('+'))).toEqual([
      'A001', 'A002', 'A003', 'A004', 'A005', 'A006', 'A008+A009', 'A010', 'A011', 'A014', 'A017',
    ]);
  });

  it('uses the person’s address first, else the organisation’s (by 所属ID or exact 名称)', () => {
    expect(byAttendee(p, 'A001')?.to?.address).toBe('yoshino@midori-hp.example.jp');
    expect(byAttendee(p, 'A004')).toMatchObject({ channel: 'FAX', fax: '0123-45-2222' }); // organisation's FAX
    expect(byAttendee(p, 'A006')).toMatchObject({ channel: '郵送', postalCode: '123-4569', postalAddress: 'みどり町東3-3' });
    expect(byAttendee(p, 'A017')?.to?.address).toBe('renkei@midori-hp.example.jp'); // ad-hoc row, organisation matched by name
  });

  it('honours an explicit channel only when possible, with a warning otherwise', () => {
    expect(byAttendee(p, 'A010')?.channel).toBe('メール');
    expect(p.warnings.find((w) => w.code === 'notice.channelUnavailable')).toMatchObject({ sheet: '関係者名簿', row: 11, column: '希望連絡方法' });
    const town = fixtureTown();
    town.attendees[0] = { ...town.attendees[0]!, channel: 'FAX' }; // 𠮷野: person has no FAX, hospital has one
    expect(byAttendee(plan(town), 'A001')).toMatchObject({ channel: 'FAX', fax: '0123-45-1111' });
  });

  it('skips a malformed e-mail (warning on its cell) and falls back to FAX', () => {
    expect(byAttendee(p, 'A011')).toMatchObject({ channel: 'FAX', fax: '0123-45-5555' });
    expect(p.warnings.find((w) => w.code === 'notice.invalidEmail')).toMatchObject({ sheet: '関係者名簿', address: 'I12' });
  });

  it('reports recipients without any channel and unknown contacts as errors, not messages', () => {
    expect(p.findings.find((f) => f.code === 'notice.noChannel')).toMatchObject({ sheet: '出席者', row: 8, severity: 'error' });
    expect(p.findings.find((f) => f.code === 'notice.contactNotFound')).toMatchObject({ sheet: '出席者', address: 'C19' });
    expect(byAttendee(p, 'A007')).toBeUndefined();
    expect(byAttendee(p, 'A016')).toBeUndefined(); // not invited
  });
});

describe('honorifics and salutations', () => {
  const p = plan();
  it.each([
    ['A001', '𠮷野 花子 先生', 'みどり中央病院'], // explicit 先生
    ['A002', `John "Jack" O'Brien, Jr. 様`, 'みどり中央病院'],
    ['A005', 'さくら訪問看護ステーション 御中', ''], // name is the organisation
    ['A008', '田中 五郎 様、伊藤 六子 様', 'すずらん居宅介護支援事業所'], // merged
  ])('%s → %s', (id, salutation, organisation) => {
    expect(byAttendee(p, id)).toMatchObject({ salutation, organisation });
  });

  it('writes merged salutations into the body and maps the message back to both rows', () => {
    const m = byAttendee(p, 'A009')!;
    expect(m.text.split('\n').slice(0, 2)).toEqual(['すずらん居宅介護支援事業所', '田中 五郎 様、伊藤 六子 様']);
    expect(m.to).toEqual({ name: '田中 五郎、伊藤 六子', address: 'care@suzuran.example.jp' });
    expect(m.updates.map((u) => [u.attendeeId, u.row, u.messageId])).toEqual([['A008', 9, m.messageId], ['A009', 10, m.messageId]]);
    expect(p.warnings.some((w) => w.code === 'notice.mergedAddress')).toBe(true);
  });
});

describe('send log', () => {
  it('skips 送信済み and 下書き作成, retries エラー, and holds back rows left in doubt', () => {
    const p = plan();
    expect(p.skipped.map((s) => [s.attendeeId, s.reason])).toEqual([['A012', 'done'], ['A013', 'done'], ['A015', 'inDoubt']]);
    expect(byAttendee(p, 'A014')).toBeDefined();
    expect(p.findings.find((f) => f.code === 'notice.inDoubt')).toMatchObject({ sheet: '出席者', row: 16, column: 'メッセージID' });
  });

  it('warns in send mode that a draft exists instead of sending it', () => {
    const p = plan(fixtureTown(), 'E001', 'T01', { mode: 'send' });
    expect(p.warnings.find((w) => w.code === 'notice.draftNotSent')).toMatchObject({ row: 14 });
  });

  it('force re-creates every notice', () => {
    const p = plan(fixtureTown(), 'E001', 'T01', { force: true });
    expect(p.skipped).toEqual([]);
    expect(['A012', 'A013', 'A015'].every((id) => byAttendee(p, id))).toBe(true);
  });

  it('returns the write-back as data: status per channel and mode, run time, message id', () => {
    const draft = plan();
    expect(new Set(draft.writeBack.map((u) => `${byAttendee(draft, u.attendeeId)?.channel}:${u.noticeStatus}`))).toEqual(
      new Set(['メール:下書き作成', 'FAX:FAX待ち', '郵送:郵送待ち']),
    );
    expect(draft.writeBack.every((u) => u.noticeAt === '2025-05-01 10:00')).toBe(true);
    expect(plan(fixtureTown(), 'E001', 'T01', { mode: 'send' }).writeBack.filter((u) => u.noticeStatus === '送信済み')).toHaveLength(8); // 7 e-mail messages, one covering 2 rows
  });

  it('a rerun after applying the write-back plans nothing new', () => {
    const town = fixtureTown();
    const first = plan(town);
    const rows = town.attendees.map((a) => {
      const u = first.writeBack.find((w) => w.attendeeId === a.id);
      return u ? { ...a, noticeStatus: u.noticeStatus, noticeAt: u.noticeAt, messageId: u.messageId } : a;
    });
    const again = plan({ ...town, attendees: rows });
    expect(again.messages).toEqual([]);
    expect(again.skipped.filter((s) => s.reason === 'done')).toHaveLength(first.writeBack.length + 2);
  });

  it('a follow-up template (T03) reaches rows done with T01, once, and says so; foreign IDs stay done', () => {
    const town = fixtureTown();
    const apply = (rows: typeof town.attendees, p: NoticePlan) =>
      rows.map((a) => {
        const u = p.writeBack.find((w) => w.attendeeId === a.id);
        return u ? { ...a, noticeStatus: u.noticeStatus, noticeAt: u.noticeAt, messageId: u.messageId } : a;
      });
    const first = plan(town);
    const afterFirst = apply(town.attendees, first);
    const reminder = plan({ ...town, attendees: afterFirst }, 'E001', 'T03', { runId: 'r2' });
    expect(reminder.messages.map((m) => m.recipients.map((r) => r.attendeeId).join('+'))).toEqual(first.messages.map((m) => m.recipients.map((r) => r.attendeeId).join('+')));
    expect(reminder.skipped.map((x) => x.attendeeId)).toEqual(['A012', 'A013', 'A015']); // hand-typed IDs: done for every template
    expect(reminder.warnings.find((w) => w.code === 'notice.followUp')?.message).toBe('12名には前回「T01」の通知を出しています。今回の「T03」は追加の通知として送ります。');
    const afterReminder = apply(afterFirst, reminder);
    expect(plan({ ...town, attendees: afterReminder }, 'E001', 'T03', { runId: 'r3' }).messages).toEqual([]);
  });

  it('Message-IDs are deterministic per run and differ between runs', () => {
    expect(plan().messages.map((m) => m.messageId)).toEqual(plan().messages.map((m) => m.messageId));
    expect(plan(fixtureTown(), 'E001', 'T01', { runId: 'r2' }).messages[0]?.messageId).not.toBe(plan().messages[0]?.messageId);
    expect(plan().messages[0]?.messageId).toMatch(/^r1\.E001\.T01\.A001\.[0-9a-f]{8}@town\.midori\.example\.jp$/);
  });

  it('rejects a malformed run id or clock (programmer errors)', () => {
    expect(() => plan(fixtureTown(), 'E001', 'T01', { runId: '-bad' })).toThrow(RangeError);
    expect(() => plan(fixtureTown(), 'E001', 'T01', { now: '2025/05/01' })).toThrow(RangeError);
  });
});

describe('blank values stop notices instead of leaving holes', () => {
  const withEvent = (patch: Partial<EventRow>) => {
    const town = fixtureTown();
    town.events[0] = { ...town.events[0]!, ...patch };
    return plan(town);
  };

  it.each([
    ['venue', '会場', 'G2'],
    ['responseDeadline', '回答期限', 'M2'],
    ['startTime', '開始時刻', 'E2'],
  ] as const)('blank %s → one finding on 会議・研修記録!%s and no messages', (key, column, address) => {
    const p = withEvent({ [key]: null });
    expect(p.messages).toEqual([]);
    expect(p.findings.find((f) => f.code === 'notice.missingEventValue')).toMatchObject({ sheet: '会議・研修記録', column, address });
  });

  it('a template that does not use the blank field is unaffected', () => {
    const town = fixtureTown();
    town.events[0] = { ...town.events[0]!, venue: null, responseDeadline: null };
    town.noticeTemplates.push({ __row: 2, id: 'T9', kind: 'その他', name: '短い', subject: '{{会議名}}', body: '{{宛名}} {{敬称}}\n{{開催日}}' });
    expect(plan(town, 'E001', 'T9').messages.length).toBe(11);
  });

  it('settings missing → one finding on 設定, no messages', () => {
    const p = plan({ ...fixtureTown(), settings: null });
    expect(p.messages).toEqual([]);
    expect(p.findings.map((f) => f.code)).toContain('notice.missingSettings');
  });

  it('unknown event or template → a finding, nothing else', () => {
    expect(plan(fixtureTown(), 'E999').findings[0]?.code).toBe('notice.eventNotFound');
    expect(plan(fixtureTown(), 'E001', 'T99').findings[0]?.code).toBe('notice.templateNotFound');
  });
});

describe('scheduling warnings', () => {
  const codes = (p: NoticePlan) => p.warnings.map((w) => w.code).filter((c) => !['notice.mergedAddress', 'notice.channelUnavailable', 'notice.invalidEmail'].includes(c));

  it('none for a Tuesday meeting with a deadline before it', () => expect(codes(plan())).toEqual([]));

  it('public holiday (こどもの日) and deadline after the meeting', () => {
    const town = fixtureTown();
    town.events[1] = { ...town.events[1]!, venue: '役場' };
    const p = plan(town, 'E002');
    expect(codes(p).sort()).toEqual(['notice.deadlineAfterEvent', 'notice.holiday']);
    expect(p.warnings.find((w) => w.code === 'notice.holiday')?.message).toBe('開催日 令和7年5月5日（月） は祝日（こどもの日）です。');
    expect(p.warnings.find((w) => w.code === 'notice.deadlineAfterEvent')).toMatchObject({ sheet: '会議・研修記録', address: 'M3' });
  });

  it('weekend', () => expect(codes(plan(fixtureTown(), 'E003'))).toEqual(['notice.weekend']));

  it('no weekend or holiday warning for a resident lecture on a Saturday or a holiday; other types still get it', () => {
    const town = fixtureTown();
    town.events[2] = { ...town.events[2]!, type: '住民向け講演会（キ）' }; // E003, Saturday 2025-05-24
    expect(codes(plan(town, 'E003'))).toEqual([]);
    town.events[2] = { ...town.events[2]!, date: '2025-11-03', responseDeadline: null }; // 文化の日
    expect(codes(plan(town, 'E003'))).toEqual([]);
    town.events[2] = { ...town.events[2]!, type: '多職種研修（カ）' };
    expect(codes(plan(town, 'E003'))).toEqual(['notice.holiday']);
  });

  it('年末年始 (12/29–1/3): the meeting date and the reply deadline warn, for every type', () => {
    const town = fixtureTown();
    // 2025-12-29 is a Monday, 2026-01-05 a Monday after the closure.
    town.events[2] = { ...town.events[2]!, type: '住民向け講演会（キ）', date: '2025-12-29', responseDeadline: null };
    const p = plan(town, 'E003');
    expect(codes(p)).toEqual(['notice.yearEnd']);
    expect(p.warnings.find((w) => w.code === 'notice.yearEnd')?.message).toBe('開催日 令和7年12月29日（月） は年末年始（12月29日〜1月3日）の閉庁期間です。');
    town.events[2] = { ...town.events[2]!, type: '多職種研修（カ）', date: '2026-01-08', responseDeadline: '2026-01-03' };
    expect(codes(plan(town, 'E003'))).toEqual(['notice.deadlineYearEnd']);
    town.events[2] = { ...town.events[2]!, date: '2026-01-05', responseDeadline: '2025-12-26' };
    expect(codes(plan(town, 'E003'))).toEqual([]);
  });

  it('a reply deadline on a weekend or holiday warns, for every event type (replies come to the office)', () => {
    const town = fixtureTown();
    town.events[2] = { ...town.events[2]!, type: '住民向け講演会（キ）', date: '2025-12-20', responseDeadline: '2025-12-06' };
    const p = plan(town, 'E003');
    expect(codes(p)).toEqual(['notice.deadlineClosedDay']);
    expect(p.warnings[0]?.message).toBe('回答期限 令和7年12月6日（土） は土曜日で役場が閉まっています。その前の平日にすると、期限の日に返信を受け取れます。');
    town.events[2] = { ...town.events[2]!, type: '多職種研修（カ）', date: '2025-11-28', responseDeadline: '2025-11-03' };
    expect(plan(town, 'E003').warnings.map((w) => w.message)).toEqual(['回答期限 令和7年11月3日（月） は祝日（文化の日）で役場が閉まっています。その前の平日にすると、期限の日に返信を受け取れます。']);
    town.events[2] = { ...town.events[2]!, responseDeadline: '2025-11-04' };
    expect(codes(plan(town, 'E003'))).toEqual([]);
  });

  it('meeting and deadline in the past relative to the injected clock', () => {
    expect(codes(plan(fixtureTown(), 'E004')).sort()).toEqual(['notice.deadlineAfterEvent', 'notice.noInvitees', 'notice.pastEvent']);
    expect(codes(plan(fixtureTown(), 'E001', 'T01', { now: '2025-05-20T14:01' })).sort()).toEqual(['notice.deadlinePassed', 'notice.pastEvent']);
    expect(codes(plan(fixtureTown(), 'E001', 'T01', { now: '2025-05-20T13:59' }))).toEqual(['notice.deadlinePassed']);
  });
});
