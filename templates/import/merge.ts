/**
 * The merge plan: what the imported facilities would change in the 資源リスト, one row per field.
 *
 * - Matching: official code (事業所番号 / 医療機関コード, also a bare 7-digit 医療機関番号 against
 *   the code's last 7 digits) first, then normalized name + address (only against entries with no
 *   code or the same code: two codes at one address are two facilities).
 * - 新規: a facility the list lacks — one row per field it would get, accepted (採用) by default,
 *   except when a required field (電話番号: ナビイ has none) is missing. 公開区分 is 非公開 (the
 *   column is required, and an import never publishes anything; consent is never set).
 * - 変更: a field whose value differs. Filling a blank cell is accepted by default; overwriting a
 *   value the clerk has is never accepted by default — it is shown, old → new, for the clerk to
 *   decide. Category, 公開区分, 同意日 and 備考 of an existing entry are never proposed; an entry
 *   with changes also gets a 最終確認日 row (the data's date), under the same default rule.
 * - 廃止の可能性: an entry with an official code, of a category a code-bearing source covered in
 *   this import, that the data no longer lists — a marker appended to 備考, never a deletion, and
 *   not accepted by default.
 */
import type { NormalizedValue } from '../spec/row-types';
import { FALSE_MARK, MULTI_VALUE_SEPARATOR, TRUE_MARK } from '../spec/to-cells';
import { addressKey, nameAddressKey, nameKey, officialCodeKey, resourceColumn } from './fields';
import { candidateDate, candidateSourceText, type Candidate } from './consolidate';
import type { ExistingEntry, ExistingKey } from './existing';
import type { ImportFieldKey, SourceRead } from './types';

export const ACCEPT = '採用';
export const REJECT = '不採用';
export const GONE_MARKER = '【廃止の可能性】';

export type DiffKind = '新規' | '変更' | '廃止の可能性';

/** One row of the 取込差分 sheet. */
export interface DiffRow {
  readonly kind: DiffKind;
  /** 資源ID: the existing entry's, or the one a new entry will get. */
  readonly id: string;
  readonly name: string;
  /** 資源リスト column key and its header. */
  readonly key: string;
  readonly field: string;
  /** Values as text the clerk reads (○/×, 、-joined, YYYY-MM-DD); '' for blank. */
  readonly old: string;
  readonly value: string;
  readonly accept: '' | typeof ACCEPT;
  readonly source: string;
  /** The data's date ('YYYY-MM-DD'). */
  readonly date: string;
  readonly basis: string;
  readonly note: string;
}

export interface ImportPlan {
  readonly rows: readonly DiffRow[];
  readonly newEntries: number;
  readonly changedEntries: number;
  readonly goneEntries: number;
  readonly unchangedEntries: number;
}

/** How a value reads on the 取込差分 sheet (and is parsed back by the column normalizer). */
export function displayValue(v: NormalizedValue | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'boolean') return v ? TRUE_MARK : FALSE_MARK;
  if (Array.isArray(v)) return v.join(MULTI_VALUE_SEPARATOR);
  return String(v);
}

const header = (key: string): string => resourceColumn(key).header;

/** Fields compared on matched entries, in 資源リスト order. */
const COMPARED: readonly ImportFieldKey[] = [
  'name',
  'officialCode',
  'postalCode',
  'address',
  'phone',
  'fax',
  'supportClinic',
  'supportHospital',
  'supportDental',
  'backupHospital',
  'careServices',
  'latitude',
  'longitude',
];

const FLAGS: ReadonlySet<ImportFieldKey> = new Set(['supportClinic', 'supportHospital', 'supportDental', 'backupHospital']);
const COORDINATE_TOLERANCE = 1e-5;
const digits = (s: unknown): string => String(s).replace(/\D/g, '');

/** True when the import says nothing new about the field (so no row is proposed). */
function same(key: ImportFieldKey, old: NormalizedValue | undefined, value: NormalizedValue): boolean {
  if (old === null || old === undefined) return false;
  switch (key) {
    case 'name':
      return nameKey(String(old)) === nameKey(String(value));
    case 'address':
      return addressKey(String(old)) === addressKey(String(value));
    case 'phone':
    case 'fax':
      return digits(old) === digits(value);
    case 'officialCode':
      return officialCodeKey(String(old)) === officialCodeKey(String(value));
    case 'latitude':
    case 'longitude':
      return typeof old === 'number' && typeof value === 'number' && Math.abs(old - value) < COORDINATE_TOLERANCE;
    default:
      return displayValue(old) === displayValue(value);
  }
}

