/** 設定 and 統計入力 of a sample town: identity, sender details and plausible official statistics. */
import type { ResourceRow, SettingsRow, StatisticsRow } from '../sheets/rows';
import { GIVEN_NAMES, SURNAMES } from './names';
import type { GenContext } from './context';
import { elderlyForResources } from './gen-resources';
import { DEATHS_SPREAD, expectedDeaths, HOME_DEATH_SHARE, NURSING_HOME_DEATH_SHARE } from './demography';

const DEPARTMENTS = ['福祉課 高齢者支援係', '健康福祉課 地域包括ケア係', '保健福祉課 介護保険係'] as const;

/**
 * The 在宅医療の圏域 of a sample town, from its 団体コード (no random draw, so the other settings stay as
 * they were): the towns of one prefecture fall into three areas.
 */
export function homeCareAreaOf(lgCode: string): string {
  const municipality = Number(lgCode.slice(2, 5));
  return `${['北部', '中部', '南部'][municipality % 3] as string}圏域`;
}

/** The 設定 row (the sender of notices: town hall details on a reserved e-mail domain). */
export function generateSettings(ctx: GenContext): SettingsRow {
  const { rng, town, directory } = ctx;
  const department = rng.pick(DEPARTMENTS);
  const [surname] = rng.pick(SURNAMES);
  const [given] = rng.pick(GIVEN_NAMES);
  const person = `${surname}　${given}`;
  const phone = directory.phone();
  const fax = directory.faxFor(phone);
  const email = directory.email('zaitaku-renkei.');
  const signature = `${town.townName} ${department}\n担当: ${person}\nTEL ${phone}／FAX ${fax}\nE-mail ${email}`;
  return {
    __row: 2,
    prefecture: town.prefecture.name,
    townName: town.townName,
    lgCode: town.lgCode,
    department,
    personInCharge: person,
    phone,
    fax,
    email,
    fiscalYear: ctx.fiscalYear,
    signature,
    supportCenterName: `${town.townName}在宅医療・介護連携支援センター`,
    homeCareArea: homeCareAreaOf(town.lgCode),
    // Blank: the sample town keeps the documented defaults (保健師 → 行政, 社会福祉士・MSW → 介護系).
    publicHealthNurseSide: null,
    socialWorkerSide: null,
  };
}

/**
 * The 統計入力 row. The residents aged 65+ are those the resources stand for at the national
 * ratios (elderlyForResources, ±10 %), so counts per 1,000 aged 65+ look like a real town's; the
 * total follows from a rural ageing rate around 38 % (26–32 % for the larger test towns). Deaths
 * follow the town's age structure at national death rates by age (demography.ts), and the shares
 * dying at home and in 老人ホーム stay within the national range.
 */
export function generateStatistics(ctx: GenContext, resources: readonly ResourceRow[]): StatisticsRow {
  const { rng } = ctx;
  const population65 = Math.round(elderlyForResources(resources.length) * (0.9 + rng.next() * 0.2));
  const ageing = resources.length <= 200 ? 0.34 + rng.next() * 0.08 : 0.26 + rng.next() * 0.06;
  const population = Math.round(population65 / ageing);
  const population75 = Math.round(population65 * (0.52 + rng.next() * 0.06));
  const deaths = Math.round(expectedDeaths(population, population65, population75) * (1 - DEATHS_SPREAD + rng.next() * 2 * DEATHS_SPREAD));
  const between = (r: { readonly min: number; readonly max: number }): number => r.min + rng.next() * (r.max - r.min);
  const deathsAtHome = Math.round(deaths * between(HOME_DEATH_SHARE));
  const base = {
    __row: 2,
    statYear: ctx.fiscalYear - 1,
    population,
    population65,
    population75,
    careCertified: Math.round(population65 * (0.17 + rng.next() * 0.04)),
    deaths,
    deathsAtHome,
    deathsAtNursingHome: Math.round(deaths * between(NURSING_HOME_DEATH_SHARE)),
  };
  // Drawn after the figures above so their values stay as they were before these items existed.
  const insuredPrimary = Math.round(population65 * (0.99 + rng.next() * 0.02));
  const admittedClients = Math.round(base.careCertified * (0.15 + rng.next() * 0.1));
  const dischargedNeedingCare = Math.round(admittedClients * (0.7 + rng.next() * 0.2));
  const claimsKnown = rng.next() < 0.5;
  return {
    ...base,
    insuredPrimary,
    admittedClients,
    admissionInfoProvided: Math.round(admittedClients * (0.75 + rng.next() * 0.2)),
    dischargedNeedingCare,
    dischargeAdjusted: Math.round(dischargedNeedingCare * (0.6 + rng.next() * 0.3)),
    careCoordinationGuidance: claimsKnown ? Math.round(dischargedNeedingCare * (0.1 + rng.next() * 0.2)) : null,
    jointDischargeGuidance: claimsKnown ? Math.round(dischargedNeedingCare * (0.05 + rng.next() * 0.1)) : null,
    source: `人口動態統計（${ctx.fiscalYear - 1}年）、住民基本台帳、介護保険事業状況報告、ケアマネジャー調査`,
  };
}
