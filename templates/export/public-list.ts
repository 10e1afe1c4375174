/**
 * The resident-facing resource list (D-03): only entries whose 公開区分 is 住民にも公開 *and* that
 * carry a consent date, and only the columns marked `publicField` in the 資源リスト spec. Nothing
 * else of the workbook (contacts, consultations, internal notes) can reach this list.
 */
import type { ColumnSpec } from '../spec/types';
import { MULTI_VALUE_SEPARATOR, FALSE_MARK, TRUE_MARK } from '../spec/to-cells';
import { resourcesSheet } from '../sheets/resources';
import type { ResourceRow } from '../sheets/rows';
import { toCsv, type CsvCell } from './csv';

/** The 公開区分 value that allows showing an entry to residents. */
export const PUBLIC_TO_RESIDENTS = '住民にも公開';

/** Columns of the resident-facing list, in spec order. */
export const PUBLIC_COLUMNS: readonly ColumnSpec[] = resourcesSheet.columns.filter((c: ColumnSpec) => c.publicField === true);

/**
 * True when an entry may be shown to residents (public and consented).
 * @example isPublicToResidents({ ...row, disclosure: '住民にも公開', consentDate: '2025-04-01' }) // true
 */
export function isPublicToResidents(row: ResourceRow): boolean {
  return row.disclosure === PUBLIC_TO_RESIDENTS && typeof row.consentDate === 'string' && row.consentDate !== '';
}

/** Renders one normalized value as text people read (○/× for flags, 、 between several values). */
function publicCell(value: unknown): CsvCell {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? TRUE_MARK : FALSE_MARK;
  if (Array.isArray(value)) return value.join(MULTI_VALUE_SEPARATOR);
  if (typeof value === 'number' || typeof value === 'string') return value;
  return '';
}

/**
 * Header row plus one row per publishable entry, in the order the entries appear in the workbook.
 * @param language header language: 'ja' (spec headers, default) or 'en' (spec labels)
 * @example publicResourceTable(rows)[0] // ['種別', '名称', '郵便番号', '住所', …]
 */
export function publicResourceTable(rows: readonly ResourceRow[], language: 'ja' | 'en' = 'ja'): CsvCell[][] {
  const cols = PUBLIC_COLUMNS;
  const out: CsvCell[][] = [cols.map((c) => (language === 'en' ? c.label : c.header))];
  for (const row of rows) {
    if (!isPublicToResidents(row)) continue;
    const record = row as unknown as Readonly<Record<string, unknown>>;
    out.push(cols.map((c) => publicCell(record[c.key])));
  }
  return out;
}

/**
 * The resident-facing list as CSV text: UTF-8 BOM, CRLF, RFC 4180 quoting, formula-safe cells.
 * @example publicResourceCsv(town.rows.resources).startsWith('\uFEFF種別,名称') // true
 */
export function publicResourceCsv(rows: readonly ResourceRow[], language: 'ja' | 'en' = 'ja'): string {
  return toCsv(publicResourceTable(rows, language), { bom: true, eol: '\r\n', guardFormulas: true });
}
