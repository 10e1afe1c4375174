/**
 * 資源リスト vocabularies (issue 12 item 2/3): categories and services named as the
 * 介護サービス情報公表システム names them, every older value and the short forms clerks type read as
 * the current name (nothing lost on upgrade), and the spec-version-3 columns.
 */
import { applyFixToValues, planFix } from '../../templates/fix';
import { normalizeCell } from '../../templates/normalize';
import { resourcesSheet } from '../../templates/sheets/resources';
import { settingsSheet } from '../../templates/sheets/settings';
import { CARE_SERVICES, RESOURCE_CATEGORIES } from '../../templates/sheets/vocabulary';
import type { ColumnSpec } from '../../templates/spec/types';
import { validateWorkbook } from '../../templates/validate';

const col = (key: string): ColumnSpec => {
  const c = resourcesSheet.columns.find((x) => x.key === key);
  if (!c) throw new Error(key);
  return c;
};

/** The lists as spec version 2 had them (templates/sheets/vocabulary.ts before issue 12). */
const V2_CATEGORIES = [
  '病院', '診療所', '歯科診療所', '薬局', '訪問看護ステーション', '居宅介護支援事業所', '地域包括支援センター', '訪問介護', '通所介護',
  '訪問リハ', '通所リハ', '短期入所', '介護老人保健施設', '介護老人福祉施設', '介護医療院', '認知症対応型共同生活介護', 'その他',
];
const V2_SERVICES = [
  '居宅介護支援', '訪問介護', '訪問入浴', '訪問看護', '訪問リハ', '通所介護', '通所リハ', '短期入所', '定期巡回・随時対応', '小規模多機能',
  '看護小規模多機能', '福祉用具', '施設入所', 'その他',
];

describe('categories and services as the 介護サービス情報公表システム names them', () => {
  it('lists every kind the issue names, with 有床診療所 and the 障害福祉 相談支援事業所', () => {
    for (const c of [
      '訪問リハビリテーション', '通所リハビリテーション', '短期入所生活介護', '短期入所療養介護', '地域密着型通所介護', '認知症対応型通所介護',
      '夜間対応型訪問介護', '特定施設入居者生活介護', '有料老人ホーム・サービス付き高齢者向け住宅', '地域密着型介護老人福祉施設',
      '小規模多機能型居宅介護', '看護小規模多機能型居宅介護', '定期巡回・随時対応型訪問介護看護', '訪問入浴介護', '福祉用具貸与・販売',
      '有床診療所', '相談支援事業所（障害福祉）',
    ]) expect(RESOURCE_CATEGORIES).toContain(c);
    for (const s of ['居宅療養管理指導', '福祉用具貸与', '特定福祉用具販売', '短期入所療養介護', '看護小規模多機能型居宅介護', '訪問入浴介護'])
      expect(CARE_SERVICES).toContain(s);
  });

  it.each([
    ['category', V2_CATEGORIES, RESOURCE_CATEGORIES],
    ['careServices', V2_SERVICES, CARE_SERVICES],
  ] as const)('%s: every version-2 value is still a value or an alias of one (nothing lost on upgrade)', (key, old, current) => {
    for (const v of old) {
      const r = normalizeCell(col(key), v);
      expect({ v, ok: r.ok }).toEqual({ v, ok: true });
      if (!r.ok) continue;
      const read = Array.isArray(r.value) ? r.value : [r.value];
      for (const x of read) expect(current as readonly string[]).toContain(x);
      if (!(current as readonly string[]).includes(v)) expect(r.warning?.code).toBe('enum.alias');
    }
  });

  it.each([
    ['訪問リハ', '訪問リハビリテーション'],
    ['通所リハ', '通所リハビリテーション'],
    ['短期入所', '短期入所生活介護'],
    ['小規模多機能', '小規模多機能型居宅介護'],
    ['看多機', '看護小規模多機能型居宅介護'],
    ['定期巡回', '定期巡回・随時対応型訪問介護看護'],
    ['訪問入浴', '訪問入浴介護'],
    ['サ高住', '有料老人ホーム・サービス付き高齢者向け住宅'],
    ['特養', '介護老人福祉施設'],
    ['ｸﾞﾙｰﾌﾟﾎｰﾑ', '認知症対応型共同生活介護'],
  ])('種別「%s」reads as %s with a warning', (typed, current) => {
    expect(normalizeCell(col('category'), typed)).toMatchObject({ ok: true, value: current, warning: { code: 'enum.alias' } });
  });

  it('a typed list of short services reads as the current names in list order', () => {
    expect(normalizeCell(col('careServices'), '看多機、訪問入浴、定期巡回')).toMatchObject({
      ok: true,
      value: ['定期巡回・随時対応型訪問介護看護', '訪問入浴介護', '看護小規模多機能型居宅介護'],
      warning: { code: 'enum.alias' },
    });
  });
});

describe('spec versions and new columns', () => {
  it('資源リスト is version 3; its new flags are boolean columns introduced in 3', () => {
    expect(resourcesSheet.version).toBe(3);
    for (const key of ['narcotics', 'sterileCompounding', 'pediatricHome', 'nutritionVisit', 'oralHygieneVisit', 'activeRole', 'coordinationHub']) {
      expect({ key, type: col(key).type, since: col(key).since }).toEqual({ key, type: 'boolean', since: 3 });
    }
    expect(col('activeRole').header).toBe('在宅医療において積極的役割を担う医療機関');
    expect(col('coordinationHub').header).toBe('在宅医療に必要な連携を担う拠点');
  });

  it('設定 is version 3 with 在宅医療の圏域', () => {
    expect(settingsSheet.version).toBe(3);
    expect(settingsSheet.columns.find((c) => c.key === 'homeCareArea')).toMatchObject({ header: '在宅医療の圏域', since: 3 });
  });
});

describe('表記をそろえる on a version-2 資源リスト', () => {
  const book = {
    資源リスト: [
      ['資源ID', '種別', '名称', '住所', '電話番号', '公開区分', '提供する介護サービス'],
      ['R001', '訪問リハ', 'あおば訪問リハ', 'みどり町1-1', '0123-45-6789', '関係者のみ', '訪問リハ'],
      ['R002', '介護老人保健施設', 'みどり苑', 'みどり町2-2', '0123-45-6790', '関係者のみ', '施設入所、通所リハ、短期入所'],
      ['R003', '小規模多機能', 'なごみ', 'みどり町3-3', '0123-45-6791', '関係者のみ', '小規模多機能'],
    ],
  };

  it('rewrites old names to the current ones and leaves nothing for validation to warn about', () => {
    const plan = planFix(book, { at: '2026-01-05 09:00' });
    expect(plan.changes.map((c) => `${c.address}:${c.old}→${c.new}`)).toEqual([
      'B2:訪問リハ→訪問リハビリテーション',
      'B4:小規模多機能→小規模多機能型居宅介護',
      'G2:訪問リハ→訪問リハビリテーション',
      'G3:施設入所、通所リハ、短期入所→通所リハビリテーション、短期入所生活介護、施設入所',
      'G4:小規模多機能→小規模多機能型居宅介護',
    ]);
    const fixed = applyFixToValues(book, plan);
    const findings = validateWorkbook(fixed, { today: '2026-01-05' }).findings.filter((f) => f.code === 'enum.alias');
    expect(findings).toEqual([]);
  });
});
