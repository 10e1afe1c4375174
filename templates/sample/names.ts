/**
 * Word lists for fictional towns, people and organisations. Names are built from common surname
 * and given-name parts, so any match with a real person or place is accidental; e-mail domains are
 * the reserved example.jp / example.com only.
 */

/** A prefecture the fictional towns may lie in: number (JIS), an inland point, postal prefix digits. */
export interface PrefectureInfo {
  readonly name: string;
  readonly number: number;
  readonly lat: number;
  readonly lng: number;
  /** First two digits of postal codes in the prefecture. */
  readonly postal2: string;
}

export const PREFECTURES: readonly PrefectureInfo[] = [
  { name: '岩手県', number: 3, lat: 39.7, lng: 141.15, postal2: '02' },
  { name: '秋田県', number: 5, lat: 39.72, lng: 140.1, postal2: '01' },
  { name: '山形県', number: 6, lat: 38.24, lng: 140.33, postal2: '99' },
  { name: '福島県', number: 7, lat: 37.4, lng: 140.38, postal2: '96' },
  { name: '栃木県', number: 9, lat: 36.57, lng: 139.88, postal2: '32' },
  { name: '群馬県', number: 10, lat: 36.39, lng: 139.06, postal2: '37' },
  { name: '新潟県', number: 15, lat: 37.45, lng: 138.85, postal2: '94' },
  { name: '長野県', number: 20, lat: 36.23, lng: 138.1, postal2: '38' },
  { name: '岐阜県', number: 21, lat: 35.6, lng: 137.0, postal2: '50' },
  { name: '兵庫県', number: 28, lat: 35.0, lng: 134.8, postal2: '67' },
  { name: '岡山県', number: 33, lat: 34.8, lng: 133.8, postal2: '71' },
  { name: '愛媛県', number: 38, lat: 33.8, lng: 132.8, postal2: '79' },
  { name: '熊本県', number: 43, lat: 32.8, lng: 130.75, postal2: '86' },
  { name: '大分県', number: 44, lat: 33.2, lng: 131.4, postal2: '87' },
  { name: '鹿児島県', number: 46, lat: 31.8, lng: 130.6, postal2: '89' },
];

/** Stems of fictional town names (町 or 村 is appended). */
export const TOWN_STEMS = [
  'みどり', '桜川', '青葉', '若葉野', 'ひかり野', '風見', '星ヶ丘', 'すずらん', 'こもれび', '月見野',
  '白鷺', '朝霧', '夕陽ヶ丘', '花咲', '山吹', '蛍沢', '藤野原', '梅ヶ谷', '菜の花', '緑川',
  '雲雀野', 'せせらぎ', '虹ヶ原', '翠山',
] as const;
export const TOWN_SUFFIXES = ['町', '村'] as const;
/** Prefixes that keep names distinct when many towns are generated. */
export const TOWN_NAME_PREFIXES = ['', '東', '西', '南', '北', '新'] as const;

