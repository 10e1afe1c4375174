/**
 * Heuristics for D-19: does a free-text cell about a case look like it holds a patient's name or
 * phone number? Tuned to warn, not to block — false positives cost a glance, misses leak data.
 * Hints returned are generic descriptions, never the matched text: findings get logged and shown,
 * and must not copy the name they warn about.
 *
 * Name signals: (1) an honorific (さん 様 さま 氏 くん 君 ちゃん 殿) after a run of 2+ kanji/katakana
 * that is not a role or kinship word (ケアマネさん, 長男さん, 訪看さん, ご家族様 are fine; Ｙさん and
 * Aさん are initials and fine); (2) a label 氏名/患者名/名前 followed by ':' or a name;
 * (3) one of ~100 common surnames followed by a given name (山田 太郎, 山田太郎) or by a particle
 * (山田から電話), unless what follows is an institution or place (佐藤医院, 中村区).
 * Phone signal: a digit run of 10–11 digits starting with 0, with the usual separators.
 */
import { foldHyphens, toHalfWidth } from '../normalize/fold';

export const COMMON_SURNAMES = [
  '佐藤', '鈴木', '高橋', '田中', '伊藤', '渡辺', '渡邉', '山本', '中村', '小林', '加藤', '吉田', '山田', '佐々木',
  '山口', '松本', '井上', '木村', '斎藤', '斉藤', '清水', '山崎', '池田', '橋本', '阿部', '石川', '山下', '中島',
  '石井', '小川', '前田', '岡田', '長谷川', '藤田', '後藤', '近藤', '村上', '遠藤', '青木', '坂本', '福田', '太田',
  '西村', '藤井', '金子', '岡本', '藤原', '三浦', '原田', '中川', '松田', '竹内', '小野', '田村', '中山', '和田',
  '石田', '森田', '上田', '柴田', '酒井', '工藤', '横山', '宮本', '内田', '高木', '安藤', '島田', '谷口', '大野',
  '高田', '丸山', '今井', '河野', '藤本', '村田', '武田', '杉山', '増田', '小山', '大塚', '平野', '菅原', '久保',
  '松井', '岩崎', '桜井', '木下', '野口', '松尾', '菊地', '野村', '新井', '渡部', '佐野', '杉本', '古川', '大西',
  '小島', '吉川', '水野', '市川', '菅野', '服部',
] as const;

const KANJI = '\\u3400-\\u4DBF\\u4E00-\\u9FFF\\u3005';
const KATAKANA = '\\u30A1-\\u30FA\\u30FC';
const HONORIFIC = new RegExp(`([${KANJI}${KATAKANA}]{2,})(?:さん|さま|様(?![子式相々態])|氏(?!名)|くん|君|ちゃん|殿)`, 'g');
const LABEL = new RegExp(`(?:氏名|患者名|利用者名|本人名|名前|フルネーム)\\s*(?:[:：]|[${KANJI}${KATAKANA}])`);
const SURNAMES = COMMON_SURNAMES.join('|');
/** Characters that start an institution or place word right after a surname (佐藤医院, 中村区). */
const NOT_GIVEN_NAME = '医病内外歯眼薬整皮町市区村郡県駅地通店商会荘苑園館院科所台線川橋課部係主長先氏様君殿看保介訪';
const SURNAME_WITH_GIVEN = new RegExp(
  `(?<![${KANJI}])(?:${SURNAMES})(?:[ \\u3000]+[${KANJI}]{1,3}|(?![${NOT_GIVEN_NAME}])[${KANJI}]{1,2})(?![${KANJI}${KATAKANA}])`,
);
const SURNAME_WITH_PARTICLE = new RegExp(`(?<![${KANJI}${KATAKANA}])(?:${SURNAMES})(?=[がはをにへもや、。,.]|から|より|と[はの]|$)`);
const SURNAME_START = new RegExp(`^(?:${SURNAMES})`);
const KANJI_ONLY_NAME = new RegExp(`^[${KANJI}]{2,4}$`);

