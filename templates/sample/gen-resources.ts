/**
 * 資源リスト of a sample town: category counts in line with national ratios per 1,000 residents aged
 * 65+ (README.md「資源」names the figures and their sources), flags that only the categories they
 * belong to carry (blank = not applicable), ~15 % stale entries, consent dates for every entry
 * shown to residents, and coordinates around the town centre.
 */
import type { ResourceRow } from '../sheets/rows';
import { CARE_SERVICES, RESOURCE_CATEGORIES, type CareService, type ResourceCategory } from '../sheets/vocabulary';
import { isoOf } from './calendar';
import { exactIndices, idMaker, type GenContext } from './context';
import { FACILITY_STEMS, GIVEN_NAMES, MEDICAL_DEPARTMENTS, SURNAMES } from './names';
import type { Rng } from './prng';
import { apportion } from './prng';
import { round4 } from './town-identity';

/**
 * Offices per 1,000 residents aged 65+ across Japan, rounded (医療施設調査 and 介護サービス施設・事業所調査
 * 2022, 衛生行政報告例 FY2022 for pharmacies, over about 36 million residents aged 65+; README.md「資源」).
 * Services run inside a hospital, clinic or facility (みなし指定の訪問・通所リハ, the 短期入所 of a 特養
 * or 老健) are listed under that row's 提供する介護サービス, so their own rows are fewer than the
 * national office counts.
 */
export const RESOURCES_PER_1000_ELDERLY: Readonly<Record<ResourceCategory, number>> = {
  病院: 0.22,
  有床診療所: 0.16,
  診療所: 2.74,
  歯科診療所: 1.87,
  薬局: 1.72,
  訪問看護ステーション: 0.41,
  居宅介護支援事業所: 1.06,
  地域包括支援センター: 0.15,
  訪問介護: 1.0,
  夜間対応型訪問介護: 0.005,
  '定期巡回・随時対応型訪問介護看護': 0.03,
  訪問入浴介護: 0.05,
  訪問リハビリテーション: 0.03,
  通所介護: 0.68,
  地域密着型通所介護: 0.53,
  認知症対応型通所介護: 0.09,
  通所リハビリテーション: 0.05,
  短期入所生活介護: 0.1,
  短期入所療養介護: 0.01,
  小規模多機能型居宅介護: 0.15,
  看護小規模多機能型居宅介護: 0.025,
  福祉用具貸与・販売: 0.21,
  介護老人保健施設: 0.12,
  介護老人福祉施設: 0.23,
  地域密着型介護老人福祉施設: 0.07,
  介護医療院: 0.02,
  認知症対応型共同生活介護: 0.39,
  特定施設入居者生活介護: 0.16,
  有料老人ホーム・サービス付き高齢者向け住宅: 0.5,
  '相談支援事業所（障害福祉）': 0.3,
  // The town's own 在宅医療・介護連携支援センター and the like: one per town (categoryCounts), more in big ones.
  その他: 0.05,
};

const TOTAL_PER_1000 = RESOURCE_CATEGORIES.reduce((sum, c) => sum + RESOURCES_PER_1000_ELDERLY[c], 0);

/** Residents aged 65+ that `n` resources stand for at the national ratios. @example elderlyForResources(60) // about 4,400 */
export function elderlyForResources(n: number): number {
  return Math.round((n * 1000) / TOTAL_PER_1000);
}

/** Share of entries whose last verification is over a year old (the intended "stale" warnings). */
export const STALE_SHARE = 0.15;

const CARE_SERVICES_OF: Partial<Record<ResourceCategory, readonly CareService[]>> = {
  居宅介護支援事業所: ['居宅介護支援'],
  訪問介護: ['訪問介護'],
  夜間対応型訪問介護: ['訪問介護', '夜間対応型訪問介護'],
  '定期巡回・随時対応型訪問介護看護': ['定期巡回・随時対応型訪問介護看護'],
  訪問入浴介護: ['訪問入浴介護'],
  訪問リハビリテーション: ['訪問リハビリテーション'],
  通所介護: ['通所介護'],
  地域密着型通所介護: ['地域密着型通所介護'],
  認知症対応型通所介護: ['認知症対応型通所介護'],
  通所リハビリテーション: ['通所リハビリテーション'],
  短期入所生活介護: ['短期入所生活介護'],
  短期入所療養介護: ['短期入所療養介護'],
  小規模多機能型居宅介護: ['小規模多機能型居宅介護'],
  看護小規模多機能型居宅介護: ['看護小規模多機能型居宅介護'],
  福祉用具貸与・販売: ['福祉用具貸与', '特定福祉用具販売'],
  介護老人保健施設: ['施設入所', '通所リハビリテーション', '短期入所療養介護'],
  介護老人福祉施設: ['施設入所', '短期入所生活介護'],
  地域密着型介護老人福祉施設: ['施設入所', '短期入所生活介護'],
  介護医療院: ['施設入所', '短期入所療養介護'],
  認知症対応型共同生活介護: ['認知症対応型共同生活介護'],
  特定施設入居者生活介護: ['特定施設入居者生活介護'],
  訪問看護ステーション: ['訪問看護'],
};

