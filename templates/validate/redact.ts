/**
 * Last line of defence for D-19 wherever findings leave the engine (CLI output, the hosts' 検証結果
 * sheet): a finding about a personal column (相談内容,
 * 対応内容 …) must not carry the cell's text into a terminal, a log or a report file. The engine
 * already words those findings without the value; this guard keeps that true if a message ever
 * changes, by removing the raw cell text and any quoted value from such messages.
 */
import type { Finding } from '../core/findings';
import type { Grid } from '../core/cell';
import { fromA1 } from '../core/address';
import { SHEETS } from '../sheets/registry';
import type { ColumnSpec, SheetSpec } from '../spec/types';
import type { WorkbookValues } from './types';

const fold = (s: string): string => s.normalize('NFKC').replace(/\s+/g, '');

/** Folded tab names → folded headers (and aliases) of the personal columns of that sheet. */
const PERSONAL: ReadonlyMap<string, ReadonlySet<string>> = (() => {
  const map = new Map<string, Set<string>>();
  for (const spec of SHEETS as readonly SheetSpec[]) {
    const personal = (spec.columns as readonly ColumnSpec[]).filter((c) => c.personal === true);
    if (personal.length === 0) continue;
    const headers = new Set(personal.flatMap((c) => [c.header, ...(c.aliases ?? [])].map(fold)));
    for (const name of [spec.name, ...(spec.aliases ?? [])]) map.set(fold(name), headers);
  }
  return map;
})();

/** True when a finding points at a column marked personal. */
export function isPersonalFinding(f: Pick<Finding, 'sheet' | 'column'>): boolean {
  if (f.column === null) return false;
  return PERSONAL.get(fold(f.sheet))?.has(fold(f.column)) ?? false;
}

const PLACEHOLDER = { ja: '（省略）', en: '(omitted)' };

/** Removes quoted parts (「…」, "…") and the given raw text from a message. */
function scrub(message: string, raw: string | null, placeholder: string): string {
  let out = message;
  if (raw !== null && raw.trim().length > 0) out = out.split(raw.trim()).join(placeholder);
  return out.replace(/「[^」]*」/g, `「${placeholder}」`).replace(/"[^"]*"/g, `"${placeholder}"`);
}

/** The raw text of the finding's cell, when the workbook is at hand. */
function rawCellText(book: WorkbookValues | undefined, f: Finding): string | null {
  if (!book || f.address === null) return null;
  const grid: Grid | undefined = book[f.sheet];
  if (!grid) return null;
  const { row, col } = fromA1(f.address);
  const v = grid[row]?.[col];
  return v === null || v === undefined || v === '' ? null : String(v);
}

/**
 * Findings safe to print: those on personal columns lose any echo of the cell's content.
 * @example redactFindings(result.findings, book).every((f) => !f.message.includes(secretText)) // true
 */
export function redactFindings(findings: readonly Finding[], book?: WorkbookValues): Finding[] {
  return findings.map((f) => {
    if (!isPersonalFinding(f)) return f;
    const raw = rawCellText(book, f);
    const message = scrub(f.message, raw, PLACEHOLDER.ja);
    const messageEn = scrub(f.messageEn, raw, PLACEHOLDER.en);
    return message === f.message && messageEn === f.messageEn ? f : { ...f, message, messageEn };
  });
}
