/**
 * `zaitaku export-public` end to end: from an .xlsx to the resident CSV — consented public rows
 * only, public columns only, UTF-8 BOM + CRLF, formula-looking cells neutralised, and nothing from
 * personal or internal columns.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseCsv } from '../../templates/export/csv';
import { generateTown } from '../../templates/sample';
import { resourcesSheet } from '../../templates/sheets/resources';
import { SHEETS } from '../../templates/sheets/registry';
import type { ColumnSpec } from '../../templates/spec/types';
import type { TownRows } from '../../templates/validate/types';
import { removeDir, runCli, tempDir, TINY_TOWN, writeTownWorkbook } from './helpers';
import { PATIENT_PHONE, PATIENT_SECRET, withMistakes } from './mistakes';

const INTERNAL_NOTE = '院内連絡用メモ（公開しない）';
const PUBLIC_COLS = (resourcesSheet.columns as readonly ColumnSpec[]).filter((c) => c.publicField);

let dir: string;
let rows: TownRows;
let text: string;
let stdout: string;

beforeAll(async () => {
  dir = await tempDir();
  const base = withMistakes(generateTown({ seed: 61, size: { ...TINY_TOWN, resources: 30 } }));
  const resources = base.rows.resources.map((r) => ({ ...r })) as unknown as Record<string, unknown>[];
  // Rows 0–4 carry deliberate validation mistakes; plant the hostile texts further down.
  const hostile = resources[6] as Record<string, unknown>;
  Object.assign(hostile, {
    name: '=HYPERLINK("http://evil","x")',
    hours: '+81-3-1234-5678（代表）',
    closedDays: '@SUM(1)',
    departments: '-2+3',
    disclosure: '住民にも公開',
    consentDate: '2025-04-01',
  });
  for (const r of resources) r['note'] = INTERNAL_NOTE;
  rows = { ...base.rows, resources } as unknown as TownRows;
  const book = join(dir, 'town.xlsx');
  await writeTownWorkbook({ ...base, rows }, book);
  const out = join(dir, 'public', '住民向け.csv');
  const r = await runCli(['export-public', book, '--out', out]);
  expect(r.code).toBe(0);
  stdout = r.stdout;
  text = await readFile(out, 'utf8');
});

afterAll(() => removeDir(dir));

/** What the list must hold, derived from the generated rows independently of the exporter. */
function expectedTable(): string[][] {
  const header = PUBLIC_COLS.map((c) => c.header);
  const body = (rows.resources as unknown as Record<string, unknown>[])
    // withMistakes breaks a required cell of rows 0–2 (phone, category, duplicate id): validation drops them.
    .filter((_, i) => i > 2)
    .filter((r) => r['disclosure'] === '住民にも公開' && typeof r['consentDate'] === 'string')
    .map((r) =>
      PUBLIC_COLS.map((c) => {
        const v = r[c.key];
        const s = v === null || v === undefined ? '' : Array.isArray(v) ? v.join('、') : String(v);
        return /^[=+\-@]/.test(s) ? `'${s}` : s;
      }),
    );
  return [header, ...body];
}

describe('export-public', () => {
  it('is UTF-8 with BOM, CRLF line ends and RFC 4180 fields', () => {
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '').includes('\n')).toBe(false);
    expect(stdout).toMatch(/住民向け資源一覧: \d+ 件（全 \d+ 件中）/);
  });

  it('holds exactly the consented public entries and the public columns', () => {
    const parsed = parseCsv(text);
    const expected = expectedTable();
    expect(parsed[0]).toEqual(expected[0]);
    // Compare as sets of lines keyed by name+address (row order follows the workbook).
    expect(parsed.length).toBe(expected.length);
    expect(parsed.slice(1).sort()).toEqual(expected.slice(1).sort());
    expect(parsed.length).toBeGreaterThan(5);
  });

  it('prefixes formula-looking cells with an apostrophe', () => {
    const parsed = parseCsv(text);
    const line = parsed.find((r) => r.includes(`'=HYPERLINK("http://evil","x")`));
    expect(line).toBeDefined();
    const at = (key: string) => (line as string[])[PUBLIC_COLS.findIndex((c) => c.key === key)];
    expect(at('hours')).toBe(`'+81-3-1234-5678（代表）`);
    expect(at('closedDays')).toBe(`'@SUM(1)`);
    expect(at('departments')).toBe(`'-2+3`);
    for (const r of parsed) for (const f of r) expect(f).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('contains no internal, personal or consultation column or value', () => {
    const parsed = parseCsv(text);
    const hidden = SHEETS.flatMap((s) => (s.columns as readonly ColumnSpec[]).filter((c) => c.personal || (s.id === 'resources' && !c.publicField)).map((c) => c.header));
    for (const h of hidden) expect(parsed[0]).not.toContain(h);
    for (const secret of [INTERNAL_NOTE, PATIENT_SECRET, PATIENT_PHONE, '相談内容', '対応内容']) expect(text).not.toContain(secret);
    for (const c of rows.contacts) if (c.email) expect(text).not.toContain(c.email);
  });
});
