/** Findings as people and programs read them: a terminal table, JSON records and a CSV report. */
import type { Finding } from '../../templates/core/findings';
import { toCsv, type CsvCell } from '../../templates/export/csv';
import { formatTable } from './table';
import { cliText, type Lang } from './texts';

/** The JSON shape of one finding (`validate --json`), message in the chosen language. */
export interface FindingRecord {
  readonly sheet: string;
  readonly row: number | null;
  readonly column: string | null;
  readonly address: string | null;
  readonly severity: Finding['severity'];
  readonly code: string;
  readonly message: string;
}

/** @example findingRecord(f, 'en').message // the English text */
export function findingRecord(f: Finding, lang: Lang): FindingRecord {
  return { sheet: f.sheet, row: f.row, column: f.column, address: f.address, severity: f.severity, code: f.code, message: lang === 'en' ? f.messageEn : f.message };
}

function headers(lang: Lang): string[] {
  return cliText(lang, 'validate.header').split(',');
}

function cells(f: Finding, lang: Lang): string[] {
  return [
    f.sheet,
    f.row === null ? '' : String(f.row),
    f.column ?? '',
    f.address ?? '',
    cliText(lang, f.severity === 'error' ? 'severity.error' : 'severity.warning'),
    lang === 'en' ? f.messageEn : f.message,
  ];
}

/** Aligned table for the terminal. */
export function findingsTable(findings: readonly Finding[], lang: Lang): string {
  return formatTable(headers(lang), findings.map((f) => cells(f, lang)), { maxCellWidth: 240 });
}

/** JSON array text of the findings (2-space indented, trailing newline). */
export function findingsJson(findings: readonly Finding[], lang: Lang): string {
  return `${JSON.stringify(findings.map((f) => findingRecord(f, lang)), null, 2)}\n`;
}

/**
 * CSV report (UTF-8 BOM, CRLF, formula-safe) with the code column added for filtering.
 * @example findingsCsv(result.findings, 'ja').split('\r\n')[0] // '\uFEFFシート,行,列,セル,重要度,内容,コード'
 */
export function findingsCsv(findings: readonly Finding[], lang: Lang): string {
  const rows: CsvCell[][] = [[...headers(lang), lang === 'en' ? 'Code' : 'コード']];
  for (const f of findings) rows.push([...cells(f, lang), f.code]);
  return toCsv(rows);
}
