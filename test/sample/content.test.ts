/** The sample town looks like a real one where it matters: fictional contact data, exact shares, flags that fit the category. */
import { generateTown, generateTowns, lgCheckDigit, lgCode, SAMPLE_EMAIL_DOMAINS, SAMPLE_PLAN_INDICATOR_IDS, sheetRows, STALE_SHARE } from '../../templates/sample';
import { daysOf } from '../../templates/sample/calendar';
import { GIVEN_NAMES, SURNAMES } from '../../templates/sample/names';
import { PLAN_MONTH_KEYS } from '../../templates/sheets/plan';
import { SHEETS } from '../../templates/sheets/registry';
import { ACTIVITIES, CLINIC_CATEGORIES, LAY_REQUESTERS, MEDICAL_INSTITUTIONS, MULTI_PROFESSION_MEETINGS, PROFESSION_ALIASES } from '../../templates/sheets/vocabulary';
import type { SheetSpec } from '../../templates/spec/types';
import { findIndicator } from '../../templates/indicators';
import { mediumTown, smallTown } from '../fixtures/sample-towns';

const town = smallTown();
const { rows } = town;
const share = (part: number, whole: number): number => part / whole;

describe('fictional personal and contact data', () => {
  const allStrings = (t = town): string[] =>
    (SHEETS as readonly SheetSpec[]).flatMap((spec) =>
      sheetRows(t.rows, spec.id).flatMap((r) => Object.values(r).flatMap((v) => (typeof v === 'string' ? [v] : Array.isArray(v) ? (v as string[]) : []))),
    );

  it.each([
    ['small', () => town],
    ['medium', () => mediumTown()],
  ])('%s town: every e-mail address (anywhere, incl. the signature) is on a reserved domain', (_l, get) => {
    const addresses = allStrings(get()).flatMap((s) => s.match(/[^\s@]+@[A-Za-z0-9.-]+/g) ?? []);
    expect(addresses.length).toBeGreaterThan(50);
    for (const a of addresses) {
      const domain = a.split('@')[1] as string;
      expect({ a, ok: SAMPLE_EMAIL_DOMAINS.some((d) => domain === d || domain.endsWith(`.${d}`)) }).toEqual({ a, ok: true });
    }
  });

  it('uses 10-digit phone numbers of the form 0XXX-XX-XXXX, all distinct per resource', () => {
    const phones = rows.resources.map((r) => r.phone);
    for (const p of phones) expect(p).toMatch(/^0\d{3}-\d{2}-\d{4}$/);
    expect(new Set(phones).size).toBe(phones.length);
    for (const p of phones) expect(p.startsWith('0120') || p.startsWith('0570') || p.startsWith('0800')).toBe(false);
  });

  it('keeps consultations anonymous: case ids are codes, summaries carry no names or numbers', () => {
    const m = mediumTown();
    const nameParts = [...SURNAMES.map((s) => s[0]), ...GIVEN_NAMES.map((g) => g[0]).filter((g) => g.length >= 2)];
    for (const c of m.rows.consultations) {
      if (c.caseId !== null) expect(c.caseId).toMatch(new RegExp(`^${m.fiscalYear}-\\d{4,}$`));
      for (const text of [c.summary, c.response]) {
        if (text === null) continue;
        expect(text).not.toMatch(/[0-9０-９]|さん|様|氏|くん|ちゃん|殿/);
        expect({ text, hit: nameParts.find((n) => text.includes(n)) ?? null }).toEqual({ text, hit: null });
      }
    }
  });
});

