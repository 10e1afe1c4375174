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

export const SMALL_TOWN: TownSize = { resources: 60, contacts: 80, events: 12, attendees: 240, consultations: 200, issues: 20, planRows: 16 };
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
