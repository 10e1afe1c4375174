/**
 * The standardized sheets: one spec per sheet, the shared vocabularies (dropdown lists), the
 * registry in tab order and the typed rows validation hands on.
 * @example
 * import { SHEETS, resourcesSheet } from './sheets';
 * SHEETS.map((s) => s.name); // ['設定', '資源リスト', …]
 */
export * from './vocabulary';
export { settingSide, townProfessionSides, type SideSettings } from './profession-sides';
export { settingsSheet } from './settings';
export { resourcesSheet } from './resources';
export { contactsSheet } from './contacts';
export { eventsSheet } from './events';
export { attendeesSheet } from './attendees';
export { issuesSheet } from './issues';
export { consultationsSheet } from './consultations';
export { sharingAdoptionSheet, sharingFormSpec } from './sharing';
export { planSheet, PLAN_MONTH_KEYS } from './plan';
export { statisticsSheet } from './statistics';
export { noticeTemplatesSheet, NOTICE_KINDS } from './notice-templates';
export { contactTreeSheet } from './contact-tree';
export { equipmentSheet } from './equipment';
export { bcpSheet } from './bcp';
export { coverPairsSheet } from './cover-pairs';
export { emergencyCareSheet } from './emergency-care';
export * from './registers-vocabulary';
export { SHEETS, getSheet, sheetForTabName, type SheetSpecs } from './registry';
export type * from './rows';