describe('resources', () => {
  it('has the categories every small town has, including 認知症対応型共同生活介護 (介護医療院: test/sample/resource-ratios.test.ts)', () => {
    const present = new Set(rows.resources.map((r) => r.category));
    for (const c of ['病院', '診療所', '歯科診療所', '薬局', '訪問看護ステーション', '居宅介護支援事業所', '地域包括支援センター', '訪問介護', '通所介護', '介護老人福祉施設', '認知症対応型共同生活介護'])
      expect(present).toContain(c);
  });

  it('marks a 10–20 % share as last verified over a year ago', () => {
    const today = daysOf(town.today);
    const stale = rows.resources.filter((r) => today - daysOf(r.lastVerified as string) > 365).length;
    expect(share(stale, rows.resources.length)).toBeCloseTo(STALE_SHARE, 1);
    expect(share(stale, rows.resources.length)).toBeGreaterThanOrEqual(0.1);
    expect(share(stale, rows.resources.length)).toBeLessThanOrEqual(0.2);
    for (const r of rows.resources) expect(daysOf(r.lastVerified as string)).toBeLessThanOrEqual(today);
  });

  it('gives every entry shown to residents a consent date no later than today', () => {
    const publicOnes = rows.resources.filter((r) => r.disclosure === '住民にも公開');
    expect(publicOnes.length).toBeGreaterThan(10);
    for (const r of publicOnes) expect(r.consentDate).not.toBeNull();
    for (const r of rows.resources) if (r.consentDate) expect(r.consentDate <= town.today).toBe(true);
  });

  it('sets flags only on the categories they belong to', () => {
    const m = mediumTown().rows.resources;
    const onlyOn = (key: keyof (typeof m)[number], categories: readonly string[]) => {
      const holders = m.filter((r) => r[key] === true);
      expect(holders.length).toBeGreaterThan(0);
      for (const r of holders) expect({ key, category: r.category, ok: categories.includes(r.category) }).toEqual({ key, category: r.category, ok: true });
    };
    onlyOn('supportClinic', CLINIC_CATEGORIES);
    onlyOn('narcotics', ['薬局']);
    onlyOn('sterileCompounding', ['薬局']);
    onlyOn('oralHygieneVisit', ['歯科診療所']);
    onlyOn('activeRole', ['歯科診療所', ...MEDICAL_INSTITUTIONS]);
    onlyOn('supportHospital', ['病院']);
    onlyOn('backupHospital', ['病院']);
    onlyOn('homeVisitCare', MEDICAL_INSTITUTIONS);
    onlyOn('oncall', MEDICAL_INSTITUTIONS);
    onlyOn('dentalHomeVisit', ['歯科診療所']);
    onlyOn('supportDental', ['歯科診療所']);
    onlyOn('pharmacyHomeVisit', ['薬局']);
    onlyOn('nursingEmergency', ['訪問看護ステーション']);
    onlyOn('nursingTerminal', ['訪問看護ステーション']);
    onlyOn('nursingSpecial', ['訪問看護ステーション']);
    onlyOn('dischargeStaff', ['病院']);
    // Support clinics do home visits (the notification presupposes it).
    for (const r of m) if (r.supportClinic) expect(r.homeVisitCare).toBe(true);
  });

  it('puts coordinates inside Japan and care services on care providers', () => {
    for (const r of rows.resources) {
      if (r.latitude !== null) expect(r.latitude).toBeGreaterThan(24);
      if (r.latitude !== null) expect(r.latitude).toBeLessThan(46);
      if (r.longitude !== null) expect(r.longitude).toBeGreaterThan(122);
      if (r.longitude !== null) expect(r.longitude).toBeLessThan(154);
      if (r.category === '居宅介護支援事業所') expect(r.careServices).toContain('居宅介護支援');
    }
  });
});

describe('contacts', () => {
  it('reaches ~70 % by e-mail, most others by FAX, a few only by post', () => {
    const c = rows.contacts;
    const email = c.filter((x) => x.email !== null).length;
    const faxOnly = c.filter((x) => x.email === null && x.fax !== null).length;
    const postOnly = c.filter((x) => x.email === null && x.fax === null);
    expect(share(email, c.length)).toBeCloseTo(0.7, 2);
    expect(faxOnly).toBeGreaterThan(postOnly.length);
    expect(postOnly.length).toBeGreaterThan(0);
    for (const p of postOnly) {
      expect(p.address).not.toBeNull();
      expect(p.postalCode).not.toBeNull();
      expect(p.preferredChannel).toBe('郵送');
    }
  });

  it('never prefers a channel the contact cannot be reached by', () => {
    for (const x of rows.contacts) {
      if (x.preferredChannel === 'メール') expect(x.email).not.toBeNull();
      if (x.preferredChannel === 'FAX') expect(x.fax).not.toBeNull();
    }
  });

  it('uses the profession vocabulary (no workplaces, no old names) with the new professions present', () => {
    const all = [...rows.contacts.map((x) => x.profession), ...rows.attendees.map((a) => a.profession), ...rows.consultations.map((c) => c.requesterProfession)];
    for (const old of Object.keys(PROFESSION_ALIASES)) expect(all).not.toContain(old);
    const used = new Set(rows.contacts.map((x) => x.profession));
    for (const p of ['主任介護支援専門員', '介護職員・訪問介護員', '生活相談員', '消防・救急'] as const) expect(used).toContain(p);
    const requesters = new Set(rows.consultations.map((c) => c.requesterProfession));
    for (const r of LAY_REQUESTERS) expect(requesters).toContain(r);
    expect(rows.events.some((e) => e.type === '地域ケア会議（イ）')).toBe(true);
  });

  it('includes the town hall and organisations addressed with 御中 get no personal flags', () => {
    expect(rows.contacts.some((x) => x.profession === '行政職員')).toBe(true);
    for (const x of rows.contacts) if (x.honorific === '御中') expect(x.isManager).toBeNull();
  });
});

