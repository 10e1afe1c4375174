/**
 * The sample towns look like real small towns (issue 12 item 8): reply deadlines a clerk would
 * set, a 団体コード of the town's own prefecture, deaths that follow the age structure, a
 * consultation load one or two people can carry, and plan targets on the indicators that measure them.
 */
import { findIndicator } from '../../templates/indicators';
import { achievement } from '../../templates/indicators/achievement';
import { computeIndicators } from '../../templates/indicators/compute';
import { definitionText } from '../../templates/indicators/sheet';
import { generateTown, generateTowns, lgCheckDigit, lgCode, SAMPLE_PLAN_INDICATOR_IDS, SAMPLE_PLAN_TARGETS, SMALL_TOWN, type SampleTown } from '../../templates/sample';
import { daysOf, fiscalYearSpan, isHoliday, isWorkday, weekday } from '../../templates/sample/calendar';
import { CONSULTATIONS_PER_1000_AGED_65, DEATHS_PER_1000, DEATHS_SPREAD, DESK_CAPACITY, expectedDeaths, HOME_DEATH_SHARE, NURSING_HOME_DEATH_SHARE } from '../../templates/sample/demography';
import { noticeDayOf } from '../../templates/sample/gen-events';
import { PREFECTURES } from '../../templates/sample/names';
import { mediumTown } from '../fixtures/sample-towns';

const SEEDS = Array.from({ length: 24 }, (_, i) => i + 1);
const smallTowns: readonly SampleTown[] = SEEDS.map((seed) => generateTown({ seed }));