/** Index of existing entries by code and by name + address. */
class ExistingIndex {
  private readonly byCode = new Map<string, ExistingEntry>();
  private readonly bySuffix = new Map<string, ExistingEntry>();
  private readonly byNameAddress = new Map<string, ExistingEntry>();

  constructor(entries: readonly ExistingEntry[]) {
    for (const e of entries) {
      const code = e.values.officialCode;
      if (typeof code === 'string' && code !== '') {
        const k = officialCodeKey(code);
        if (!this.byCode.has(k)) this.byCode.set(k, e);
        if (/^\d{7}$|^\d{10}$/.test(k) && !this.bySuffix.has(k.slice(-7))) this.bySuffix.set(k.slice(-7), e);
      }
      const { name, address } = e.values;
      if (typeof name === 'string' && typeof address === 'string') {
        const k = nameAddressKey(name, address);
        if (!this.byNameAddress.has(k)) this.byNameAddress.set(k, e);
      }
    }
  }

  find(c: Candidate): { entry: ExistingEntry; basis: string } | null {
    const code = typeof c.fields.officialCode === 'string' ? officialCodeKey(c.fields.officialCode) : null;
    if (code) {
      const hit = this.byCode.get(code) ?? (/^\d{10}$/.test(code) && isMedical(c) ? this.bySuffix.get(code.slice(-7)) : undefined);
      if (hit) return { entry: hit, basis: header('officialCode') };
    }
    const { name, address } = c.fields;
    if (typeof name !== 'string' || typeof address !== 'string') return null;
    const hit = this.byNameAddress.get(nameAddressKey(name, address));
    if (!hit) return null;
    const theirs = hit.values.officialCode;
    if (code && typeof theirs === 'string' && theirs !== '' && officialCodeKey(theirs) !== code) return null;
    return { entry: hit, basis: '名称＋住所' };
  }
}

const MEDICAL = new Set(['病院', '有床診療所', '診療所', '歯科診療所']);
const isMedical = (c: Candidate): boolean => MEDICAL.has(String(c.fields.category));

/** Next free ids in the list's own pattern (R001 → R002…), never reusing one. */
export function idAllocator(existingIds: readonly string[]): () => string {
  const counts = new Map<string, number>();
  let width = 3;
  const used = new Set(existingIds);
  let max = 0;
  for (const id of existingIds) {
    const m = /^([A-Za-z]*)(\d+)$/.exec(id);
    if (!m) continue;
    counts.set(m[1] as string, (counts.get(m[1] as string) ?? 0) + 1);
  }
  let prefix = 'R';
  let best = 0;
  for (const [p, n] of counts) if (n > best) [prefix, best] = [p, n];
  for (const id of existingIds) {
    const m = /^([A-Za-z]*)(\d+)$/.exec(id);
    if (!m || m[1] !== prefix) continue;
    max = Math.max(max, Number(m[2]));
    width = Math.max(width, (m[2] as string).length);
  }
  return () => {
    let id: string;
    do id = `${prefix}${String(++max).padStart(width, '0')}`;
    while (used.has(id));
    used.add(id);
    return id;
  };
}

/** The 備考 of an entry flagged as possibly closed. */
export function goneNote(old: string, sourceText: string): string {
  const mark = `${GONE_MARKER}${sourceText}に掲載なし`;
  return old ? `${old} ${mark}` : mark;
}

/** Keys a new entry gets, in 資源リスト order: its category, then every compared field. */
const NEW_KEYS: readonly string[] = ['category', ...COMPARED];

export interface PlanOptions {
  /** Sources read in this import (for the 廃止の可能性 scope). */
  readonly reads: readonly SourceRead[];
}

