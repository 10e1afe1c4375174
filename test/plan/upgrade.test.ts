import { settingsSheet } from '../../templates/sheets/settings';
import { LISTS_SHEET_NAME } from '../../templates/plan/lists';
import { planWorkbookUpgrade, renameSheetInFormula } from '../../templates/plan/upgrade';
import { INDICATOR_SHEET_NAME } from '../../templates/indicators';

describe('renameSheetInFormula', () => {
  it('rewrites quoted and bare references, not text inside string literals or longer names', () => {
    expect(renameSheetInFormula("COUNTA('会議記録'!A:A)", '会議記録', '会議・研修記録')).toBe("COUNTA('会議・研修記録'!A:A)");
    expect(renameSheetInFormula('SUM(名簿!B2:B9)+1', '名簿', '関係者名簿')).toBe("SUM('関係者名簿'!B2:B9)+1");
    expect(renameSheetInFormula('COUNTIF(関係者名簿!A:A,"名簿!")', '名簿', '関係者名簿')).toBe('COUNTIF(関係者名簿!A:A,"名簿!")');
    expect(renameSheetInFormula("'It''s'!A1", "It's", 'New')).toBe("'New'!A1");
    expect(renameSheetInFormula('名簿!A1+名簿!B1', '名簿', '関係者名簿')).toBe("'関係者名簿'!A1+'関係者名簿'!B1");
  });
});

describe('planWorkbookUpgrade', () => {
  const values = {
    医療・介護資源リスト: [
      ['資源ID', '区分', '施設名', 'TEL', '住所', '公開区分', '独自列'],
      ['R001', '診療所', 'みどり医院', '0123-45-6789', 'みどり町1-1', '関係者のみ', 'x'],
    ],
    設定: [
      ['項目', '値'],
      ['自治体名', 'みどり町'],
      ['年度', 2025],
    ],
    会議記録: [],
    メモ: [['自由']],
  };
  const plan = planWorkbookUpgrade(values);

  it('renames old tab names and alias headers in place', () => {
    expect(plan.tabRenames).toEqual([
      { from: '医療・介護資源リスト', to: '資源リスト' },
      { from: '会議記録', to: '会議・研修記録' },
    ]);
    const resources = plan.sheets.find((s) => s.specId === 'resources');
    expect(resources?.headerRenames).toEqual([
      { at: { row: 0, col: 1 }, from: '区分', to: '種別' },
      { at: { row: 0, col: 2 }, from: '施設名', to: '名称' },
      { at: { row: 0, col: 3 }, from: 'TEL', to: '電話番号' },
    ]);
    expect(resources?.unknownHeaders).toEqual(['独自列']);
  });

  it('appends missing columns right of the last used one, each with its rules over the data area', () => {
    const resources = plan.sheets.find((s) => s.specId === 'resources');
    const first = resources?.appended[0];
    expect(first?.at).toEqual({ row: 0, col: 7 });
    expect(first?.key).toBe('officialCode');
    expect(first?.validation.range).toBe('H2:H2001');
    const lastVerified = resources?.appended.find((a) => a.key === 'lastVerified');
    expect(lastVerified?.column?.numberFormat).toBe('[$-411]ggge"年"m"月"d"日"');
    expect(lastVerified?.conditionalFormats.some((c) => c.formula.includes('EDATE'))).toBe(true);
    const settings = plan.sheets.find((s) => s.specId === 'settings');
    expect(settings?.headerRenames.map((r) => r.to)).toEqual(['市区町村名', '対象年度']);
    expect(settings?.appended[0]?.at).toEqual({ row: 3, col: 0 });
    expect(settings?.appended[0]?.validation.range).toBe('B4');
  });

  it('adds missing sheets, rebuilds blank and generated ones, leaves unknown tabs alone', () => {
    expect(plan.added.map((s) => s.name)).toContain('関係者名簿');
    expect(plan.added.map((s) => s.name)).toContain('情報共有シート');
    expect(plan.added.map((s) => s.name)).not.toContain('会議・研修記録');
    expect(plan.regenerated.map((s) => s.name)).toEqual(expect.arrayContaining(['会議・研修記録', INDICATOR_SHEET_NAME, LISTS_SHEET_NAME]));
    expect(plan.sheets.map((s) => s.tab)).not.toContain('メモ');
    expect(plan.namedRanges.length).toBeGreaterThan(20);
  });

  it('has nothing to rename or append for a current blank-plan layout', () => {
    const current = planWorkbookUpgrade({ 設定: [['項目', '値'], ...settingsSheet.columns.map((c) => c.header as string).map((l) => [l, l === '市区町村名' ? 'みどり町' : ''])] });
    expect(current.sheets[0]?.headerRenames).toEqual([]);
    expect(current.sheets[0]?.appended).toEqual([]);
    expect(current.regenerated.map((s) => s.name)).not.toContain('設定');
  });
});
