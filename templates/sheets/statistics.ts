/**
 * 統計入力: official statistics the clerk types in for the outcome (結果) indicators (D-13):
 * population, deaths and deaths at home from 人口動態統計, 要介護認定者数 from 介護保険事業状況報告.
 */
import { defineSheet } from '../spec/types';

const count = <K extends string>(key: K, header: string, label: string, hint: string) =>
  ({ key, header, label, type: 'integer', min: 0, max: 100000000, width: 12, hint }) as const;

export const statisticsSheet = defineSheet({
  kind: 'keyValue',
  id: 'statistics',
  name: '統計入力',
  nameEn: 'Official statistics',
  version: 1,
  description: '結果指標の計算に使う公的統計（人口・死亡・要介護認定）',
  requirements: ['D-13', 'D-17'],
  columns: [
    { key: 'statYear', header: '統計の年', label: 'Statistics year', type: 'integer', min: 2000, max: 2100, width: 12, hint: '統計の対象年（西暦）例: 2024' },
    count('population', '総人口', 'Population', '住民基本台帳などの総人口'),
    count('population65', '65歳以上人口', 'Population 65+', '65歳以上の人口'),
    count('population75', '75歳以上人口', 'Population 75+', '75歳以上の人口'),
    count('careCertified', '要介護認定者数', 'Certified for long-term care', '要介護（要支援を含む）認定者数'),
    count('deaths', '死亡者数', 'Deaths', '人口動態統計の死亡数'),
    count('deathsAtHome', '自宅死亡者数', 'Deaths at home', '死亡の場所が自宅の数'),
    count('deathsAtNursingHome', '老人ホーム等死亡者数', 'Deaths in care homes', '死亡の場所が老人ホーム・介護医療院・介護老人保健施設の数'),
    { key: 'source', header: '出典', label: 'Source', type: 'text', width: 30, hint: '例: 人口動態統計（2024年）' },
  ],
});