describe('events and attendees', () => {
  const fyStart = `${town.fiscalYear}-04-01`;
  const fyEnd = `${town.fiscalYear + 1}-03-31`;

  it('spreads events over the fiscal year and keeps their dates inside it', () => {
    for (const e of rows.events) {
      expect(e.date >= fyStart && e.date <= fyEnd).toBe(true);
      if (e.responseDeadline) expect(e.responseDeadline >= fyStart && e.responseDeadline < e.date).toBe(true);
      if (e.startTime && e.endTime) expect(e.endTime > e.startTime).toBe(true);
    }
    const months = new Set(rows.events.map((e) => e.date.slice(0, 7)));
    expect(months.size).toBeGreaterThanOrEqual(9);
  });

  it('meets D-15/D-16 in the small town: ≥ 4 multi-profession meetings, officials at one, disaster topic', () => {
    const meetings = rows.events.filter((e) => MULTI_PROFESSION_MEETINGS.includes(e.type));
    expect(meetings.length).toBeGreaterThanOrEqual(4);
    expect(meetings.some((e) => e.managersAttended === true)).toBe(true);
    expect(rows.events.some((e) => e.topics?.includes('災害対策'))).toBe(true);
  });

  it('records a headcount for past resident lectures', () => {
    const lectures = rows.events.filter((e) => e.type === '住民向け講演会（キ）');
    expect(lectures.length).toBeGreaterThan(0);
    for (const e of lectures) if (e.date < town.today) expect(e.residentCount).toBeGreaterThan(0);
  });

  it('draws attendees mostly from the roster, with complete ad-hoc guests', () => {
    const a = rows.attendees;
    const fromRoster = a.filter((x) => x.contactId !== null).length;
    expect(share(fromRoster, a.length)).toBeGreaterThan(0.7);
    expect(fromRoster).toBeLessThan(a.length);
    for (const x of a) {
      if (x.contactId === null) {
        expect(x.name).not.toBeNull();
        expect(x.organisation).not.toBeNull();
        expect(x.profession).not.toBeNull();
      }
      // Roster members are invited through the kit; ad-hoc guests came another way (招待 ×).
      expect(x.invited).toBe(x.contactId !== null);
    }
    // Nobody is listed twice for the same event.
    const pairs = a.filter((x) => x.contactId !== null).map((x) => `${x.eventId}/${x.contactId}`);
    expect(new Set(pairs).size).toBe(pairs.length);
  });

  it('records notices as sent only on days that have come, and some upcoming runs as interrupted', () => {
    const dateOf = new Map(rows.events.map((e) => [e.id, e.date]));
    const upcoming = new Map<string, Set<string | null>>();
    for (const x of rows.attendees) {
      if (x.noticeStatus === '送信済み') expect((x.noticeAt as string).slice(0, 10) <= town.today).toBe(true);
      if (x.noticeStatus !== '送信済み') expect(x.noticeAt).toBeNull();
      const date = dateOf.get(x.eventId) as string;
      if (date < town.today && x.contactId !== null) expect(x.noticeStatus).toBe('送信済み');
      if (date >= town.today && x.contactId !== null) upcoming.set(x.eventId, (upcoming.get(x.eventId) ?? new Set()).add(x.noticeStatus));
    }
    // At least one upcoming event has a half-finished notice run (送信済み and 未送信 side by side).
    expect([...upcoming.values()].some((states) => states.has('送信済み') && states.has('未送信'))).toBe(true);
  });

  it('marks attendance only for events already held', () => {
    const dateOf = new Map(rows.events.map((e) => [e.id, e.date]));
    for (const x of rows.attendees) if ((dateOf.get(x.eventId) as string) >= town.today) expect(x.attended).toBeNull();
  });
});

