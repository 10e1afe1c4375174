/**
 * Who receives an event's notice and how: invited 出席者 rows joined with 関係者名簿 and 資源リスト.
 * Addresses: the person's own e-mail/FAX/postal address first, else their organisation's (資源リスト
 * row by 所属ID, or by exact 名称 match of the typed 所属). Channel: the row's 通知方法, else the
 * contact's 希望連絡方法, else e-mail, FAX, post — each only when its address is usable.
 */
import type { Finding } from '../core/findings';
import { attendeesSheet } from '../sheets/attendees';
import { contactsSheet } from '../sheets/contacts';
import { resourcesSheet } from '../sheets/resources';
import type { AttendeeRow, ContactRow, ResourceRow } from '../sheets/rows';
import type { NoticeStatus } from '../sheets/vocabulary';
import { HONORIFICS } from '../sheets/vocabulary';
import type { SheetLayout } from '../validate/types';
import { isValidEmail } from './mime';
import { cellFinding } from './where';

export type DeliveryChannel = 'メール' | 'FAX' | '郵送';
export type Honorific = (typeof HONORIFICS)[number];

/** One invited attendee row, resolved to a name, an honorific, addresses and a channel. */
export interface Recipient {
  readonly attendeeId: string;
  /** 1-based row in 出席者. */
  readonly attendeeRow: number;
  readonly contactId: string | null;
  /** The person's name, or the organisation's name when the notice is addressed to it. */
  readonly name: string;
  readonly honorific: Honorific;
  /** True when addressed to an organisation (no person name, or the name is the organisation). */
  readonly organisationAddressed: boolean;
  /** Organisation shown above the name ('' for organisation-addressed notices, which would repeat it). */
  readonly organisation: string;
  readonly profession: string;
  readonly channel: DeliveryChannel;
  readonly email: string | null;
  readonly fax: string | null;
  readonly postalCode: string | null;
  readonly postalAddress: string | null;
  /** The send log as read from the row. */
  readonly status: NoticeStatus | null;
  readonly messageId: string | null;
}

export interface RecipientInput {
  readonly attendees: readonly AttendeeRow[];
  readonly contacts: readonly ContactRow[];
  readonly resources: readonly ResourceRow[];
}

export interface RecipientLayouts {
  readonly attendees?: SheetLayout;
  readonly contacts?: SheetLayout;
  readonly resources?: SheetLayout;
}

/** Automatic order when no wish is given or possible (D-22: e-mail first, then FAX or paper). */
const AUTO_ORDER: readonly DeliveryChannel[] = ['メール', 'FAX', '郵送'];

const blank = (v: string | null | undefined): boolean => v === null || v === undefined || v.replace(/[\s\u3000]/g, '') === '';
const text = (v: string | null | undefined): string => (blank(v) ? '' : (v as string).trim());

/** A FAX number we can print and dial: 10 or 11 digits starting with 0 (hyphens allowed). */
export function isUsableFax(value: string | null | undefined): value is string {
  return typeof value === 'string' && /^0\d{9,10}$/.test(value.replace(/[-‐－ー―()（）\s]/g, ''));
}

/** The label used for a recipient in findings: 所属 + 氏名 (or whichever exists). */
export function recipientLabel(r: { readonly name: string; readonly organisation: string }): string {
  return [r.organisation, r.name].filter((s) => s !== '').join(' ');
}

/**
 * Resolves the invited attendees of one event. Rows that cannot be addressed become error findings
 * (never a message with a hole); channel fallbacks become warnings.
 * @example
 * const { recipients, findings } = resolveRecipients(town, 'E001');
 */
