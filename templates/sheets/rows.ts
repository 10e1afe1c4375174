/** Typed validated rows of each standardized sheet (derived from the specs). */
import type { RowOf } from '../spec/row-types';
import type { attendeesSheet } from './attendees';
import type { consultationsSheet } from './consultations';
import type { contactsSheet } from './contacts';
import type { eventsSheet } from './events';
import type { issuesSheet } from './issues';
import type { noticeTemplatesSheet } from './notice-templates';
import type { planSheet } from './plan';
import type { resourcesSheet } from './resources';
import type { settingsSheet } from './settings';
import type { sharingAdoptionSheet } from './sharing';
import type { statisticsSheet } from './statistics';

export type SettingsRow = RowOf<typeof settingsSheet>;
export type ResourceRow = RowOf<typeof resourcesSheet>;
export type ContactRow = RowOf<typeof contactsSheet>;
export type EventRow = RowOf<typeof eventsSheet>;
export type AttendeeRow = RowOf<typeof attendeesSheet>;
export type IssueRow = RowOf<typeof issuesSheet>;
export type ConsultationRow = RowOf<typeof consultationsSheet>;
export type SharingAdoptionRow = RowOf<typeof sharingAdoptionSheet>;
export type PlanRow = RowOf<typeof planSheet>;
export type StatisticsRow = RowOf<typeof statisticsSheet>;
export type NoticeTemplateRow = RowOf<typeof noticeTemplatesSheet>;
