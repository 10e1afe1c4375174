/**
 * 統計入力: a part above its whole (a share over 100 %) is flagged at the part's value cell, so the
 * 入退院支援 rates and the outcome shares never silently exceed 100 %.
 */
import { validateWorkbook } from '../../templates/validate/engine';

const sheet = (items: Record<string, number>) => ({ 統計入力: [['項目', '値'], ...Object.entries(items)] });
const codes = (items: Record<string, number>) =>
  validateWorkbook(sheet(items))
    .findings.filter((f) => f.code === 'rule.statPartExceedsWhole')
    .map((f) => [f.address, f.message]);

describe('統計入力: parts never exceed their whole', () => {
  it('flags more 入院時情報提供 than admissions, and more 退院調整 than discharges, at the part', () => {
    const found = codes({ 入院した利用者数: 40, 入院時情報提供の件数: 41, 要介護で退院した人数: 30, 退院調整ありの人数: 31 });
    expect(found.map(([a]) => a)).toEqual(['B3', 'B5']);
    expect(found[0]?.[1]).toContain('入院時情報提供の件数（41）が入院した利用者数（40）を超えています');
  });

  it('adds 自宅 and 老人ホーム before comparing with deaths, and 第1号 certifications with 第1号被保険者数', () => {
    expect(codes({ 死亡者数: 100, 自宅死亡者数: 60, 老人ホーム死亡者数: 41 }).map(([, m]) => m)).toEqual([
      expect.stringContaining('自宅死亡者数＋老人ホーム死亡者数（101）が死亡者数（100）を超えています'),
    ]);
    expect(codes({ 第1号被保険者数: 1000, 第1号被保険者の認定者数: 1001 })).toHaveLength(1);
  });

  it('stays silent at 100 % and when a figure is missing', () => {
    expect(codes({ 入院した利用者数: 40, 入院時情報提供の件数: 40, 退院調整ありの人数: 99, 死亡者数: 100, 自宅死亡者数: 60 })).toEqual([]);
  });
});
