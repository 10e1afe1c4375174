/**
 * 体制 (structure) indicators: counts from 資源リスト for the four scenes (seed 004's table of data to
 * know). Every row counts whatever its 公開区分: disclosure is about publication, not existence, so
 * 非公開 entries are part of the town's capacity.
 */
import type { ResourceRow } from '../sheets/rows';
import { resourcesSheet } from '../sheets/resources';
import { CARE_SERVICES, CLINIC_CATEGORIES, MEDICAL_INSTITUTIONS } from '../sheets/vocabulary';
import type { TownRows } from '../validate/types';
import { defineIndicator, headerOf } from './define';
import { listedCount } from './facts';
import type { FormulaContext } from './formula-context';
import { countIfs, memberCriteria, plus, str, type Criterion } from './formula-parts';
import type { Indicator, IndicatorScenes } from './types';

type ResourceFlag = {
  [K in keyof ResourceRow]-?: ResourceRow[K] extends boolean | null ? (K extends '__row' ? never : K) : never;
}[keyof ResourceRow];

const SOURCE = '資源リスト';
const ACTIVITY = '（ア）資源の把握' as const;

/** What every count of the resource list shares: a 体制 figure of (ア), in か所, more is better. */
const RESOURCE_COUNT = { kind: '体制', activity: ACTIVITY, unit: 'か所', direction: 'higher', requirements: ['D-01', 'D-13', 'D-17'] } as const;
const ALL_DISCLOSURES = '公開区分（非公開を含む）にかかわらず数えます。';

/** Rows of a category (one of `categories`), optionally with a ○ flag. */
interface CategoryCount {
  readonly categories: readonly string[];
  readonly flag?: ResourceFlag;
}

function countByCategory(town: TownRows, spec: CategoryCount): number {
  let n = 0;
  for (const r of town.resources) {
    if (spec.categories.includes(r.category) && (spec.flag === undefined || r[spec.flag] === true)) n++;
  }
  return n;
}

function categoryFormula(ctx: FormulaContext, spec: CategoryCount): string {
  const cat = ctx.column('resources', 'category');
  return `=${plus(
    spec.categories.map((c) => {
      const crit: Criterion[] = [[cat, str(c)]];
      if (spec.flag) crit.push([ctx.column('resources', spec.flag), str('○')]);
      return countIfs(crit);
    }),
  )}`;
}

function categoryText(spec: CategoryCount): string {
  const cats = spec.categories.join('・');
  return spec.flag ? `種別が${cats}で「${headerOf(resourcesSheet, spec.flag)}」が○の資源の数` : `種別が${cats}の資源の数`;
}

interface CountSpec extends CategoryCount {
  readonly id: string;
  readonly name: string;
  readonly nameEn: string;
  readonly scene: IndicatorScenes;
  readonly note?: string;
}

function categoryIndicator(s: CountSpec): Indicator {
  return defineIndicator({
    ...RESOURCE_COUNT,
    id: s.id,
    name: s.name,
    nameEn: s.nameEn,
    scene: s.scene,
    definition: { numerator: categoryText(s), source: SOURCE, note: s.note ? `${s.note}${ALL_DISCLOSURES}` : ALL_DISCLOSURES },
    compute: (town) => countByCategory(town, s),
    formula: (ctx) => categoryFormula(ctx, s),
  });
}

/**
 * Rows with a ○ flag whatever their 種別: 訪問栄養食事指導 comes from hospitals, clinics and
 * 栄養ケア・ステーション alike, and seed 002 lets 市町村・医師会・地域包括 be the 連携を担う拠点.
 */
interface FlagSpec {
  readonly id: string;
  readonly name: string;
  readonly nameEn: string;
  readonly scene: IndicatorScenes;
  readonly flag: ResourceFlag;
  readonly note?: string;
}

function flagIndicator(s: FlagSpec): Indicator {
  return defineIndicator({
    ...RESOURCE_COUNT,
    id: s.id,
    name: s.name,
    nameEn: s.nameEn,
    scene: s.scene,
    definition: { numerator: `「${headerOf(resourcesSheet, s.flag)}」が○の資源の数（種別を問わない）`, source: SOURCE, note: `${s.note ?? ''}${ALL_DISCLOSURES}` },
    compute: (town) => town.resources.filter((r) => r[s.flag] === true).length,
    formula: (ctx) => `=${countIfs([[ctx.column('resources', s.flag), str('○')]])}`,
  });
}

/**
 * A care service counted as 事業所: rows whose 種別 is the service, plus rows of another 種別 that list
 * the service in 提供する介護サービス (a combined facility registers one row but runs several services).
 */
