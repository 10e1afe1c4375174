import fc from 'fast-check';
import { compareFindings, makeFinding, type Finding } from '../../templates/core/findings';
import { sortFindings } from '../../templates/validate/sort-findings';

const SHEETS = ['設定', '資源リスト', '相談記録'];

const finding: fc.Arbitrary<Finding> = fc
  .tuple(fc.constantFrom(...SHEETS), fc.option(fc.tuple(fc.nat({ max: 30 }), fc.nat({ max: 60 })), { nil: null }), fc.constantFrom('cell.required', 'phone.invalid', 'sheet.missing') as fc.Arbitrary<'cell.required' | 'phone.invalid' | 'sheet.missing'>)
  .map(([sheet, at, code]) => makeFinding(sheet, at === null ? null : { row: at[0], col: at[1] }, at === null ? null : '列', 'error', code));

describe('sortFindings', () => {
  test('orders exactly like compareFindings (stable)', () => {
    fc.assert(
      fc.property(fc.array(finding, { maxLength: 60 }), (list) => {
        const expected = list.slice().sort(compareFindings(SHEETS));
        expect(sortFindings(list, SHEETS)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});