/** [kanji, kana, romaji] of common surnames. */
export const SURNAMES: readonly (readonly [string, string, string])[] = [
  ['佐藤', 'さとう', 'sato'], ['鈴木', 'すずき', 'suzuki'], ['高橋', 'たかはし', 'takahashi'], ['田中', 'たなか', 'tanaka'],
  ['伊藤', 'いとう', 'ito'], ['渡辺', 'わたなべ', 'watanabe'], ['山本', 'やまもと', 'yamamoto'], ['中村', 'なかむら', 'nakamura'],
  ['小林', 'こばやし', 'kobayashi'], ['加藤', 'かとう', 'kato'], ['吉田', 'よしだ', 'yoshida'], ['山田', 'やまだ', 'yamada'],
  ['佐々木', 'ささき', 'sasaki'], ['山口', 'やまぐち', 'yamaguchi'], ['松本', 'まつもと', 'matsumoto'], ['井上', 'いのうえ', 'inoue'],
  ['木村', 'きむら', 'kimura'], ['林', 'はやし', 'hayashi'], ['斎藤', 'さいとう', 'saito'], ['清水', 'しみず', 'shimizu'],
  ['山崎', 'やまざき', 'yamazaki'], ['森', 'もり', 'mori'], ['池田', 'いけだ', 'ikeda'], ['橋本', 'はしもと', 'hashimoto'],
  ['阿部', 'あべ', 'abe'], ['石川', 'いしかわ', 'ishikawa'], ['山下', 'やました', 'yamashita'], ['中島', 'なかじま', 'nakajima'],
  ['石井', 'いしい', 'ishii'], ['小川', 'おがわ', 'ogawa'], ['前田', 'まえだ', 'maeda'], ['岡田', 'おかだ', 'okada'],
  ['長谷川', 'はせがわ', 'hasegawa'], ['藤田', 'ふじた', 'fujita'], ['後藤', 'ごとう', 'goto'], ['近藤', 'こんどう', 'kondo'],
  ['村上', 'むらかみ', 'murakami'], ['遠藤', 'えんどう', 'endo'], ['青木', 'あおき', 'aoki'], ['坂本', 'さかもと', 'sakamoto'],
];

/** [kanji, kana] of given names. */
export const GIVEN_NAMES: readonly (readonly [string, string])[] = [
  ['健一', 'けんいち'], ['誠', 'まこと'], ['大輔', 'だいすけ'], ['直樹', 'なおき'], ['浩二', 'こうじ'], ['修', 'おさむ'],
  ['拓也', 'たくや'], ['翔太', 'しょうた'], ['隆', 'たかし'], ['亮', 'りょう'], ['和也', 'かずや'], ['智之', 'ともゆき'],
  ['恵子', 'けいこ'], ['由美', 'ゆみ'], ['陽子', 'ようこ'], ['真由美', 'まゆみ'], ['美香', 'みか'], ['裕子', 'ゆうこ'],
  ['明美', 'あけみ'], ['直子', 'なおこ'], ['愛', 'あい'], ['彩', 'あや'], ['舞', 'まい'], ['香織', 'かおり'],
  ['千春', 'ちはる'], ['さゆり', 'さゆり'], ['理恵', 'りえ'], ['智子', 'ともこ'], ['久美子', 'くみこ'], ['悠', 'はるか'],
];

/** Stems of fictional facility names. */
export const FACILITY_STEMS = [
  'みどり', 'さくら', 'あおば', 'ひまわり', 'かえで', 'つばさ', 'あさひ', 'わかば', 'そよかぜ', 'ひだまり',
  'なみき', 'こもれび', 'すずらん', 'やまびこ', 'ほほえみ', 'はなみずき', '陽光', '清流', '青空', '緑風',
  '春風', '若草', '白樺', '桜木', '松風', '星空', '虹の丘', 'せせらぎ', 'ふれあい', 'やすらぎ',
] as const;

/** Fictional district names (大字・町名) used in addresses. */
export const DISTRICTS = [
  '本町', '中央', '栄町', '新町', '元町', '旭町', '緑町', '東町', '西町', '南町', '北町', '桜台',
  '若葉台', '青葉台', '川端', '宮前', '上野原', '下河原', '大沢', '小松原', '竹ノ内', '柳原',
] as const;

export const MEDICAL_DEPARTMENTS = [
  '内科', '外科', '整形外科', '小児科', '皮膚科', '眼科', '耳鼻咽喉科', '消化器内科', '循環器内科',
  '呼吸器内科', '泌尿器科', '精神科', 'リハビリテーション科', '脳神経外科',
] as const;

/** Fictional names of the region's own sharing tools. */
export const SHARING_TOOLS = ['連携シート（紙）', '在宅連携ネット（ICT）', '入退院連携ノート'] as const;

/** Reserved e-mail domains (RFC 2606 / JPRS reserved names) — the only ones the sample uses. */
export const SAMPLE_EMAIL_DOMAINS = ['example.jp', 'example.com'] as const;