export function resolveRecipients(
  input: RecipientInput,
  eventId: string,
  layouts: RecipientLayouts = {},
): { recipients: Recipient[]; findings: Finding[] } {
  const contactById = new Map<string, ContactRow>();
  for (const c of input.contacts) if (!contactById.has(c.id)) contactById.set(c.id, c);
  const resourceById = new Map<string, ResourceRow>();
  const resourceByName = new Map<string, ResourceRow>();
  for (const r of input.resources) {
    if (!resourceById.has(r.id)) resourceById.set(r.id, r);
    const key = text(r.name);
    if (key && !resourceByName.has(key)) resourceByName.set(key, r);
  }
  const recipients: Recipient[] = [];
  const findings: Finding[] = [];
  const attFinding = (row: number, key: string, severity: 'error' | 'warning', code: Parameters<typeof cellFinding>[5], params: Record<string, string | number>) =>
    findings.push(cellFinding(attendeesSheet, row, key, layouts.attendees, severity, code, params));

  for (const a of input.attendees) {
    if (a.eventId !== eventId || a.invited !== true) continue;
    const contact = a.contactId ? contactById.get(a.contactId) : undefined;
    if (a.contactId && !contact) {
      attFinding(a.__row, 'contactId', 'error', 'notice.contactNotFound', { value: a.contactId });
      continue;
    }
    const orgResource = contact?.organisationId
      ? resourceById.get(contact.organisationId)
      : resourceByName.get(text(contact ? contact.organisation : a.organisation));
    const organisationName = text(orgResource?.name) || text(contact?.organisation) || text(a.organisation);
    const personName = text(contact ? contact.name : a.name);
    const organisationAddressed = personName === '' || personName === organisationName || resourceByName.has(personName);
    const name = personName || organisationName;
    const label = recipientLabel({ name, organisation: organisationAddressed ? '' : organisationName });
    if (name === '') {
      attFinding(a.__row, 'name', 'error', 'notice.missingRecipientValue', { recipient: a.id, name: '宛名', column: '氏名' });
      continue;
    }
    const honorific: Honorific = contact?.honorific ?? (organisationAddressed ? '御中' : '様');

    // Addresses: the person's own first, else the organisation's.
    let email: string | null = null;
    const emailSources = [
      { value: contact?.email, finding: () => cellFinding(contactsSheet, contact?.__row ?? null, 'email', layouts.contacts, 'warning', 'notice.invalidEmail', { recipient: label, value: text(contact?.email) }) },
      { value: orgResource?.email, finding: () => cellFinding(resourcesSheet, orgResource?.__row ?? null, 'email', layouts.resources, 'warning', 'notice.invalidEmail', { recipient: label, value: text(orgResource?.email) }) },
    ];
    for (const source of emailSources) {
      if (blank(source.value)) continue;
      if (isValidEmail(text(source.value))) {
        email = text(source.value);
        break;
      }
      findings.push(source.finding());
    }
    const fax = [contact?.fax, orgResource?.fax].map(text).find(isUsableFax) ?? null;
    const ownPost = contact !== undefined && !blank(contact.address);
    const postalAddress = (ownPost ? text(contact?.address) : text(orgResource?.address)) || null;
    const postalCode = (ownPost ? text(contact?.postalCode) : text(orgResource?.postalCode)) || null;

    const usable = (ch: DeliveryChannel): boolean => (ch === 'メール' ? email !== null : ch === 'FAX' ? fax !== null : postalAddress !== null);
    const wishes = [
      { channel: a.channel, finding: (params: Record<string, string>) => cellFinding(attendeesSheet, a.__row, 'channel', layouts.attendees, 'warning', 'notice.channelUnavailable', params) },
      { channel: contact?.preferredChannel ?? null, finding: (params: Record<string, string>) => cellFinding(contactsSheet, contact?.__row ?? null, 'preferredChannel', layouts.contacts, 'warning', 'notice.channelUnavailable', params) },
    ].filter((w): w is { channel: DeliveryChannel; finding: (p: Record<string, string>) => Finding } => !!w.channel && w.channel !== '指定なし');
    const channel = [...wishes.map((w) => w.channel), ...AUTO_ORDER].find(usable);
    if (!channel) {
      attFinding(a.__row, 'channel', 'error', 'notice.noChannel', { recipient: label });
      continue;
    }
    for (const wish of wishes) {
      if (wish.channel === channel) break;
      findings.push(wish.finding({ recipient: label, channel: wish.channel, used: channel }));
    }
    recipients.push({
      attendeeId: a.id,
      attendeeRow: a.__row,
      contactId: a.contactId,
      name,
      honorific,
      organisationAddressed,
      organisation: organisationAddressed ? '' : organisationName,
      profession: text(contact ? contact.profession : a.profession),
      channel,
      email,
      fax,
      postalCode,
      postalAddress,
      status: a.noticeStatus,
      messageId: text(a.messageId) || null,
    });
  }
  return { recipients, findings };
}
