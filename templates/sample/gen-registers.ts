/**
 * The disaster and (ウ) scheme registers of a sample town (D-05, D-18): a contact network led by the
 * town hall, a handful of equipment, BCP status for every home-visiting service, pairs of clinics
 * and the institutions on call for sudden changes. Every date lies within the last year, so the
 * sample validates without warnings; counts of patients only, never names (D-19).
 */
import type { BcpRow, ContactRow, ContactTreeRow, CoverPairRow, EmergencyCareRow, EquipmentRow, ResourceRow } from '../sheets/rows';
import { isVisitingService } from '../sheets/registers-vocabulary';
import { CLINIC_CATEGORIES, MEDICAL_INSTITUTIONS } from '../sheets/vocabulary';
import { isoOf } from './calendar';
import { idMaker, type GenContext } from './context';
import type { Rng } from './prng';

export interface SampleRegisters {
  readonly contactTree: ContactTreeRow[];
  readonly equipment: EquipmentRow[];
  readonly bcp: BcpRow[];
  readonly coverPairs: CoverPairRow[];
  readonly emergencyCare: EmergencyCareRow[];
}

/** A day within the `days` before today (never in the future, never stale). */
const recent = (ctx: GenContext, rng: Rng, days = 300): string => isoOf(ctx.today - rng.int(0, days));

const mobile = (rng: Rng): string => `090-${String(rng.int(1000, 9999))}-${String(rng.int(0, 9999)).padStart(4, '0')}`;

function contactTree(ctx: GenContext, rng: Rng, contacts: readonly ContactRow[], resources: readonly ResourceRow[]): ContactTreeRow[] {
  const byId = new Map(resources.map((r) => [r.id, r]));
  const official = contacts.filter((c) => c.profession === '行政職員' && c.honorific !== '御中');
  const doctors = contacts.filter((c) => c.profession === '医師' && c.organisationId !== null && byId.get(c.organisationId)?.homeVisitCare === true);
  const nurses = contacts.filter((c) => c.profession === '看護師' && c.organisationId !== null && byId.get(c.organisationId)?.category === '訪問看護ステーション');
  const managers = contacts.filter((c) => c.profession === '介護支援専門員');
  const chosen: { contact: ContactRow; role: string; order: number }[] = [];
  const take = (list: readonly ContactRow[], n: number, role: string, order: number) => {
    for (const contact of rng.sample(list, Math.min(n, list.length))) if (!chosen.some((c) => c.contact.id === contact.id)) chosen.push({ contact, role, order });
  };
  take(official, 2, '連絡統括（行政）', 1);
  take(doctors, 3, '在宅医の窓口', 2);
  take(nurses, 2, '訪問看護の取りまとめ', 3);
  take(managers, 2, 'ケアマネジャーの取りまとめ', 4);
  const id = idMaker('N', 3, chosen.length);
  return chosen.map((c, i) => {
    const peers = chosen.filter((o) => o.contact.id !== c.contact.id && o.order === c.order);
    const alternate = peers.length > 0 ? rng.pick(peers).contact.id : null;
    return {
      __row: i + 2,
      id: id(i + 1),
      order: c.order,
      role: c.role,
      contactId: c.contact.id,
      resourceId: null,
      phone24h: mobile(rng),
      alternateId: alternate,
      lastVerified: recent(ctx, rng),
      note: null,
    };
  });
}

const EQUIPMENT: readonly [EquipmentRow['kind'], string | null, number][] = [
  ['AED', 'AED（自動体外式除細動器）', 3],
  ['吸引器', '携帯用吸引器（バッテリー式）', 4],
  ['発電機', 'ポータブル発電機 1.6kVA', 2],
  ['蓄電池', '可搬型蓄電池（在宅人工呼吸器用）', 3],
  ['衛星電話', null, 1],
  ['簡易無線機', 'デジタル簡易無線', 6],
];

function equipment(ctx: GenContext, rng: Rng, resources: readonly ResourceRow[]): EquipmentRow[] {
  const holders = resources.filter((r) => r.category === '病院' || r.category === '訪問看護ステーション');
  const id = idMaker('B', 3, EQUIPMENT.length);
  return EQUIPMENT.map(([kind, model, quantity], i) => {
    const at = i % 3 === 1 && holders.length > 0 ? rng.pick(holders) : null;
    return {
      __row: i + 2,
      id: id(i + 1),
      kind,
      model,
      quantity: quantity + rng.int(0, 2),
      location: at ? `${at.name} 1階` : `${ctx.town.townName}役場 防災倉庫`,
      resourceId: at ? at.id : null,
      owner: at ? `${at.name} 事務長` : '福祉課',
      lastVerified: recent(ctx, rng, 360),
      note: kind === 'AED' ? 'パッドの使用期限を毎年確認' : null,
    };
  });
}

