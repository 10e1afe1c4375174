/** The pure town comparison: column choice, stable order, table shape, and the key-indicator choice. */
import { buildComparison, comparisonColumns, comparisonTable, townValue, type TownSummary } from '../../templates/aggregate/compare';
import { KEY_INDICATORS, KEY_INDICATOR_IDS } from '../../templates/aggregate/key-indicators';
import { INDICATORS, findIndicator } from '../../templates/indicators';

const ind = (id: string, value: number | null) => ({ id, name: `名${id}`, kind: '体制', unit: 'か所', value });

const towns: TownSummary[] = [
  { file: 'b.xlsx', townName: '北町', lgCode: '202002', fiscalYear: 2025, errorCount: 0, indicators: [ind('S01', 3), ind('P20', 10)] },
  { file: 'a.xlsx', townName: '南町', lgCode: '101001', fiscalYear: 2025, errorCount: 2, indicators: [ind('S01', null), ind('P20', 7)] },
  { file: 'c.xlsx', townName: null, lgCode: null, fiscalYear: null, errorCount: 5, indicators: [] },
];

describe('comparison', () => {
  it('keeps wanted ids in order and drops ids no town has', () => {
    expect(comparisonColumns(towns, ['P20', 'X99', 'S01']).map((c) => c.id)).toEqual(['P20', 'S01']);
  });

  it('orders towns by 団体コード, towns without one last', () => {
    expect(buildComparison(towns, ['S01']).towns.map((t) => t.file)).toEqual(['a.xlsx', 'b.xlsx', 'c.xlsx']);
  });

  it('renders identity columns then one column per indicator, blanks for missing values', () => {
    const table = comparisonTable(buildComparison(towns, ['S01', 'P20']));
    expect(table[0]).toEqual(['市区町村名', '団体コード', '年度', 'ファイル', '検査エラー数', '名S01（か所）', '名P20（か所）']);
    expect(table[1]).toEqual(['南町', '101001', 2025, 'a.xlsx', 2, null, 7]);
    expect(table[3]).toEqual(['', '', '', 'c.xlsx', 5, null, null]);
    expect(townValue(towns[0] as TownSummary, 'P20')).toBe(10);
  });

  it('labels indicator columns in English from the catalogue', () => {
    const real = [{ ...towns[0], indicators: [{ id: 'P20', name: '相談件数', kind: '過程', unit: '件', value: 1 }] }] as TownSummary[];
    const header = comparisonTable(buildComparison(real, ['P20']), 'en')[0] as string[];
    expect(header[0]).toBe('Municipality');
    expect(header[5]).toBe(`${findIndicator('P20')?.nameEn} (件)`);
  });
});

describe('KEY_INDICATOR_IDS', () => {
  it('are about a dozen distinct catalogue ids spanning 体制, 過程 and 結果', () => {
    expect(new Set(KEY_INDICATOR_IDS).size).toBe(KEY_INDICATOR_IDS.length);
    expect(KEY_INDICATOR_IDS.length).toBeGreaterThanOrEqual(10);
    expect(KEY_INDICATOR_IDS.length).toBeLessThanOrEqual(16);
    const kinds = new Set(KEY_INDICATOR_IDS.map((id) => findIndicator(id)?.kind));
    expect(kinds).toEqual(new Set(['体制', '過程', '結果']));
    for (const id of KEY_INDICATOR_IDS) expect(INDICATORS.some((i) => i.id === id)).toBe(true);
  });

  it('still name the indicators they were chosen for', () => {
    expect(KEY_INDICATORS.map((k) => `${k.id} ${findIndicator(k.id)?.name}`)).toEqual(KEY_INDICATORS.map((k) => `${k.id} ${k.name}`));
  });
});
