/**
 * Shared vocabularies (dropdown lists) of the standardized sheets, from seeds 000/003/004.
 * Changing a value here changes every dropdown, validation rule and indicator that uses it.
 */

/** The four scenes of the national guide (seed 004), plus 共通 for items spanning them. */
export const SCENES = ['日常の療養支援', '入退院支援', '急変時の対応', '看取り'] as const;
export const SCENES_WITH_COMMON = [...SCENES, '共通'] as const;
export type Scene = (typeof SCENES_WITH_COMMON)[number];

/** The eight activities (ア)〜(ク) of the program (seed 000), plus the town's own items. */
export const ACTIVITIES = [
  '（ア）資源の把握',
  '（イ）課題の抽出と対応策',
  '（ウ）切れ目のない提供体制',
  '（エ）情報共有の支援',
  '（オ）相談支援',
  '（カ）関係者の研修',
  '（キ）住民への普及啓発',
  '（ク）関係市区町村の連携',
  '独自の取組',
] as const;
export type Activity = (typeof ACTIVITIES)[number];

/**
 * Categories of the resource list (D-01). Medical institutions as 医療施設調査 divides them (有床 and
 * 無床 clinics apart: an 有床診療所 takes a patient in for a few nights when home care falters);
 * care offices under the サービスの種類 of the 介護サービス情報公表システム; 住まい not designated as
 * 特定施設 and the 障害福祉 相談支援事業所 because seed 002 names both among the partners of the
 * 在宅医療に必要な連携を担う拠点. One row per office: a facility that also runs other services lists them
 * in 提供する介護サービス.
 */
export const RESOURCE_CATEGORIES = [
  '病院',
  '有床診療所',
  '診療所',
  '歯科診療所',
  '薬局',
  '訪問看護ステーション',
  '居宅介護支援事業所',
  '地域包括支援センター',
  '訪問介護',
  '夜間対応型訪問介護',
  '定期巡回・随時対応型訪問介護看護',
  '訪問入浴介護',
  '訪問リハビリテーション',
  '通所介護',
  '地域密着型通所介護',
  '認知症対応型通所介護',
  '通所リハビリテーション',
  '短期入所生活介護',
  '短期入所療養介護',
  '小規模多機能型居宅介護',
  '看護小規模多機能型居宅介護',
  '福祉用具貸与・販売',
  '介護老人保健施設',
  '介護老人福祉施設',
  '地域密着型介護老人福祉施設',
  '介護医療院',
  '認知症対応型共同生活介護',
  '特定施設入居者生活介護',
  '有料老人ホーム・サービス付き高齢者向け住宅',
  '相談支援事業所（障害福祉）',
  'その他',
] as const;
export type ResourceCategory = (typeof RESOURCE_CATEGORIES)[number];

/**
 * Earlier names (spec version 2 and before) and the short forms clerks type → the current category.
 * 短期入所 meant either kind; most short-stay offices are 短期入所生活介護, so that is where it goes.
 */
