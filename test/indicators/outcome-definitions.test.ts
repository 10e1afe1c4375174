/**
 * Outcome and 入退院支援 definitions follow the official statistics (issue 12, items 4 and 6):
 * 要介護認定率 on 第1号被保険者 as 介護保険事業状況報告 defines it, 在宅等 as 人口動態統計's places
 * of death (自宅 + 老人ホーム, not 介護医療院・介護老人保健施設), the 退院調整率 of a care-manager survey.
 */
import { computeIndicators, definitionText, findIndicator } from '../../templates/indicators';
import { statisticsSheet } from '../../templates/sheets/statistics';
import { FIXTURE_ROWS, FIXTURE_STATISTICS } from './fixture-town';

const ctx = { fiscalYear: 2025, today: '2025-12-01' };
const valueOf = (id: string, statistics = FIXTURE_STATISTICS) =>
  computeIndicators({ ...FIXTURE_ROWS, statistics }, ctx).find((r) => r.id === id)?.value ?? null;
const header = (key: string) => statisticsSheet.columns.find((c) => c.key === key)?.header;

describe('要介護認定率 (O07)', () => {
  it('divides 第1号被保険者の認定者数 by 第1号被保険者数, not by 65歳以上人口', () => {
    const o07 = findIndicator('O07')!;
    expect(o07.definition.numerator).toBe('第1号被保険者の認定者数');
    expect(o07.definition.denominator).toBe('第1号被保険者数');
    expect(definitionText(o07)).toContain('介護保険事業状況報告');
    expect(valueOf('O07', { ...FIXTURE_STATISTICS, careCertified: 200, insuredPrimary: 1000, population65: 500 })).toBe(20);
  });

  it('stays blank until 第1号被保険者数 is typed (an upgraded workbook has only the old items)', () => {
    expect(valueOf('O07', { ...FIXTURE_STATISTICS, insuredPrimary: null })).toBeNull();
  });

  it('reads the former label 要介護認定者数 as the 第1号 count, so older sheets upgrade', () => {
    const col = statisticsSheet.columns.find((c) => c.key === 'careCertified')!;
    expect(col.aliases).toContain('要介護認定者数');
    expect(statisticsSheet.version).toBeGreaterThanOrEqual(2);
    expect(statisticsSheet.columns.find((c) => c.key === 'insuredPrimary')?.since).toBe(2);
  });
});

describe('在宅等看取り率 (O02)', () => {
  it('counts 自宅 and 老人ホーム as 人口動態統計 defines them and names the source', () => {
    const o02 = findIndicator('O02')!;
    const text = definitionText(o02);
    expect(o02.definition.numerator).toBe(`${header('deathsAtHome')}＋${header('deathsAtNursingHome')}`);
    expect(text).toContain('人口動態統計');
    expect(text).toMatch(/養護.*特別養護.*軽費.*有料老人ホーム/);
    expect(text).toContain('介護医療院・介護老人保健施設を老人ホームとは別の場所として数えるため、含めません');
    expect(valueOf('O02', { ...FIXTURE_STATISTICS, deaths: 200, deathsAtHome: 30, deathsAtNursingHome: 20 })).toBe(25);
  });

  it('asks for 老人ホーム only on 統計入力 and still finds the old 老人ホーム等 label', () => {
    const col = statisticsSheet.columns.find((c) => c.key === 'deathsAtNursingHome')!;
    expect(col.header).toBe('老人ホーム死亡者数');
    expect(col.aliases).toContain('老人ホーム等死亡者数');
    expect(col.hint).toContain('介護医療院・介護老人保健施設は含めない');
  });
});

describe('入退院支援 (P80–P83)', () => {
  it('computes 入院時情報提供率 and the 郡山-style 退院調整率 from the survey counts', () => {
    const s = { ...FIXTURE_STATISTICS, admittedClients: 50, admissionInfoProvided: 45, dischargedNeedingCare: 40, dischargeAdjusted: 30 };
    expect(valueOf('P80', s)).toBe(90);
    expect(valueOf('P81', s)).toBe(75);
    expect(findIndicator('P81')!.definition.denominator).toBe('要介護で退院した人数');
    expect(findIndicator('P81')!.definition.numerator).toBe('退院調整ありの人数');
  });

  it('leaves the claim counts blank where the town does not have them (blank is not zero)', () => {
    expect(valueOf('P82', { ...FIXTURE_STATISTICS, careCoordinationGuidance: null })).toBeNull();
    expect(valueOf('P83', { ...FIXTURE_STATISTICS, jointDischargeGuidance: 0 })).toBe(0);
    expect(valueOf('P81', { ...FIXTURE_STATISTICS, dischargedNeedingCare: 0 })).toBeNull();
  });

  it('belongs to the 入退院支援 scene and to (エ) 情報共有の支援', () => {
    for (const id of ['P80', 'P81', 'P82', 'P83']) {
      expect(findIndicator(id)?.scene).toBe('入退院支援');
      expect(findIndicator(id)?.activity).toBe('（エ）情報共有の支援');
    }
  });
});
