/**
 * One pass over a town's rows that the process indicators share (events of the fiscal year,
 * attendance by profession side, consultation tallies). Cached per TownRows object and fiscal year,
 * so computing the whole catalogue touches every large sheet once.
 */
import { townProfessionSides } from '../sheets/profession-sides';
import { FISCAL_MONTHS, type ProfessionSide } from '../sheets/vocabulary';
import type { EventRow } from '../sheets/rows';
import type { TownRows } from '../validate/types';

export interface ConsultationFacts {
  /** Consultations received in the fiscal year. */
  readonly total: number;
  /** Index 0 = April … 11 = March. */
  readonly byMonth: readonly number[];
  readonly byProfession: ReadonlyMap<string, number>;
  readonly byScene: ReadonlyMap<string, number>;
  readonly byCategory: ReadonlyMap<string, number>;
  readonly open: number;
  readonly linkedHoukatsu: number;
  /** Days from receipt to close of completed consultations (unsorted). */
  readonly closedDays: readonly number[];
}

export interface TownFacts {
  readonly fiscalYear: number;
  /** 'YYYY-04-01' of the fiscal year and of the next one: dates d with start <= d < end belong to the year. */
  readonly start: string;
  readonly end: string;
  readonly eventsInYear: readonly EventRow[];
  /** Attended (○) rows of events held in the fiscal year, per event type. */
  readonly attendedByEventType: ReadonlyMap<string, number>;
  /** The same rows per profession side of the attendee (contact's profession when linked; sides per 設定). */
  readonly attendedBySide: ReadonlyMap<ProfessionSide, number>;
  readonly consultations: ConsultationFacts;
  /** Issues whose 把握した会議 was held in the fiscal year. */
  readonly issuesFoundInYear: number;
}

/** ids are matched case-insensitively, as MATCH does in every spreadsheet. */
export const idKey = (id: string): string => id.toUpperCase();

/**
 * Rows the sheet counts with COUNTA(id column)-1: those with an id. Validated rows always have
 * one; rows read from cells (cell-view.ts) may not, and still count in every COUNTIFS.
 */
export function listedCount(rows: readonly { readonly id: string | null }[]): number {
  let n = 0;
  for (const r of rows) if (r.id !== null) n++;
  return n;
}

/** True when an ISO date lies in [start, end). */
export const isBetween = (date: string | null, start: string, end: string): boolean => date !== null && date >= start && date < end;

const DAY_MS = 86_400_000;

/** UTC midnight of an ISO date in ms (UTC only so that no time zone can shift a day). */
function utcMs(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
}

/** Whole days from a to b (ISO dates). */
export function daysBetween(a: string, b: string): number {
  return Math.round((utcMs(b) - utcMs(a)) / DAY_MS);
}

/** Median as spreadsheets compute it (mean of the two middle values for an even count); null when empty. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((x, y) => x - y);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

const bump = <K>(m: Map<K, number>, k: K): void => {
  m.set(k, (m.get(k) ?? 0) + 1);
};

const MONTH_INDEX = new Map<number, number>(FISCAL_MONTHS.map((m, i) => [m, i]));

/**
 * Rows by id, the first row winning as MATCH does. Rows read from cells may lack an id (the
 * sheet still counts them elsewhere); MATCH can never find those.
 */
function firstById<R extends { readonly id: string }>(rows: readonly R[]): Map<string, R> {
  const map = new Map<string, R>();
  for (const r of rows) {
    if (r.id === null) continue;
    const k = idKey(r.id);
    if (!map.has(k)) map.set(k, r);
  }
  return map;
}

function consultationFacts(town: TownRows, start: string, end: string): ConsultationFacts {
  const byMonth = new Array<number>(12).fill(0);
  const byProfession = new Map<string, number>();
  const byScene = new Map<string, number>();
  const byCategory = new Map<string, number>();
  const closedDays: number[] = [];
  let total = 0;
  let open = 0;
  let linked = 0;
  for (const c of town.consultations) {
    const d = c.receivedDate;
    if (!isBetween(d, start, end)) continue;
    total++;
    const mi = MONTH_INDEX.get(Number(d.slice(5, 7)));
    if (mi !== undefined) byMonth[mi] = (byMonth[mi] as number) + 1;
    bump(byProfession, c.requesterProfession);
    bump(byScene, c.scene);
    bump(byCategory, c.category);
    if (c.status === '対応中') open++;
    if (c.linkedHoukatsu === true) linked++;
    if (c.status === '完了' && c.closedDate !== null) closedDays.push(daysBetween(d, c.closedDate));
  }
  return { total, byMonth, byProfession, byScene, byCategory, open, linkedHoukatsu: linked, closedDays };
}

function computeFacts(town: TownRows, fiscalYear: number): TownFacts {
  const start = `${fiscalYear}-04-01`;
  const end = `${fiscalYear + 1}-04-01`;
  const eventById = firstById(town.events);
  const contactById = firstById(town.contacts);
  const eventsInYear = town.events.filter((e) => isBetween(e.date, start, end));

  const attendedByEventType = new Map<string, number>();
  const attendedBySide = new Map<ProfessionSide, number>();
  const sides = townProfessionSides(town.settings);
  for (const a of town.attendees) {
    if (a.attended !== true || a.eventId === null) continue;
    const ev = eventById.get(idKey(a.eventId));
    if (!ev || !isBetween(ev.date, start, end)) continue;
    bump(attendedByEventType, ev.type);
    const contact = a.contactId === null ? undefined : contactById.get(idKey(a.contactId));
    const profession: string | null = contact ? contact.profession : a.profession;
    // A profession outside the list (read from cells as typed) belongs to no side, as on the sheet.
    const side = profession === null ? undefined : sides.get(profession);
    if (side !== undefined) bump(attendedBySide, side);
  }

  let issuesFoundInYear = 0;
  for (const i of town.issues) {
    if (i.eventId === null) continue;
    const ev = eventById.get(idKey(i.eventId));
    if (ev && isBetween(ev.date, start, end)) issuesFoundInYear++;
  }

  return {
    fiscalYear,
    start,
    end,
    eventsInYear,
    attendedByEventType,
    attendedBySide,
    consultations: consultationFacts(town, start, end),
    issuesFoundInYear,
  };
}

const CACHE = new WeakMap<TownRows, Map<number, TownFacts>>();

/**
 * Shared tallies for a town and fiscal year (computed once, then cached; rows are treated as immutable).
 * @example townFacts(town, { fiscalYear: 2025 }).consultations.byMonth[0] // April's consultations
 */
export function townFacts(town: TownRows, ctx: { readonly fiscalYear: number }): TownFacts {
  let perYear = CACHE.get(town);
  if (!perYear) {
    perYear = new Map();
    CACHE.set(town, perYear);
  }
  let facts = perYear.get(ctx.fiscalYear);
  if (!facts) {
    facts = computeFacts(town, ctx.fiscalYear);
    perYear.set(ctx.fiscalYear, facts);
  }
  return facts;
}

/** Events of the fiscal year whose type is one of `types`. */
export function eventsOfTypes(facts: TownFacts, types: readonly string[]): EventRow[] {
  return facts.eventsInYear.filter((e) => types.includes(e.type));
}

