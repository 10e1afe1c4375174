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

/**
 * Professions (関係者名簿, 出席者, 相談者) — qualifications and jobs, never workplaces: where someone
 * works (地域包括支援センター, 社会福祉協議会…) goes in 所属 / 所属名. Each maps to the side it counts
 * on for D-09/D-15 (医療系・介護系). 保健師 and the social workers have a side that depends on the
 * town (see PROFESSION_SIDE_SETTINGS): the value here is only their default.
 * 消防・救急 counts as 行政: the fire service is a public body, like the 役場, and the 医療系:介護系
 * balance is about the professionals in the field.
 */
export const PROFESSION_SIDES = {
  医師: '医療系',
  歯科医師: '医療系',
  薬剤師: '医療系',
  看護師: '医療系',
  保健師: '行政',
  リハ職: '医療系',
  管理栄養士: '医療系',
  歯科衛生士: '医療系',
  介護支援専門員: '介護系',
  主任介護支援専門員: '介護系',
  介護福祉士: '介護系',
  '介護職員・訪問介護員': '介護系',
  生活相談員: '介護系',
  '社会福祉士・MSW': '介護系',
  精神保健福祉士: '介護系',
  相談支援専門員: '介護系',
  '消防・救急': '行政',
  行政職員: '行政',
  その他: 'その他',
} as const;
export type Profession = keyof typeof PROFESSION_SIDES;
export type ProfessionSide = '医療系' | '介護系' | '行政' | 'その他';
export const PROFESSIONS = Object.keys(PROFESSION_SIDES) as Profession[];
export const PROFESSION_SIDE_NAMES = ['医療系', '介護系', '行政', 'その他'] as const satisfies readonly ProfessionSide[];

/**
 * Professions whose side a town chooses in 設定 (blank = the default), because the same job sits on
 * either side depending on who employs it in that town:
 * - 保健師: default 行政 — in a small town nearly every 保健師 works for the municipality (役場,
 *   直営の地域包括, 保健所), i.e. for the organiser; towns whose 保健師 come from hospitals or
 *   訪問看護 choose 医療系.
 * - 社会福祉士・MSW and 精神保健福祉士 (one setting, the same question): default 介護系 — most work
 *   at 地域包括, 社協, care homes or 相談支援事業所; a town whose hospital MSW/PSW attend chooses 医療系.
 */
export const PROFESSION_SIDE_SETTINGS = [
  { setting: 'publicHealthNurseSide', professions: ['保健師'], options: ['行政', '医療系'], defaultSide: '行政' },
  { setting: 'socialWorkerSide', professions: ['社会福祉士・MSW', '精神保健福祉士'], options: ['介護系', '医療系'], defaultSide: '介護系' },
] as const satisfies readonly {
  setting: string;
  professions: readonly Profession[];
  options: readonly ProfessionSide[];
  defaultSide: ProfessionSide;
}[];
export type ProfessionSideSetting = (typeof PROFESSION_SIDE_SETTINGS)[number];
export type ProfessionSideSettingKey = ProfessionSideSetting['setting'];
export const PUBLIC_HEALTH_NURSE_SIDES = PROFESSION_SIDE_SETTINGS[0].options;
export const SOCIAL_WORKER_SIDES = PROFESSION_SIDE_SETTINGS[1].options;

/**
 * What clerks typed before (地域包括職員, a workplace) and the short forms they type, for the
 * valueAliases of every profession column. 地域包括職員 → 主任介護支援専門員: a 地域包括 has three
 * posts (保健師, 社会福祉士, 主任介護支援専門員), so no single profession is "the" 包括 staff; the
 * 主任介護支援専門員 is the one whose side never depends on 設定, so an upgraded workbook keeps
 * every 医療系/介護系 count it had (地域包括職員 was 介護系). The workplace stays in 所属.
 */