interface ServiceSpec {
  readonly id: string;
  readonly name: string;
  readonly nameEn: string;
  readonly scene: IndicatorScenes;
  readonly category: ResourceRow['category'];
  readonly service: string;
}

function serviceIndicator(s: ServiceSpec): Indicator {
  return defineIndicator({
    ...RESOURCE_COUNT,
    id: s.id,
    name: s.name,
    nameEn: s.nameEn,
    scene: s.scene,
    definition: {
      numerator: `種別が${s.category}の資源の数＋他の種別で「提供する介護サービス」に${s.service}を含む資源の数`,
      source: SOURCE,
      note: ALL_DISCLOSURES,
    },
    compute: (town) => {
      let n = 0;
      for (const r of town.resources) if (r.category === s.category || (r.careServices?.includes(s.service as never) ?? false)) n++;
      return n;
    },
    formula: (ctx) => {
      const cat = ctx.column('resources', 'category');
      const svc = ctx.column('resources', 'careServices');
      // Rows of another 種別 listing the service = rows listing it − rows of this 種別 listing it. The
      // same count as COUNTIFS(種別, "<>種別", …), which LibreOffice evaluates over all 1,048,576 rows
      // of the column (a "<>" criterion also matches every empty cell): ~35 ms per COUNTIFS, ~2 s of
      // a full recalculation over the service indicators; these take well under 1 ms each.
      const listed = memberCriteria(CARE_SERVICES, s.service).map((item) => `(${countIfs([[svc, item]])}-${countIfs([[cat, str(s.category)], [svc, item]])})`);
      return `=${countIfs([[cat, str(s.category)]])}+${listed.join('+')}`;
    },
  });
}

const CLINICS_AND_HOSPITALS = MEDICAL_INSTITUTIONS;
const PLAN_NOTE = '第8次医療計画で都道府県が医療計画に記載したものに○を付けます。';

