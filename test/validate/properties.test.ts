/**
 * Property tests: for arbitrary grids (ragged, Japanese, full-width, formula-like, numbers,
 * booleans, Dates, blanks, header rows drawn partly from the real headers) validating as any
 * sheet and as a whole workbook never throws, never mutates the input, points every finding at
 * a cell inside the grid's used rectangle, and returns rows that satisfy rowSchema(spec).
 */
import fc from 'fast-check';
import type { CellValue, Grid } from '../../templates/core/cell';
import { fromA1 } from '../../templates/core/address';
import type { Finding } from '../../templates/core/findings';
import { rowSchema } from '../../templates/spec/schema';
import type { ColumnSpec, ColumnType, SheetSpec } from '../../templates/spec/types';
import { SHEETS as SHEET_LIST } from '../../templates/sheets/registry';

const SHEETS: readonly SheetSpec[] = SHEET_LIST;
import { validateSheet, validateWorkbook } from '../../templates/validate/engine';

const ALL_HEADERS = SHEETS.flatMap((s) => s.columns.flatMap((c) => [c.header, ...(c.aliases ?? [])]));
const ENUM_VALUES = SHEETS.flatMap((s) => s.columns.flatMap((c) => [...(c.values ?? [])]));
const PLAUSIBLE = [
  '○', '×', '〇', 'TRUE', 'はい', '-', '2025/5/20', '令和7年5月20日', 'R7.5.20', '5/20', '2025/2/30', '14:00', '9時半', '24:00',
  'R001', 'R002', 'E001', 'P001', 'C0001', 'Ｒ００１', '0123-45-6789', '090-1234-5678', '03(1234)5678', '123-4567', '〒１２３ー４５６７',
  'info@example.jp', '131016', '13101', '令和7年度', '７年度', '山田太郎さん', '090 1234 5678', '#N/A', '=1+1', '+81', '@x', '-1',
  '１２人', '1,234', '看取り、入退院支援', '訪問介護・通所介護', '\u3000', ' ', '\n', 'ﾃｽﾄ', '𠮷野家', '🙂',
];

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...PLAUSIBLE, ...ENUM_VALUES) },
  { weight: 1, arbitrary: fc.constantFrom(...ALL_HEADERS) },
  { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.stringMatching(/^[=+\-@＝＋][A-Z0-9()]{0,6}$/) },
  { weight: 1, arbitrary: fc.stringMatching(/^[０-９Ａ-Ｚ　ー－（）]{1,8}$/) },
  { weight: 2, arbitrary: fc.integer({ min: -10, max: 80000 }) },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.constantFrom(0.5, 45797, 45797.5, 312345678, 11002, 2025, 7, Number.NaN, Infinity, -0) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.date({ min: new Date('1850-01-01T00:00:00Z'), max: new Date('2250-01-01T00:00:00Z') }) },
  { weight: 1, arbitrary: fc.constant(new Date(Number.NaN)) },
  { weight: 2, arbitrary: fc.constantFrom<CellValue>(null, undefined, '') },
);

const row = fc.array(cell, { maxLength: 14 });

/** Mostly-valid values per column type, so that structured grids also produce output rows. */
function plausibleCell(col: ColumnSpec): fc.Arbitrary<CellValue> {
  const pools: Record<ColumnType, readonly CellValue[]> = {
    text: ['テキスト', 'ABC', '=1+1', '山田太郎さんから電話', '090-1234-5678', 123, true],
    id: ['R001', 'R002', 'E001', 'P001', 'Ｒ００１', 1, 'bad id'],
    ref: ['R001', 'R002', 'E001', 'P001', 'C0001', 'ZZZ'],
    integer: [0, 3, '１２人', 2, -1, 1.5],
    decimal: [0.5, '80%', 3, 'x'],
    date: [45797, 45400, '2025/5/20', 'R7.5.20', new Date('2025-05-19T15:00:00Z'), '5/20', '2024/1/1'],
    time: ['14:00', 0.5, '9時', '24:00', 0.4],
    boolean: ['○', '×', '〇', 'x', true],
    enum: [...(col.values ?? []), ...(col.values ?? []), 'bad'],
    multiEnum: [...(col.values ?? []), (col.values ?? []).join('、'), 'bad'],
    phone: ['0123-45-6789', 312345678, '03-1234'],
    postal: ['123-4567', 1234567, '12'],
    email: ['a@example.jp', 'bad@'],
    fiscalYear: [2025, '令和7年度', '７年度', 'x'],
    lgCode: ['131016', '13101', 11002, '131017'],
    latitude: [36.6, 200],
    longitude: [138.2, 20],
  };
  return fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...pools[col.type]) }, { weight: 1, arbitrary: fc.constantFrom<CellValue>('', null) }, { weight: 1, arbitrary: cell });
}