/** Plans the merge of the candidates into the existing entries. */
export function planMerge(existing: readonly ExistingEntry[], candidates: readonly Candidate[], options: PlanOptions): ImportPlan {
  const index = new ExistingIndex(existing);
  const nextId = idAllocator(existing.map((e) => e.id).filter(Boolean));
  const rows: DiffRow[] = [];
  const seen = new Set<ExistingEntry>();
  let newEntries = 0;
  let changedEntries = 0;
  let unchangedEntries = 0;
  for (const c of candidates) {
    const date = candidateDate(c);
    const source = candidateSourceText(c);
    const found = index.find(c);
    // A second candidate on an entry already matched has another code (consolidate joined the
    // rest): another facility at the same name and address, so it is new.
    const hit = found && !seen.has(found.entry) ? found : null;
    if (!hit) {
      newEntries++;
      const id = nextId();
      const name = displayValue(c.fields.name);
      const missingPhone = c.fields.phone === null || c.fields.phone === undefined;
      const accept = missingPhone ? '' : ACCEPT;
      const note = missingPhone ? '電話番号がないため、確認して入力してから採用してください' : '';
      const push = (key: string, value: string): void => {
        rows.push({ kind: '新規', id, name, key, field: header(key), old: '', value, accept, source, date, basis: '', note });
      };
      for (const key of NEW_KEYS) {
        const v = c.fields[key as ImportFieldKey];
        if (FLAGS.has(key as ImportFieldKey) && !c.statedFlags.has(key as ImportFieldKey)) continue;
        if (v !== null && v !== undefined) push(key, displayValue(v));
      }
      push('disclosure', '非公開');
      push('lastVerified', date);
      push('source', '公表情報');
      push('note', `取込: ${source}`);
      continue;
    }
    const { entry, basis } = hit;
    seen.add(entry);
    let changed = false;
    for (const key of COMPARED) {
      let value = c.fields[key];
      if (value === null || value === undefined) continue;
      if (FLAGS.has(key) && !c.statedFlags.has(key)) continue;
      const old = entry.values[key as ExistingKey];
      if (FLAGS.has(key) && value === false && old !== true) continue; // blank and × both mean "not filed"
      if (key === 'careServices' && Array.isArray(value)) {
        const had = Array.isArray(old) ? old : [];
        const added = value.filter((s) => !had.includes(s));
        if (added.length === 0) continue;
        value = [...had, ...added];
      }
      if (same(key, old, value)) continue;
      changed = true;
      const rawOld = entry.raw[key as ExistingKey];
      const oldText = old === null || old === undefined ? (rawOld === null || rawOld === undefined ? '' : String(rawOld).trim()) : displayValue(old);
      rows.push({
        kind: '変更',
        id: entry.id,
        name: displayValue(entry.values.name),
        key,
        field: header(key),
        old: oldText,
        value: displayValue(value),
        accept: oldText === '' ? ACCEPT : '',
        source,
        date,
        basis,
        note: oldText === '' ? '空欄への追加' : '手入力の値を上書きします（採用する場合は「採用」を選択）',
      });
    }
    if (changed) {
      changedEntries++;
      // Confirming from newer published data is a verification (D-02) — shown like any change.
      const verified = entry.values.lastVerified;
      if (typeof verified !== 'string' || verified < date) {
        const old = typeof verified === 'string' ? verified : '';
        rows.push({
          kind: '変更',
          id: entry.id,
          name: displayValue(entry.values.name),
          key: 'lastVerified',
          field: header('lastVerified'),
          old,
          value: date,
          accept: old === '' ? ACCEPT : '',
          source,
          date,
          basis,
          note: old === '' ? '空欄への追加' : '公表データで確認した日にします（採用する場合は「採用」を選択）',
        });
      }
    } else unchangedEntries++;
  }
  const goneEntries = planGone(existing, seen, options.reads, rows);
  return { rows, newEntries, changedEntries, goneEntries, unchangedEntries };
}

/** 廃止の可能性 rows; returns how many entries were flagged. */
function planGone(existing: readonly ExistingEntry[], seen: ReadonlySet<ExistingEntry>, reads: readonly SourceRead[], rows: DiffRow[]): number {
  const covered = new Map<string, SourceRead>();
  for (const read of reads) {
    if (read.source.kind === 'navii') continue; // ナビイ rows carry no official code to miss
    for (const e of read.entries) {
      const cat = String(e.fields.category ?? '');
      if (cat && !covered.has(cat)) covered.set(cat, read);
    }
  }
  let count = 0;
  for (const entry of existing) {
    if (seen.has(entry)) continue;
    const code = entry.values.officialCode;
    if (typeof code !== 'string' || code === '') continue;
    const read = covered.get(String(entry.values.category ?? ''));
    if (!read) continue;
    const note = displayValue(entry.values.note);
    if (note.includes(GONE_MARKER)) continue;
    count++;
    const sourceText = `${read.source.title}（${read.source.date}）`;
    rows.push({
      kind: '廃止の可能性',
      id: entry.id,
      name: displayValue(entry.values.name),
      key: 'note',
      field: header('note'),
      old: note,
      value: goneNote(note, sourceText),
      accept: '',
      source: sourceText,
      date: read.source.date,
      basis: header('officialCode'),
      note: '公表データに見当たりません。廃止・休止を確認してください（行は削除しません）',
    });
  }
  return count;
}