describe('consultations, issues, plan, settings, statistics', () => {
  it('closes 80 % of consultations, never before they were received nor after today', () => {
    const c = rows.consultations;
    const closed = c.filter((x) => x.status === '完了');
    expect(share(closed.length, c.length)).toBeCloseTo(0.8, 2);
    for (const x of closed) {
      expect(x.closedDate).not.toBeNull();
      expect((x.closedDate as string) >= x.receivedDate).toBe(true);
      expect((x.closedDate as string) <= town.today).toBe(true);
    }
    for (const x of c) if (x.status === '対応中') expect(x.closedDate).toBeNull();
    expect(new Set(c.map((x) => x.receivedDate.slice(0, 7))).size).toBeGreaterThanOrEqual(8);
  });

  it('links issues to earlier meetings and resolves them after they were found', () => {
    const dateOf = new Map(rows.events.map((e) => [e.id, e.date]));
    for (const i of rows.issues) {
      if (i.eventId === null) continue;
      const found = dateOf.get(i.eventId) as string;
      if (i.dueDate) expect(i.dueDate >= found).toBe(true);
      if (i.resolvedDate) expect(i.resolvedDate >= found).toBe(true);
      if (i.status === '解決') expect(i.resolvedDate).not.toBeNull();
    }
  });

  it('plans every activity (ア)〜(ク) with planned counts equal to the months ticked', () => {
    expect(new Set(rows.plan.map((p) => p.activity))).toEqual(new Set(ACTIVITIES.slice(0, 8)));
    for (const p of rows.plan) {
      const ticked = PLAN_MONTH_KEYS.filter((k) => p[k] === true).length;
      expect(p.plannedCount).toBe(ticked);
      if (p.indicatorId !== null) {
        expect(SAMPLE_PLAN_INDICATOR_IDS).toContain(p.indicatorId);
        expect(p.targetValue).not.toBeNull();
      }
    }
    expect(new Set(rows.plan.map((p) => p.indicatorId).filter((x) => x !== null))).toEqual(new Set(SAMPLE_PLAN_INDICATOR_IDS));
  });

  it('sets targets only on indicators of the catalogue, on the activity each evaluates', () => {
    for (const p of rows.plan) {
      if (p.indicatorId === null) continue;
      const indicator = findIndicator(p.indicatorId);
      expect(indicator).toBeDefined();
      expect({ id: p.indicatorId, activity: indicator?.activity }).toEqual({ id: p.indicatorId, activity: p.activity });
    }
    const target = (id: string) => rows.plan.find((p) => p.indicatorId === id)?.targetValue;
    expect(target('P08')).toBe(1); // D-15: at least four multi-profession meetings, judged by P08
  });

  it('gives the town a valid 全国地方公共団体コード', () => {
    expect(lgCheckDigit('13101')).toBe(6);
    expect(lgCheckDigit('01100')).toBe(2);
    expect(lgCheckDigit('01101')).toBe(1); // r = 0
    expect(lgCheckDigit('01205')).toBe(0); // r = 1
    expect(lgCode(13, 0)).toBe('130001');
    const code = rows.settings?.lgCode as string;
    expect(code).toMatch(/^\d{6}$/);
    expect(lgCheckDigit(code.slice(0, 5))).toBe(Number(code[5]));
    expect(rows.settings?.fiscalYear).toBe(town.fiscalYear);
    expect(rows.settings?.townName).toBe(town.townName);
  });

  it('has plausible statistics for a small town', () => {
    const s = rows.statistics;
    if (!s) throw new Error('no statistics');
    expect(s.population).toBeGreaterThanOrEqual(8000);
    expect(s.population).toBeLessThanOrEqual(30000);
    expect(share(s.population65 as number, s.population as number)).toBeGreaterThan(0.3);
    expect(share(s.population65 as number, s.population as number)).toBeLessThan(0.45);
    expect(share(s.deaths as number, s.population as number)).toBeGreaterThan(0.01);
    expect(share(s.deaths as number, s.population as number)).toBeLessThan(0.02);
    expect(share(s.deathsAtHome as number, s.deaths as number)).toBeGreaterThan(0.1);
    expect(share(s.deathsAtHome as number, s.deaths as number)).toBeLessThan(0.2);
  });
});

describe('generateTowns', () => {
  it('makes distinct towns of one prefecture with valid, distinct codes', () => {
    const towns = generateTowns(30, 7);
    expect(new Set(towns.map((t) => t.townName)).size).toBe(30);
    const codes = towns.map((t) => t.rows.settings?.lgCode as string);
    expect(new Set(codes).size).toBe(30);
    for (const c of codes) expect(lgCheckDigit(c.slice(0, 5))).toBe(Number(c[5]));
    expect(new Set(towns.map((t) => t.rows.settings?.prefecture)).size).toBe(1);
    expect(new Set(codes.map((c) => c.slice(0, 2))).size).toBe(1);
  });

  it('refuses a "today" before the fiscal year starts (programmer error)', () => {
    expect(() => generateTown({ seed: 1, fiscalYear: 2025, today: '2025-03-31' })).toThrow(RangeError);
    expect(() => generateTown({ seed: 1, today: '2025/12/01' })).toThrow(RangeError);
  });

  it('honours another fiscal year', () => {
    const t = generateTown({ seed: 4, fiscalYear: 2024 });
    expect(t.today).toBe('2024-12-01');
    for (const e of t.rows.events) expect(e.date >= '2024-04-01' && e.date <= '2025-03-31').toBe(true);
  });
});
