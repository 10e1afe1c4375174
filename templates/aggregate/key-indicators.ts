/**
 * The indicators a prefecture compares across towns: a dozen picked from the catalogue to cover
 * 体制 (resources for the four scenes), 過程 (meetings, training, consultations, sharing) and
 * 結果 (deaths at home, doctors in home care, ageing as context). Each id is listed with the name
 * it had when chosen; a test checks they still agree, so a renumbered catalogue cannot silently
 * put another indicator into the comparison.
 */
export const KEY_INDICATORS: readonly { readonly id: string; readonly name: string }[] = [
  // 体制
  { id: 'S01', name: '在宅療養支援診療所・病院数' },
  { id: 'S02', name: '訪問診療を実施している診療所・病院数' },
  { id: 'S05', name: '24時間体制の訪問看護ステーション数' },
  { id: 'S11', name: '在宅看取りを実施している診療所・病院数' },
  { id: 'S12', name: '居宅介護支援事業所数' },
  // 第8次医療計画: each 在宅医療の圏域 should have at least one of each (seed 002).
  { id: 'S44', name: '在宅医療において積極的役割を担う医療機関数' },
  { id: 'S45', name: '在宅医療に必要な連携を担う拠点数' },
  // 過程
  { id: 'P07', name: '（イ）の会議の開催回数（合計）' }, // renamed in issue 12: also counts 地域ケア会議（イ）
  { id: 'P06', name: '研修の参加者数' },
  { id: 'P20', name: '相談件数' },
  { id: 'P55', name: '情報共有ツールを利用している資源の割合' },
  // 結果
  { id: 'O01', name: '在宅看取り率（自宅）' },
  { id: 'O04', name: '在宅医療に参画するかかりつけ医数' },
  { id: 'O05', name: '高齢化率' },
];

/** Ids in column order of the comparison table. */
export const KEY_INDICATOR_IDS: readonly string[] = KEY_INDICATORS.map((k) => k.id);