const MEDICAL: ReadonlySet<ResourceCategory> = new Set<ResourceCategory>(['病院', '有床診療所', '診療所']);
const RESIDENTIAL: ReadonlySet<ResourceCategory> = new Set<ResourceCategory>([
  '介護老人保健施設', '介護老人福祉施設', '地域密着型介護老人福祉施設', '介護医療院', '認知症対応型共同生活介護',
  '特定施設入居者生活介護', '有料老人ホーム・サービス付き高齢者向け住宅',
]);

/**
 * Rows per category for `n` resources: the national ratios apportioned exactly, then each category
 * the ratios leave out (expected under one row: 介護医療院, 看多機, 夜間対応型…) present with that
 * expectation as its chance, its row taken from the category most above its own expectation — so
 * 介護医療院 is in some towns and not others, decided by the town's seed.
 */
export function categoryCounts(rng: Rng, n: number): Map<ResourceCategory, number> {
  const rates = RESOURCE_CATEGORIES.map((c) => RESOURCES_PER_1000_ELDERLY[c]);
  const parts = apportion(n, rates, 0);
  const counts = new Map<ResourceCategory, number>(RESOURCE_CATEGORIES.map((c, i) => [c, parts[i] ?? 0]));
  const expected = (c: ResourceCategory): number => (RESOURCES_PER_1000_ELDERLY[c] * n) / TOTAL_PER_1000;
  // The row comes from the category furthest above its expectation (one rounded up), never
  // leaving a category empty, so no single category pays for every rare one.
  const takeOneRow = (c: ResourceCategory): void => {
    let from: ResourceCategory = '診療所';
    let best = -Infinity;
    for (const [k, v] of counts) {
      if (v < 2) continue;
      const surplus = v - expected(k);
      if (surplus > best) [from, best] = [k, surplus];
    }
    counts.set(from, (counts.get(from) ?? 0) - 1);
    counts.set(c, 1);
  };
  // The town's own 在宅医療・介護連携支援センター (その他) is in every town big enough to have a list.
  if (n >= 10 && (counts.get('その他') ?? 0) === 0) takeOneRow('その他');
  for (const c of RESOURCE_CATEGORIES) {
    if ((counts.get(c) ?? 0) > 0) continue;
    if (rng.chance(expected(c))) takeOneRow(c);
  }
  return counts;
}

/** The category list of a town with `n` resources, in random order. */
export function categoryMix(rng: Rng, n: number): ResourceCategory[] {
  const out: ResourceCategory[] = [];
  for (const [c, k] of categoryCounts(rng, n)) for (let i = 0; i < k; i++) out.push(c);
  return rng.shuffle(out);
}

