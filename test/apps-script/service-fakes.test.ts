/**
 * The service fakes behave as the Apps Script reference pages they cite say (see each fake's header):
 * if a fake drifted, the sending tests would prove things about a service that does not exist.
 */
import { Execution, ExecutionKilled, killable } from './fakes/execution';
import { FakeGmailApp, gmailMangle } from './fakes/gmail-app';
import { FakeHtmlService } from './fakes/html-service';
import { FakeLockService, LockState } from './fakes/lock-service';
import { FakeMailApp, QUOTA_ERROR } from './fakes/mail-app';
import { FakePropertiesService } from './fakes/properties-service';
import { FakeScriptApp } from './fakes/script-app';
import { FakeSession } from './fakes/session';
import { FakeUtilities } from './fakes/utilities';

describe('MailApp fake', () => {
  it('accepts the four sendEmail overloads', () => {
    const mail = new FakeMailApp(10);
    mail.sendEmail('a@x.jp', 's1', 'b1');
    mail.sendEmail('b@x.jp', 's2', 'b2', { name: '町', htmlBody: '<p>h</p>' });
    mail.sendEmail('c@x.jp', 'reply@x.jp', 's3', 'b3');
    mail.sendEmail({ to: 'd@x.jp', subject: 's4', htmlBody: '<p>only html</p>' });
    expect(mail.sent.map((m) => [m.to, m.subject, m.name, m.replyTo, m.htmlBody])).toEqual([
      ['a@x.jp', 's1', null, null, null],
      ['b@x.jp', 's2', '町', null, '<p>h</p>'],
      ['c@x.jp', 's3', null, 'reply@x.jp', null],
      ['d@x.jp', 's4', null, null, '<p>only html</p>'],
    ]);
    expect(() => mail.sendEmail('a@x.jp', 's')).toThrow(/don't match the method signature/);
  });

  it('counts recipients against the daily quota and throws past it without sending', () => {
    const mail = new FakeMailApp(3);
    mail.sendEmail('a@x.jp, b@x.jp', 's', 'b');
    expect(mail.getRemainingDailyQuota()).toBe(1);
    expect(() => mail.sendEmail({ to: 'c@x.jp', cc: 'd@x.jp', subject: 's', body: 'b' })).toThrow(QUOTA_ERROR);
    expect(mail.sent).toHaveLength(1);
    expect(mail.calls).toEqual({ sendEmail: 2, getRemainingDailyQuota: 1 });
  });

  it('faults: invalid refuses, errorAfterSend sends then throws, errorBeforeSend throws without sending', () => {
    const mail = new FakeMailApp(10);
    mail.faultOn(1, 'invalid');
    mail.faultOn(2, 'errorAfterSend');
    mail.faultOn(3, 'errorBeforeSend');
    expect(() => mail.sendEmail('a@x.jp', 's', 'b')).toThrow(/Invalid email/);
    expect(() => mail.sendEmail('b@x.jp', 's', 'b')).toThrow(/Service error/);
    expect(() => mail.sendEmail('c@x.jp', 's', 'b')).toThrow(/Service error/);
    expect(mail.sent.map((m) => m.to)).toEqual(['b@x.jp']);
  });
});

describe('GmailApp fake', () => {
  it('creates drafts and replaces characters outside the BMP (Unicode 5.1 limit)', () => {
    const gmail = new FakeGmailApp();
    const draft = gmail.createDraft('a@x.jp', '𠮷 件名', '𠮷野 様', { htmlBody: '<p>😀</p>' });
    expect(draft.getId()).toBe('r-1');
    expect(draft.message.subject).toBe('\uFFFD\uFFFD\uFFFD\uFFFD 件名');
    expect(draft.message.htmlBody).not.toContain('😀');
    expect(gmailMangle('吉野 花子')).toBe('吉野 花子');
  });
});

describe('PropertiesService, LockService, ScriptApp, HtmlService, Utilities, Session fakes', () => {
  it('properties: null for a missing key, strings stored, 9 KB per value; no document store when unbound', () => {
    const props = new FakePropertiesService();
    const doc = props.getDocumentProperties()!;
    expect(doc.getProperty('k')).toBeNull();
    doc.setProperty('k', 12);
    expect(doc.getProperty('k')).toBe('12');
    expect(() => doc.setProperty('big', 'x'.repeat(9 * 1024 + 1))).toThrow(/too large/);
    expect(new FakePropertiesService(false).getDocumentProperties()).toBeNull();
  });

  it('locks: a second execution cannot take a held document lock until the first releases or ends', () => {
    const state = new LockState();
    const a = new FakeLockService(state, 1).getDocumentLock()!;
    const bService = new FakeLockService(state, 2);
    expect(a.tryLock(1000)).toBe(true);
    expect(bService.getDocumentLock()!.tryLock(1000)).toBe(false);
    expect(() => bService.getDocumentLock()!.waitLock(1000)).toThrow(/Lock timeout/);
    a.releaseLock();
    expect(bService.getDocumentLock()!.tryLock(1000)).toBe(true);
    bService.endExecution();
    expect(state.holders.size).toBe(0);
    expect(new FakeLockService(state, 3, false).getDocumentLock()).toBeNull();
  });

  it('triggers: after(ms) schedules once, 20 at most, add-ons not more often than hourly', () => {
    let now = 0;
    const app = new FakeScriptApp(() => now);
    const t = app.newTrigger('resume').timeBased().after(60_000).create();
    expect(t.getHandlerFunction()).toBe('resume');
    expect(app.due(59_999)).toEqual([]);
    now = 60_000;
    expect(app.due(now)).toEqual([t]);
    for (let i = 1; i < 20; i++) app.newTrigger('x').timeBased().after(1).create();
    expect(() => app.newTrigger('x').timeBased().after(1).create()).toThrow(/too many triggers/);
    const addOn = new FakeScriptApp(() => 0, true);
    expect(() => addOn.newTrigger('x').timeBased().after(60_000).create()).toThrow(/once per hour/);
    expect(addOn.newTrigger('x').timeBased().after(3_600_000).create().getHandlerFunction()).toBe('x');
  });

  it('html: printing scriptlets escape (<?= ?>) or not (<?!= ?>); title and width chain; missing file throws', () => {
    const html = new FakeHtmlService({ sidebar: '<p><?= name ?></p><?!= raw ?>' });
    const tpl = html.createTemplateFromFile('sidebar');
    tpl.name = '<b>&';
    tpl.raw = '<i>';
    const out = tpl.evaluate().setTitle('在宅連携キット').setWidth(300);
    expect(out.getContent()).toBe('<p>&lt;b&gt;&amp;</p><i>');
    expect([out.getTitle(), out.getWidth()]).toEqual(['在宅連携キット', 300]);
    expect(() => html.createHtmlOutputFromFile('nope')).toThrow('No HTML file named nope was found.');
  });

  it('formatDate uses the given time zone and SimpleDateFormat letters; session hides the address without authorization', () => {
    const u = new FakeUtilities();
    expect(u.formatDate(new Date('2025-05-19T15:30:00Z'), 'Asia/Tokyo', "yyyy-MM-dd'T'HH:mm")).toBe('2025-05-20T00:30');
    expect(u.formatDate(new Date('2025-05-19T15:30:00Z'), 'UTC', 'M/d HH:mm')).toBe('5/19 15:30');
    expect(new FakeSession({ unauthorized: true }).getActiveUser().getEmail()).toBe('');
    expect(new FakeSession().getScriptTimeZone()).toBe('Asia/Tokyo');
  });

  it('a killed execution lets no further service call through', () => {
    const exec = new Execution({ after: { label: 'MailApp.sendEmail', count: 1 } });
    const mail = new FakeMailApp(10);
    const wrapped = killable(mail, exec, 'MailApp');
    wrapped.sendEmail('a@x.jp', 's', 'b');
    expect(() => wrapped.getRemainingDailyQuota()).toThrow(ExecutionKilled);
    expect(() => wrapped.sendEmail('b@x.jp', 's', 'b')).toThrow(ExecutionKilled);
    expect(mail.sent).toHaveLength(1);
    expect(exec.trace).toEqual(['MailApp.sendEmail', 'MailApp.getRemainingDailyQuota']);
  });
});