/** Spec headers in spec order, then rows of mostly-valid values (key/value sheets: label + value rows). */
function structuredGrid(spec: SheetSpec): fc.Arbitrary<CellValue[][]> {
  const values = fc.tuple(...spec.columns.map(plausibleCell));
  if (spec.kind === 'keyValue') {
    return values.map((vs) => spec.columns.map((c, i) => [c.header, vs[i]] as CellValue[]));
  }
  return fc
    .tuple(fc.array(row, { maxLength: 2 }), fc.array(fc.oneof({ weight: 4, arbitrary: values.map((v) => [...v]) }, { weight: 1, arbitrary: row }), { maxLength: 10 }))
    .map(([above, below]) => [...above, spec.columns.map((c) => c.header), ...below]);
}

/** A grid with, at a random row within the first 10, a header row drawn from `spec`'s headers (shuffled, some junk). */
function randomGrid(spec: SheetSpec | null): fc.Arbitrary<CellValue[][]> {
  const headers = spec ? spec.columns.flatMap((c) => [c.header, ...(c.aliases ?? [])]) : ALL_HEADERS;
  const headerRow = fc
    .tuple(fc.shuffledSubarray(headers, { maxLength: Math.min(20, headers.length) }), fc.array(fc.oneof(cell, fc.constant('')), { maxLength: 3 }))
    .map(([known, junk]) => [...junk, ...known] as CellValue[]);
  const keyValue = spec?.kind === 'keyValue'
    ? fc.array(fc.tuple(fc.constantFrom(...headers), cell).map(([k, v]) => [k, v] as CellValue[]), { maxLength: 14 })
    : fc.constant([] as CellValue[][]);
  return fc.tuple(fc.array(row, { maxLength: 4 }), headerRow, fc.array(row, { maxLength: 12 }), keyValue, fc.boolean()).map(
    ([above, header, below, kv, withHeader]) => (withHeader ? [...above, header, ...below, ...kv] : [...above, ...below, ...kv]),
  );
}

function gridFor(spec: SheetSpec | null): fc.Arbitrary<CellValue[][]> {
  return spec ? fc.oneof(randomGrid(spec), structuredGrid(spec)) : randomGrid(null);
}

/** Type-tagged copy of a grid, to prove nothing changed (Dates included). */
function snapshot(grid: Grid): string {
  return JSON.stringify(grid.map((r) => (r ? Array.from(r, (v) => (v instanceof Date ? `D:${v.getTime()}` : `${typeof v}:${String(v)}`)) : null)));
}

function deepFreeze(grid: CellValue[][]): Grid {
  for (const r of grid) Object.freeze(r);
  return Object.freeze(grid);
}

/** Findings point inside the used rectangle: row < grid length, column < widest row. */
function assertInside(findings: readonly Finding[], gridOf: (sheet: string) => Grid | undefined): void {
  for (const f of findings) {
    if (f.address === null) {
      expect(f.row).toBeNull();
      continue;
    }
    const grid = gridOf(f.sheet);
    expect(grid).toBeDefined();
    const { row, col } = fromA1(f.address);
    const width = Math.max(0, ...(grid as Grid).map((r) => (r ? r.length : 0)));
    expect(row).toBeLessThan((grid as Grid).length);
    expect(col).toBeLessThan(width);
    expect(f.row).toBe(row + 1);
  }
}

