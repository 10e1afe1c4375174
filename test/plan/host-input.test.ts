import { blockHasFormula, literalInput, needsLiteralGuard, toPlanFormula } from '../../templates/plan/host-input';

describe('literalInput (Excel Range.formulas / Apps Script setValues)', () => {
  it.each([
    ['=HYPERLINK("http://x","y")', `'=HYPERLINK("http://x","y")`],
    ['+81-3-1234-5678', `'+81-3-1234-5678`],
    ['-12', `'-12`],
    ['@home', `'@home`],
    ["'quoted", `''quoted`],
    ['#N/A', `'#N/A`],
    ['0123', `'0123`],
    ['１２３', `'１２３`],
    ['TRUE', `'TRUE`],
    ['令和7年5月1日', `'令和7年5月1日`],
    ['R7.5.1', `'R7.5.1`],
    ['みどり町', 'みどり町'],
    ['訪問看護ステーション', '訪問看護ステーション'],
    ['Room 1', 'Room 1'],
  ])('%s → %s', (text, expected) => {
    expect(literalInput(text)).toBe(expected);
  });

  it('adds = to formulas, keeps numbers and booleans, blanks become empty', () => {
    expect(literalInput({ formula: 'SUM(A1:A3)' })).toBe('=SUM(A1:A3)');
    expect(literalInput(45748)).toBe(45748);
    expect(literalInput(false)).toBe(false);
    expect(literalInput(null)).toBe('');
  });

  it('tells formula blocks from value blocks', () => {
    expect(blockHasFormula([['=A1', 1]])).toBe(false);
    expect(blockHasFormula([[null, { formula: 'A1' }]])).toBe(true);
  });

  it('normalizes builder formulas without a leading =', () => {
    expect(toPlanFormula(' =COUNTA(A:A) ')).toEqual({ formula: 'COUNTA(A:A)' });
    expect(toPlanFormula('1+1')).toEqual({ formula: '1+1' });
    expect(needsLiteralGuard('')).toBe(false);
  });
});