/** Runs that end with these are roles, professions or institutions, not people's names. */
const ROLE_SUFFIXES = [
  '患者', '利用者', '本人', '家族', '先生', '医師', '主治医', '医', '看護師', '薬剤師', '保健師', '栄養士', '衛生士',
  '相談員', '支援員', '職員', '担当', '担当者', '関係者', 'ケアマネ', 'ケアマネジャー', 'ケアマネージャー', 'マネジャー',
  'マネージャー', 'ヘルパー', 'ナース', 'ドクター', 'スタッフ', 'ワーカー', 'セラピスト', 'リハ', '病院', '医院', 'クリニック',
  '薬局', '包括', 'センター', '事業所', 'ステーション', '訪看', '訪問看護', '施設', '役場', '役所', '医師会', '管理者',
  '民生委員', '委員', '大家', '業者', '各位', '相手', '皆', '者', '後見人', '管理人', '友人', '知人', '代理人', '保証人',
  'キーパーソン', 'パートナー',
];
/** Whole runs that are kinship or household words. */
const ROLE_WORDS = new Set([
  '長男', '次男', '三男', '長女', '次女', '三女', '息子', '主人', '奥様', '母親', '父親', '祖母', '祖父', '義母', '義父',
  '親族', '親戚', '兄弟', '姉妹', '夫婦', '娘婿', '兄嫁', 'お嫁', '旦那', '家内', '同居', '隣人', '近所',
]);

function isRoleRun(run: string): boolean {
  if (ROLE_WORDS.has(run)) return true;
  for (const suffix of ROLE_SUFFIXES) if (run.endsWith(suffix)) return true;
  return false;
}

/** Words whose presence makes a name pattern possible: honorifics, 名 (labels), listed surnames. */
const TRIGGER_WORDS = ['さん', 'さま', '様', '氏', 'くん', '君', 'ちゃん', '殿', '名', ...COMMON_SURNAMES];
/** Flags of UTF-16 units that start a trigger word, and the words per unit. */
const TRIGGER_UNITS = new Uint8Array(65536);
const TRIGGERS_BY_UNIT = new Map<number, string[]>();
for (const word of TRIGGER_WORDS) {
  const unit = word.charCodeAt(0);
  TRIGGER_UNITS[unit] = 1;
  TRIGGERS_BY_UNIT.set(unit, [...(TRIGGERS_BY_UNIT.get(unit) ?? []), word]);
}

/**
 * Quick pre-check in one pass without regex: a text holding none of the trigger words cannot
 * match any name pattern. Most case notes take only this path.
 */
function mayContainName(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (TRIGGER_UNITS[unit] === 0) continue;
    for (const word of TRIGGERS_BY_UNIT.get(unit) as string[]) if (text.startsWith(word, i)) return true;
  }
  return false;
}

/**
 * Why a text looks like it contains a personal name, or null.
 * @example personalNameHint('山田太郎さんの退院調整') // 'さん・様などの敬称が付いた呼び名'
 * @example personalNameHint('Ｙさんの退院調整') // null
 */
export function personalNameHint(text: string): string | null {
  if (!mayContainName(text)) return null;
  HONORIFIC.lastIndex = 0;
  for (let m = HONORIFIC.exec(text); m !== null; m = HONORIFIC.exec(text)) {
    if (!isRoleRun(m[1] as string)) return 'さん・様などの敬称が付いた呼び名';
  }
  if (LABEL.test(text)) return '「氏名」などの見出しに続く記載';
  if (SURNAME_WITH_GIVEN.test(text) || SURNAME_WITH_PARTICLE.test(text)) return 'よくある姓と名前の組み合わせ';
  return null;
}

/**
 * True when a case id looks like a name rather than an anonymous code.
 * @example caseIdLooksLikeName('2025-017') // false
 * @example caseIdLooksLikeName('山田') // true
 */
export function caseIdLooksLikeName(caseId: string): boolean {
  const s = caseId.trim();
  return personalNameHint(s) !== null || SURNAME_START.test(s) || KANJI_ONLY_NAME.test(s);
}

const PHONE_RUN = /(?<![\d-])0[\d\-() ]{8,16}\d(?!\d)/g;

/**
 * True when the text contains something shaped like a Japanese phone number.
 * @example containsPhoneNumber('娘さん 090-1234-5678 に連絡') // true
 */
export function containsPhoneNumber(text: string): boolean {
  if (!/[0０]/.test(text)) return false;
  const s = foldHyphens(toHalfWidth(text));
  PHONE_RUN.lastIndex = 0;
  for (let m = PHONE_RUN.exec(s); m !== null; m = PHONE_RUN.exec(s)) {
    const digits = m[0].replace(/\D/g, '').length;
    if (digits === 10 || digits === 11) return true;
  }
  return false;
}
