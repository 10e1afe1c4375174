/**
 * The resident-facing list (D-03): consented public entries only, public columns only, BOM + CRLF,
 * formula-safe cells, and no consultation or personal column anywhere.
 */
import { parseCsv } from '../../templates/export/csv';
import { PUBLIC_COLUMNS, isPublicToResidents, publicResourceCsv, publicResourceTable } from '../../templates/export/public-list';
import { SHEETS } from '../../templates/sheets/registry';
import { resourcesSheet } from '../../templates/sheets/resources';
import type { ResourceRow } from '../../templates/sheets/rows';
import type { ColumnSpec } from '../../templates/spec/types';

/** A resource row with every column blank except the ones given. */
function resource(row: number, fields: Partial<Record<string, unknown>>): ResourceRow {
  const record: Record<string, unknown> = { __row: row };
  for (const c of resourcesSheet.columns as readonly ColumnSpec[]) record[c.key] = null;
  return {
    ...record,
    id: `R${String(row).padStart(3, '0')}`,
    category: '診療所',
    name: `診療所${row}`,
    address: `みどり町${row}番地`,
    phone: '0123-45-6789',
    disclosure: '住民にも公開',
    consentDate: '2025-04-01',
    ...fields,
  } as unknown as ResourceRow;
}

const rows: ResourceRow[] = [
  resource(2, { fax: '0123-45-0000', note: '院長は火曜休み', liaisonName: '連携室 佐藤', email: 'info@example.jp', careServices: ['訪問介護', '通所介護'] }),
  resource(3, { disclosure: '関係者のみ' }),
  resource(4, { disclosure: '住民にも公開', consentDate: null }),
  resource(5, { disclosure: '非公開' }),
  resource(6, { name: '=HYPERLINK("http://evil","x")', phone: '+81-3-1234-5678', address: '@SUM(1)', hours: '月〜金, 9:00-18:00' }),
  resource(7, { homeVisitCare: true, oncall: false }),
];

describe('isPublicToResidents', () => {
  it('needs both 住民にも公開 and a consent date', () => {
    expect(rows.map(isPublicToResidents)).toEqual([true, false, false, false, true, true]);
  });
});

describe('PUBLIC_COLUMNS', () => {
  it('holds exactly the columns marked publicField, in spec order', () => {
    const expected = (resourcesSheet.columns as readonly ColumnSpec[]).filter((c) => c.publicField).map((c) => c.key);
    expect(PUBLIC_COLUMNS.map((c) => c.key)).toEqual(expected);
    expect(expected.length).toBeGreaterThan(3);
  });

  it('holds no personal column of any sheet and nothing marked non-public', () => {
    const personal = SHEETS.flatMap((s) => (s.columns as readonly ColumnSpec[]).filter((c) => c.personal).map((c) => c.header));
    expect(personal.length).toBeGreaterThan(0);
    for (const c of PUBLIC_COLUMNS) {
      expect(c.personal).not.toBe(true);
      expect(personal).not.toContain(c.header);
    }
  });
});

describe('publicResourceCsv', () => {
  const text = publicResourceCsv(rows);
  const parsed = parseCsv(text);

  it('is UTF-8 with BOM and CRLF line ends, and no bare LF', () => {
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '').includes('\n')).toBe(false);
  });

  it('has the public headers and one line per consented public entry', () => {
    expect(parsed[0]).toEqual(PUBLIC_COLUMNS.map((c) => c.header));
    expect(parsed.length).toBe(1 + 3);
    const nameCol = PUBLIC_COLUMNS.findIndex((c) => c.key === 'name');
    expect(parsed.slice(1).map((r) => r[nameCol])).toEqual(['診療所2', `'=HYPERLINK("http://evil","x")`, '診療所7']);
  });

  it('prefixes formula-looking cells with an apostrophe and keeps commas inside one field', () => {
    const line = parsed[2] as string[];
    const at = (key: string): string | undefined => line[PUBLIC_COLUMNS.findIndex((c) => c.key === key)];
    expect(at('phone')).toBe(`'+81-3-1234-5678`);
    expect(at('address')).toBe(`'@SUM(1)`);
    expect(at('hours')).toBe('月〜金, 9:00-18:00');
    expect((parsed[1] as string[])[PUBLIC_COLUMNS.findIndex((c) => c.key === 'phone')]).toBe('0123-45-6789');
    for (const r of parsed) for (const f of r) expect(/^[=+\-@\t\r]/.test(f)).toBe(false);
  });

  it('joins multi-values with 、 and matches the table builder cell for cell', () => {
    const careCol = PUBLIC_COLUMNS.findIndex((c) => c.key === 'careServices');
    expect((parsed[1] as string[])[careCol]).toBe('訪問介護、通所介護');
    const table = publicResourceTable(rows).map((r) => r.map((c) => (c === null || c === undefined ? '' : String(c))));
    // The table is unguarded; the CSV differs only by the apostrophes.
    expect(parsed.map((r) => r.map((f) => f.replace(/^'(?=[=+\-@])/, '')))).toEqual(table);
  });

  it('leaks no non-public value (FAX, e-mail, liaison, note) and no id', () => {
    for (const secret of ['0123-45-0000', 'info@example.jp', '連携室 佐藤', '院長は火曜休み', 'R002']) expect(text).not.toContain(secret);
    const nonPublicHeaders = (resourcesSheet.columns as readonly ColumnSpec[]).filter((c) => !c.publicField).map((c) => c.header);
    for (const h of nonPublicHeaders) expect(parsed[0]).not.toContain(h);
  });

  it('can label the header in English', () => {
    expect(parseCsv(publicResourceCsv(rows, 'en'))[0]).toEqual(PUBLIC_COLUMNS.map((c) => c.label));
  });
});
