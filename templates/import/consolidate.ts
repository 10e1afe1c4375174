/**
 * Several files can describe one facility (a clinic in the 厚生局 list and in ナビイ; an office in
 * two 介護 files). Before planning they are joined into one candidate per facility — by official
 * code, else by name + address — the first source to give a field wins (厚生局 and 介護 before
 * ナビイ, since they carry phones and codes), later ones fill what is still blank.
 */
import { nameAddressKey, officialCodeKey } from './fields';
import type { ImportFieldKey, ImportFields, ImportedEntry, SourceInfo, SourceRead } from './types';

export interface Candidate {
  fields: ImportFields;
  statedFlags: Set<ImportFieldKey>;
  sources: SourceInfo[];
}

const ORDER: Readonly<Record<SourceInfo['kind'], number>> = { kouseikyoku: 0, kaigo: 1, navii: 2 };

function keysOf(e: { fields: ImportFields }): { code: string | null; nameAddress: string | null } {
  const code = typeof e.fields.officialCode === 'string' ? officialCodeKey(e.fields.officialCode) : null;
  const name = e.fields.name;
  const address = e.fields.address;
  return { code, nameAddress: typeof name === 'string' && typeof address === 'string' ? nameAddressKey(name, address) : null };
}

/** One candidate per facility, in source order (厚生局, 介護, ナビイ) then file order. */
export function consolidate(reads: readonly SourceRead[]): Candidate[] {
  const sorted = [...reads].sort((a, b) => ORDER[a.source.kind] - ORDER[b.source.kind]);
  const out: Candidate[] = [];
  const byCode = new Map<string, Candidate>();
  const byNameAddress = new Map<string, Candidate>();
  const add = (e: ImportedEntry): void => {
    const { code, nameAddress } = keysOf(e);
    let c = (code ? byCode.get(code) : undefined) ?? (nameAddress ? byNameAddress.get(nameAddress) : undefined);
    // Two different codes at one name and address are two facilities.
    if (c && code && typeof c.fields.officialCode === 'string' && officialCodeKey(c.fields.officialCode) !== code) c = undefined;
    if (!c) {
      c = { fields: { ...e.fields }, statedFlags: new Set(e.statedFlags), sources: [e.source] };
      out.push(c);
    } else {
      for (const [k, v] of Object.entries(e.fields) as [ImportFieldKey, ImportFields[ImportFieldKey]][]) {
        if (v === null || v === undefined) continue;
        const cur = c.fields[k];
        if (k === 'careServices' && Array.isArray(cur) && Array.isArray(v)) c.fields[k] = [...cur, ...v.filter((s) => !cur.includes(s))];
        else if (cur === null || cur === undefined) c.fields[k] = v;
      }
      for (const f of e.statedFlags) c.statedFlags.add(f);
      if (!c.sources.includes(e.source)) c.sources.push(e.source);
    }
    if (code && !byCode.has(code)) byCode.set(code, c);
    if (nameAddress && !byNameAddress.has(nameAddress)) byNameAddress.set(nameAddress, c);
  };
  for (const read of sorted) for (const e of read.entries) add(e);
  return out;
}

/** The newest data date among a candidate's sources. */
export function candidateDate(c: Candidate): string {
  return c.sources.reduce((d, s) => (s.date > d ? s.date : d), '');
}

/** 情報源 text of a candidate: '介護サービス情報公表システム（2025-06-30）' (several joined with ／). */
export function candidateSourceText(c: Candidate): string {
  return c.sources.map((s) => `${s.title}（${s.date}）`).join('／');
}
