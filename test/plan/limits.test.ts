import fc from 'fast-check';
import { EXCEL_LIMITS, truncateText } from '../../templates/plan/limits';

describe('truncateText', () => {
  it('keeps short text and cuts long text with an ellipsis inside the limit', () => {
    expect(truncateText('資源ID', 32)).toBe('資源ID');
    const cut = truncateText('あ'.repeat(40), EXCEL_LIMITS.promptTitle);
    expect(cut).toHaveLength(32);
    expect(cut.endsWith('…')).toBe(true);
  });

  it('never splits a surrogate pair (𠮷)', () => {
    const text = `${'あ'.repeat(30)}𠮷𠮷𠮷`;
    const cut = truncateText(text, 32);
    expect(cut.length).toBeLessThanOrEqual(32);
    expect(/[\ud800-\udbff](?![\udc00-\udfff])/.test(cut)).toBe(false);
  });

  it('always fits and keeps a prefix of the input (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), fc.integer({ min: 1, max: 300 }), (text, max) => {
        const cut = truncateText(text, max);
        expect(cut.length).toBeLessThanOrEqual(max);
        const body = cut.endsWith('…') && cut !== text ? cut.slice(0, -1) : cut;
        expect(text.startsWith(body)).toBe(true);
      }),
    );
  });
});
