/**
 * サービスの種類 of the 介護サービス情報公表システム (and of the 自治体標準オープンデータセット
 * 介護サービス事業所一覧) → the 資源リスト category and the 提供する介護サービス values
 * (templates/sheets/vocabulary.ts). The 介護予防 variant of a service maps like the service; names
 * compare after width and spacing folding, so 全角/半角 spellings in re-saved files still map.
 */
import { matchKey } from '../normalize/fold';
import type { CareService, ResourceCategory } from '../sheets/vocabulary';

export interface ServiceMapping {
  readonly category: ResourceCategory;
  readonly services: readonly CareService[];
}

/**
 * Longest names first where one contains another (看護小規模多機能 before 小規模多機能, 地域密着型 before
 * the plain facility). Each service keeps its own category: the 公表システム lists 地域密着型通所介護
 * and 短期入所療養介護 as services of their own, and so does the kit since spec version 3.
 */
const TABLE: readonly (readonly [string, ResourceCategory, readonly CareService[]])[] = [
  ['定期巡回・随時対応型訪問介護看護', '定期巡回・随時対応型訪問介護看護', ['定期巡回・随時対応型訪問介護看護']],
  ['夜間対応型訪問介護', '夜間対応型訪問介護', ['夜間対応型訪問介護']],
  ['訪問入浴介護', '訪問入浴介護', ['訪問入浴介護']],
  ['訪問介護', '訪問介護', ['訪問介護']],
  ['訪問看護', '訪問看護ステーション', ['訪問看護']],
  ['訪問リハビリテーション', '訪問リハビリテーション', ['訪問リハビリテーション']],
  ['居宅療養管理指導', 'その他', ['居宅療養管理指導']],
  ['認知症対応型通所介護', '認知症対応型通所介護', ['認知症対応型通所介護']],
  ['地域密着型通所介護', '地域密着型通所介護', ['地域密着型通所介護']],
  ['通所介護', '通所介護', ['通所介護']],
  ['通所リハビリテーション', '通所リハビリテーション', ['通所リハビリテーション']],
  ['短期入所生活介護', '短期入所生活介護', ['短期入所生活介護']],
  ['短期入所療養介護', '短期入所療養介護', ['短期入所療養介護']],
  ['居宅介護支援', '居宅介護支援事業所', ['居宅介護支援']],
  ['介護予防支援', '地域包括支援センター', []],
  ['地域包括支援センター', '地域包括支援センター', []],
  ['地域密着型介護老人福祉施設', '地域密着型介護老人福祉施設', ['施設入所']],
  ['介護老人福祉施設', '介護老人福祉施設', ['施設入所']],
  ['介護老人保健施設', '介護老人保健施設', ['施設入所']],
  ['介護医療院', '介護医療院', ['施設入所']],
  ['介護療養型医療施設', '介護医療院', ['施設入所']],
  ['認知症対応型共同生活介護', '認知症対応型共同生活介護', ['認知症対応型共同生活介護']],
  ['看護小規模多機能型居宅介護', '看護小規模多機能型居宅介護', ['看護小規模多機能型居宅介護']],
  ['複合型サービス', '看護小規模多機能型居宅介護', ['看護小規模多機能型居宅介護']],
  ['小規模多機能型居宅介護', '小規模多機能型居宅介護', ['小規模多機能型居宅介護']],
  ['地域密着型特定施設入居者生活介護', '特定施設入居者生活介護', ['特定施設入居者生活介護']],
  ['特定施設入居者生活介護', '特定施設入居者生活介護', ['特定施設入居者生活介護']],
  ['福祉用具貸与', '福祉用具貸与・販売', ['福祉用具貸与']],
  ['特定福祉用具販売', '福祉用具貸与・販売', ['特定福祉用具販売']],
];

const KEYED = TABLE.map(([name, category, services]) => [matchKey(name), { category, services }] as const);

/**
 * The mapping of one サービスの種類 text; null when the kit has no place for it.
 * @example mapServiceType('介護予防訪問看護') // { category: '訪問看護ステーション', services: ['訪問看護'] }
 */
export function mapServiceType(text: string): ServiceMapping | null {
  const key = matchKey(text).replace(/^介護予防(?!支援)/, '');
  for (const [name, mapping] of KEYED) if (key === name) return mapping;
  for (const [name, mapping] of KEYED) if (key.includes(name)) return mapping;
  return null;
}

/**
 * Which category wins when one 事業所番号 offers several services: facilities first, then the
 * services a town's list usually files them under.
 */
const CATEGORY_RANK: readonly ResourceCategory[] = [
  '介護老人保健施設',
  '介護老人福祉施設',
  '地域密着型介護老人福祉施設',
  '介護医療院',
  '特定施設入居者生活介護',
  '認知症対応型共同生活介護',
  '看護小規模多機能型居宅介護',
  '小規模多機能型居宅介護',
  '訪問看護ステーション',
  '地域包括支援センター',
  '居宅介護支援事業所',
  '定期巡回・随時対応型訪問介護看護',
  '訪問介護',
  '夜間対応型訪問介護',
  '通所介護',
  '地域密着型通所介護',
  '認知症対応型通所介護',
  '通所リハビリテーション',
  '訪問リハビリテーション',
  '短期入所生活介護',
  '短期入所療養介護',
  '訪問入浴介護',
  '福祉用具貸与・販売',
  'その他',
];

/** The category of an office from the categories of its services. */
export function primaryCategory(categories: Iterable<ResourceCategory>): ResourceCategory {
  let best: ResourceCategory = 'その他';
  let rank = CATEGORY_RANK.length;
  for (const c of categories) {
    const r = CATEGORY_RANK.indexOf(c);
    if (r >= 0 && r < rank) {
      rank = r;
      best = c;
    }
  }
  return best;
}
