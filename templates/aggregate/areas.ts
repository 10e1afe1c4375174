/**
 * Towns grouped by 在宅医療の圏域 (第8次医療計画, seed 002: the prefecture sets the areas and wants at
 * least one 積極的役割を担う医療機関 and one 連携を担う拠点 in each). Counts are summed per area and
 * shown per 1,000 residents aged 65+ (統計入力), so a town of 2,000 and one of 20,000 compare.
 * Rates (%) and medians are not summed: an area's rate is not the sum of its towns' rates.
 */
import type { CsvCell } from '../export/csv';
import { findIndicator } from '../indicators/catalogue';
import { roundHalfAwayFromZero } from '../indicators/rounding';
import type { Comparison, ComparisonColumn, TownSummary } from './compare';
import { townValue } from './compare';

/** Units of indicators that add up across towns (counts of places, events, people, cases). */
const ADDITIVE_UNITS: ReadonlySet<string> = new Set(['か所', '回', '人', '件']);

/** True when an indicator's town values may be summed over an area. */
export function isAdditive(column: Pick<ComparisonColumn, 'unit'>): boolean {
  return ADDITIVE_UNITS.has(column.unit);
}

/**
 * Per 1,000 residents aged 65+, two decimals (half away from zero, like the 指標 sheet); null when
 * either part is unknown or there is nobody aged 65+.
 * @example per1000Elderly(3, 4500) // 0.67
 */
export function per1000Elderly(value: number | null, population65: number | null): number | null {
  if (value === null || population65 === null || population65 <= 0) return null;
  return roundHalfAwayFromZero((value * 1000) / population65, 2);
}

/** Sum of the towns' values; null when any town's value is unknown (a partial sum would mislead). */
function sumOrNull(values: readonly (number | null)[]): number | null {
  let sum = 0;
  for (const v of values) {
    if (v === null) return null;
    sum += v;
  }
  return sum;
}

/** One 圏域 with its towns (in comparison order) and totals. */
export interface AreaGroup {
  /** null: towns whose 設定 has no 在宅医療の圏域. */
  readonly area: string | null;
  readonly towns: readonly TownSummary[];
  readonly population65: number | null;
  /** Sum per additive column id. */
  readonly totals: ReadonlyMap<string, number | null>;
}

function groupOf(area: string | null, towns: readonly TownSummary[], columns: readonly ComparisonColumn[]): AreaGroup {
  const totals = new Map<string, number | null>();
  for (const c of columns) if (isAdditive(c)) totals.set(c.id, sumOrNull(towns.map((t) => townValue(t, c.id))));
  return { area, towns, population65: sumOrNull(towns.map((t) => t.population65 ?? null)), totals };
}

/**
 * The towns of a comparison by 圏域: areas in name order, then (area null) the towns whose 設定 has
 * none. Towns keep the comparison's order inside an area.
 * @example groupByArea(comparison).map((g) => g.area) // ['中部圏域', '北部圏域', null]
 */
export function groupByArea(comparison: Comparison): AreaGroup[] {
  const byArea = new Map<string | null, TownSummary[]>();
  for (const t of comparison.towns) {
    const key = t.homeCareArea?.trim() || null;
    const list = byArea.get(key) ?? [];
    list.push(t);
    byArea.set(key, list);
  }
  const named = [...byArea.keys()].filter((k): k is string => k !== null).sort();
  const keys: (string | null)[] = byArea.has(null) ? [...named, null] : named;
  return keys.map((k) => groupOf(k, byArea.get(k) ?? [], comparison.columns));
}

/** The totals over every town. */
export function overallGroup(comparison: Comparison): AreaGroup {
  return groupOf(null, comparison.towns, comparison.columns);
}

const TEXTS = {
  ja: {
    area: '在宅医療の圏域', town: '市区町村名', code: '団体コード', elderly: '65歳以上人口', per1000: '65歳以上千人当たり',
    noArea: '（圏域未設定）', total: (n: number) => `計（${n}市区町村）`, all: '全体',
  },
  en: {
    area: 'Home-care area', town: 'Municipality', code: 'LG code', elderly: 'Population 65+', per1000: 'per 1,000 aged 65+',
    noArea: '(no area set)', total: (n: number) => `Total (${n} municipalities)`, all: 'All areas',
  },
} as const;

/**
 * The comparison by 圏域 as a table: per town its values and, for counts, the value per 1,000 aged
 * 65+; after each area a total row (sums and their rate; rates and medians blank); last the total
 * over all towns.
 * @example areaTable(buildComparison(towns, KEY_INDICATOR_IDS))[0].slice(0, 4) // ['在宅医療の圏域', '市区町村名', '団体コード', '65歳以上人口']
 */
export function areaTable(comparison: Comparison, language: 'ja' | 'en' = 'ja'): CsvCell[][] {
  const t = TEXTS[language];
  const name = (c: ComparisonColumn): string => (language === 'en' ? (findIndicator(c.id)?.nameEn ?? c.name) : c.name);
  const header: CsvCell[] = [t.area, t.town, t.code, t.elderly];
  for (const c of comparison.columns) {
    header.push(language === 'en' ? `${name(c)} (${c.unit})` : `${name(c)}（${c.unit}）`);
    if (isAdditive(c)) header.push(language === 'en' ? `${name(c)} (${t.per1000})` : `${name(c)}（${t.per1000}）`);
  }
  const rows: CsvCell[][] = [header];
  const totalRow = (label: string, group: AreaGroup): CsvCell[] => {
    const line: CsvCell[] = [label, t.total(group.towns.length), '', group.population65];
    for (const c of comparison.columns) {
      if (!isAdditive(c)) {
        line.push(null);
        continue;
      }
      const sum = group.totals.get(c.id) ?? null;
      line.push(sum, per1000Elderly(sum, group.population65));
    }
    return line;
  };
  for (const group of groupByArea(comparison)) {
    const label = group.area ?? t.noArea;
    for (const town of group.towns) {
      const elderly = town.population65 ?? null;
      const line: CsvCell[] = [label, town.townName ?? town.file, town.lgCode ?? '', elderly];
      for (const c of comparison.columns) {
        const v = townValue(town, c.id);
        line.push(v);
        if (isAdditive(c)) line.push(per1000Elderly(v, elderly));
      }
      rows.push(line);
    }
    rows.push(totalRow(label, group));
  }
  rows.push(totalRow(t.all, overallGroup(comparison)));
  return rows;
}