export const STRUCTURE_INDICATORS: readonly Indicator[] = [
  defineIndicator({
    id: 'S01',
    name: '在宅療養支援診療所・病院数',
    nameEn: 'Home-care support clinics and hospitals',
    kind: '体制',
    // Seed 004 lists it under three scenes; 急変時の対応 stays first (the former single scene).
    scene: ['急変時の対応', '日常の療養支援', '看取り'],
    activity: ACTIVITY,
    unit: 'か所',
    direction: 'higher',
    definition: {
      numerator: '種別が有床診療所・診療所で「在宅療養支援診療所」が○の数＋種別が病院で「在宅療養支援病院」が○の数',
      source: SOURCE,
      note: `届出は種別に合うものだけを数えます。${ALL_DISCLOSURES}`,
    },
    requirements: ['D-01', 'D-13', 'D-17'],
    compute: (town) => countByCategory(town, { categories: CLINIC_CATEGORIES, flag: 'supportClinic' }) + countByCategory(town, { categories: ['病院'], flag: 'supportHospital' }),
    formula: (ctx) => {
      const cat = ctx.column('resources', 'category');
      const clinics = CLINIC_CATEGORIES.map((c) => countIfs([[cat, str(c)], [ctx.column('resources', 'supportClinic'), str('○')]]));
      return `=${clinics.join('+')}+${countIfs([
        [cat, str('病院')],
        [ctx.column('resources', 'supportHospital'), str('○')],
      ])}`;
    },
  }),
  categoryIndicator({ id: 'S02', name: '訪問診療を実施している診療所・病院数', nameEn: 'Clinics and hospitals doing home-visit care', scene: ['日常の療養支援', '急変時の対応', '看取り'], categories: CLINICS_AND_HOSPITALS, flag: 'homeVisitCare' }),
  categoryIndicator({ id: 'S03', name: '往診を行う診療所・病院数', nameEn: 'Clinics and hospitals making house calls', scene: '急変時の対応', categories: CLINICS_AND_HOSPITALS, flag: 'oncall' }),
  categoryIndicator({ id: 'S04', name: '在宅療養後方支援病院数', nameEn: 'Home-care backup hospitals', scene: '急変時の対応', categories: ['病院'], flag: 'backupHospital' }),
  categoryIndicator({ id: 'S05', name: '24時間体制の訪問看護ステーション数', nameEn: '24-hour home-visit nursing stations', scene: '急変時の対応', categories: ['訪問看護ステーション'], flag: 'support24h' }),
  serviceIndicator({ id: 'S06', name: '訪問看護事業所数', nameEn: 'Home-visit nursing providers', scene: '日常の療養支援', category: '訪問看護ステーション', service: '訪問看護' }),
  categoryIndicator({ id: 'S07', name: '在宅療養支援歯科診療所数', nameEn: 'Home-care support dental clinics', scene: ['急変時の対応', '日常の療養支援'], categories: ['歯科診療所'], flag: 'supportDental' }),
  categoryIndicator({
    id: 'S08',
    name: '歯科訪問診療を実施している診療所・病院数',
    nameEn: 'Dental clinics, clinics and hospitals doing dental home visits',
    scene: '日常の療養支援',
    categories: ['歯科診療所', ...MEDICAL_INSTITUTIONS],
    flag: 'dentalHomeVisit',
    note: '歯科訪問診療の担い手の多くは歯科診療所のため、歯科診療所を含めます（歯科を併設する診療所・病院も数えます）。',
  }),
  categoryIndicator({ id: 'S09', name: '訪問薬剤指導を実施する薬局数', nameEn: 'Pharmacies doing home-visit medication guidance', scene: '日常の療養支援', categories: ['薬局'], flag: 'pharmacyHomeVisit' }),
  categoryIndicator({ id: 'S10', name: '退院支援担当者を配置している診療所・病院数', nameEn: 'Clinics and hospitals with discharge-support staff', scene: '入退院支援', categories: CLINICS_AND_HOSPITALS, flag: 'dischargeStaff' }),
  categoryIndicator({ id: 'S11', name: '在宅看取りを実施している診療所・病院数', nameEn: 'Clinics and hospitals providing end-of-life care at home', scene: '看取り', categories: CLINICS_AND_HOSPITALS, flag: 'homeDeath' }),
  serviceIndicator({ id: 'S12', name: '居宅介護支援事業所数', nameEn: 'Care-management offices', scene: '日常の療養支援', category: '居宅介護支援事業所', service: '居宅介護支援' }),
  categoryIndicator({ id: 'S13', name: '介護老人保健施設数', nameEn: 'Geriatric health services facilities', scene: '日常の療養支援', categories: ['介護老人保健施設'] }),
  categoryIndicator({ id: 'S14', name: '介護医療院数', nameEn: 'Integrated long-term care hospitals', scene: '日常の療養支援', categories: ['介護医療院'] }),
  categoryIndicator({ id: 'S15', name: '介護老人福祉施設数', nameEn: 'Special nursing homes', scene: '日常の療養支援', categories: ['介護老人福祉施設'] }),
  serviceIndicator({ id: 'S16', name: '通所介護事業所数', nameEn: 'Day-care providers', scene: '日常の療養支援', category: '通所介護', service: '通所介護' }),
  serviceIndicator({ id: 'S17', name: '訪問介護事業所数', nameEn: 'Home-help providers', scene: '日常の療養支援', category: '訪問介護', service: '訪問介護' }),
  serviceIndicator({ id: 'S18', name: '通所リハビリテーション事業所数', nameEn: 'Day-rehabilitation providers', scene: '日常の療養支援', category: '通所リハビリテーション', service: '通所リハビリテーション' }),
  serviceIndicator({ id: 'S19', name: '訪問リハビリテーション事業所数', nameEn: 'Home-visit rehabilitation providers', scene: '日常の療養支援', category: '訪問リハビリテーション', service: '訪問リハビリテーション' }),
  categoryIndicator({ id: 'S20', name: '薬局数', nameEn: 'Pharmacies', scene: '日常の療養支援', categories: ['薬局'] }),
  categoryIndicator({ id: 'S21', name: '地域包括支援センター数', nameEn: 'Community general support centres', scene: '共通', categories: ['地域包括支援センター'] }),
  categoryIndicator({ id: 'S22', name: '病院数', nameEn: 'Hospitals', scene: '共通', categories: ['病院'] }),
  categoryIndicator({ id: 'S23', name: '診療所数', nameEn: 'Clinics', scene: '共通', categories: CLINIC_CATEGORIES, note: '有床・無床を合わせた一般診療所（医療施設調査の区分）。' }),
  categoryIndicator({ id: 'S24', name: '歯科診療所数', nameEn: 'Dental clinics', scene: '共通', categories: ['歯科診療所'] }),
  defineIndicator({
    id: 'S25',
    name: '資源リストの登録数',
    nameEn: 'Resources listed',
    kind: '体制',
    scene: '共通',
    activity: ACTIVITY,
    unit: 'か所',
    direction: 'higher',
    definition: { numerator: '資源リストの行数（資源IDのある行）', source: SOURCE, note: ALL_DISCLOSURES },
    requirements: ['D-01', 'D-17'],
    compute: (town) => listedCount(town.resources),
    formula: (ctx) => `=COUNTA(${ctx.column('resources', 'id')})-1`,
  }),
  categoryIndicator({
    id: 'S30',
    name: '有床診療所数',
    nameEn: 'Clinics with beds',
    scene: '急変時の対応',
    categories: ['有床診療所'],
    note: '急変時の一時的な入院先になりうる診療所（病床1〜19床）。',
  }),
  serviceIndicator({ id: 'S31', name: '短期入所生活介護事業所数', nameEn: 'Short-stay (daily-life care) providers', scene: '日常の療養支援', category: '短期入所生活介護', service: '短期入所生活介護' }),
  serviceIndicator({ id: 'S32', name: '短期入所療養介護事業所数', nameEn: 'Short-stay (medical care) providers', scene: '急変時の対応', category: '短期入所療養介護', service: '短期入所療養介護' }),
  serviceIndicator({ id: 'S33', name: '小規模多機能型居宅介護事業所数', nameEn: 'Small multifunctional home-care providers', scene: '日常の療養支援', category: '小規模多機能型居宅介護', service: '小規模多機能型居宅介護' }),
  serviceIndicator({ id: 'S34', name: '看護小規模多機能型居宅介護事業所数', nameEn: 'Nursing small multifunctional providers', scene: '看取り', category: '看護小規模多機能型居宅介護', service: '看護小規模多機能型居宅介護' }),
  serviceIndicator({ id: 'S35', name: '定期巡回・随時対応型訪問介護看護事業所数', nameEn: 'Regular-round and on-call home-care providers', scene: '急変時の対応', category: '定期巡回・随時対応型訪問介護看護', service: '定期巡回・随時対応型訪問介護看護' }),
  serviceIndicator({ id: 'S36', name: '地域密着型通所介護事業所数', nameEn: 'Community-based day-care providers', scene: '日常の療養支援', category: '地域密着型通所介護', service: '地域密着型通所介護' }),
  serviceIndicator({ id: 'S37', name: '訪問入浴介護事業所数', nameEn: 'Home-visit bathing providers', scene: '日常の療養支援', category: '訪問入浴介護', service: '訪問入浴介護' }),
  categoryIndicator({ id: 'S38', name: '麻薬調剤に対応する薬局数', nameEn: 'Pharmacies dispensing narcotics', scene: '看取り', categories: ['薬局'], flag: 'narcotics', note: '麻薬小売業者の免許を持つ薬局。' }),
  categoryIndicator({ id: 'S39', name: '無菌調剤に対応する薬局数', nameEn: 'Pharmacies doing sterile compounding', scene: '日常の療養支援', categories: ['薬局'], flag: 'sterileCompounding' }),
  categoryIndicator({ id: 'S40', name: '小児在宅に対応する薬局数', nameEn: 'Pharmacies serving children at home', scene: '日常の療養支援', categories: ['薬局'], flag: 'pediatricHome' }),
  categoryIndicator({ id: 'S41', name: '24時間対応の薬局数', nameEn: '24-hour pharmacies', scene: '急変時の対応', categories: ['薬局'], flag: 'support24h' }),
  flagIndicator({ id: 'S42', name: '訪問栄養食事指導を行う資源数', nameEn: 'Providers of home nutrition guidance', scene: '日常の療養支援', flag: 'nutritionVisit' }),
  flagIndicator({ id: 'S43', name: '訪問口腔衛生指導を行う資源数', nameEn: 'Providers of home oral hygiene guidance', scene: '日常の療養支援', flag: 'oralHygieneVisit' }),
  categoryIndicator({
    id: 'S44',
    name: '在宅医療において積極的役割を担う医療機関数',
    nameEn: 'Institutions with an active home-care role (8th plan)',
    scene: '共通',
    categories: ['歯科診療所', ...MEDICAL_INSTITUTIONS],
    flag: 'activeRole',
    note: `病院・診療所（歯科を含む）に限ります。${PLAN_NOTE}`,
  }),
  flagIndicator({
    id: 'S45',
    name: '在宅医療に必要な連携を担う拠点数',
    nameEn: 'Home-care coordination hubs (8th plan)',
    scene: '共通',
    flag: 'coordinationHub',
    note: `市町村・医師会・地域包括支援センター・医療機関など種別を問いません。${PLAN_NOTE}`,
  }),
];
