/**
 * Multi-value criteria: where one vocabulary value is part of another, the formula and the cell view
 * match whole 、-separated items — both sides checked on the same cells (HyperFormula for the
 * formula), so S16 通所介護 cannot count a 地域密着型通所介護 office.
 */
import { HyperFormula } from 'hyperformula';
import { countIfs, memberCriteria, valuesNest } from '../../templates/indicators/formula-parts';
import { CARE_SERVICES, MEETING_TOPICS } from '../../templates/sheets/vocabulary';

const CELLS = [
  '通所介護',
  '地域密着型通所介護',
  '居宅介護支援、通所介護',
  '通所介護、短期入所生活介護',
  '訪問介護、通所介護、施設入所',
  '認知症対応型通所介護、小規模多機能型居宅介護',
  '看護小規模多機能型居宅介護',
  '定期巡回・随時対応型訪問介護看護',
];

function countWithFormula(value: string): number {
  const hf = HyperFormula.buildFromArray(CELLS.map((c) => [c]), { licenseKey: 'gpl-v3' });
  const formula = `=${memberCriteria(CARE_SERVICES, value).map((c) => countIfs([['A1:A20', c]])).join('+')}`;
  hf.setCellContents({ sheet: 0, col: 1, row: 0 }, [[formula]]);
  const v = hf.getCellValue({ sheet: 0, col: 1, row: 0 });
  hf.destroy();
  return v as number;
}

describe('memberCriteria', () => {
  it('knows which vocabularies nest', () => {
    expect(valuesNest(CARE_SERVICES)).toBe(true);
    expect(valuesNest(MEETING_TOPICS)).toBe(false);
  });

  it.each([
    ['通所介護', 4],
    ['地域密着型通所介護', 1],
    ['小規模多機能型居宅介護', 1],
    ['看護小規模多機能型居宅介護', 1],
    ['訪問介護', 1],
    ['施設入所', 1],
  ])('COUNTIFS counts %s as a whole item only (%i cells)', (value, want) => {
    expect(countWithFormula(value)).toBe(want);
    expect(CELLS.filter((c) => c.split('、').includes(value)).length).toBe(want);
  });

  it('keeps the single *value* criterion where no value contains another', () => {
    expect(memberCriteria(MEETING_TOPICS, '災害対策')).toEqual(['"*災害対策*"']);
  });
});
