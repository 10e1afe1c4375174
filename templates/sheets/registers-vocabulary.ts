/**
 * Vocabularies of the disaster (D-18) and (ウ) scheme (D-05, D-19) registers. Kept apart from
 * vocabulary.ts so the registers can grow without touching the lists every other sheet uses.
 */
import { MEDICAL_INSTITUTIONS, type ResourceCategory } from './vocabulary';

/** Kinds of disaster equipment (備品); 品名・型式 holds the make. */
export const EQUIPMENT_KINDS = ['AED', '吸引器', '発電機', '蓄電池', '衛星電話', '簡易無線機', '酸素ボンベ', '備蓄食料・水', 'その他'] as const;

/** Business-continuity plan status of one resource. */
export const BCP_STATUSES = ['策定済', '策定中', '未策定'] as const;

/** Status of a (ウ) scheme entry (a 主治医・副主治医 pair or a 急変時診療医療機関). */
export const SCHEME_STATUSES = ['運用中', '調整中', '休止', '終了'] as const;
export const ACTIVE_SCHEME_STATUS = '運用中';

/** Days a scheme entry covers; 祝 = public holidays. */
export const COVER_DAYS = ['月', '火', '水', '木', '金', '土', '日', '祝'] as const;

/**
 * Resource categories that visit patients at home, the denominator of the BCP rate. Clinics and
 * hospitals count only when 在宅患者訪問診療 is ○ (see isVisitingService).
 */
export const VISITING_CATEGORIES: readonly ResourceCategory[] = [
  '訪問看護ステーション',
  '訪問介護',
  '夜間対応型訪問介護',
  '定期巡回・随時対応型訪問介護看護',
  '訪問入浴介護',
  '訪問リハビリテーション',
];
export const VISITING_MEDICAL_CATEGORIES: readonly ResourceCategory[] = MEDICAL_INSTITUTIONS;

/** A resource that provides care at the patient's home (BCP策定率's population). */
export function isVisitingService(r: { readonly category: string; readonly homeVisitCare: boolean | null }): boolean {
  if ((VISITING_CATEGORIES as readonly string[]).includes(r.category)) return true;
  return (VISITING_MEDICAL_CATEGORIES as readonly string[]).includes(r.category) && r.homeVisitCare === true;
}