describe('notices: reply deadlines a clerk would set', () => {
  const towns = [...smallTowns, mediumTown(), generateTown({ seed: 5, fiscalYear: 2024 }), generateTown({ seed: 6, today: '2026-02-20' })];

  it('every 回答期限 is a workday (no weekend, public holiday or 年末年始) after the notice day and before the event', () => {
    let checked = 0;
    for (const town of towns) {
      for (const e of town.rows.events) {
        if (e.responseDeadline === null) continue;
        const deadline = daysOf(e.responseDeadline);
        const where = `${town.townName} ${e.id} ${e.responseDeadline}`;
        expect({ where, weekday: weekday(deadline) >= 1 && weekday(deadline) <= 5, holiday: isHoliday(deadline), workday: isWorkday(deadline) }).toEqual({ where, weekday: true, holiday: false, workday: true });
        expect({ where, afterNotice: deadline > noticeDayOf(e.date), beforeEvent: e.responseDeadline < e.date }).toEqual({ where, afterNotice: true, beforeEvent: true });
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(200);
  });

  it('records every notice as sent before the reply deadline', () => {
    for (const town of towns) {
      const deadlineOf = new Map(town.rows.events.map((e) => [e.id, e.responseDeadline]));
      for (const a of town.rows.attendees) {
        const deadline = deadlineOf.get(a.eventId);
        if (a.noticeAt === null || deadline === null || deadline === undefined) continue;
        expect({ id: a.id, sentBeforeDeadline: a.noticeAt.slice(0, 10) < deadline }).toEqual({ id: a.id, sentBeforeDeadline: true });
      }
    }
  });

  it('leaves notices unsent only for events whose replies are still open, so resuming the run never asks for a reply by a past date', () => {
    let pending = 0;
    for (const town of towns) {
      const unsent = new Set(town.rows.attendees.filter((a) => a.invited === true && a.noticeStatus === '未送信').map((a) => a.eventId));
      for (const e of town.rows.events) {
        if (!unsent.has(e.id) || e.responseDeadline === null) continue;
        pending++;
        expect({ event: e.id, deadline: e.responseDeadline, open: e.responseDeadline > town.today }).toEqual({ event: e.id, deadline: e.responseDeadline, open: true });
      }
    }
    expect(pending).toBeGreaterThan(20);
  });
});

describe('全国地方公共団体コード consistent with the prefecture', () => {
  const prefix = (code: string) => Number(code.slice(0, 2));

  it('starts with the prefecture number and carries a valid check digit, in every drawn town', () => {
    for (const town of [...smallTowns, ...generateTowns(10, 3), ...generateTowns(3, 11, SMALL_TOWN, 2025)]) {
      const s = town.rows.settings;
      const code = s?.lgCode as string;
      const pref = PREFECTURES.find((p) => p.name === s?.prefecture);
      expect(pref).toBeDefined();
      expect({ town: town.townName, code, prefix: prefix(code) }).toEqual({ town: town.townName, code, prefix: pref?.number });
      expect(Number(code[5])).toBe(lgCheckDigit(code.slice(0, 5)));
      // Towns and villages: municipality numbers 300–599.
      expect(Number(code.slice(2, 5))).toBeGreaterThanOrEqual(300);
      expect(Number(code.slice(2, 5))).toBeLessThanOrEqual(599);
    }
  });

  it('takes the prefecture from a given code, and refuses a code of another prefecture or with a wrong check digit', () => {
    const nagano = PREFECTURES.find((p) => p.name === '長野県')!;
    const code = lgCode(nagano.number, 321);
    expect(generateTown({ seed: 1, lgCode: code }).rows.settings?.prefecture).toBe('長野県');
    expect(generateTown({ seed: 1, prefecture: '長野県', lgCode: code }).rows.settings?.lgCode).toBe(code);
    expect(() => generateTown({ seed: 1, prefecture: '熊本県', lgCode: code })).toThrow(/長野|熊本|does not belong/);
    expect(() => generateTown({ seed: 1, prefecture: '長野県', lgCode: `${code.slice(0, 5)}${(Number(code[5]) + 1) % 10}` })).toThrow(RangeError);
    expect(() => generateTown({ seed: 1, prefecture: '東京都' })).toThrow(RangeError);
  });
});

describe('deaths follow the age structure', () => {
  it('national rates by age give back the national total of 2023 (about 1.58 million)', () => {
    // 人口推計 2023-10-01 (millions): total 124.35, 65+ 36.23, 75+ 20.08.
    const deaths = expectedDeaths(124.35e6, 36.23e6, 20.08e6);
    expect(deaths).toBeGreaterThan(1.54e6);
    expect(deaths).toBeLessThan(1.61e6);
    expect(DEATHS_PER_1000.from75).toBeGreaterThan(DEATHS_PER_1000.from65to74);
  });

  it('gives each town the deaths its population and ageing rate predict, and plausible shares by place', () => {
    for (const town of [...smallTowns, mediumTown()]) {
      const s = town.rows.statistics!;
      const [pop, pop65, pop75, deaths] = [s.population, s.population65, s.population75, s.deaths] as number[];
      const expected = expectedDeaths(pop!, pop65!, pop75!);
      const where = `${town.townName} seed ${town.seed}`;
      expect({ where, low: deaths! >= Math.floor(expected * (1 - DEATHS_SPREAD)), high: deaths! <= Math.ceil(expected * (1 + DEATHS_SPREAD)) }).toEqual({ where, low: true, high: true });
      // Crude death rate: 13 per 1,000 nationally (2023, 29 % aged 65+); higher where 34–42 % are 65+.
      const crude = (deaths! / pop!) * 1000;
      if (town.rows.resources.length <= 200) {
        expect(crude).toBeGreaterThan(12);
        expect(crude).toBeLessThan(23);
      }
      const home = (s.deathsAtHome as number) / deaths!;
      const nursing = (s.deathsAtNursingHome as number) / deaths!;
      expect(home).toBeGreaterThanOrEqual(HOME_DEATH_SHARE.min - 0.01);
      expect(home).toBeLessThanOrEqual(HOME_DEATH_SHARE.max + 0.01);
      expect(nursing).toBeGreaterThanOrEqual(NURSING_HOME_DEATH_SHARE.min - 0.01);
      expect(nursing).toBeLessThanOrEqual(NURSING_HOME_DEATH_SHARE.max + 0.01);
    }
  });

  it('makes an older town die more: deaths per 1,000 rise with the share aged 75+', () => {
    const young = expectedDeaths(10000, 2600, 1300);
    const old = expectedDeaths(10000, 4200, 2400);
    expect(old / young).toBeGreaterThan(1.6);
  });
});

describe('consultations a one- or two-person desk can handle', () => {
  it.each(SEEDS.slice(0, 12))('seed %p: the year-to-date count, annualized, sits in the documented range per 1,000 aged 65+', (seed) => {
    const town = smallTowns[seed - 1]!;
    const { start, end } = fiscalYearSpan(town.fiscalYear);
    const today = daysOf(town.today);
    let elapsed = 0;
    let year = 0;
    for (let d = start; d <= end; d++) {
      if (!isWorkday(d)) continue;
      year++;
      if (d < today) elapsed++;
    }
    const consultations = town.rows.consultations;
    const perYear = (consultations.length * year) / elapsed;
    const per1000 = (perYear / (town.rows.statistics!.population65 as number)) * 1000;
    expect(per1000).toBeGreaterThanOrEqual(CONSULTATIONS_PER_1000_AGED_65.min);
    expect(per1000).toBeLessThanOrEqual(CONSULTATIONS_PER_1000_AGED_65.max);
    expect(consultations.length / elapsed).toBeLessThanOrEqual(DESK_CAPACITY.perWorkday);
    const perDay = new Map<string, number>();
    for (const c of consultations) perDay.set(c.receivedDate, (perDay.get(c.receivedDate) ?? 0) + 1);
    expect(Math.max(...perDay.values())).toBeLessThanOrEqual(DESK_CAPACITY.busiestDay);
    for (const day of perDay.keys()) expect(isWorkday(daysOf(day))).toBe(true);
  });
});

describe('plan targets on the indicator that measures them', () => {
  const MEASURES: readonly (readonly [RegExp, string])[] = [
    [/資源リストの.*確認・更新/, 'P57'],
    [/多職種連携会議/, 'P08'],
    [/医療系・介護系.*半々/, 'P14'],
  ];

  it.each(SEEDS.slice(0, 6))('seed %p: each goal names the indicator that measures it, with a target in its unit', (seed) => {
    const town = smallTowns[seed - 1]!;
    const targeted = town.rows.plan.filter((p) => p.indicatorId !== null);
    expect(targeted.map((p) => p.indicatorId).sort()).toEqual([...SAMPLE_PLAN_INDICATOR_IDS].sort());
    for (const p of targeted) {
      const indicator = findIndicator(p.indicatorId!)!;
      expect(indicator).toBeDefined();
      expect({ item: p.item, activity: p.activity }).toEqual({ item: p.item, activity: indicator.activity });
      const [, id] = MEASURES.find(([re]) => re.test(`${p.item} ${p.goal}`)) ?? [null, null];
      expect({ item: p.item, goal: p.goal, id: p.indicatorId }).toEqual({ item: p.item, goal: p.goal, id });
      expect(p.targetValue).toBe(SAMPLE_PLAN_TARGETS[id as keyof typeof SAMPLE_PLAN_TARGETS]);
      if (indicator.unit === '%') expect(p.targetValue! >= 0 && p.targetValue! <= 100).toBe(true);
      // A target is judged: the indicator has a direction, so 達成 shows a mark.
      expect(indicator.direction).not.toBe('none');
    }
    for (const p of town.rows.plan.filter((x) => x.indicatorId === null)) {
      expect({ item: p.item, claimed: MEASURES.some(([re]) => re.test(`${p.item} ${p.goal}`)) }).toEqual({ item: p.item, claimed: false });
    }
  });

  it('judges every sample target (P14 as a balance: 50 % met from either side)', () => {
    const town = smallTowns[0]!;
    const results = computeIndicators(town.rows, { fiscalYear: town.fiscalYear, today: town.today });
    for (const id of SAMPLE_PLAN_INDICATOR_IDS) {
      const r = results.find((x) => x.id === id)!;
      expect(r.target).toBe(SAMPLE_PLAN_TARGETS[id]);
      expect(['○', '△', '×']).toContain(r.achieved);
    }
    expect(findIndicator('P14')?.direction).toBe('closer');
    expect(achievement(46, 50, 'closer')).toBe('○');
    expect(achievement(54, 50, 'closer')).toBe('○');
    expect(definitionText(findIndicator('P14')!)).toContain('目標との差が目標の10%以内で達成');
  });
});
