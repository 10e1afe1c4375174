/**
 * The national ratios a sample town's figures are drawn from, so its deaths follow its age
 * structure and its consultation desk carries a load one or two people can handle. Sources and
 * reasoning: templates/sample/README.md (人口と死亡, 相談件数).
 */

/**
 * Deaths per 1,000 people a year by age band, Japan 2023, rounded: 人口動態統計（2023年・確定数）
 * deaths by age ÷ 人口推計（2023年10月1日）. Together they give the national total (about 1.57 million).
 */
export const DEATHS_PER_1000 = { under65: 1.5, from65to74: 13, from75: 61 } as const;

/** Deaths a year the national rates predict for a town of this age structure. */
export function expectedDeaths(population: number, population65: number, population75: number): number {
  const under65 = population - population65;
  const from65to74 = population65 - population75;
  return (under65 * DEATHS_PER_1000.under65 + from65to74 * DEATHS_PER_1000.from65to74 + population75 * DEATHS_PER_1000.from75) / 1000;
}

/** How far a town's deaths in one year stray from the expected count (chance and local health). */
export const DEATHS_SPREAD = 0.08;

/**
 * Shares of deaths by place (人口動態統計 2023: 自宅 about 17 %, 老人ホーム about 11 % nationally;
 * small rural towns with few home-visiting doctors sit at or below the national home share).
 */
export const HOME_DEATH_SHARE = { min: 0.12, max: 0.18 } as const;
export const NURSING_HOME_DEATH_SHARE = { min: 0.08, max: 0.13 } as const;

/**
 * Consultations a year per 1,000 residents aged 65+ that the desk of a small town plausibly
 * receives: many questions still go to 地域包括支援センター (seed 000 (オ) 留意事項 (２)).
 */
export const CONSULTATIONS_PER_1000_AGED_65 = { min: 10, max: 50 } as const;

/**
 * Consultations a one- or two-person desk can handle on an average workday (each takes 30–60
 * minutes of calls and coordination beside the desk's other work), and on its busiest day.
 */
export const DESK_CAPACITY = { perWorkday: 2, busiestDay: 6 } as const;
