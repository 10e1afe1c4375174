/**
 * A town for the sending tests: one meeting (E001) with `n` invited e-mail recipients — the first
 * ones with names that test the edges (𠮷 outside the BMP, HTML markup, strings that start with
 * = + - @) — plus one FAX and one postal recipient, as the workbook values Sheets would hold.
 */
import { townToWorkbookValues, type SampleTown } from '../../templates/sample';
import { attendeesSheet } from '../../templates/sheets/attendees';
import { contactsSheet } from '../../templates/sheets/contacts';
import type { AttendeeRow, ContactRow } from '../../templates/sheets/rows';
import type { WorkbookValues } from '../../templates/validate/types';
import { EVENT_E001, fill, SETTINGS } from '../notices/fixtures';

export const EDGE_NAMES = ['𠮷野 花子', '<script>alert("x")</script> & 山田', '=HYPERLINK("http://evil.example","x")', '+81 佐藤', '-田中', '@home 鈴木'] as const;

export function addressOf(i: number): string {
  return `staff${i}@care${i % 7}.example.jp`;
}

export function sendTown(n: number): { values: WorkbookValues; emailAttendees: string[] } {
  const contacts: ContactRow[] = [];
  const attendees: AttendeeRow[] = [];
  for (let i = 0; i < n; i++) {
    const name = EDGE_NAMES[i] ?? `職員 ${i}`;
    contacts.push(fill(contactsSheet, i + 2, { id: `P${i}`, name, profession: '看護師', email: addressOf(i) }));
    attendees.push(fill(attendeesSheet, i + 2, { id: `A${i}`, eventId: 'E001', contactId: `P${i}`, invited: true }));
  }
  contacts.push(fill(contactsSheet, n + 2, { id: 'PF', name: 'FAX 先 医院', profession: '医師', fax: '0123-45-0000' }));
  attendees.push(fill(attendeesSheet, n + 2, { id: 'AF', eventId: 'E001', contactId: 'PF', invited: true }));
  contacts.push(fill(contactsSheet, n + 3, { id: 'PP', name: '郵送 先生', profession: '医師', postalCode: '123-4567', address: 'みどり町1-2-3', preferredChannel: '郵送' }));
  attendees.push(fill(attendeesSheet, n + 3, { id: 'AP', eventId: 'E001', contactId: 'PP', invited: true }));
  const town: SampleTown = {
    seed: 0, townName: 'みどり町', fiscalYear: 2025, today: '2025-05-01',
    rows: { settings: SETTINGS, resources: [], contacts, events: [EVENT_E001], attendees, issues: [], consultations: [], sharingAdoption: [], plan: [], statistics: null, noticeTemplates: [] },
  };
  return { values: townToWorkbookValues(town), emailAttendees: attendees.slice(0, n).map((a) => a.id) };
}
