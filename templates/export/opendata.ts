/**
 * The way back out: the town's consented public entries as the 自治体標準オープンデータセット files
 * (デジタル庁「自治体標準オープンデータセット」: 医療機関一覧 and 介護サービス事業所一覧) and as GeoJSON
 * points for the town's map or GIS.
 *
 * Source of the column lists: the exact current lists were not available here (not in ../shared
 * seeds, not found by the search tool); they are the guideline's 正式版 columns as we know them
 * (全国地方公共団体コード, ID, 地方公共団体名, 名称, 名称_カナ, …, 緯度, 経度, 電話番号, …, 備考).
 * Check them against the page before publishing; changing a list here changes both files.
 *
 * Consent gate (the same as export-public, public-list.ts): only entries with 公開区分 住民にも公開
 * and a consent date, and only the 資源リスト columns marked publicField — the columns a file has
 * that the kit does not publish (FAX, 事業所番号, 法人番号…) stay empty. Text cells go through the
 * CSV formula-injection guard, GeoJSON string properties too (GIS tools export attribute tables
 * that spreadsheets open).
 */
import { MULTI_VALUE_SEPARATOR } from '../spec/to-cells';
import type { ResourceRow, SettingsRow } from '../sheets/rows';
import { CLINIC_CATEGORIES, RESOURCE_CATEGORIES, type ResourceCategory } from '../sheets/vocabulary';
import { guardFormula, toCsv, type CsvCell } from './csv';
import { PUBLIC_COLUMNS, isPublicToResidents } from './public-list';

export const MEDICAL_COLUMNS = [
  '全国地方公共団体コード', 'ID', '地方公共団体名', '名称', '名称_カナ', '名称_英字', '医療機関の種類', '所在地_連結表記', '所在地_都道府県',
  '所在地_市区町村', '所在地_町字', '所在地_番地以下', '建物名等(方書)', '緯度', '経度', '電話番号', '内線番号', 'FAX番号', '法人番号',
  '法人の名称', '医療機関コード', '診療曜日', '診療開始時間', '診療終了時間', '診療日時特記事項', '時間外における対応', '診療科目', '病床数',
  'URL', '画像', '画像_ライセンス', '備考',
] as const;

export const CARE_COLUMNS = [
  '全国地方公共団体コード', 'ID', '地方公共団体名', '名称', '名称_カナ', 'サービスの種類', '所在地_連結表記', '所在地_都道府県', '所在地_市区町村',
  '所在地_町字', '所在地_番地以下', '建物名等(方書)', '緯度', '経度', '電話番号', '内線番号', 'FAX番号', '法人番号', '法人の名称',
  '介護サービス事業所番号', '利用可能曜日', '開始時間', '終了時間', '利用可能日時特記事項', '定員', 'URL', '画像', '画像_ライセンス', '備考',
] as const;

const MEDICAL_CATEGORIES: ReadonlySet<ResourceCategory> = new Set<ResourceCategory>(['病院', ...CLINIC_CATEGORIES, '歯科診療所']);
/**
 * Not in the 介護サービス事業所一覧: pharmacies, 住まい that are not designated 特定施設 (registered
 * under 老人福祉法 / 高齢者住まい法, not 介護保険) and 障害福祉 offices.
 */
const NOT_CARE: ReadonlySet<ResourceCategory> = new Set<ResourceCategory>(['薬局', '有料老人ホーム・サービス付き高齢者向け住宅', '相談支援事業所（障害福祉）', 'その他']);
const CARE_CATEGORIES: ReadonlySet<ResourceCategory> = new Set(RESOURCE_CATEGORIES.filter((c) => !MEDICAL_CATEGORIES.has(c) && !NOT_CARE.has(c)));

/** 医療機関の種類 of the open data set: 病院／診療所／歯科診療所 (有床・無床 are both 診療所 there). */
const medicalKind = (category: string): string => ((CLINIC_CATEGORIES as readonly string[]).includes(category) ? '診療所' : category);

