/**
 * The indicator catalogue: every group module listed once, in sheet order (体制, 過程, 結果).
 * Adding an indicator: write it in its group module with a new id, then it appears here, on the
 * 指標 sheet, in computeIndicators and in the HyperFormula cross-check without further edits.
 */
import { CONSULTATION_INDICATORS, LAY_REQUESTER_INDICATOR } from './process-consultations';
import { COMMUNITY_CARE_MEETING_INDICATOR, MEETING_INDICATORS } from './process-meetings';
import { RECORD_INDICATORS } from './process-records';
import { OUTCOME_INDICATORS } from './outcome';
import { REGISTER_INDICATORS } from './registers';
import { STRUCTURE_INDICATORS } from './structure';
import type { Indicator } from './types';

// The register indicators (S26…, P67…, issue 13) come last so every earlier row of the 指標 sheet keeps its place.
export const INDICATORS: readonly Indicator[] = [
  ...STRUCTURE_INDICATORS,
  ...MEETING_INDICATORS,
  ...CONSULTATION_INDICATORS,
  ...RECORD_INDICATORS,
  ...OUTCOME_INDICATORS,
  ...REGISTER_INDICATORS,
  // Issue 12 (domain fidelity): new event type and requesters, appended for the same reason.
  COMMUNITY_CARE_MEETING_INDICATOR,
  LAY_REQUESTER_INDICATOR,
];

const BY_ID = new Map<string, Indicator>();
for (const ind of INDICATORS) {
  if (!/^[SPO]\d{2}$/.test(ind.id)) throw new Error(`malformed indicator id: ${ind.id}`);
  if (BY_ID.has(ind.id)) throw new Error(`duplicate indicator id: ${ind.id}`);
  BY_ID.set(ind.id, ind);
}

/** All ids in sheet order. */
export const INDICATOR_IDS: readonly string[] = INDICATORS.map((i) => i.id);

/**
 * The indicator of an id (case-insensitive and untrimmed, exactly like MATCH on the sheet), or undefined.
 * @example findIndicator('o01')?.name // '在宅看取り率（自宅）'
 */
export function findIndicator(id: string): Indicator | undefined {
  return BY_ID.get(id.toUpperCase());
}