export const RESOURCE_CATEGORY_ALIASES: Readonly<Record<string, ResourceCategory>> = {
  訪問リハ: '訪問リハビリテーション',
  通所リハ: '通所リハビリテーション',
  デイケア: '通所リハビリテーション',
  デイサービス: '通所介護',
  地域密着型デイサービス: '地域密着型通所介護',
  認知症デイ: '認知症対応型通所介護',
  短期入所: '短期入所生活介護',
  ショートステイ: '短期入所生活介護',
  医療型ショートステイ: '短期入所療養介護',
  小規模多機能: '小規模多機能型居宅介護',
  小多機: '小規模多機能型居宅介護',
  看護小規模多機能: '看護小規模多機能型居宅介護',
  看多機: '看護小規模多機能型居宅介護',
  複合型サービス: '看護小規模多機能型居宅介護',
  定期巡回: '定期巡回・随時対応型訪問介護看護',
  '定期巡回・随時対応': '定期巡回・随時対応型訪問介護看護',
  夜間対応型: '夜間対応型訪問介護',
  訪問入浴: '訪問入浴介護',
  福祉用具: '福祉用具貸与・販売',
  福祉用具貸与: '福祉用具貸与・販売',
  特定福祉用具販売: '福祉用具貸与・販売',
  老健: '介護老人保健施設',
  特養: '介護老人福祉施設',
  特別養護老人ホーム: '介護老人福祉施設',
  地域密着型特養: '地域密着型介護老人福祉施設',
  グループホーム: '認知症対応型共同生活介護',
  特定施設: '特定施設入居者生活介護',
  有料老人ホーム: '有料老人ホーム・サービス付き高齢者向け住宅',
  サ高住: '有料老人ホーム・サービス付き高齢者向け住宅',
  サービス付き高齢者向け住宅: '有料老人ホーム・サービス付き高齢者向け住宅',
  相談支援事業所: '相談支援事業所（障害福祉）',
  特定相談支援事業所: '相談支援事業所（障害福祉）',
  地域包括: '地域包括支援センター',
  居宅介護支援: '居宅介護支援事業所',
  訪問看護: '訪問看護ステーション',
  無床診療所: '診療所',
};

/** Clinics with and without beds: together they are the 一般診療所 of 医療施設調査. */
export const CLINIC_CATEGORIES: readonly ResourceCategory[] = ['有床診療所', '診療所'];
/** Categories that are medical institutions (for "診療所・病院数" style counts). */
export const MEDICAL_INSTITUTIONS: readonly ResourceCategory[] = ['病院', ...CLINIC_CATEGORIES];

/**
 * Care services a provider may offer (表1 介護 <提供する介護等>), named as the サービスの種類 of the
 * 介護サービス情報公表システム. 居宅療養管理指導 is how clinics, dental clinics and pharmacies offer
 * visits under 介護保険 (the 訪問栄養食事指導 and 訪問口腔衛生指導 columns say which kind).
 */
export const CARE_SERVICES = [
  '居宅介護支援',
  '訪問介護',
  '夜間対応型訪問介護',
  '定期巡回・随時対応型訪問介護看護',
  '訪問入浴介護',
  '訪問看護',
  '訪問リハビリテーション',
  '居宅療養管理指導',
  '通所介護',
  '地域密着型通所介護',
  '認知症対応型通所介護',
  '通所リハビリテーション',
  '短期入所生活介護',
  '短期入所療養介護',
  '小規模多機能型居宅介護',
  '看護小規模多機能型居宅介護',
  '福祉用具貸与',
  '特定福祉用具販売',
  '認知症対応型共同生活介護',
  '特定施設入居者生活介護',
  '施設入所',
  'その他',
] as const;
export type CareService = (typeof CARE_SERVICES)[number];

/** Earlier names (spec version 2 and before) and short forms of the services → the current name. */
export const CARE_SERVICE_ALIASES: Readonly<Record<string, CareService>> = {
  訪問入浴: '訪問入浴介護',
  訪問リハ: '訪問リハビリテーション',
  通所リハ: '通所リハビリテーション',
  デイケア: '通所リハビリテーション',
  デイサービス: '通所介護',
  短期入所: '短期入所生活介護',
  ショートステイ: '短期入所生活介護',
  '定期巡回・随時対応': '定期巡回・随時対応型訪問介護看護',
  定期巡回: '定期巡回・随時対応型訪問介護看護',
  小規模多機能: '小規模多機能型居宅介護',
  小多機: '小規模多機能型居宅介護',
  看護小規模多機能: '看護小規模多機能型居宅介護',
  看多機: '看護小規模多機能型居宅介護',
  複合型サービス: '看護小規模多機能型居宅介護',
  福祉用具: '福祉用具貸与',
  居宅療養: '居宅療養管理指導',
  グループホーム: '認知症対応型共同生活介護',
  特定施設: '特定施設入居者生活介護',
};

