/**
 * Which rows of a national file belong to the town of 設定: by 全国地方公共団体コード when the row
 * carries a municipal code, else by municipality name (also when the row carries only its
 * prefecture's code, as the prefecture-designated services of the 介護 data do).
 */
import type { CellValue } from '../core/cell';
import { matchKey } from '../normalize/fold';
import { lgCheckDigit, normalizeLgCode } from '../normalize/lg-code';
import { Warned } from '../normalize/result';

/** The town the import is for (from 設定). */
export interface TownOf {
  /** 6-digit 全国地方公共団体コード with check digit, when 設定 has a valid one. */
  readonly lgCode: string | null;
  readonly name: string | null;
}

/**
 * A 6-digit code with check digit from whatever a source writes: 6 digits, 5 digits (no check
 * digit), or a 2-digit prefecture code plus a 3-digit municipal code in two columns. null when
 * none can be made.
 * @example townCode('20', '583') // '205834'
 */
export function townCode(code: CellValue, cityPart?: CellValue): string | null {
  const digits = (v: CellValue): string => (v === null || v === undefined ? '' : String(v).normalize('NFKC').replace(/\D/g, ''));
  const a = digits(code);
  if (cityPart !== undefined) {
    const b = digits(cityPart);
    if (b.length >= 5) return townCode(b);
    if (a.length === 0 || b.length === 0) return null;
    const five = `${a.padStart(2, '0').slice(-2)}${b.padStart(3, '0')}`;
    return `${five}${lgCheckDigit(five)}`;
  }
  if (a.length === 0 || a.length > 6) return null;
  const n = normalizeLgCode(a.length <= 5 ? a.padStart(5, '0') : a);
  if (typeof n === 'string') return n;
  return n instanceof Warned && typeof n.value === 'string' ? n.value : null;
}

/** True for a prefecture's own code (xx000c), which says nothing about the municipality. */
export function isPrefectureCode(code6: string): boolean {
  return code6.slice(2, 5) === '000';
}

/** Municipality names compare without width, spacing or a leading prefecture. */
function townNameKey(name: string): string {
  return matchKey(name).replace(/^(?:東京都|北海道|京都府|大阪府|[^都道府県]{2,3}県)/, '');
}

/**
 * The test a source applies to each row: `code` is the row's municipal code (any form townCode
 * reads, already combined), `name` its municipality name, `address` its address.
 */
export function townMatcher(town: TownOf): (code: string | null, name: string | null, address: string | null) => boolean {
  const wantName = town.name ? townNameKey(town.name) : null;
  return (code, name, address) => {
    if (code && town.lgCode && !isPrefectureCode(code)) return code === town.lgCode;
    if (!wantName) return false;
    if (name) return townNameKey(name) === wantName;
    if (!address) return false;
    const a = townNameKey(address);
    return a.startsWith(wantName) || a.replace(/^[^市郡]*郡/, '').startsWith(wantName);
  };
}
