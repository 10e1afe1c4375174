/** Towns by 在宅医療の圏域: grouping, sums of counts only, and values per 1,000 residents aged 65+. */
import { areaTable, groupByArea, isAdditive, per1000Elderly } from '../../templates/aggregate/areas';
import { buildComparison, type TownSummary } from '../../templates/aggregate/compare';
import { KEY_INDICATORS } from '../../templates/aggregate/key-indicators';
import { findIndicator } from '../../templates/indicators';

const s05 = (value: number | null) => ({ id: 'S05', name: '24時間体制の訪問看護ステーション数', kind: '体制', unit: 'か所', value });
const o01 = (value: number | null) => ({ id: 'O01', name: '在宅看取り率（自宅）', kind: '結果', unit: '%', value });

const town = (file: string, lgCode: string, area: string | null, population65: number | null, stations: number | null, rate: number | null): TownSummary => ({
  file, townName: file.replace('.xlsx', ''), lgCode, fiscalYear: 2025, errorCount: 0, homeCareArea: area, population65,
  indicators: [s05(stations), o01(rate)],
});

// 大町 (9,000 aged 65+) has 3 stations, 小村 (1,500) has 1: per 1,000 aged 65+ 0.33 and 0.67 — the small one is better served.
const towns = [
  town('大町.xlsx', '200001', '北部圏域', 9000, 3, 12.5),
  town('小村.xlsx', '200002', '北部圏域', 1500, 1, 20),
  town('南町.xlsx', '200003', '南部圏域', 4000, 2, 15),
  town('未設定町.xlsx', '200004', null, 3000, 1, null),
  town('空白町.xlsx', '200005', '  ', null, 0, 10),
];
const comparison = buildComparison(towns, ['S05', 'O01']);

describe('per1000Elderly', () => {
  it('rounds to two decimals, blank without a population', () => {
    expect(per1000Elderly(3, 9000)).toBe(0.33);
    expect(per1000Elderly(1, 1500)).toBe(0.67);
    expect(per1000Elderly(1, null)).toBeNull();
    expect(per1000Elderly(null, 1000)).toBeNull();
    expect(per1000Elderly(1, 0)).toBeNull();
  });
  it('sums counts, not rates', () => {
    expect(isAdditive({ unit: 'か所' })).toBe(true);
    expect(isAdditive({ unit: '%' })).toBe(false);
  });
});

describe('groupByArea', () => {
  it('orders areas by name, towns without an area (blank counts as none) last, and totals each area', () => {
    const groups = groupByArea(comparison);
    expect(groups.map((g) => [g.area, g.towns.map((t) => t.file)])).toEqual([
      ['北部圏域', ['大町.xlsx', '小村.xlsx']],
      ['南部圏域', ['南町.xlsx']],
      [null, ['未設定町.xlsx', '空白町.xlsx']],
    ]);
    expect(groups[0]?.population65).toBe(10500);
    expect(groups[0]?.totals.get('S05')).toBe(4);
    expect(groups[0]?.totals.has('O01')).toBe(false);
    // 空白町 has no 65歳以上人口: the group's population (and so its rate) is unknown, not understated.
    expect(groups[2]?.population65).toBeNull();
  });
});

describe('areaTable', () => {
  const table = areaTable(comparison);
  it('has a per-1,000 column after each count and none after rates', () => {
    expect(table[0]).toEqual([
      '在宅医療の圏域', '市区町村名', '団体コード', '65歳以上人口',
      '24時間体制の訪問看護ステーション数（か所）', '24時間体制の訪問看護ステーション数（65歳以上千人当たり）', '在宅看取り率（自宅）（%）',
    ]);
  });
  it('shows towns, then each area total with its rate, then the total over all towns', () => {
    expect(table.slice(1)).toEqual([
      ['北部圏域', '大町', '200001', 9000, 3, 0.33, 12.5],
      ['北部圏域', '小村', '200002', 1500, 1, 0.67, 20],
      ['北部圏域', '計（2市区町村）', '', 10500, 4, 0.38, null],
      ['南部圏域', '南町', '200003', 4000, 2, 0.5, 15],
      ['南部圏域', '計（1市区町村）', '', 4000, 2, 0.5, null],
      ['（圏域未設定）', '未設定町', '200004', 3000, 1, 0.33, null],
      ['（圏域未設定）', '空白町', '200005', null, 0, null, 10],
      ['（圏域未設定）', '計（2市区町村）', '', null, 1, null, null],
      ['全体', '計（5市区町村）', '', null, 7, null, null],
    ]);
  });
  it('labels in English from the catalogue', () => {
    const header = areaTable(comparison, 'en')[0] as string[];
    expect(header[0]).toBe('Home-care area');
    expect(header[5]).toBe(`${findIndicator('S05')?.nameEn} (per 1,000 aged 65+)`);
  });
});

describe('key indicators for the 8th plan', () => {
  it('include the counts of 積極的役割を担う医療機関 and 連携を担う拠点, which every 圏域 needs at least one of', () => {
    const ids = KEY_INDICATORS.map((k) => k.id);
    expect(ids).toContain('S44');
    expect(ids).toContain('S45');
    expect(findIndicator('S44')?.name).toBe('在宅医療において積極的役割を担う医療機関数');
    expect(findIndicator('S45')?.name).toBe('在宅医療に必要な連携を担う拠点数');
  });
});
