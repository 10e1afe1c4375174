/**
 * 資源リスト of a sample town: a realistic category mix with exact shares, flags that only the
 * categories they belong to carry (blank = not applicable), ~15 % stale entries, consent dates for
 * every entry shown to residents, and coordinates around the town centre.
 */
import type { ResourceRow } from '../sheets/rows';
import { CARE_SERVICES, RESOURCE_CATEGORIES, type ResourceCategory } from '../sheets/vocabulary';
import { isoOf } from './calendar';
import { exactIndices, idMaker, type GenContext } from './context';
import { FACILITY_STEMS, GIVEN_NAMES, MEDICAL_DEPARTMENTS, SURNAMES } from './names';
import type { Rng } from './prng';
import { apportion } from './prng';
import { round4 } from './town-identity';

type CareService = (typeof CARE_SERVICES)[number];

/** Relative share of each category in a typical small town (same order as RESOURCE_CATEGORIES). */
const CATEGORY_WEIGHTS: Readonly<Record<ResourceCategory, number>> = {
  病院: 4,
  診療所: 18,
  歯科診療所: 11,
  薬局: 13,
  訪問看護ステーション: 7,
  居宅介護支援事業所: 11,
  地域包括支援センター: 2,
  訪問介護: 7,
  通所介護: 8,
  訪問リハ: 2,
  通所リハ: 2,
  短期入所: 3,
  介護老人保健施設: 2,
  介護老人福祉施設: 3,
  介護医療院: 1,
  認知症対応型共同生活介護: 3,
  その他: 3,
};

/** Share of entries whose last verification is over a year old (the intended "stale" warnings). */
export const STALE_SHARE = 0.15;

const CARE_SERVICES_OF: Partial<Record<ResourceCategory, readonly CareService[]>> = {
  居宅介護支援事業所: ['居宅介護支援'],
  訪問介護: ['訪問介護'],
  通所介護: ['通所介護'],
  訪問リハ: ['訪問リハ'],
  通所リハ: ['通所リハ'],
  短期入所: ['短期入所'],
  介護老人保健施設: ['施設入所', '通所リハ', '短期入所'],
  介護老人福祉施設: ['施設入所', '短期入所'],
  介護医療院: ['施設入所'],
  認知症対応型共同生活介護: ['その他'],
  訪問看護ステーション: ['訪問看護'],
  その他: ['福祉用具'],
};

const MEDICAL: ReadonlySet<ResourceCategory> = new Set<ResourceCategory>(['病院', '診療所']);

/** The category list of a town with `n` resources, every category present when n allows. */
export function categoryMix(rng: Rng, n: number): ResourceCategory[] {
  const weights = RESOURCE_CATEGORIES.map((c) => CATEGORY_WEIGHTS[c]);
  const counts = apportion(n, weights, 1);
  const out: ResourceCategory[] = [];
  RESOURCE_CATEGORIES.forEach((c, i) => {
    for (let k = 0; k < (counts[i] ?? 0); k++) out.push(c);
  });
  return rng.shuffle(out);
}

function facilityName(rng: Rng, category: ResourceCategory, townName: string): string {
  const stem = rng.pick(FACILITY_STEMS);
  const surname = rng.pick(SURNAMES)[0];
  switch (category) {
    case '病院':
      return rng.chance(0.5) ? `${townName}立${stem}病院` : `${stem}総合病院`;
    case '診療所':
      return rng.pick([`${stem}内科クリニック`, `${surname}医院`, `${surname}内科`, `${stem}ファミリークリニック`, `${surname}整形外科`]);
    case '歯科診療所':
      return rng.chance(0.5) ? `${surname}歯科医院` : `${stem}歯科クリニック`;
    case '薬局':
      return rng.chance(0.6) ? `${stem}薬局` : `${stem}調剤薬局 ${rng.pick(['本店', '駅前店', '中央店'])}`;
    case '訪問看護ステーション':
      return `訪問看護ステーション${stem}`;
    case '居宅介護支援事業所':
      return `${stem}居宅介護支援事業所`;
    case '地域包括支援センター':
      return `${townName}${rng.pick(['', '北部', '南部', '東部', '西部'])}地域包括支援センター`;
    case '訪問介護':
      return `ヘルパーステーション${stem}`;
    case '通所介護':
      return `デイサービスセンター${stem}`;
    case '訪問リハ':
      return `${stem}訪問リハビリテーション`;
    case '通所リハ':
      return `${stem}デイケアセンター`;
    case '短期入所':
      return `ショートステイ${stem}`;
    case '介護老人保健施設':
      return `介護老人保健施設${stem}`;
    case '介護老人福祉施設':
      return `特別養護老人ホーム${stem}`;
    case '介護医療院':
      return `介護医療院${stem}`;
    case '認知症対応型共同生活介護':
      return `グループホーム${stem}`;
    case 'その他':
      return `${stem}福祉用具センター`;
  }
}

