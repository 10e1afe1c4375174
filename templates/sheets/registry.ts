/**
 * The registry of standardized sheets, in workbook tab order. Adding a sheet is a checklist
 * (CONTRIBUTING.md): write its spec module, list it here, give it sample rows in sample/.
 */
import type { SheetId, SheetSpec } from '../spec/types';
import { attendeesSheet } from './attendees';
import { consultationsSheet } from './consultations';
import { contactsSheet } from './contacts';
import { eventsSheet } from './events';
import { issuesSheet } from './issues';
import { noticeTemplatesSheet } from './notice-templates';
import { planSheet } from './plan';
import { resourcesSheet } from './resources';
import { settingsSheet } from './settings';
import { sharingAdoptionSheet } from './sharing';
import { statisticsSheet } from './statistics';
import { bcpSheet } from './bcp';
import { contactTreeSheet } from './contact-tree';
import { coverPairsSheet } from './cover-pairs';
import { emergencyCareSheet } from './emergency-care';
import { equipmentSheet } from './equipment';

export const SHEETS = [
  settingsSheet,
  resourcesSheet,
  contactsSheet,
  eventsSheet,
  attendeesSheet,
  issuesSheet,
  consultationsSheet,
  sharingAdoptionSheet,
  planSheet,
  statisticsSheet,
  noticeTemplatesSheet,
  // Registers of issue 13 (D-18, D-05): after the existing tabs so older workbooks keep their order.
  contactTreeSheet,
  equipmentSheet,
  bcpSheet,
  coverPairsSheet,
  emergencyCareSheet,
] as const satisfies readonly SheetSpec[];

export type SheetSpecs = typeof SHEETS;

const BY_ID = new Map<SheetId, SheetSpec>(SHEETS.map((s) => [s.id, s]));

/** The spec of a sheet id. @throws Error for an unknown id (programmer error). */
export function getSheet(id: SheetId): SheetSpec {
  const spec = BY_ID.get(id);
  if (!spec) throw new Error(`unknown sheet id: ${id}`);
  return spec;
}

/** Finds the spec for a tab name, accepting the current name and known older names. */
export function sheetForTabName(tabName: string): SheetSpec | undefined {
  const name = tabName.trim();
  return SHEETS.find((s: SheetSpec) => s.name === name || (s.aliases ?? []).includes(name));
}
