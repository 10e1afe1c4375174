/** The CSV writer: RFC 4180 quoting, BOM/CRLF, the formula-injection guard, and a parse round trip. */
import fc from 'fast-check';
import { csvField, guardFormula, parseCsv, toCsv } from '../../templates/export/csv';

describe('guardFormula', () => {
  it.each([
    ['=HYPERLINK("http://evil","x")', `'=HYPERLINK("http://evil","x")`],
    ['+81-3-1234-5678', `'+81-3-1234-5678`],
    ['-1+2', `'-1+2`],
    ['@SUM(1)', `'@SUM(1)`],
    ['\tcmd', `'\tcmd`],
    ['\rcmd', `'\rcmd`],
    ['＝1+1', `'＝1+1`],
  ])('prefixes %j', (input, expected) => {
    expect(guardFormula(input)).toBe(expected);
  });

  it.each(['0123-45-6789', '名称', '', 'a=b', ' =1', "'already"])('leaves %j alone', (input) => {
    expect(guardFormula(input)).toBe(input);
  });
});

describe('csvField', () => {
  it('quotes commas, quotes and line breaks, doubling quotes', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('1行目\n2行目')).toBe('"1行目\n2行目"');
    expect(csvField('plain')).toBe('plain');
  });

  it('renders numbers, booleans and blanks', () => {
    expect(csvField(12.5)).toBe('12.5');
    expect(csvField(Number.NaN)).toBe('');
    expect(csvField(true)).toBe('TRUE');
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
  });

  it('guards before quoting, so the apostrophe sits inside the quotes', () => {
    expect(csvField('=1,2')).toBe(`"'=1,2"`);
    expect(csvField('=1,2', false)).toBe('"=1,2"');
  });
});

describe('toCsv', () => {
  it('starts with a BOM and ends every line with CRLF', () => {
    const text = toCsv([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(text).toBe('\uFEFFa,b\r\n1,2\r\n');
  });

  it('can drop the BOM and use LF', () => {
    expect(toCsv([['x']], { bom: false, eol: '\n' })).toBe('x\n');
  });

  it('round-trips any text table through parseCsv (guard off)', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'あ', ',', '"', '\r\n', '\n', ' ', '=', '0') });
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 6 }), (rows) => {
        // A lone empty field on a line is indistinguishable from an empty line in CSV; give it company.
        const table = rows.map((r) => (r.length === 1 ? [...r, 'z'] : r));
        expect(parseCsv(toCsv(table, { guardFormulas: false }))).toEqual(table);
      }),
      { numRuns: 300 },
    );
  });

  it('no unquoted field of a guarded export begins with a formula trigger', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { minLength: 1, maxLength: 8 }), (cells) => {
        const parsed = parseCsv(toCsv([[...cells, 'end']]));
        for (const field of parsed[0] ?? []) expect(/^[=+\-@\t\r＝＋－＠]/.test(field)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});
