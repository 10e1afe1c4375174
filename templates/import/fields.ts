/**
 * Field normalization for imports: every value goes through the validation engine's normalizer of
 * the 資源リスト column it lands in (so an imported cell validates exactly like a typed one), after
 * folding the quirks the national files carry that a typed cell rarely does.
 */
import type { CellValue } from '../core/cell';
import { matchKey } from '../normalize/fold';
import { compileColumn, type CellNormalizer } from '../normalize';
import { resourcesSheet } from '../sheets/resources';
import type { ColumnSpec } from '../spec/types';
import type { NormalizedValue } from '../spec/row-types';
import type { ImportFieldKey, ImportProblem } from './types';

const COLUMNS: ReadonlyMap<string, ColumnSpec> = new Map(resourcesSheet.columns.map((c: ColumnSpec) => [c.key, c]));

/** The 資源リスト column spec of a key. @throws Error for an unknown key (programmer error) */
export function resourceColumn(key: string): ColumnSpec {
  const col = COLUMNS.get(key);
  if (!col) throw new Error(`no 資源リスト column ${key}`);
  return col;
}

const NORMALIZERS = new Map<string, CellNormalizer>();

/** The compiled normalizer of a 資源リスト column, compiled once per key. */
export function columnNormalizer(key: string): CellNormalizer {
  let n = NORMALIZERS.get(key);
  if (!n) {
    n = compileColumn(resourceColumn(key));
    NORMALIZERS.set(key, n);
  }
  return n;
}

/**
 * Circled and parenthesized digits (①, ⑴, ⒈) and full-width forms in phone cells: NFKC turns
 * them into ASCII digits; the phone normalizer then folds every hyphen look-alike.
 */
function prefoldPhone(raw: string): string {
  return raw.normalize('NFKC');
}

/** Latitude/longitude 0 (or blank) means "not geocoded" in the published files. */
function isMissingCoordinate(raw: CellValue): boolean {
  if (raw === null || raw === undefined) return true;
  const s = typeof raw === 'number' ? raw : Number(String(raw).normalize('NFKC').trim());
  return s === 0 || String(raw).trim() === '';
}

/**
 * Normalizes source cells into 資源リスト values, collecting what could not be read (one instance
 * per file, so problems name their file).
 */
export class FieldNormalizer {
  readonly problems: ImportProblem[] = [];

  constructor(private readonly file: string) {}

  /** The normalized value, or null when blank or unreadable (unreadable ones are recorded). */
  value(key: ImportFieldKey, raw: CellValue, row: number, header: string): NormalizedValue {
    if (raw === null || raw === undefined) return null;
    let input: CellValue = raw;
    if (typeof raw === 'string') {
      input = raw.trim();
      if (input === '' || input === '-' || input === '－') return null;
      if (key === 'phone' || key === 'fax') input = prefoldPhone(input);
    }
    if ((key === 'latitude' || key === 'longitude') && isMissingCoordinate(input)) return null;
    const result = columnNormalizer(key)(input);
    if (result.ok) return result.value;
    this.problems.push({ file: this.file, row, field: header, value: String(raw) });
    return null;
  }
}

/** Prefecture at the start of an address (東京都, 北海道, 京都府, 大阪府, …県). */
const PREFECTURE = /^(?:東京都|北海道|京都府|大阪府|[^\s都道府県]{2,3}県)/;

/**
 * Matching key of an address: width and spacing folded, every hyphen, 丁目/番地/番/号 separator
 * the same, the leading prefecture dropped (town lists often omit it).
 * @example addressKey('長野県みどり町１丁目２番３号') === addressKey('みどり町1-2-3') // true
 */
export function addressKey(address: string): string {
  return matchKey(address)
    .replace(/[\u2010-\u2015\u2212\u30fc\uff70\ufe63\u2500\u2501]/g, '-')
    .replace(/(\d)(?:丁目|番地の?|番の?|の)(?=\d)/g, '$1-')
    .replace(/(\d)(?:番地|番|号)$/g, '$1')
    .replace(PREFECTURE, '');
}

/** Matching key of a name: width, kana, spacing and case folded; 株式会社 ⇔ ㈱ alike. */
export function nameKey(name: string): string {
  return matchKey(name).replace(/\(株\)|株式会社/g, '株').replace(/\(有\)|有限会社/g, '有').replace(/[・･]/g, '');
}

/** The key that matches a facility when no official code does. */
export function nameAddressKey(name: string, address: string): string {
  return `${nameKey(name)}|${addressKey(address)}`;
}

/**
 * Canonical form of an official code for matching: width folded, spaces and hyphens dropped,
 * letters upper-cased (事業所番号 may carry letters, e.g. 04A0700017).
 */
export function officialCodeKey(code: string): string {
  return code.normalize('NFKC').replace(/[\s\-‐－]/g, '').toUpperCase();
}