export const PROFESSION_ALIASES: Readonly<Record<string, Profession>> = {
  地域包括職員: '主任介護支援専門員',
  包括職員: '主任介護支援専門員',
  主任ケアマネ: '主任介護支援専門員',
  主任ケアマネジャー: '主任介護支援専門員',
  ケアマネ: '介護支援専門員',
  ケアマネジャー: '介護支援専門員',
  ケアマネージャー: '介護支援専門員',
  ヘルパー: '介護職員・訪問介護員',
  ホームヘルパー: '介護職員・訪問介護員',
  訪問介護員: '介護職員・訪問介護員',
  介護職員: '介護職員・訪問介護員',
  介護職: '介護職員・訪問介護員',
  相談員: '生活相談員',
  社会福祉士: '社会福祉士・MSW',
  MSW: '社会福祉士・MSW',
  医療ソーシャルワーカー: '社会福祉士・MSW',
  PSW: '精神保健福祉士',
  救急隊: '消防・救急',
  救急隊員: '消防・救急',
  救急救命士: '消防・救急',
  消防: '消防・救急',
  訪問看護師: '看護師',
  准看護師: '看護師',
  理学療法士: 'リハ職',
  作業療法士: 'リハ職',
  言語聴覚士: 'リハ職',
  栄養士: '管理栄養士',
  行政: '行政職員',
  市町村職員: '行政職員',
};

/**
 * Who may bring a consultation (相談者職種, seed 000 (オ)): the professions, plus 本人・家族 and
 * 住民 — the desk takes those "実情に応じて" although 地域包括 remains their first window. They are
 * requesters only: people at meetings are professionals (residents at lectures are a headcount).
 */
export const LAY_REQUESTERS = ['本人・家族', '住民'] as const;
export type LayRequester = (typeof LAY_REQUESTERS)[number];
export const REQUESTERS = [...PROFESSIONS, ...LAY_REQUESTERS] as const;
export type Requester = Profession | LayRequester;
/** The group the lay requesters are counted in (not a profession side: they never enter D-15 ratios). */
export const LAY_REQUESTER_GROUP = '本人・家族・住民';
export const REQUESTER_ALIASES: Readonly<Record<string, Requester>> = {
  ...PROFESSION_ALIASES,
  本人: '本人・家族',
  家族: '本人・家族',
  利用者: '本人・家族',
  患者: '本人・家族',
  地域住民: '住民',
};

/** Meeting/training types; the activity letter is part of the label so counts per activity are plain COUNTIFs. */
export const EVENT_TYPES = [
  '多職種会議（イ）',
  '地域ケア会議（イ）',
  'ワーキンググループ（イ）',
  '多職種研修（カ）',
  '職種別研修（カ）',
  '住民向け講演会（キ）',
  '関係市区町村会議（ク）',
  'その他',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];
/** Short forms clerks type for the event types. */
export const EVENT_TYPE_ALIASES: Readonly<Record<string, EventType>> = {
  多職種会議: '多職種会議（イ）',
  推進会議: '多職種会議（イ）',
  地域ケア会議: '地域ケア会議（イ）',
  ワーキンググループ: 'ワーキンググループ（イ）',
  WG: 'ワーキンググループ（イ）',
  住民向け講演会: '住民向け講演会（キ）',
  住民講演会: '住民向け講演会（キ）',
};
/** Every meeting of activity (イ): the ones where issues are found (課題の把握した会議). */
export const ACTIVITY_I_MEETINGS: readonly EventType[] = ['多職種会議（イ）', '地域ケア会議（イ）', 'ワーキンググループ（イ）'];
/**
 * Meetings that count for D-15 (年4回以上, one with 行政担当官・管理者) and D-16 (topics): the
 * gathering where "地域の在宅医療に関わる多職種が一堂に会する" (seed 003 1)(2)ア).
 * - 地域ケア会議（イ） counts: seed 000 (イ) 留意事項(8) lets a 地域ケア会議 serve as the (イ) meeting
 *   when its agenda, attendees' professions and frequency fit; choosing this type states that it
 *   does (a 地域ケア個別会議 on one case is その他).
 * - ワーキンググループ（イ） does not: seed 000 (イ) ポイント(2)(3) sets WGs up under the meeting for
 *   items needing further study, with the members that item needs — a subset, not the gathering
 *   of all professions. WGs still count as (イ) activity (P02, P07) and as where issues are found.
 */
export const MULTI_PROFESSION_MEETINGS: readonly EventType[] = ['多職種会議（イ）', '地域ケア会議（イ）'];
export const TRAINING_TYPES: readonly EventType[] = ['多職種研修（カ）', '職種別研修（カ）'];
/** Events for residents: held on Saturdays and Sundays on purpose, so no weekend warning. */
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
