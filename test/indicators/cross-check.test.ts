/**
 * The TypeScript twin and the live formulas agree: for 200+ generated towns and hand-made edge
 * towns, every indicator's value, target and 達成 computed in TS equals what HyperFormula computes
 * from the 指標 sheet over the same cells (numbers within 1e-9, null ↔ "").
 */
import { generateTown, generateTowns, SMALL_TOWN } from '../../templates/sample';
import type { SampleTown, TownSize } from '../../templates/sample/types';
import type { TownRows } from '../../templates/validate/types';
import { computeIndicators } from '../../templates/indicators';
import { mismatches } from './compare';
import { asSampleTown, FIXTURE_ROWS, FIXTURE_STATISTICS } from './fixture-town';

/** Small enough that 200 HyperFormula workbooks build in seconds, big enough to hit every branch. */
const TINY_TOWN: TownSize = { resources: 24, contacts: 20, events: 9, attendees: 45, consultations: 40, issues: 6, planRows: 10 };

/** 200 towns: three fiscal years, "today" at the year's end (so January–March have data) or mid-year. */
function generatedTowns(): SampleTown[] {
  const towns: SampleTown[] = [];
  for (let i = 0; i < 200; i++) {
    const fiscalYear = 2024 + (i % 3);
    const today = i % 2 === 0 ? `${fiscalYear + 1}-03-31` : `${fiscalYear}-10-15`;
    towns.push(generateTown({ seed: 9000 + i, size: TINY_TOWN, fiscalYear, today }));
  }
  return towns;
}

const EMPTY: TownRows = {
  settings: FIXTURE_ROWS.settings,
  resources: [],
  contacts: [],
  events: [],
  attendees: [],
  issues: [],
  consultations: [],
  sharingAdoption: [],
  plan: [],
  statistics: null,
  noticeTemplates: [],
};

const EDGE_TOWNS: [string, SampleTown][] = [
  ['empty sheets', asSampleTown(EMPTY)],
  ['zero deaths and population', asSampleTown({ ...FIXTURE_ROWS, statistics: { ...FIXTURE_STATISTICS, deaths: 0, population: 0, population65: 0 } })],
  ['missing statistics items', asSampleTown({ ...FIXTURE_ROWS, statistics: { ...FIXTURE_STATISTICS, deathsAtNursingHome: null, population75: null, insuredPrimary: null, careCoordinationGuidance: null } })],
  ['zero discharges', asSampleTown({ ...FIXTURE_ROWS, statistics: { ...FIXTURE_STATISTICS, admittedClients: 0, dischargedNeedingCare: 0, jointDischargeGuidance: 0 } })],
  ['no events', asSampleTown({ ...FIXTURE_ROWS, events: [], attendees: [], issues: FIXTURE_ROWS.issues })],
  ['events but no attendees', asSampleTown({ ...FIXTURE_ROWS, attendees: [] })],
  ['fixture read as fiscal year 2024', asSampleTown(FIXTURE_ROWS, 2024)],
  ['fixture read as fiscal year 2026', asSampleTown(FIXTURE_ROWS, 2026)],
  ['no consultation closed', asSampleTown({ ...FIXTURE_ROWS, consultations: FIXTURE_ROWS.consultations.map((c) => ({ ...c, status: '対応中' as const, closedDate: null })) })],
];

describe('TS twin = formulas (HyperFormula)', () => {
  const towns = generatedTowns();

  it('generates 200 distinct towns with data in every fiscal month', () => {
    expect(towns).toHaveLength(200);
    const march = towns.filter((t) => t.rows.consultations.some((c) => c.receivedDate.slice(5, 7) === '03'));
    expect(march.length).toBeGreaterThan(50);
  });

  it.each(towns.map((t, i) => [i, t.seed, t]))('generated town %i (seed %i)', (_i, _seed, town) => {
    expect(mismatches(town as SampleTown)).toEqual([]);
  });

  it.each(generateTowns(3, 4242, SMALL_TOWN).map((t) => [t.townName, t]))('SMALL_TOWN %s', (_name, town) => {
    expect(mismatches(town as SampleTown)).toEqual([]);
  });

  it.each(EDGE_TOWNS)('edge town: %s', (_name, town) => {
    expect(mismatches(town)).toEqual([]);
  });

  it('edge towns really are edges: the empty town has nulls and zeros only', () => {
    const res = computeIndicators(EMPTY, { fiscalYear: 2025, today: '2025-12-01' });
    expect(res.filter((r) => r.value !== null && r.value !== 0)).toEqual([]);
    expect(res.filter((r) => r.value === null).map((r) => r.id)).toEqual(
      expect.arrayContaining(['P14', 'P50', 'P52', 'P55', 'P57', 'P61', 'P65', 'P66', 'O01', 'O02', 'O03', 'O05', 'O06', 'O07', 'P80', 'P81', 'P82', 'P83']),
    );
  });
});
