/**
 * Merge values of the whitelisted placeholders, computed from exactly four sources: the event row,
 * the recipient(s), 設定 and the run's clock. Each value remembers the column it came from, so a
 * blank one becomes a finding on that cell.
 */
import { formatWareki, parseIsoDate, weekdayOf, WEEKDAYS_JA } from '../dates';
import type { EventRow, SettingsRow } from '../sheets/rows';
import type { PlaceholderName } from './placeholders';
import type { Recipient } from './recipients';

export interface SourcedValue {
  readonly value: string;
  /** Column key in the source sheet (for findings); '' for computed run values. */
  readonly key: string;
}

type Scoped<K extends PlaceholderName> = Record<K, SourcedValue>;
export type EventField = '会議名' | '開催日' | '西暦開催日' | '開始時刻' | '終了時刻' | '会場' | '議題' | '回答期限' | '主催';
export type SettingsField = '差出人' | '連絡先' | '市区町村名' | '担当課' | '担当者名' | '署名';
export type RecipientField = '宛名' | '敬称' | '所属' | '職種';

const clean = (v: string | null | undefined): string => (v ?? '').replace(/\r\n?/g, '\n').replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');
const sourced = (value: string | null | undefined, key: string): SourcedValue => ({ value: clean(value), key });

/** '09:30' → '9:30' (notices drop the leading zero of the hour). */
export function displayTime(hhmm: string | null): string {
  if (!hhmm) return '';
  const m = /^(\d{1,2}):(\d{2})$/.exec(hhmm);
  return m ? `${Number(m[1])}:${m[2]}` : hhmm;
}

/** '2025-05-20' → '2025年5月20日（火）'. */
export function westernDate(iso: string): string {
  const ymd = parseIsoDate(iso);
  return ymd ? `${ymd.year}年${ymd.month}月${ymd.day}日（${WEEKDAYS_JA[weekdayOf(iso)]}）` : iso;
}

const wareki = (iso: string | null): string => (iso && parseIsoDate(iso) ? formatWareki(iso, { weekday: true }) : clean(iso));

/** Placeholders filled from the 会議・研修記録 row. */
export function eventValues(event: EventRow): Scoped<EventField> {
  return {
    会議名: sourced(event.title, 'title'),
    開催日: { value: wareki(event.date), key: 'date' },
    西暦開催日: { value: parseIsoDate(event.date) ? westernDate(event.date) : clean(event.date), key: 'date' },
    開始時刻: { value: displayTime(event.startTime), key: 'startTime' },
    終了時刻: { value: displayTime(event.endTime), key: 'endTime' },
    会場: sourced(event.venue, 'venue'),
    議題: sourced(event.agenda, 'agenda'),
    回答期限: { value: wareki(event.responseDeadline), key: 'responseDeadline' },
    主催: sourced(event.organizer, 'organizer'),
  };
}

/** 差出人 line: municipality and department, e.g. 'みどり町 福祉課 高齢者支援係'. */
export function senderName(settings: SettingsRow | null): string {
  if (!settings) return '';
  return [clean(settings.townName), clean(settings.department)].filter((s) => s !== '').join(' ');
}

/** Placeholders filled from 設定 (all blank when the sheet is missing). */
export function settingsValues(settings: SettingsRow | null): Scoped<SettingsField> {
  const s = settings;
  const contactLines: string[] = [];
  if (s && clean(s.signature)) contactLines.push(clean(s.signature));
  else if (s && (clean(s.phone) || clean(s.email))) {
    // Without a phone or an e-mail nobody can answer, so 連絡先 then counts as blank.
    const who = [clean(s.townName), clean(s.department), clean(s.personInCharge)].filter((x) => x !== '').join(' ');
    const reach = [s.phone ? `電話 ${clean(s.phone)}` : '', s.fax ? `FAX ${clean(s.fax)}` : ''].filter((x) => x !== '').join('／');
    if (who) contactLines.push(who);
    if (reach) contactLines.push(reach);
    if (s.email) contactLines.push(`メール ${clean(s.email)}`);
  }
  return {
    差出人: { value: senderName(s), key: 'townName' },
    連絡先: { value: contactLines.join('\n'), key: 'phone' },
    市区町村名: sourced(s?.townName, 'townName'),
    担当課: sourced(s?.department, 'department'),
    担当者名: sourced(s?.personInCharge, 'personInCharge'),
    署名: sourced(s?.signature, 'signature'),
  };
}

const unique = (items: readonly string[]): string[] => [...new Set(items.filter((s) => s !== ''))];

/**
 * Placeholders of the addressee. Several recipients sharing one e-mail address get one message:
 * {{宛名}} lists every name with its honorific except the last, whose honorific is {{敬称}}, so
 * '{{宛名}} {{敬称}}' reads '山田 太郎 様、佐藤 花子 様'.
 */
export function recipientValues(group: readonly Recipient[]): Record<RecipientField, string> {
  const people: Recipient[] = [];
  const seen = new Set<string>();
  for (const r of group) {
    const key = `${r.name}\u0000${r.honorific}`;
    if (!seen.has(key)) {
      seen.add(key);
      people.push(r);
    }
  }
  const last = people[people.length - 1] as Recipient;
  const leading = people.slice(0, -1).map((r) => `${clean(r.name)} ${r.honorific}`);
  return {
    宛名: [...leading, clean(last.name)].join('、'),
    敬称: last.honorific,
    所属: unique(group.map((r) => clean(r.organisation))).join('、'),
    職種: unique(group.map((r) => clean(r.profession))).join('、'),
  };
}