/** Makes names unique the way towns do with branches: 'X', 'X 第2', 'X 第3' … (O(1) per name). */
function uniqueName(used: Map<string, number>, name: string): string {
  const seen = used.get(name);
  if (seen === undefined) {
    used.set(name, 1);
    return name;
  }
  for (let k = seen + 1; ; k++) {
    const candidate = `${name} 第${k}`;
    if (!used.has(candidate)) {
      used.set(name, k);
      used.set(candidate, 1);
      return candidate;
    }
  }
}

function hoursOf(rng: Rng, category: ResourceCategory): { hours: string; closedDays: string } {
  if (MEDICAL.has(category) || category === '歯科診療所') {
    return rng.pick([
      { hours: '月〜金 9:00-12:00、15:00-18:00／土 9:00-12:00', closedDays: '日祝' },
      { hours: '月〜土 8:30-12:30、14:30-18:00', closedDays: '木午後・日祝' },
      { hours: '月〜金 9:00-17:00', closedDays: '土日祝' },
    ]);
  }
  if (category === '薬局') return { hours: '月〜金 9:00-18:30／土 9:00-13:00', closedDays: '日祝' };
  if (category === '介護老人保健施設' || category === '介護老人福祉施設' || category === '介護医療院' || category === '認知症対応型共同生活介護') {
    return { hours: '24時間（面会 10:00-17:00）', closedDays: 'なし' };
  }
  return rng.pick([
    { hours: '月〜金 8:30-17:30', closedDays: '土日祝' },
    { hours: '月〜土 8:30-17:30', closedDays: '日・年末年始' },
  ]);
}

function departmentsOf(rng: Rng, category: ResourceCategory): string | null {
  if (category === '病院') return rng.sample(MEDICAL_DEPARTMENTS, rng.int(4, 7)).join('、');
  if (category === '診療所') return rng.sample(MEDICAL_DEPARTMENTS, rng.int(1, 2)).join('、');
  if (category === '歯科診療所') return rng.chance(0.4) ? '歯科、小児歯科' : '歯科';
  return null;
}

/** Medical and nursing flags by category: blank where a flag does not apply to the category. */
interface Capabilities {
  homeVisitCare: boolean | null;
  oncall: boolean | null;
  dentalHomeVisit: boolean | null;
  pharmacyHomeVisit: boolean | null;
  afterHours: boolean | null;
  terminalCare: boolean | null;
  tpn: boolean | null;
  tubeFeeding: boolean | null;
  tracheostomy: boolean | null;
  painManagement: boolean | null;
  ventilator: boolean | null;
  nursingEmergency: boolean | null;
  nursingTerminal: boolean | null;
  nursingSpecial: boolean | null;
  supportClinic: boolean | null;
  supportHospital: boolean | null;
  supportDental: boolean | null;
  backupHospital: boolean | null;
  support24h: boolean | null;
  dischargeStaff: boolean | null;
  homeDeath: boolean | null;
  homeCareDoctors: number | null;
  careManagerTime: string | null;
}