function bcp(ctx: GenContext, rng: Rng, resources: readonly ResourceRow[]): BcpRow[] {
  const visiting = resources.filter(isVisitingService);
  return visiting.map((r, i) => {
    const status = rng.weighted(['策定済', '策定中', '未策定'] as const, [6, 2, 2]);
    return {
      __row: i + 2,
      resourceId: r.id,
      status,
      planDate: status === '策定済' ? isoOf(ctx.today - rng.int(60, 900)) : null,
      lastDrill: status === '策定済' && rng.chance(0.7) ? recent(ctx, rng) : null,
      lastVerified: recent(ctx, rng),
      note: null,
    };
  });
}

const NIGHT_HOURS = ['18:00-翌8:00', '17:30-翌8:30', '19:00-翌7:00'];

function coverPairs(ctx: GenContext, rng: Rng, resources: readonly ResourceRow[]): CoverPairRow[] {
  const clinics = resources.filter((r) => (MEDICAL_INSTITUTIONS as readonly string[]).includes(r.category) && r.homeVisitCare === true);
  const pairs = Math.floor(clinics.length / 2);
  const id = idMaker('F', 3, pairs);
  const order = rng.shuffle(clinics);
  return Array.from({ length: pairs }, (_, i) => {
    const status = rng.weighted(['運用中', '調整中', '休止'] as const, [7, 2, 1]);
    return {
      __row: i + 2,
      id: id(i + 1),
      primaryId: (order[2 * i] as ResourceRow).id,
      secondaryId: (order[2 * i + 1] as ResourceRow).id,
      days: rng.chance(0.5) ? ['土', '日', '祝'] : ['月', '火', '水', '木', '金', '土', '日', '祝'],
      hours: rng.pick(NIGHT_HOURS),
      startDate: isoOf(ctx.fyStart - rng.int(0, 700)),
      status,
      patients: status === '調整中' ? 0 : rng.int(2, 15),
      lastVerified: recent(ctx, rng),
      note: null,
    };
  });
}

function emergencyCare(ctx: GenContext, rng: Rng, resources: readonly ResourceRow[]): EmergencyCareRow[] {
  const hospitals = resources.filter((r) => r.category === '病院');
  const clinics = resources.filter((r) => (CLINIC_CATEGORIES as readonly string[]).includes(r.category) && r.homeVisitCare === true);
  const chosen = [...rng.sample(hospitals, Math.min(2, hospitals.length)), ...rng.sample(clinics, Math.min(3, clinics.length))];
  const id = idMaker('K', 3, chosen.length);
  return chosen.map((r, i) => {
    const isHospital = r.category === '病院';
    const status = i === chosen.length - 1 && chosen.length > 2 ? '調整中' : '運用中';
    return {
      __row: i + 2,
      id: id(i + 1),
      resourceId: r.id,
      order: i + 1,
      days: isHospital ? ['月', '火', '水', '木', '金', '土', '日', '祝'] : ['土', '日', '祝'],
      hours: isHospital ? '24時間' : '9:00-17:00',
      weekdayNight: isHospital,
      holidayDay: true,
      holidayNight: isHospital && rng.chance(0.7),
      beds: isHospital ? rng.int(1, 4) : rng.chance(0.3) ? 1 : null,
      fireLiaison: isHospital ? true : rng.chance(0.5),
      fireContact: isHospital ? `${ctx.town.townName}消防署 警防課` : null,
      status,
      startDate: isoOf(ctx.fyStart - rng.int(0, 700)),
      patients: status === '運用中' ? rng.int(3, 25) : 0,
      lastVerified: recent(ctx, rng),
      note: null,
    };
  });
}

/** All five registers; `rng` is a stream of its own, so the other sheets draw exactly as before. */
export function generateRegisters(ctx: GenContext, contacts: readonly ContactRow[], resources: readonly ResourceRow[]): SampleRegisters {
  const { rng } = ctx;
  return {
    contactTree: contactTree(ctx, rng, contacts, resources),
    equipment: equipment(ctx, rng, resources),
    bcp: bcp(ctx, rng, resources),
    coverPairs: coverPairs(ctx, rng, resources),
    emergencyCare: emergencyCare(ctx, rng, resources),
  };
}