function facilityName(rng: Rng, category: ResourceCategory, townName: string): string {
  const stem = rng.pick(FACILITY_STEMS);
  const surname = rng.pick(SURNAMES)[0];
  switch (category) {
    case '病院':
      return rng.chance(0.5) ? `${townName}立${stem}病院` : `${stem}総合病院`;
    case '有床診療所':
      return rng.pick([`${surname}医院`, `${stem}クリニック`, `${surname}外科胃腸科医院`]);
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
    case '夜間対応型訪問介護':
      return `夜間対応型訪問介護${stem}`;
    case '定期巡回・随時対応型訪問介護看護':
      return `定期巡回・随時対応サービス${stem}`;
    case '訪問入浴介護':
      return `訪問入浴サービス${stem}`;
    case '訪問リハビリテーション':
      return `${stem}訪問リハビリテーション`;
    case '通所介護':
      return `デイサービスセンター${stem}`;
    case '地域密着型通所介護':
      return `小さなデイサービス${stem}`;
    case '認知症対応型通所介護':
      return `認知症対応型デイサービス${stem}`;
    case '通所リハビリテーション':
      return `${stem}デイケアセンター`;
    case '短期入所生活介護':
      return `ショートステイ${stem}`;
    case '短期入所療養介護':
      return `${stem}短期入所療養センター`;
    case '小規模多機能型居宅介護':
      return `小規模多機能ホーム${stem}`;
    case '看護小規模多機能型居宅介護':
      return `看護小規模多機能${stem}`;
    case '福祉用具貸与・販売':
      return `${stem}福祉用具センター`;
    case '介護老人保健施設':
      return `介護老人保健施設${stem}`;
    case '介護老人福祉施設':
      return `特別養護老人ホーム${stem}`;
    case '地域密着型介護老人福祉施設':
      return `地域密着型特別養護老人ホーム${stem}`;
    case '介護医療院':
      return `介護医療院${stem}`;
    case '認知症対応型共同生活介護':
      return `グループホーム${stem}`;
    case '特定施設入居者生活介護':
      return `介護付き有料老人ホーム${stem}`;
    case '有料老人ホーム・サービス付き高齢者向け住宅':
      return rng.chance(0.5) ? `サービス付き高齢者向け住宅${stem}` : `住宅型有料老人ホーム${stem}`;
    case '相談支援事業所（障害福祉）':
      return `${stem}相談支援事業所`;
    case 'その他':
      return `${townName}在宅医療・介護連携支援センター`;
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
  if (RESIDENTIAL.has(category)) {
    return { hours: '24時間（面会 10:00-17:00）', closedDays: 'なし' };
  }
  return rng.pick([
    { hours: '月〜金 8:30-17:30', closedDays: '土日祝' },
    { hours: '月〜土 8:30-17:30', closedDays: '日・年末年始' },
  ]);
}

function departmentsOf(rng: Rng, category: ResourceCategory): string | null {
  if (category === '病院') return rng.sample(MEDICAL_DEPARTMENTS, rng.int(4, 7)).join('、');
  if (category === '診療所' || category === '有床診療所') return rng.sample(MEDICAL_DEPARTMENTS, rng.int(1, 2)).join('、');
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
  narcotics: boolean | null;
  sterileCompounding: boolean | null;
  pediatricHome: boolean | null;
  nutritionVisit: boolean | null;
  oralHygieneVisit: boolean | null;
  activeRole: boolean | null;
  coordinationHub: boolean | null;
  homeCareDoctors: number | null;
  careManagerTime: string | null;
}

const NONE: Capabilities = {
  homeVisitCare: null, oncall: null, dentalHomeVisit: null, pharmacyHomeVisit: null, afterHours: null,
  terminalCare: null, tpn: null, tubeFeeding: null, tracheostomy: null, painManagement: null, ventilator: null,
  nursingEmergency: null, nursingTerminal: null, nursingSpecial: null, supportClinic: null, supportHospital: null,
  supportDental: null, backupHospital: null, support24h: null, dischargeStaff: null, homeDeath: null,
  narcotics: null, sterileCompounding: null, pediatricHome: null, nutritionVisit: null, oralHygieneVisit: null,
  activeRole: null, coordinationHub: null, homeCareDoctors: null, careManagerTime: null,
};

/**
 * Shares behind the flags (README.md「資源」): about one clinic in five does 訪問診療 and one in seven
 * holds the 在宅療養支援診療所 notification; about one hospital in five is a 在宅療養支援病院; most
 * pharmacies hold a 麻薬小売業者 licence, few do 無菌調剤. 第8次医療計画 roles go to some 在支診・在支病
 * (積極的役割) and to the town's support centre or a 地域包括 (連携の拠点).
 */
function capabilitiesOf(rng: Rng, category: ResourceCategory): Capabilities {
  const c = (p: number) => rng.chance(p);
  switch (category) {
    case '病院': {
      const visits = c(0.35);
      const supportHospital = visits && c(0.55);
      return {
        ...NONE,
        homeVisitCare: visits, oncall: visits && c(0.7), afterHours: c(0.7), terminalCare: visits && c(0.7),
        tpn: c(0.8), tubeFeeding: c(0.8), tracheostomy: c(0.7), painManagement: c(0.8), ventilator: c(0.5),
        supportClinic: false, supportHospital, backupHospital: !supportHospital && c(0.3), support24h: supportHospital || c(0.3),
        dischargeStaff: c(0.8), homeDeath: visits && c(0.5), homeCareDoctors: visits ? rng.int(1, 8) : 0,
        nutritionVisit: visits && c(0.3), activeRole: supportHospital && c(0.6), coordinationHub: supportHospital && c(0.2),
      };
    }
    case '有床診療所':
    case '診療所': {
      const visits = c(category === '有床診療所' ? 0.4 : 0.2);
      const supportClinic = visits && c(0.7);
      return {
        ...NONE,
        homeVisitCare: visits, oncall: visits ? c(0.8) : c(0.15), afterHours: supportClinic || c(0.2),
        terminalCare: visits && c(0.6), tpn: visits && c(0.4), tubeFeeding: visits && c(0.5), tracheostomy: visits && c(0.25),
        painManagement: visits && c(0.6), ventilator: visits && c(0.1), supportClinic, supportHospital: false,
        support24h: supportClinic, homeDeath: visits && c(0.5), homeCareDoctors: visits ? rng.int(1, 3) : 0,
        careManagerTime: visits && c(0.6) ? rng.pick(['火・木 13:00-14:00', '月〜金 12:30-13:30', '水 14:00-15:00', '金 13:00-14:00']) : null,
        nutritionVisit: visits && c(0.05), activeRole: supportClinic && c(0.4),
      };
    }
    case '歯科診療所': {
      const visits = c(0.2);
      return { ...NONE, dentalHomeVisit: visits, supportDental: visits && c(0.6), afterHours: c(0.1), oralHygieneVisit: visits && c(0.7), activeRole: visits && c(0.1) };
    }
    case '薬局': {
      const visits = c(0.5);
      return {
        ...NONE, pharmacyHomeVisit: visits, support24h: visits && c(0.4), afterHours: c(0.3), painManagement: visits && c(0.3), tpn: visits && c(0.2),
        narcotics: c(0.8), sterileCompounding: visits && c(0.1), pediatricHome: visits && c(0.1),
      };
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
    case '地域包括支援センター':
      return { ...NONE, coordinationHub: c(0.3) };
    case 'その他':
      return { ...NONE, coordinationHub: true };
    default:
      return NONE;
  }
}

/** Care services in vocabulary order (the canonical order validation hands multi-values back in). */
function careServicesOf(rng: Rng, category: ResourceCategory, caps: Capabilities): readonly CareService[] | null {
  const list = drawCareServices(rng, category, caps);
  return list === null ? null : CARE_SERVICES.filter((s) => list.includes(s));
}

function drawCareServices(rng: Rng, category: ResourceCategory, caps: Capabilities): readonly CareService[] | null {
  const base = CARE_SERVICES_OF[category];
  // みなし指定: hospitals and clinics run 訪問・通所リハ and bill home visits as 居宅療養管理指導.
  if (category === '病院') return rng.chance(0.4) ? ['訪問リハビリテーション', '通所リハビリテーション', '居宅療養管理指導'] : caps.homeVisitCare ? ['居宅療養管理指導'] : null;
  if (category === '有床診療所' || category === '診療所' || category === '歯科診療所' || category === '薬局') {
    const visits = caps.homeVisitCare === true || caps.dentalHomeVisit === true || caps.pharmacyHomeVisit === true;
    return visits ? ['居宅療養管理指導'] : null;
  }
  if (!base) return null;
  if (category === '介護老人福祉施設' && rng.chance(0.3)) return [...base, '通所介護'];
  if (category === '介護老人保健施設' && rng.chance(0.3)) return [...base, '訪問リハビリテーション'];
  return base;
}

/** Third digit of the official code: 介護保険事業所番号 7; 医療機関コード's 点数表 1 医科, 3 歯科, 4 調剤. */
function codeKind(category: ResourceCategory, isCare: boolean): string {
  if (isCare) return '7';
  return category === '歯科診療所' ? '3' : category === '薬局' ? '4' : '1';
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
    const isCare = CARE_SERVICES_OF[category] !== undefined;
    const hasCode = isCare || MEDICAL.has(category) || category === '歯科診療所' || category === '薬局';
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
      officialCode: hasCode && rng.chance(0.8) ? `${prefNumber}${codeKind(category, isCare)}${String(rng.int(0, 9999999)).padStart(7, '0')}` : null,
      postalCode: addr.postalCode,
      address: addr.local,
      phone,
      fax: rng.chance(0.9) ? directory.faxFor(phone) : null,
      email: rng.chance(0.55) ? directory.email(`info.r${String(i + 1)}.`) : null,
      hours,
      closedDays,
      departments: departmentsOf(rng, category),
      ...caps,
      careServices: careServicesOf(rng, category, caps),
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
