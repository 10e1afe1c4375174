/**
 * The validation engine's public contract. Input: raw grids exactly as hosts read them;
 * output: normalized typed rows plus findings. The engine never mutates its input.
 */
import type { Grid } from '../core/cell';
import type { Finding } from '../core/findings';
import type { AnyRow } from '../spec/row-types';
import type { SheetId } from '../spec/types';
import type {
  AttendeeRow,
  ConsultationRow,
  ContactRow,
  EventRow,
  IssueRow,
  NoticeTemplateRow,
  PlanRow,
  ResourceRow,
  SettingsRow,
  SharingAdoptionRow,
  StatisticsRow,
  BcpRow,
  ContactTreeRow,
  CoverPairRow,
  EmergencyCareRow,
  EquipmentRow,
} from '../sheets/rows';

/** Tab name → grid, as a host reads a workbook (every sheet read once, whole). */
export type WorkbookValues = Readonly<Record<string, Grid>>;

/** Validated, normalized rows of a town's workbook. */
export interface TownRows {
  readonly settings: SettingsRow | null;
  readonly resources: readonly ResourceRow[];
  readonly contacts: readonly ContactRow[];
  readonly events: readonly EventRow[];
  readonly attendees: readonly AttendeeRow[];
  readonly issues: readonly IssueRow[];
  readonly consultations: readonly ConsultationRow[];
  readonly sharingAdoption: readonly SharingAdoptionRow[];
  readonly plan: readonly PlanRow[];
  readonly statistics: StatisticsRow | null;
  readonly noticeTemplates: readonly NoticeTemplateRow[];
  // Registers added with issue 13. Optional so rows assembled before they existed stay valid;
  // absent means the same as an empty sheet (readers use `?? []`).
  readonly contactTree?: readonly ContactTreeRow[];
  readonly equipment?: readonly EquipmentRow[];
  readonly bcp?: readonly BcpRow[];
  readonly coverPairs?: readonly CoverPairRow[];
  readonly emergencyCare?: readonly EmergencyCareRow[];
}

export interface ValidateOptions {
  /** Today's date in Asia/Tokyo as 'YYYY-MM-DD' (for staleness); defaults to the clock. */
  readonly today?: string;
}

/** Where each column was found in a sheet (0-based), so hosts can write back in place. */
export interface SheetLayout {
  readonly sheetId: SheetId;
  readonly tabName: string;
  /** 0-based index of the header row (table sheets) — usually 0; -1 for keyValue sheets (no header row). */
  readonly headerRow: number;
  /** column key → 0-based column index (table sheets) or row index (keyValue sheets). */
  readonly columns: Readonly<Record<string, number>>;
  /** Headers present in the sheet that the spec does not know (kept untouched). */
  readonly extraHeaders: readonly string[];
}

export interface ValidationResult {
  readonly findings: readonly Finding[];
  readonly rows: TownRows;
  readonly layouts: Readonly<Partial<Record<SheetId, SheetLayout>>>;
  readonly errorCount: number;
  readonly warningCount: number;
}

/** Options of validateSheet (one sheet on its own). */
export interface SheetValidateOptions extends ValidateOptions {
  /** Tab name used in findings; defaults to the spec's Japanese name. */
  readonly tabName?: string;
}

/** Result of validating one sheet on its own (no cross-sheet checks). */
export interface SheetValidation {
  readonly findings: readonly Finding[];
  /** Valid rows (AnyRow; cast to the sheet's row type where the spec is known statically). */
  readonly rows: readonly AnyRow[];
  /** null when no header row was found (table) or the grid is blank. */
  readonly layout: SheetLayout | null;
}