/** Professions (関係者名簿, 出席者, 相談者) and the side each belongs to (D-09). */
export const PROFESSION_SIDES = {
  医師: '医療系',
  歯科医師: '医療系',
  薬剤師: '医療系',
  看護師: '医療系',
  保健師: '医療系',
  リハ職: '医療系',
  管理栄養士: '医療系',
  歯科衛生士: '医療系',
  介護支援専門員: '介護系',
  介護福祉士: '介護系',
  '社会福祉士・MSW': '介護系',
  地域包括職員: '介護系',
  行政職員: '行政',
  その他: 'その他',
} as const;
export type Profession = keyof typeof PROFESSION_SIDES;
export type ProfessionSide = (typeof PROFESSION_SIDES)[Profession];
export const PROFESSIONS = Object.keys(PROFESSION_SIDES) as Profession[];
export const PROFESSION_SIDE_NAMES = ['医療系', '介護系', '行政', 'その他'] as const;

/** Meeting/training types; the activity letter is part of the label so counts per activity are plain COUNTIFs. */
export const EVENT_TYPES = [
  '多職種会議（イ）',
  'ワーキンググループ（イ）',
  '多職種研修（カ）',
  '職種別研修（カ）',
  '住民向け講演会（キ）',
  '関係市区町村会議（ク）',
  'その他',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];
/** Types that count as multi-profession meetings for D-15. */
export const MULTI_PROFESSION_MEETINGS: readonly EventType[] = ['多職種会議（イ）', 'ワーキンググループ（イ）'];
export const TRAINING_TYPES: readonly EventType[] = ['多職種研修（カ）', '職種別研修（カ）'];
export const RESIDENT_EVENT_TYPES: readonly EventType[] = ['住民向け講演会（キ）'];

/** What a meeting covered (D-16). */
export const MEETING_TOPICS = ['課題抽出・対応策', '学習・事例検討', 'その他の課題', '災害対策'] as const;

export const DISCLOSURE = ['関係者のみ', '住民にも公開', '非公開'] as const;
export const RESOURCE_SOURCES = ['公表情報', '独自調査', 'その他'] as const;
export const CHANNELS = ['メール', 'FAX', '郵送', '指定なし'] as const;
export const HONORIFICS = ['様', '先生', '御中', '殿'] as const;
export const NOTICE_STATUSES = ['未送信', '下書き作成', '送信済み', 'FAX待ち', '郵送待ち', 'エラー'] as const;
export type NoticeStatus = (typeof NOTICE_STATUSES)[number];

export const CONSULTATION_CHANNELS = ['電話', '来所', 'FAX', 'メール', '訪問', 'その他'] as const;
export const AGE_BANDS = ['65歳未満', '65〜74歳', '75〜84歳', '85歳以上', '不明'] as const;
export const CONSULTATION_CATEGORIES = [
  '退院調整',
  '医療機関の紹介',
  '介護サービスの紹介',
  '医療的な助言',
  '看取り・ACP',
  '認知症',
  '制度・手続',
  'その他',
] as const;
export const CONSULTATION_STATUSES = ['対応中', '完了'] as const;

export const ISSUE_TYPES = [
  '情報共有',
  '入退院連携',
  '急変時対応',
  '看取り支援',
  '人材育成',
  '資源不足',
  '住民理解',
  '災害対策',
  'その他',
] as const;
export const IMPORTANCE = ['高', '中', '低'] as const;
export const ISSUE_STATUSES = ['未着手', '対応中', '解決', '保留'] as const;

export const PLAN_PROGRESS = ['未着手', '実施中', '完了', '中止'] as const;
export const EVALUATIONS = ['A', 'B', 'C'] as const;
export const ADOPTION_STATUSES = ['利用中', '休止', '中止'] as const;

/** Fiscal-year months in order, April → March. */
export const FISCAL_MONTHS = [4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3] as const;
