/**
 * Town comparison (the prefecture's view): one row per town workbook with its identity and a few
 * key indicators, in a stable order, ready to print or write as CSV/xlsx. Pure: the host reads the
 * workbooks and computes each town's indicators; this module only lines them up.
 */
import type { CsvCell } from '../export/csv';
import { findIndicator } from '../indicators/catalogue';

/** The part of a computed indicator row the comparison needs. */
export interface ComparedIndicator {
  readonly id: string;
  readonly name: string;
  readonly kind: string;
  readonly unit: string;
  readonly value: number | null;
}

/** One town as the host hands it over. */
export interface TownSummary {
  /** File name (no folder), to tell towns apart when names repeat. */
  readonly file: string;
  readonly townName: string | null;
  readonly lgCode: string | null;
  readonly fiscalYear: number | null;
  readonly indicators: readonly ComparedIndicator[];
  readonly errorCount: number;
  /** 設定's 在宅医療の圏域 (templates/aggregate/areas.ts groups by it); absent or null when not set. */
  readonly homeCareArea?: string | null;
  /** 統計入力's 65歳以上人口, the base of the per-1,000 figures; absent or null when not entered. */
  readonly population65?: number | null;
}

/** A column of the comparison: one indicator. */
export interface ComparisonColumn {
  readonly id: string;
  readonly name: string;
  readonly kind: string;
  readonly unit: string;
}

/** The comparison as data: header labels, indicator columns, rows in output order. */
export interface Comparison {
  readonly columns: readonly ComparisonColumn[];
  readonly towns: readonly TownSummary[];
}

const IDENTITY_HEADERS = {
  ja: ['市区町村名', '団体コード', '年度', 'ファイル', '検査エラー数'],
  en: ['Municipality', 'LG code', 'Fiscal year', 'File', 'Validation errors'],
} as const;

/**
 * Picks the comparison columns: the wanted ids in the given order, named from the first town that
 * has them. Ids no town knows are left out (so an older catalogue does not break the table).
 * @example comparisonColumns(towns, ['S01', 'P03']).map((c) => c.id) // ['S01', 'P03']
 */
export function comparisonColumns(towns: readonly TownSummary[], wantedIds: readonly string[]): ComparisonColumn[] {
  const known = new Map<string, ComparisonColumn>();
  for (const town of towns)
    for (const ind of town.indicators) if (!known.has(ind.id)) known.set(ind.id, { id: ind.id, name: ind.name, kind: ind.kind, unit: ind.unit });
  const out: ComparisonColumn[] = [];
  for (const id of wantedIds) {
    const col = known.get(id);
    if (col) out.push(col);
  }
  return out;
}

/** Stable town order: by 団体コード (towns without one last), then file name. */
function compareTowns(a: TownSummary, b: TownSummary): number {
  const ca = a.lgCode ?? '\uffff';
  const cb = b.lgCode ?? '\uffff';
  if (ca !== cb) return ca < cb ? -1 : 1;
  return a.file < b.file ? -1 : a.file > b.file ? 1 : 0;
}

/**
 * Builds the comparison of the given towns over the wanted indicator ids.
 * @example buildComparison(towns, KEY_INDICATOR_IDS).towns[0].townName
 */
export function buildComparison(towns: readonly TownSummary[], wantedIds: readonly string[]): Comparison {
  return { columns: comparisonColumns(towns, wantedIds), towns: [...towns].sort(compareTowns) };
}

/** The value of one indicator for a town (null when absent or not computable). */
export function townValue(town: TownSummary, id: string): number | null {
  for (const ind of town.indicators) if (ind.id === id) return ind.value;
  return null;
}

/**
 * The comparison as a table: one header row (identity columns, then `名称（単位）` per indicator),
 * then one row per town. Blank cells mean "not computable".
 * @example comparisonTable(buildComparison(towns, ids))[0].slice(0, 3) // ['市区町村名', '団体コード', '年度']
 */
export function comparisonTable(comparison: Comparison, language: 'ja' | 'en' = 'ja'): CsvCell[][] {
  const label = (c: ComparisonColumn): string => (language === 'en' ? `${findIndicator(c.id)?.nameEn ?? c.name} (${c.unit})` : `${c.name}（${c.unit}）`);
  const header: CsvCell[] = [...IDENTITY_HEADERS[language], ...comparison.columns.map(label)];
  const rows: CsvCell[][] = [header];
  for (const town of comparison.towns) {
    const line: CsvCell[] = [town.townName ?? '', town.lgCode ?? '', town.fiscalYear ?? '', town.file, town.errorCount];
    for (const col of comparison.columns) line.push(townValue(town, col.id));
    rows.push(line);
  }
  return rows;
}
