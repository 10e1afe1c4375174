/**
 * Counts the annual report needs that the indicators do not keep per row: attendance per event,
 * by profession and by organisation, and joins from ids to names. Attendance follows the same
 * rule as the indicators (facts.ts): 出席 ○ only; the profession of the roster entry wins over the
 * one typed on the attendee row; 保健師 and the social workers count where 設定 puts them.
 */
import type { AttendeeRow, ContactRow, EventRow, ResourceRow } from '../sheets/rows';
import { townProfessionSides } from '../sheets/profession-sides';
import type { Profession, ProfessionSide } from '../sheets/vocabulary';
import type { TownRows } from '../validate/types';

const key = (id: string) => id.toUpperCase();

function byId<R extends { readonly id: string }>(rows: readonly R[]): Map<string, R> {
  const map = new Map<string, R>();
  for (const r of rows) if (!map.has(key(r.id))) map.set(key(r.id), r);
  return map;
}

export interface Attendance {
  readonly event: EventRow;
  readonly profession: Profession | null;
  readonly side: ProfessionSide | null;
  readonly organisation: string;
}

export const UNKNOWN_ORGANISATION = '（所属の記載なし）';

/** One entry per attendee marked 出席 at an event of `events`. */
export function attendanceOf(town: TownRows, events: readonly EventRow[]): Attendance[] {
  const eventById = byId(events);
  const contactById = byId<ContactRow>(town.contacts);
  const resourceById = byId<ResourceRow>(town.resources);
  const sides = townProfessionSides(town.settings);
  const out: Attendance[] = [];
  for (const a of town.attendees as readonly AttendeeRow[]) {
    if (a.attended !== true) continue;
    const event = eventById.get(key(a.eventId));
    if (!event) continue;
    const contact = a.contactId === null ? undefined : contactById.get(key(a.contactId));
    const profession = contact ? contact.profession : a.profession;
    const resource = contact?.organisationId ? resourceById.get(key(contact.organisationId)) : undefined;
    const organisation = resource?.name ?? contact?.organisation ?? a.organisation ?? UNKNOWN_ORGANISATION;
    out.push({ event, profession, side: profession === null ? null : (sides.get(profession) ?? null), organisation });
  }
  return out;
}

/** value → count, in first-seen order unless sorted by the caller. */
export function countBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, number> {
  const map = new Map<string, number>();
  for (const item of items) {
    const k = keyOf(item);
    map.set(k, (map.get(k) ?? 0) + 1);
  }
  return map;
}

/** Name of a resource id, or the id itself when it is not on the list. */
export function resourceNamer(resources: readonly ResourceRow[]): (id: string | null) => string {
  const map = byId(resources);
  return (id) => (id === null ? '—' : (map.get(key(id))?.name ?? id));
}