/** Which list an entry belongs to (pharmacies and other entries without care services: neither). */
export function opendataListOf(row: ResourceRow): 'medical' | 'care' | null {
  const cat = row.category as ResourceCategory;
  if (MEDICAL_CATEGORIES.has(cat)) return 'medical';
  if (CARE_CATEGORIES.has(cat) || (Array.isArray(row.careServices) && row.careServices.length > 0 && !NOT_CARE.has(cat))) return 'care';
  return null;
}

/** What the kit publishes of an entry (publicField columns only), by target column. */
function publicValues(row: ResourceRow, town: Pick<SettingsRow, 'lgCode' | 'townName' | 'prefecture'> | null): Record<string, CsvCell> {
  const joinList = (v: unknown): string => (Array.isArray(v) ? v.join(MULTI_VALUE_SEPARATOR) : typeof v === 'string' ? v : '');
  const hours = [row.hours, row.closedDays ? `定休日: ${row.closedDays}` : null].filter((v): v is string => typeof v === 'string' && v !== '').join('／');
  return {
    全国地方公共団体コード: town?.lgCode ?? '',
    ID: row.id,
    地方公共団体名: `${town?.prefecture ?? ''}${town?.townName ?? ''}`,
    名称: row.name,
    医療機関の種類: medicalKind(row.category),
    サービスの種類: joinList(row.careServices) || row.category,
    所在地_連結表記: row.address,
    所在地_都道府県: town?.prefecture ?? '',
    所在地_市区町村: town?.townName ?? '',
    緯度: typeof row.latitude === 'number' ? row.latitude : '',
    経度: typeof row.longitude === 'number' ? row.longitude : '',
    電話番号: row.phone ?? '',
    診療日時特記事項: hours,
    利用可能日時特記事項: hours,
    診療科目: row.departments ?? '',
  };
}

/** The publishable entries (consent gate of export-public). */
export function publishableResources(rows: readonly ResourceRow[]): ResourceRow[] {
  return rows.filter(isPublicToResidents);
}

function table(columns: readonly string[], rows: readonly ResourceRow[], settings: SettingsRow | null): CsvCell[][] {
  return [[...columns], ...rows.map((r) => {
    const v = publicValues(r, settings);
    return columns.map((c) => v[c] ?? '');
  })];
}

export interface OpendataFiles {
  /** 医療機関一覧 CSV (UTF-8 BOM, CRLF, formula-guarded). */
  readonly medicalCsv: string;
  readonly careCsv: string;
  readonly geojson: string;
  readonly counts: { readonly medical: number; readonly care: number; readonly points: number; readonly total: number };
}

/**
 * The three open-data files of a town.
 * @example opendataFiles(rows.resources, rows.settings).medicalCsv.startsWith('\uFEFF全国地方公共団体コード') // true
 */
export function opendataFiles(rows: readonly ResourceRow[], settings: SettingsRow | null): OpendataFiles {
  const pub = publishableResources(rows);
  const medical = pub.filter((r) => opendataListOf(r) === 'medical');
  const care = pub.filter((r) => opendataListOf(r) === 'care');
  const csv = (cells: CsvCell[][]): string => toCsv(cells, { bom: true, eol: '\r\n', guardFormulas: true });
  const features = pub
    .filter((r) => typeof r.latitude === 'number' && typeof r.longitude === 'number')
    .map((r) => {
      const properties: Record<string, string | number> = { ID: r.id };
      const record = r as unknown as Readonly<Record<string, unknown>>;
      for (const c of PUBLIC_COLUMNS) {
        const v = record[c.key];
        if (v === null || v === undefined) continue;
        properties[c.header] = typeof v === 'number' ? v : guardFormula(Array.isArray(v) ? v.join(MULTI_VALUE_SEPARATOR) : String(v));
      }
      return { type: 'Feature', geometry: { type: 'Point', coordinates: [r.longitude as number, r.latitude as number] }, properties };
    });
  const geojson = JSON.stringify({ type: 'FeatureCollection', features }, null, 1);
  return {
    medicalCsv: csv(table(MEDICAL_COLUMNS, medical, settings)),
    careCsv: csv(table(CARE_COLUMNS, care, settings)),
    geojson,
    counts: { medical: medical.length, care: care.length, points: features.length, total: pub.length },
  };
}
