/**
 * The steps several commands share: read a town workbook, validate it (findings redacted for
 * printing), and compute its indicators for the fiscal year of 設定 (or an override).
 */
import { computeIndicatorsFromCells, type IndicatorResult } from '../../templates/indicators';
import type { ValidationResult, WorkbookValues } from '../../templates/validate/types';
import { readBook } from '../fs/workbook-file';
import { CliError } from './args';
import { validateForReport } from './validate';

export interface LoadedTown {
  readonly book: WorkbookValues;
  readonly result: ValidationResult;
}

/**
 * Reads and validates a kit workbook.
 * @throws CliError for a missing, unreadable or foreign file
 */
export async function loadTown(path: string, today: string): Promise<LoadedTown> {
  const book = await readBook(path, { requireKit: true });
  return { book, result: validateForReport(book, today) };
}

/** The fiscal year to compute for: the override, else 設定's 対象年度. @throws CliError('error.noSettings') */
export function fiscalYearOf(result: ValidationResult, override?: number): number {
  const year = override ?? result.rows.settings?.fiscalYear;
  if (typeof year !== 'number') throw new CliError('error.noSettings');
  return year;
}

/**
 * The indicators of a town as its recalculated 指標 sheet shows them: read from the cells the way
 * the formulas read them (a finding on one cell never drops the row), with 未整理セル counts.
 * @example townIndicators(loaded, '2025-12-01').find((r) => r.id === 'P20')?.value
 */
export function townIndicators(town: LoadedTown, today: string, yearOverride?: number): IndicatorResult[] {
  return computeIndicatorsFromCells(town.book, town.result.layouts, { fiscalYear: fiscalYearOf(town.result, yearOverride), today });
}
