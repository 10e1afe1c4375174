/**
 * The CLI's D-19 guard: a finding on a personal column (相談内容, 対応内容) never carries the cell's
 * text, even if a message template were changed to echo values; other findings pass untouched.
 */
import { isPersonalFinding, redactFindings } from '../../templates/validate/redact';
import { makeFinding } from '../../templates/core/findings';
import type { WorkbookValues } from '../../templates/validate/types';

const secret = '佐藤花子さん 090-1111-2222';
const book: WorkbookValues = {
  相談記録: [
    ['相談ID', '受付日', '相談内容'],
    ['C1', 45800, secret],
  ],
};

describe('redactFindings', () => {
  it('recognises personal columns by sheet and header, including older names', () => {
    expect(isPersonalFinding({ sheet: '相談記録', column: '相談内容' })).toBe(true);
    expect(isPersonalFinding({ sheet: '相談受付簿', column: '対応内容' })).toBe(true);
    expect(isPersonalFinding({ sheet: '相談記録', column: '受付日' })).toBe(false);
    expect(isPersonalFinding({ sheet: '資源リスト', column: '相談内容' })).toBe(false);
    expect(isPersonalFinding({ sheet: '相談記録', column: null })).toBe(false);
  });

  it('removes an echoed value and quoted parts from personal-column findings, in both languages', () => {
    // 'number.invalid' echoes {value}: a stand-in for any message that would quote the cell.
    const echo = makeFinding('相談記録', { row: 1, col: 2 }, '相談内容', 'error', 'number.invalid', { value: secret });
    expect(echo.message).toContain(secret);
    const [safe] = redactFindings([echo], book);
    expect(safe?.message).not.toContain('佐藤花子');
    expect(safe?.messageEn).not.toContain('佐藤花子');
    expect(safe?.message).toContain('（省略）');
    expect(safe?.address).toBe('C2');
    expect(safe?.code).toBe('number.invalid');
  });

  it('also scrubs the raw text when it appears unquoted', () => {
    const f = { ...makeFinding('相談記録', { row: 1, col: 2 }, '相談内容', 'warning', 'rule.personalPhone'), message: `見つかった: ${secret}` };
    expect(redactFindings([f], book)[0]?.message).toBe('見つかった: （省略）');
  });

  it('leaves findings on other columns as they are (same object)', () => {
    const other = makeFinding('資源リスト', { row: 1, col: 6 }, '電話番号', 'error', 'phone.invalid', { value: '0123-45' });
    expect(redactFindings([other], book)[0]).toBe(other);
  });
});
