/**
 * 統計入力: official statistics the clerk types in for the outcome (結果) indicators (D-13):
 * population and deaths by place from 人口動態統計, 第1号被保険者数 and their 認定者数 from
 * 介護保険事業状況報告, and the 入退院支援 counts a town can collect (seed 004's data to know):
 * its own survey of care managers (入院時情報提供, 退院調整) and, where the town has them, claims
 * counts of 介護支援連携指導 / 退院時共同指導.
 */
import { defineSheet } from '../spec/types';

const count = <K extends string>(key: K, header: string, label: string, hint: string, extra: { readonly aliases?: readonly string[]; readonly since?: number } = {}) =>
  ({ key, header, label, type: 'integer', min: 0, max: 100000000, width: 12, hint, ...extra }) as const;

export const statisticsSheet = defineSheet({
  kind: 'keyValue',
  id: 'statistics',
  name: '統計入力',
  nameEn: 'Official statistics',
  version: 2,
  description: '結果指標・入退院支援の指標の計算に使う公的統計と調査の件数（人口・死亡・要介護認定・入退院）',
  requirements: ['D-13', 'D-17'],
  columns: [
    { key: 'statYear', header: '統計の年', label: 'Statistics year', type: 'integer', min: 2000, max: 2100, width: 12, hint: '統計の対象年（西暦）例: 2024' },
    count('population', '総人口', 'Population', '住民基本台帳などの総人口'),
    count('population65', '65歳以上人口', 'Population 65+', '65歳以上の人口'),
    count('population75', '75歳以上人口', 'Population 75+', '75歳以上の人口'),
    // 要介護認定率 is defined on 第1号被保険者 (介護保険事業状況報告): both counts come from that report.
    count('careCertified', '第1号被保険者の認定者数', 'Certified primary insured (65+)', '介護保険事業状況報告の要介護（要支援）認定者数のうち第1号被保険者（65歳以上）の数', {
      aliases: ['要介護認定者数', '認定者数（第1号被保険者）', '第1号被保険者認定者数'],
    }),
    count('insuredPrimary', '第1号被保険者数', 'Primary insured persons (65+)', '介護保険事業状況報告の第1号被保険者数（住所地特例を含む保険者の数）', { since: 2 }),
    count('deaths', '死亡者数', 'Deaths', '人口動態統計の死亡数'),
    count('deathsAtHome', '自宅死亡者数', 'Deaths at home', '人口動態統計「死亡の場所」が自宅の数'),
    // 人口動態統計 counts 介護医療院・介護老人保健施設 as a place of its own, not as 老人ホーム.
    count('deathsAtNursingHome', '老人ホーム死亡者数', 'Deaths in homes for the elderly', '人口動態統計「死亡の場所」が老人ホーム（養護・特別養護・軽費・有料老人ホーム）の数。介護医療院・介護老人保健施設は含めない', {
      aliases: ['老人ホーム等死亡者数', '老人ホームでの死亡者数'],
    }),
    // 入退院支援 (seed 004): a yearly survey of the town's care managers, 郡山市 style.
    count('admittedClients', '入院した利用者数', 'Clients admitted to hospital', 'ケアマネジャー調査: 調査期間に入院した担当利用者（要介護・要支援）の数', { since: 2 }),
    count('admissionInfoProvided', '入院時情報提供の件数', 'Admissions with information sent to hospital', 'ケアマネジャー調査: そのうち入院時に病院へ情報提供した件数', { since: 2 }),
    count('dischargedNeedingCare', '要介護で退院した人数', 'Discharged needing long-term care', 'ケアマネジャー調査: 調査期間に病院から退院した要介護（要支援）の利用者数', { since: 2 }),
    count('dischargeAdjusted', '退院調整ありの人数', 'Discharges with coordination', 'ケアマネジャー調査: そのうち退院前に病院から連絡・調整（退院調整）があった人数', { since: 2 }),
    count('careCoordinationGuidance', '介護支援連携指導の件数', 'Care-support coordination guidance (claims)', '分かる場合のみ: 介護支援等連携指導料の算定件数（医療機関への照会やレセプト集計）', { since: 2 }),
    count('jointDischargeGuidance', '退院時共同指導の件数', 'Joint discharge guidance (claims)', '分かる場合のみ: 退院時共同指導料の算定件数（医療機関への照会やレセプト集計）', { since: 2 }),
    { key: 'source', header: '出典', label: 'Source', type: 'text', width: 30, hint: '例: 人口動態統計（2024年）、介護保険事業状況報告（年報）、ケアマネジャー調査' },
  ],
});