const NONE: Capabilities = {
  homeVisitCare: null, oncall: null, dentalHomeVisit: null, pharmacyHomeVisit: null, afterHours: null,
  terminalCare: null, tpn: null, tubeFeeding: null, tracheostomy: null, painManagement: null, ventilator: null,
  nursingEmergency: null, nursingTerminal: null, nursingSpecial: null, supportClinic: null, supportHospital: null,
  supportDental: null, backupHospital: null, support24h: null, dischargeStaff: null, homeDeath: null,
  homeCareDoctors: null, careManagerTime: null,
};

function capabilitiesOf(rng: Rng, category: ResourceCategory): Capabilities {
  const c = (p: number) => rng.chance(p);
  switch (category) {
    case '病院': {
      const visits = c(0.5);
      const supportHospital = visits && c(0.5);
      return {
        ...NONE,
        homeVisitCare: visits, oncall: visits && c(0.7), afterHours: c(0.7), terminalCare: visits && c(0.7),
        tpn: c(0.8), tubeFeeding: c(0.8), tracheostomy: c(0.7), painManagement: c(0.8), ventilator: c(0.5),
        supportClinic: false, supportHospital, backupHospital: !supportHospital && c(0.3), support24h: supportHospital || c(0.3),
        dischargeStaff: c(0.8), homeDeath: visits && c(0.5), homeCareDoctors: visits ? rng.int(1, 8) : 0,
      };
    }
    case '診療所': {
      const visits = c(0.45);
      const supportClinic = visits && c(0.45);
      return {
        ...NONE,
        homeVisitCare: visits, oncall: visits ? c(0.8) : c(0.15), afterHours: supportClinic || c(0.2),
        terminalCare: visits && c(0.6), tpn: visits && c(0.4), tubeFeeding: visits && c(0.5), tracheostomy: visits && c(0.25),
        painManagement: visits && c(0.6), ventilator: visits && c(0.1), supportClinic, supportHospital: false,
        support24h: supportClinic, homeDeath: visits && c(0.5), homeCareDoctors: visits ? rng.int(1, 3) : 0,
        careManagerTime: visits && c(0.6) ? rng.pick(['火・木 13:00-14:00', '月〜金 12:30-13:30', '水 14:00-15:00', '金 13:00-14:00']) : null,
      };
    }
    case '歯科診療所': {
      const visits = c(0.4);
      return { ...NONE, dentalHomeVisit: visits, supportDental: visits && c(0.4), afterHours: c(0.1) };
    }
    case '薬局': {
      const visits = c(0.5);
      return { ...NONE, pharmacyHomeVisit: visits, support24h: visits && c(0.4), afterHours: c(0.3), painManagement: visits && c(0.3), tpn: visits && c(0.2) };
    }
    case '訪問看護ステーション': {
      const emergency = c(0.85);
      return {
        ...NONE,
        nursingEmergency: emergency, nursingTerminal: c(0.7), nursingSpecial: c(0.6), support24h: emergency,
        afterHours: emergency, terminalCare: c(0.7), tpn: c(0.6), tubeFeeding: c(0.8), tracheostomy: c(0.5),
        painManagement: c(0.8), ventilator: c(0.4),
      };
    }
    case '介護老人保健施設':
    case '介護医療院':
      return { ...NONE, tubeFeeding: c(0.7), painManagement: c(0.5), homeDeath: null };
    default:
      return NONE;
  }
}

/** Care services in vocabulary order (the canonical order validation hands multi-values back in). */
function careServicesOf(rng: Rng, category: ResourceCategory): readonly CareService[] | null {
  const list = drawCareServices(rng, category);
  return list === null ? null : CARE_SERVICES.filter((s) => list.includes(s));
}

function drawCareServices(rng: Rng, category: ResourceCategory): readonly CareService[] | null {
  const base = CARE_SERVICES_OF[category];
  if (!base) return category === '病院' && rng.chance(0.4) ? ['訪問リハ', '通所リハ'] : null;
  if (category === '訪問介護' && rng.chance(0.2)) return [...base, '定期巡回・随時対応'];
  if (category === '通所介護' && rng.chance(0.15)) return ['小規模多機能'];
  if (category === '訪問看護ステーション' && rng.chance(0.2)) return [...base, '看護小規模多機能'];
  return base;
}

