import { settingsSheet } from '../../templates/sheets/settings';
import { LISTS_SHEET_NAME } from '../../templates/plan/lists';
import type { CellValue } from '../../templates/core/cell';
import { sharingFormPlan } from '../../templates/plan/sharing-form';
import { planWorkbookUpgrade, renameSheetInFormula } from '../../templates/plan/upgrade';
import { computeIndicatorsFromCells, INDICATOR_SHEET_NAME } from '../../templates/indicators';
import { validateWorkbook } from '../../templates/validate/engine';

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

describe('統計入力 v1 → v2 (issue 12: 第1号被保険者, 老人ホーム, 入退院支援)', () => {
  const v1 = {
    統計入力: [
      ['項目', '値'],
      ['統計の年', 2024],
      ['総人口', 10000],
      ['65歳以上人口', 3812],
      ['75歳以上人口', 2105],
      ['要介護認定者数', 760],
      ['死亡者数', 180],
      ['自宅死亡者数', 29],
      ['老人ホーム等死亡者数', 18],
      ['出典', '人口動態統計'],
    ],
  };

  it('renames the two changed labels in place (values stay in column B) and appends the new items below', () => {
    const plan = planWorkbookUpgrade(v1);
    const stats = plan.sheets.find((s) => s.specId === 'statistics');
    expect(stats?.headerRenames).toEqual([
      { at: { row: 5, col: 0 }, from: '要介護認定者数', to: '第1号被保険者の認定者数' },
      { at: { row: 8, col: 0 }, from: '老人ホーム等死亡者数', to: '老人ホーム死亡者数' },
    ]);
    expect(stats?.appended.map((a) => a.key)).toEqual([
      'insuredPrimary',
      'admittedClients',
      'admissionInfoProvided',
      'dischargedNeedingCare',
      'dischargeAdjusted',
      'careCoordinationGuidance',
      'jointDischargeGuidance',
    ]);
    expect(stats?.appended[0]?.at).toEqual({ row: 10, col: 0 });
    expect(plan.regenerated.map((s) => s.name)).not.toContain('統計入力');
  });

  it('reads a v1 sheet before the upgrade: old labels count, 要介護認定率 waits for 第1号被保険者数', () => {
    const check = validateWorkbook(v1);
    const results = computeIndicatorsFromCells(v1, check.layouts, { fiscalYear: 2025, today: '2025-12-01' });
    const value = (id: string) => results.find((r) => r.id === id)?.value ?? null;
    expect(value('O02')).toBe(26.1); // (29 + 18) / 180
    expect(value('O07')).toBeNull();
    expect(value('P80')).toBeNull();
  });
});

describe('情報共有シート (printed form) on upgrade', () => {
  const form = sharingFormPlan();
  const grid: CellValue[][] = (form.blocks[0]?.values ?? []).map((row) => row.map((v) => (typeof v === 'string' || typeof v === 'number' ? v : '')));
  // The v1 form: the same layout without the 利用者氏名・生年月日 lines and the consent block.
  const v1 = grid.filter((row) => !['利用者氏名', '生年月日', '本人（家族）の同意', '同意日', '本人署名', '家族署名', '続柄'].includes(String(row[0])) && !String(row[0]).startsWith('この情報共有シート'));

  it('rebuilds an untouched older form with the new blank lines', () => {
    expect(v1.length).toBeLessThan(grid.length);
    const plan = planWorkbookUpgrade({ [form.name]: v1 });
    expect(plan.regenerated.map((p) => p.name)).toContain(form.name);
    expect(plan.added.map((p) => p.name)).not.toContain(form.name);
  });

  it('leaves a form with anything typed into it exactly as it is', () => {
    const typed = v1.map((row) => [...row]);
    const line = typed.findIndex((row, i) => i > 2 && row[0] !== '' && row[1] === '');
    expect(line).toBeGreaterThan(0);
    (typed[line] as CellValue[])[1] = '訪問看護は週2回';
    const plan = planWorkbookUpgrade({ [form.name]: typed });
    expect([...plan.regenerated, ...plan.added].map((p) => p.name)).not.toContain(form.name);
  });
});

it('names each sheet once in the tab order, also when the printed form is rebuilt', () => {
  const plan = planWorkbookUpgrade({ [sharingFormPlan().name]: [['情報共有シート']] });
  expect(plan.regenerated.map((p) => p.name)).toContain('情報共有シート');
  expect(new Set(plan.order).size).toBe(plan.order.length);
});
