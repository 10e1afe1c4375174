/** The catalogue's shape: stable ids, readable definitions, portable formulas derived from the specs. */
import { columnLetters } from '../../templates/core/address';
import {
  createFormulaContext,
  definitionText,
  findIndicator,
  indicatorColumn,
  indicatorScenes,
  indicatorSheetLayout,
  primaryScene,
  SCENE_HEADERS,
  INDICATOR_CHARTS,
  INDICATOR_IDS,
  INDICATOR_SHEET_HEADER,
  INDICATORS,
  calcSheetLayout,
} from '../../templates/indicators';
import { SAMPLE_PLAN_INDICATOR_IDS } from '../../templates/sample';
import { resourcesSheet } from '../../templates/sheets/resources';
import { settingsSheet } from '../../templates/sheets/settings';
import { statisticsSheet } from '../../templates/sheets/statistics';
import { ACTIVITIES, SCENES_WITH_COMMON } from '../../templates/sheets/vocabulary';
import { keyValueRef } from '../../templates/spec/to-cells';

const ctx = createFormulaContext();
const layout = indicatorSheetLayout(ctx);
const allFormulas = [...layout.rows.flatMap((r) => r.cells), ...calcSheetLayout(createFormulaContext({ calcCapacity: 3 })).rows.flat()]
  .filter((c): c is { formula: string } => typeof c === 'object')
  .map((c) => c.formula);