const SCHEMAS = new Map(SHEETS.map((s) => [s.id, rowSchema(s)]));

function assertRows(spec: SheetSpec, rows: readonly unknown[], grid: Grid): void {
  const schema = SCHEMAS.get(spec.id);
  for (const r of rows) {
    const parsed = schema?.safeParse(r);
    if (!parsed?.success) throw new Error(`row breaks rowSchema(${spec.id}): ${JSON.stringify(r)} ${JSON.stringify(parsed?.error?.issues)}`);
    expect((r as { __row: number }).__row).toBeLessThanOrEqual(Math.max(grid.length, 1));
  }
}

describe('validateSheet on arbitrary grids', () => {
  test.each(SHEETS.map((s) => [s.id, s] as const))('%s: never throws, never mutates, addresses inside, rows match the schema', (_id, spec) => {
    fc.assert(
      fc.property(fc.oneof(gridFor(spec), gridFor(null)), (g) => {
        const grid = deepFreeze(g);
        const before = snapshot(grid);
        const result = validateSheet(spec, grid, { today: '2025-12-01' });
        expect(snapshot(grid)).toBe(before);
        assertInside(result.findings, () => grid);
        assertRows(spec, result.rows, grid);
      }),
      { numRuns: 150 },
    );
  });
});

describe('validateWorkbook on arbitrary workbooks', () => {
  const tabName = fc.oneof(
    fc.constantFrom(...SHEETS.flatMap((s) => [s.name, ...(s.aliases ?? []), ` ${s.name}`])),
    fc.constantFrom('指標', '使い方', 'Sheet1'),
  );

  test('never throws, never mutates, addresses inside their tab, rows match the schemas', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(tabName, fc.constantFrom(...SHEETS)), { maxLength: 9, selector: ([t]) => t }).chain((tabs) =>
          fc.tuple(...tabs.map(([t, spec]) => gridFor(spec).map((g) => [t, g] as const))),
        ),
        (entries) => {
          const book: Record<string, Grid> = {};
          for (const [t, g] of entries) book[t] = deepFreeze(g as CellValue[][]);
          Object.freeze(book);
          const before = JSON.stringify(Object.entries(book).map(([t, g]) => [t, snapshot(g)]));
          const result = validateWorkbook(book, { today: '2025-12-01' });
          expect(JSON.stringify(Object.entries(book).map(([t, g]) => [t, snapshot(g)]))).toBe(before);
          assertInside(result.findings, (sheet) => book[sheet]);
          for (const spec of SHEETS) {
            const rows = result.rows[spec.id];
            const list = Array.isArray(rows) ? rows : rows === null ? [] : [rows];
            const layout = result.layouts[spec.id];
            assertRows(spec, list, layout ? (book[layout.tabName] as Grid) : []);
          }
          expect(result.errorCount + result.warningCount).toBe(result.findings.length);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('values of unexpected types (a misbehaving host)', () => {
  test('objects, arrays, null-prototype objects and bigints in cells never make the engine throw', () => {
    const odd = fc.anything({ withNullPrototype: true, withBigInt: true, withMap: true, withSet: true, withBoxedValues: true, maxDepth: 1 }) as fc.Arbitrary<unknown>;
    const mixed = fc.oneof(cell, odd, fc.constantFrom(...ALL_HEADERS)) as fc.Arbitrary<CellValue>;
    fc.assert(
      fc.property(fc.array(fc.array(mixed, { maxLength: 8 }), { maxLength: 8 }), fc.constantFrom(...SHEETS), (grid, spec) => {
        const withHeader = [spec.columns.map((c) => c.header) as CellValue[], ...grid];
        const result = validateSheet(spec, withHeader, { today: '2025-12-01' });
        assertInside(result.findings, () => withHeader);
        validateWorkbook({ [spec.name]: withHeader }, { today: '2025-12-01' });
      }),
      { numRuns: 200 },
    );
  });
});