const LIAISON_UNITS = ['地域連携室', '医療相談室', '事務室', '相談員'] as const;
const DISCLOSURES = ['住民にも公開', '関係者のみ', '非公開'] as const;
const DISCLOSURE_WEIGHTS = [55, 40, 5];
const SOURCES = ['公表情報', '独自調査', 'その他'] as const;
const SOURCE_WEIGHTS = [60, 35, 5];
const NOTES = ['駐車場あり', '送迎あり', '予約制', '車いす対応', '休日当番あり'] as const;

/**
 * The resource rows. `toolUsers` (resource ids using a sharing tool) is decided later by the
 * adoption register, so `usesSharingTool` is filled in by {@link markToolUsers}.
 */
export function generateResources(ctx: GenContext): ResourceRow[] {
  const { rng, directory, town, today } = ctx;
  const n = ctx.size.resources;
  const id = idMaker('R', 3, n);
  const categories = categoryMix(rng, n);
  const stale = exactIndices(rng, n, STALE_SHARE);
  const usedNames = new Map<string, number>();
  const prefNumber = String(town.prefecture.number).padStart(2, '0');
  const rows: ResourceRow[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const category = categories[i] as ResourceCategory;
    const addr = directory.address();
    const phone = directory.phone();
    const isCare = CARE_SERVICES_OF[category] !== undefined && category !== 'その他';
    const caps = capabilitiesOf(rng, category);
    const { hours, closedDays } = hoursOf(rng, category);
    const disclosure = rng.weighted(DISCLOSURES, DISCLOSURE_WEIGHTS);
    const lastVerified = stale.has(i) ? today - rng.int(395, 900) : today - rng.int(0, 330);
    const consentDate =
      (disclosure === '住民にも公開' || rng.chance(0.5) ? Math.min(lastVerified, today - rng.int(30, 1400)) : null) ??
      // An entry shared with professionals had its consent taken at the survey that last verified it.
      (disclosure === '関係者のみ' ? lastVerified : null);
    const hasCoords = rng.chance(0.7);
    const liaison = rng.chance(0.6);
    const [surname] = rng.pick(SURNAMES);
    const [given] = rng.pick(GIVEN_NAMES);
    rows[i] = {
      __row: i + 2,
      id: id(i + 1),
      category,
      name: uniqueName(usedNames, facilityName(rng, category, town.townName)),
      officialCode: rng.chance(0.8) ? `${prefNumber}${isCare ? '7' : '1'}${String(rng.int(0, 9999999)).padStart(7, '0')}` : null,
      postalCode: addr.postalCode,
      address: addr.local,
      phone,
      fax: rng.chance(0.9) ? directory.faxFor(phone) : null,
      email: rng.chance(0.55) ? directory.email(`info.r${String(i + 1)}.`) : null,
      hours,
      closedDays,
      departments: departmentsOf(rng, category),
      ...caps,
      careServices: careServicesOf(rng, category),
      liaisonName: liaison ? (rng.chance(0.5) ? rng.pick(LIAISON_UNITS) : `${surname}　${given}`) : null,
      liaisonPhone: liaison && rng.chance(0.3) ? directory.phone() : null,
      usesSharingTool: null,
      latitude: hasCoords ? round4(town.lat + (rng.next() - 0.5) * 0.08) : null,
      longitude: hasCoords ? round4(town.lng + (rng.next() - 0.5) * 0.1) : null,
      disclosure,
      consentDate: consentDate === null ? null : isoOf(consentDate),
      lastVerified: isoOf(lastVerified),
      source: rng.weighted(SOURCES, SOURCE_WEIGHTS),
      note: rng.chance(0.15) ? rng.pick(NOTES) : null,
    };
  }
  return rows;
}

/** Sets usesSharingTool from the adoption register (○ for 利用中, × otherwise; blank for 1 in 5 unknowns). */
export function markToolUsers(rng: Rng, rows: ResourceRow[], activeUsers: ReadonlySet<string>): ResourceRow[] {
  return rows.map((r) => ({ ...r, usesSharingTool: activeUsers.has(r.id) ? true : rng.chance(0.2) ? null : false }));
}
