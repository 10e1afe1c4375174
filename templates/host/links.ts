/**
 * In-workbook links as HYPERLINK formulas. Excel addresses a cell by tab name ("#'資源リスト'!B5");
 * Google Sheets only by the tab's numeric id ("#gid=123&range=B5"), which only the host knows — so
 * the host passes the style, and the core writes one formula that works where it lands.
 */
import { quoteSheetName } from '../core/address';
import type { PlanFormula } from '../plan/types';

export type LinkStyle =
  | { readonly kind: 'excel' }
  /** Sheets: tab name → sheet id (`Sheet.getSheetId()`), read once with the values. */
  | { readonly kind: 'sheets'; readonly sheetIds: Readonly<Record<string, number>> };

/** A text as a formula string literal ("" doubles quotes). */
export function formulaString(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * A HYPERLINK formula that selects `address` on `sheet`, showing `label`; null when the host cannot
 * address that tab (a Sheets tab whose id was not read) — callers then write the label as text.
 * @example cellLink({ kind: 'excel' }, '資源リスト', 'B5', 'B5') // { formula: `HYPERLINK("#'資源リスト'!B5","B5")` }
 */
export function cellLink(style: LinkStyle, sheet: string, address: string, label: string): PlanFormula | null {
  if (style.kind === 'excel') return { formula: `HYPERLINK(${formulaString(`#${quoteSheetName(sheet)}!${address}`)},${formulaString(label)})` };
  const id = style.sheetIds[sheet];
  if (id === undefined) return null;
  return { formula: `HYPERLINK(${formulaString(`#gid=${id}&range=${address}`)},${formulaString(label)})` };
}
