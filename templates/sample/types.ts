/** Contract of the deterministic sample-town generator (fictional data only). */
import type { TownRows } from '../validate/types';

export interface TownSize {
  readonly resources: number;
  readonly contacts: number;
  readonly events: number;
  readonly attendees: number;
  readonly consultations: number;
  readonly issues: number;
  readonly planRows: number;
}

/**
 * The town the demo and the sample workbook show. 90 consultations from April to 1 December
 * (about 135 a year, 20–40 per 1,000 residents aged 65+) is the load of a one- or two-person desk
 * (demography.ts, README.md 相談件数).
 */
export const SMALL_TOWN: TownSize = { resources: 60, contacts: 80, events: 12, attendees: 240, consultations: 90, issues: 20, planRows: 16 };
/** A load size for benchmarks (50,000 consultations is no real desk's year). */
export const LARGE_TOWN: TownSize = { resources: 5000, contacts: 4000, events: 1000, attendees: 20000, consultations: 50000, issues: 800, planRows: 60 };

export interface SampleTownOptions {
  /** Same seed → byte-identical town. */
  readonly seed: number;
  readonly size?: TownSize;
  /** Western year of April of the fiscal year (2025 = 令和7年度). Default 2025. */
  readonly fiscalYear?: number;
  /** 'YYYY-MM-DD' used as "today" for last-verified dates etc. Default: 1 Dec of the fiscal year. */
  readonly today?: string;
}

export interface SampleTown {
  readonly seed: number;
  readonly townName: string;
  readonly fiscalYear: number;
  readonly today: string;
  readonly rows: TownRows;
}
