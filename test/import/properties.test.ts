/**
 * Property tests over generated lists and files drawn from small pools (so codes, names and
 * addresses collide often): re-import after accepting everything is empty; an apply never changes
 * a value whose row was not accepted; no entry is ever deleted or moved.
 */
import fc from 'fast-check';
import type { CellValue } from '../../templates/core/cell';
import { ACCEPT, DIFF_SHEET, applyImportCommand, applyRowsCommand, importCommand, type DiffRow } from '../../templates/import';
import { toCsv } from '../../templates/export/csv';
import type { ResourceRow } from '../../templates/sheets/rows';
import type { WorkbookValues } from '../../templates/validate/types';
import { applyOps } from './apply-values';
import { ENV, KAIGO_HEADER, OTHER_CODE, TOWN_CODE, kaigoLine, resource, townValues, type KaigoRow } from './fixtures';

const OFFICE_CODES: readonly string[] = ['0670100011', '0670100029', '0670100037', '06A0700017'];
const CODES: readonly (string | null)[] = [...OFFICE_CODES, null];
const NAMES = ['さくら', 'ひまわり', 'ＡＢＣケア', 'あおい（株）'] as const;
const ADDRESSES = ['桜川町大字本町1番地', '山形県桜川町大字本町１番地', '桜川町大字本町2-3', '山形県桜川町大字本町２丁目３番'] as const;
const PHONES = ['0237-11-1111', '０２３７－１１－２２２２', '0237-①②-3333', '0237ー44ー2222', '', '電話なし'] as const;
const SERVICES = ['訪問介護', '通所介護', '居宅介護支援', '介護予防訪問看護', '短期入所生活介護', '宇宙旅行'] as const;
const CATEGORIES = ['訪問介護', '通所介護', '居宅介護支援事業所', '診療所'] as const;

const existingArb = fc.array(
  fc.record({
    code: fc.constantFrom(...CODES),
    name: fc.constantFrom(...NAMES),
    address: fc.constantFrom(...ADDRESSES),
    phone: fc.constantFrom('0237-11-1111', '0237-99-9999'),
    category: fc.constantFrom(...CATEGORIES),
    lat: fc.option(fc.constantFrom(38.3, 38.31), { nil: null }),
    note: fc.option(fc.constantFrom('手入力のメモ', '=SUM(A1)'), { nil: null }),
  }),
  { maxLength: 8 },
);

const kaigoArb = fc.array(
  fc.record({
    code: fc.constantFrom(TOWN_CODE, TOWN_CODE, OTHER_CODE),
    name: fc.constantFrom(...NAMES),
    service: fc.constantFrom(...SERVICES),
    address: fc.constantFrom(...ADDRESSES),
    phone: fc.constantFrom(...PHONES),
    officeCode: fc.constantFrom(...OFFICE_CODES),
    lat: fc.constantFrom('0', '38.3', '38.31'),
  }),
  { maxLength: 12 },
);

function town(existing: readonly { code: string | null; name: string; address: string; phone: string; category: string; lat: number | null; note: string | null }[]): WorkbookValues {
  const rows: ResourceRow[] = existing.map((e, i) =>
    resource({ id: `R${String(i + 1).padStart(3, '0')}`, category: e.category as ResourceRow['category'], name: e.name, officialCode: e.code, address: e.address, phone: e.phone, latitude: e.lat, longitude: e.lat === null ? null : 140.2, note: e.note }),
  );
  return townValues(rows);
}

function kaigoFile(rows: readonly KaigoRow[]) {
  return { name: 'kaigo.csv', text: toCsv([[...KAIGO_HEADER], ...rows.map((r, i) => kaigoLine(r, i))], { bom: true, guardFormulas: false }) };
}

const importOf = (values: WorkbookValues, rows: readonly KaigoRow[]) => importCommand(values, ENV, [kaigoFile(rows)], { dataDate: '2025-06-30' });
const grid = (values: WorkbookValues): readonly (readonly CellValue[])[] => values['資源リスト'] ?? [];

describe('import properties', () => {
  it('after applying every row of a plan, importing the same file again gives an empty plan', () => {
    fc.assert(
      fc.property(existingArb, kaigoArb, (existing, kaigo) => {
        const before = town(existing);
        const all = (importOf(before, kaigo).plan?.rows ?? []).map((r) => ({ ...r, accept: ACCEPT as typeof ACCEPT }));
        const after = applyOps(before, applyRowsCommand(before, ENV, all).ops);
        expect(importOf(after, kaigo).plan?.rows).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it('never deletes or moves an entry, and never changes a value whose row was not accepted', () => {
    fc.assert(
      fc.property(existingArb, kaigoArb, fc.array(fc.boolean(), { minLength: 300, maxLength: 300 }), (existing, kaigo, mask) => {
        const before = town(existing);
        const imported = applyOps(before, importOf(before, kaigo).ops);
        // The clerk's decisions: the mask over the sheet's rows (header and summary rows untouched).
        const diff = imported[DIFF_SHEET] ?? [];
        const acceptCol = (diff[0] ?? []).indexOf('採用');
        const decided = diff.map((line, i) => (i === 0 || line[1] === '' || line[1] === undefined ? line : line.map((v, c) => (c === acceptCol ? (mask[i % mask.length] ? '採用' : '') : v))));
        const withDecisions = { ...imported, [DIFF_SHEET]: decided };
        const after = applyOps(withDecisions, applyImportCommand(withDecisions, ENV).ops);

        const header = (grid(before)[0] ?? []).map(String);
        const accepted: DiffRow[] = [];
        for (let i = 1; i < decided.length; i++) {
          const line = decided[i] ?? [];
          if (line[acceptCol] === '採用') accepted.push({ id: String(line[2]), key: String(line[12]) } as DiffRow);
        }
        const allowed = new Set(accepted.map((r) => `${r.id}|${r.key}`));
        const keyOf: Record<string, string> = { 電話番号: 'phone', FAX番号: 'fax', 緯度: 'latitude', 経度: 'longitude', 事業所番号・医療機関コード: 'officialCode', 名称: 'name', 住所: 'address', 郵便番号: 'postalCode', 提供する介護サービス: 'careServices', 備考: 'note', 最終確認日: 'lastVerified' };

        expect(grid(after).length).toBeGreaterThanOrEqual(grid(before).length);
        grid(before).forEach((row, r) => {
          const now = grid(after)[r] ?? [];
          expect(now[0]).toBe(row[0]); // same id on the same row: nothing deleted or moved
          row.forEach((v, c) => {
            if ((now[c] ?? '') === (v ?? '')) return;
            const key = keyOf[header[c] ?? ''] ?? header[c];
            const ok = allowed.has(`${row[0]}|${key}`);
            expect({ id: row[0], column: header[c], before: v, after: now[c], ok }).toMatchObject({ ok: true });
          });
        });
      }),
      { numRuns: 60 },
    );
  });
});
