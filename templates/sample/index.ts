/**
 * Deterministic sample towns (fictional data only) for demos, tests and benchmarks:
 * generateTown → typed rows that validate cleanly; townToWorkbookValues → the cells we would write.
 */
import { getSheet, SHEETS } from '../sheets/registry';
import type { SheetId, SheetSpec } from '../spec/types';
import type { NormalizedValue } from '../spec/row-types';
import { rowsToGrid } from '../spec/to-cells';
import type { TownRows, WorkbookValues } from '../validate/types';
import type { Grid } from '../core/cell';
import { daysOf, fiscalYearSpan, isoOf } from './calendar';
import type { GenContext } from './context';
import { generateConsultations } from './gen-consultations';
import { generateContacts } from './gen-contacts';
import { generateEvents } from './gen-events';
import { generateIssues } from './gen-issues';
import { generatePlan } from './gen-plan';
import { generateRegisters } from './gen-registers';
import { generateResources, markToolUsers } from './gen-resources';
import { generateSettings, generateStatistics } from './gen-settings';
import { generateSharingAdoption } from './gen-sharing';
import { lgCode } from './lg-code';
import { PREFECTURES } from './names';
import { Rng } from './prng';
import { drawIdentity, TownDirectory, townNameAt, type IdentityOverrides } from './town-identity';
import { SMALL_TOWN, type SampleTown, type SampleTownOptions, type TownSize } from './types';

export { SMALL_TOWN, LARGE_TOWN } from './types';
export type { SampleTown, SampleTownOptions, TownSize } from './types';
export { SAMPLE_PLAN_INDICATOR_IDS, SAMPLE_PLAN_TARGETS } from './gen-plan';
export { SAMPLE_EMAIL_DOMAINS } from './names';
export { lgCheckDigit, lgCode } from './lg-code';
export { STALE_SHARE } from './gen-resources';

/** A medium town between SMALL_TOWN and LARGE_TOWN (a small city). */
export const MEDIUM_TOWN: TownSize = { resources: 400, contacts: 500, events: 40, attendees: 1200, consultations: 2000, issues: 60, planRows: 24 };

/** Options of {@link generateTown}, plus identity overrides used to keep many towns distinct. */
export interface GenerateTownOptions extends SampleTownOptions, IdentityOverrides {}

/**
 * A fictional town's validated-looking rows. Same options → deep-equal output; no clock, no Math.random.
 * @throws RangeError when `today` is malformed or falls before the fiscal year starts (nothing could have happened yet).
 * @example generateTown({ seed: 1 }).rows.resources.length // 60
 * @example generateTown({ seed: 7, size: LARGE_TOWN, fiscalYear: 2024 })
 */
export function generateTown(opts: GenerateTownOptions): SampleTown {
  const size = opts.size ?? SMALL_TOWN;
  const fiscalYear = opts.fiscalYear ?? 2025;
  const todayIso = opts.today ?? `${fiscalYear}-12-01`;
  const root = new Rng(opts.seed);
  // One independent stream per part, so changing how one sheet is drawn never reshuffles the others.
  const streams = Array.from({ length: 10 }, (_, i) => root.fork(i));
  const stream = (i: number): Rng => streams[i] as Rng;
  const overrides: IdentityOverrides = {
    ...(opts.townName !== undefined ? { townName: opts.townName } : {}),
    ...(opts.prefecture !== undefined ? { prefecture: opts.prefecture } : {}),
    ...(opts.lgCode !== undefined ? { lgCode: opts.lgCode } : {}),
  };
  const town = drawIdentity(stream(0), overrides);
  const { start, end } = fiscalYearSpan(fiscalYear);
  if (daysOf(todayIso) <= start) throw new RangeError(`today ${todayIso} must fall after the start of fiscal year ${fiscalYear}`);
  const base = { size, town, directory: new TownDirectory(town, stream(1)), fiscalYear, fyStart: start, fyEnd: end, today: daysOf(todayIso) };
  const ctx = (i: number): GenContext => ({ ...base, rng: stream(i) });

  const drafted = generateResources(ctx(2));
  const sharing = generateSharingAdoption(ctx(3), drafted);
  const resources = markToolUsers(stream(3), drafted, sharing.activeUsers);
  const contacts = generateContacts(ctx(4), resources);
  const { events, attendees } = generateEvents(ctx(5), contacts);
  const issues = generateIssues(ctx(6), events);
  const consultations = generateConsultations(ctx(7), resources);
  const plan = generatePlan(ctx(8));
  const rows: TownRows = {
    settings: generateSettings(ctx(9)),
    resources,
    contacts,
    events,
    attendees,
    issues,
    consultations,
    sharingAdoption: sharing.rows,
    plan,
    statistics: generateStatistics(ctx(9), resources),
    noticeTemplates: [],
    // A stream forked after the others, so adding the registers left every other sheet unchanged.
    ...generateRegisters({ ...base, rng: root.fork(10) }, contacts, resources),
  };
  return { seed: opts.seed, townName: town.townName, fiscalYear, today: isoOf(base.today), rows };
}

/**
 * `count` distinct towns of one prefecture (distinct names and 団体コード), seeds baseSeed, baseSeed+1, ….
 * @example generateTowns(5, 100).map((t) => t.townName)
 */
export function generateTowns(count: number, baseSeed: number, size?: TownSize, fiscalYear?: number): SampleTown[] {
  const prefecture = PREFECTURES[Math.abs(baseSeed) % PREFECTURES.length] as (typeof PREFECTURES)[number];
  const firstName = Math.abs(baseSeed * 7) % 48;
  const towns: SampleTown[] = [];
  for (let i = 0; i < count; i++) {
    towns.push(
      generateTown({
        seed: baseSeed + i,
        ...(size ? { size } : {}),
        ...(fiscalYear !== undefined ? { fiscalYear } : {}),
        townName: townNameAt(firstName + i),
        prefecture: prefecture.name,
        // Municipality numbers 301, 303, … stay distinct and inside the town/village range.
        lgCode: lgCode(prefecture.number, 301 + ((i * 2) % 299)),
      }),
    );
  }
  return towns;
}

/**
 * The rows of one sheet of a town, as plain records (keyValue sheets: one record or none).
 * @example sheetRows(generateTown({ seed: 1 }).rows, 'settings').length // 1
 */
export function sheetRows(rows: TownRows, id: SheetId): readonly Readonly<Record<string, NormalizedValue>>[] {
  const value = rows[id as keyof TownRows] as unknown;
  if (value === null || value === undefined) return [];
  return (Array.isArray(value) ? value : [value]) as readonly Readonly<Record<string, NormalizedValue>>[];
}

/**
 * Tab name → grid, in registry order, exactly as a host would read the written workbook
 * (layouts in templates/spec/to-cells.ts).
 * @example townToWorkbookValues(generateTown({ seed: 1 }))['資源リスト'][0][0] // '資源ID'
 */
export function townToWorkbookValues(town: SampleTown): WorkbookValues {
  const out: Record<string, Grid> = {};
  for (const spec of SHEETS as readonly SheetSpec[]) out[spec.name] = rowsToGrid(spec, sheetRows(town.rows, spec.id));
  return out;
}

/** The spec of a sheet id (re-exported for sample consumers). */
export const sheetSpec = getSheet;

export { messyWorkbookValues, TOWN_OWN_HEADER, type MessyOptions } from './messy';
