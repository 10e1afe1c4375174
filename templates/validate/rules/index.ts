/** Registry of single-sheet domain rules by sheet id (cross-sheet rules live in workbook.ts). */
import type { SheetId } from '../../spec/types';
import type { SheetOutcome } from '../outcome';
import { checkAttendees } from './attendees';
import { checkConsultations } from './consultations';
import type { RuleContext } from './context';
import { checkEvents } from './events';
import { checkPlan } from './plan';
import { checkResources } from './resources';
import { checkStatistics } from './statistics';
import { checkContactTree, checkCoverPairs, checkStaleRegister } from './registers';

export type { RuleContext } from './context';
export type SheetRule = (outcome: SheetOutcome, ctx: RuleContext) => void;

export const SHEET_RULES: Readonly<Partial<Record<SheetId, readonly SheetRule[]>>> = {
  resources: [checkResources],
  events: [checkEvents],
  consultations: [checkConsultations],
  attendees: [checkAttendees],
  plan: [checkPlan],
  statistics: [checkStatistics],
  contactTree: [checkStaleRegister, checkContactTree],
  equipment: [checkStaleRegister],
  bcp: [checkStaleRegister],
  coverPairs: [checkStaleRegister, checkCoverPairs],
  emergencyCare: [checkStaleRegister],
};

/** Runs the sheet's own rules (after its rows are built). */
export function applySheetRules(outcome: SheetOutcome, ctx: RuleContext): void {
  for (const rule of SHEET_RULES[outcome.spec.id] ?? []) rule(outcome, ctx);
}