describe('indicator catalogue', () => {
  it('has at least 25 structure, 40 process and 6 outcome indicators with unique S/P/O ids', () => {
    const count = (k: string) => INDICATORS.filter((i) => i.kind === k).length;
    expect(count('体制')).toBeGreaterThanOrEqual(25);
    expect(count('過程')).toBeGreaterThanOrEqual(40);
    expect(count('結果')).toBeGreaterThanOrEqual(6);
    expect(new Set(INDICATOR_IDS).size).toBe(INDICATORS.length);
    for (const ind of INDICATORS) expect(ind.id).toMatch({ 体制: /^S\d\d$/, 過程: /^P\d\d$/, 結果: /^O\d\d$/ }[ind.kind]);
  });

  it('keeps published ids pointing at the same indicators', () => {
    expect(findIndicator('S01')?.name).toBe('在宅療養支援診療所・病院数');
    expect(findIndicator('P01')?.name).toBe('多職種会議の開催回数');
    expect(findIndicator('P03')?.name).toBe('研修の開催回数（合計）');
    expect(findIndicator('P21')?.name).toBe('相談件数（4月）');
    expect(findIndicator('P32')?.name).toBe('相談件数（3月）');
    expect(findIndicator('O01')?.name).toBe('在宅看取り率（自宅）');
    expect(findIndicator('o04')?.name).toBe('在宅医療に参画するかかりつけ医数');
    expect(findIndicator(' P01')).toBeUndefined();
  });

  it('contains every id the sample plan sets a target on', () => {
    for (const id of SAMPLE_PLAN_INDICATOR_IDS) expect(findIndicator(id)).toBeDefined();
  });

  it('uses only the shared vocabularies for scene and activity', () => {
    for (const ind of INDICATORS) {
      const scenes = indicatorScenes(ind);
      expect(scenes.length).toBeGreaterThan(0);
      for (const scene of scenes) expect(SCENES_WITH_COMMON).toContain(scene);
      if (ind.activity !== null) expect(ACTIVITIES).toContain(ind.activity);
      expect(ind.name).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      expect(ind.nameEn).toMatch(/^[ -~]+$/);
      expect(ind.requirements.length).toBeGreaterThan(0);
    }
  });

  it('gives every indicator a readable definition with its source and unit; ratios name a denominator', () => {
    for (const ind of INDICATORS) {
      const text = definitionText(ind);
      expect(text).toContain(`出典: ${ind.definition.source}`);
      expect(text).toContain(`単位: ${ind.unit}`);
      if (ind.unit === '%') expect(ind.definition.denominator).toBeTruthy();
    }
  });

  it('lays out the 指標 sheet: documented header, one row per indicator, formulas in 値 and 目標', () => {
    expect(layout.header).toEqual([
      '指標ID', '区分', '日常の療養支援', '入退院支援', '急変時の対応', '看取り', '共通',
      '事業項目', '指標名', '値', '単位', '目標', '達成', '未整理セル', '定義',
    ]);
    expect(layout.header).toEqual(INDICATOR_SHEET_HEADER);
    expect(layout.widths).toHaveLength(layout.header.length);
    expect(layout.rows.map((r) => r.id)).toEqual(INDICATOR_IDS);
    layout.rows.forEach((row, i) => {
      expect(row.cells).toHaveLength(layout.header.length);
      expect(row.cells[indicatorColumn('値')]).toEqual({ formula: INDICATORS[i]?.formula(ctx) });
      expect(row.cells[indicatorColumn('目標')]).toEqual({ formula: expect.stringContaining(`$A${i + 2}`) });
    });
  });

  it('marks every scene of an indicator with ○ in its scene column, so one autofilter lists a scene', () => {
    const marks = (id: string) => {
      const row = layout.rows.find((r) => r.id === id)!;
      return SCENE_HEADERS.filter((scene) => row.cells[indicatorColumn(scene)] === '○');
    };
    // Seed 004 lists 在宅療養支援診療所・病院数 under three scenes, 訪問診療 too.
    expect(marks('S01')).toEqual(['日常の療養支援', '急変時の対応', '看取り']);
    expect(marks('S02')).toEqual(['日常の療養支援', '急変時の対応', '看取り']);
    expect(marks('S10')).toEqual(['入退院支援']);
    expect(marks('S25')).toEqual(['共通']);
    for (const row of layout.rows) {
      const ind = findIndicator(row.id)!;
      expect(marks(row.id)).toEqual(SCENE_HEADERS.filter((s) => indicatorScenes(ind).includes(s)));
      for (const scene of SCENE_HEADERS) expect(['○', '']).toContain(row.cells[indicatorColumn(scene)]);
    }
    // The 入退院支援 column lists more than the one structure count it used to hold.
    expect(layout.rows.filter((r) => r.cells[indicatorColumn('入退院支援')] === '○').map((r) => r.id)).toEqual(
      expect.arrayContaining(['S10', 'P38', 'P80', 'P81', 'P82', 'P83']),
    );
  });

  it('keeps the single-scene reading: the primary scene is the first listed', () => {
    expect(primaryScene(findIndicator('S01')!)).toBe('急変時の対応');
    expect(indicatorScenes(findIndicator('S01')!)).toEqual(['急変時の対応', '日常の療養支援', '看取り']);
    expect(primaryScene(findIndicator('O01')!)).toBe('看取り');
    expect(indicatorScenes({ scene: ['看取り', '看取り', '共通'] })).toEqual(['看取り', '共通']);
  });

  it('writes formulas in the portable dialect only', () => {
    expect(allFormulas.length).toBeGreaterThan(INDICATORS.length * 2);
    for (const f of allFormulas) {
      expect(f.startsWith('=')).toBe(true);
      expect(f).not.toMatch(/\b(LET|LAMBDA|FILTER|UNIQUE|SORT|SEQUENCE|XLOOKUP|IFS|SWITCH|TEXTJOIN|CONCAT|ARRAYFORMULA|SUMPRODUCT|OFFSET|INDIRECT|TODAY|NOW)\(/);
      expect(f).not.toMatch(/\{|\[|@/); // no array constants, structured references or implicit-intersection marks
      expect(f.length).toBeLessThan(8192); // Excel's formula length limit
      const opens = [...f].filter((c) => c === '(').length;
      expect([...f].filter((c) => c === ')').length).toBe(opens);
    }
  });

  it('reads the fiscal year from 設定 and statistics from 統計入力 at the cells the workbook writer uses', () => {
    expect(ctx.fiscalYear).toBe(keyValueRef(settingsSheet, 'fiscalYear'));
    expect(ctx.item('statistics', 'deaths')).toBe(keyValueRef(statisticsSheet, 'deaths'));
    expect(findIndicator('O01')?.formula(ctx)).toContain(keyValueRef(statisticsSheet, 'deathsAtHome'));
  });

  it('derives column letters from the spec, and from a user layout when columns moved', () => {
    const catIndex = resourcesSheet.columns.findIndex((c) => c.key === 'category');
    expect(findIndicator('S22')?.formula(ctx)).toBe(`=COUNTIFS('資源リスト'!$${columnLetters(catIndex)}:$${columnLetters(catIndex)},"病院")`);
    const moved = createFormulaContext({
      layouts: { resources: { sheetId: 'resources', tabName: '医療・介護資源リスト', headerRow: 0, columns: { category: 7 }, extraHeaders: [] } },
    });
    expect(findIndicator('S22')?.formula(moved)).toBe(`=COUNTIFS('医療・介護資源リスト'!$H:$H,"病院")`);
  });

  it('rejects unknown column keys (programmer errors surface at once)', () => {
    expect(() => ctx.column('resources', 'nope')).toThrow(/unknown column/);
    expect(() => ctx.item('resources', 'id')).toThrow(/not a key\/value sheet/);
  });

  it('charts name existing indicators only', () => {
    for (const chart of INDICATOR_CHARTS) {
      expect(chart.indicatorIds.length).toBeGreaterThan(1);
      for (const id of chart.indicatorIds) expect(findIndicator(id)).toBeDefined();
    }
    expect(INDICATOR_CHARTS.find((c) => c.id === 'consultationsByMonth')?.indicatorIds).toEqual(
      ['P21', 'P22', 'P23', 'P24', 'P25', 'P26', 'P27', 'P28', 'P29', 'P30', 'P31', 'P32'],
    );
  });
});
