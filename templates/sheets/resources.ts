/**
 * 資源リスト (D-01…D-03, D-07, D-21): every item of 表1 in seed 000, the 在宅療養 notifications
 * that the structure indicators count, consent for publication and the last-verified date.
 * Version 3 adds what seed 002 (第8次医療計画) asks a town to know: the pharmacy capabilities that
 * matter at home, 訪問栄養食事指導 / 訪問口腔衛生指導, and the plan's two roles.
 */
import { defineSheet } from '../spec/types';
import { CARE_SERVICE_ALIASES, CARE_SERVICES, DISCLOSURE, RESOURCE_CATEGORIES, RESOURCE_CATEGORY_ALIASES, RESOURCE_SOURCES } from './vocabulary';

const flag = <K extends string>(key: K, header: string, label: string, group: string, hint: string, extra: { aliases?: readonly string[]; since?: number } = {}) =>
  ({ key, header, label, type: 'boolean', width: 8, group, hint: `${hint}（○/×）`, ...extra }) as const;

export const resourcesSheet = defineSheet({
  kind: 'table',
  id: 'resources',
  name: '資源リスト',
  nameEn: 'Resources',
  aliases: ['医療・介護資源リスト', '資源一覧'],
  version: 3,
  description: '地域の医療機関・薬局・訪問看護・介護事業所の一覧（関係者向け／住民向けの元データ）',
  idColumn: 'id',
  requirements: ['D-01', 'D-02', 'D-03', 'D-07', 'D-21'],
  columns: [
    { key: 'id', header: '資源ID', label: 'Resource id', type: 'id', required: true, width: 10, hint: '例: R001（重複不可）', publicField: false },
    { key: 'category', header: '種別', label: 'Category', type: 'enum', values: RESOURCE_CATEGORIES, required: true, width: 18, hint: '一覧から選択（介護サービス情報公表システムのサービス名）', aliases: ['区分', '施設種別'], valueAliases: RESOURCE_CATEGORY_ALIASES, publicField: true },
    { key: 'name', header: '名称', label: 'Name', type: 'text', required: true, width: 28, group: '基礎情報', hint: '医療機関名・薬局名・事業所名', aliases: ['医療機関名', '事業所名', '施設名'], publicField: true },
    { key: 'officialCode', header: '事業所番号・医療機関コード', label: 'Official code', type: 'text', width: 14, group: '基礎情報', hint: '介護保険事業所番号（10桁）または医療機関コード', aliases: ['事業所番号', '医療機関コード'] },
    { key: 'postalCode', header: '郵便番号', label: 'Postal code', type: 'postal', width: 10, group: '基礎情報', hint: '例: 123-4567', aliases: ['〒'], publicField: true },
    { key: 'address', header: '住所', label: 'Address', type: 'text', required: true, width: 36, group: '基礎情報', hint: '所在地', aliases: ['所在地'], publicField: true },
    { key: 'phone', header: '電話番号', label: 'Phone', type: 'phone', required: true, width: 15, group: '基礎情報', hint: '例: 0123-45-6789', aliases: ['電話', 'TEL'], publicField: true },
    { key: 'fax', header: 'FAX番号', label: 'FAX', type: 'phone', width: 15, group: '基礎情報', hint: '例: 0123-45-6790', aliases: ['FAX', 'ＦＡＸ番号'] },
    { key: 'email', header: 'メールアドレス', label: 'E-mail', type: 'email', width: 26, group: '基礎情報', hint: '連携用の代表アドレス', aliases: ['メール'] },
    { key: 'hours', header: '診療日・営業日・時間', label: 'Days and hours', type: 'text', width: 24, group: '基礎情報', hint: '例: 月〜金 9:00-18:00（診療日・診療時間／営業日・営業時間／サービス提供日・時間）', aliases: ['診療日・診療時間', '営業日・営業時間', 'サービス提供日・時間'], publicField: true },
    { key: 'closedDays', header: '定休日', label: 'Closed days', type: 'text', width: 14, group: '基礎情報', hint: '例: 土日祝', aliases: ['休診日'], publicField: true },
    { key: 'departments', header: '診療科', label: 'Departments', type: 'text', width: 20, group: '基礎情報', hint: '例: 内科、外科', publicField: true },
    flag('homeVisitCare', '在宅患者訪問診療', 'Home-visit medical care', '訪問診療等の対応', '定期的な訪問診療を行う', { aliases: ['訪問診療'] }),
    flag('oncall', '往診', 'On-call house calls', '訪問診療等の対応', '求めに応じて往診する'),
    flag('dentalHomeVisit', '歯科訪問診療', 'Dental home visits', '訪問診療等の対応', '歯科訪問診療を行う'),
    flag('pharmacyHomeVisit', '訪問薬剤管理指導', 'Home pharmacy management', '訪問診療等の対応', '訪問薬剤管理指導を行う', { aliases: ['訪問薬剤指導'] }),
    flag('afterHours', '時間外対応', 'After-hours response', '訪問診療等の対応', '時間外・夜間の対応'),
    flag('terminalCare', '在宅ターミナルケア', 'Home terminal care', '対応可能な診療内容', '在宅ターミナルケアの対応'),
    flag('tpn', '中心静脈栄養', 'Central venous nutrition', '対応可能な診療内容', '中心静脈栄養の管理'),
    flag('tubeFeeding', '経管栄養', 'Tube feeding', '対応可能な診療内容', '経管栄養の管理'),
    flag('tracheostomy', '気管切開部の処置', 'Tracheostomy care', '対応可能な診療内容', '気管切開部の処置'),
    flag('painManagement', '疼痛の管理', 'Pain management', '対応可能な診療内容', '疼痛の管理（緩和ケア）'),
    flag('ventilator', '人工呼吸器', 'Ventilator', '対応可能な診療内容', 'レスピレーター（人工呼吸器）等の管理', { aliases: ['レスピレーター'] }),
    flag('narcotics', '麻薬調剤', 'Narcotics dispensing', '薬局の在宅対応', '薬局: 麻薬小売業者の免許があり医療用麻薬を調剤できる', { aliases: ['麻薬小売業者免許', '麻薬'], since: 3 }),
    flag('sterileCompounding', '無菌調剤', 'Sterile compounding', '薬局の在宅対応', '薬局: 無菌製剤処理（中心静脈栄養・注射薬）ができる（共同利用を含む）', { aliases: ['無菌製剤処理', 'クリーンベンチ'], since: 3 }),
    flag('pediatricHome', '小児在宅', 'Paediatric home care', '薬局の在宅対応', '小児の在宅患者への訪問（薬局は小児への訪問薬剤管理指導）', { aliases: ['小児在宅対応', '小児の訪問薬剤管理指導'], since: 3 }),
    flag('nutritionVisit', '訪問栄養食事指導', 'Home nutrition guidance', '訪問診療等の対応', '管理栄養士が訪問して栄養食事指導を行う（居宅療養管理指導を含む）', { aliases: ['訪問栄養指導'], since: 3 }),
    flag('oralHygieneVisit', '訪問口腔衛生指導', 'Home oral hygiene guidance', '訪問診療等の対応', '歯科衛生士が訪問して口腔衛生指導を行う（訪問歯科衛生指導・居宅療養管理指導）', { aliases: ['訪問歯科衛生指導'], since: 3 }),
    flag('nursingEmergency', '緊急時訪問体制', 'Emergency visits (nursing)', '訪問看護の体制', '訪問看護: 緊急時の訪問体制（緊急時訪問看護加算の届出）'),
    flag('nursingTerminal', '看取り体制', 'End-of-life care (nursing)', '訪問看護の体制', '訪問看護: 看取りの対応（ターミナルケア体制の届出）'),
    flag('nursingSpecial', '特別管理体制', 'Special management (nursing)', '訪問看護の体制', '訪問看護: 気管切開患者等への対応（特別管理体制の届出）'),
    { key: 'careServices', header: '提供する介護サービス', label: 'Care services', type: 'multiEnum', values: CARE_SERVICES, width: 24, group: '提供する介護等', hint: '複数は「、」区切り 例: 訪問介護、通所介護', aliases: ['介護サービス'], valueAliases: CARE_SERVICE_ALIASES, publicField: true },
    flag('supportClinic', '在宅療養支援診療所', 'Home-care support clinic', '届出・体制', '在宅療養支援診療所の届出', { aliases: ['在支診'] }),
    flag('supportHospital', '在宅療養支援病院', 'Home-care support hospital', '届出・体制', '在宅療養支援病院の届出', { aliases: ['在支病'] }),
    flag('supportDental', '在宅療養支援歯科診療所', 'Home-care support dental clinic', '届出・体制', '在宅療養支援歯科診療所の届出', { aliases: ['在支歯診'] }),
    flag('backupHospital', '在宅療養後方支援病院', 'Home-care backup hospital', '届出・体制', '在宅療養後方支援病院の届出'),
    flag('support24h', '24時間対応', '24-hour response', '届出・体制', '24時間の連絡・対応体制（訪問看護は24時間体制、薬局は開局時間外も調剤・相談に応じる体制）', { aliases: ['24時間体制'] }),
    flag('dischargeStaff', '退院支援担当者配置', 'Discharge support staff', '届出・体制', '退院支援担当者を配置している'),
    flag('homeDeath', '看取り対応', 'Home death care', '届出・体制', '在宅看取りを実施している'),
    flag('activeRole', '在宅医療において積極的役割を担う医療機関', 'Active home-care institution (8th plan)', '第8次医療計画', '都道府県の医療計画に「在宅医療において積極的役割を担う医療機関」として記載されている', { aliases: ['積極的役割を担う医療機関', '積極的医療機関'], since: 3 }),
    flag('coordinationHub', '在宅医療に必要な連携を担う拠点', 'Home-care coordination hub (8th plan)', '第8次医療計画', '都道府県の医療計画に「在宅医療に必要な連携を担う拠点」として記載されている（市町村・医師会なども）', { aliases: ['連携を担う拠点', '連携拠点'], since: 3 }),
    { key: 'homeCareDoctors', header: '在宅医療に参画する医師数', label: 'Doctors in home care', type: 'integer', min: 0, max: 999, width: 10, group: '届出・体制', hint: 'かかりつけ医として在宅医療に参画する医師の人数' },
    { key: 'careManagerTime', header: 'ケアマネタイム', label: 'Care-manager time', type: 'text', width: 20, group: '連携', hint: '医師がケアマネジャーからの連絡を受ける時間 例: 火・木 13:00-14:00', since: 2 },
    { key: 'liaisonName', header: '連携担当者', label: 'Liaison person', type: 'text', width: 14, group: '連携', hint: '連携の窓口となる担当者（部署名でも可）', aliases: ['連携窓口'] },
    { key: 'liaisonPhone', header: '連携担当者電話', label: 'Liaison phone', type: 'phone', width: 15, group: '連携', hint: '担当者の直通番号（事業所の番号と同じなら空欄）' },
    { key: 'usesSharingTool', header: '情報共有ツール利用', label: 'Uses sharing tool', type: 'boolean', width: 10, group: '連携', hint: '地域の情報共有ツール（連携シート・ICT）を使っている（○/×）', since: 2 },
    { key: 'latitude', header: '緯度', label: 'Latitude', type: 'latitude', width: 10, group: '地図', hint: '例: 36.6513（地図作成用・任意）', since: 2 },
    { key: 'longitude', header: '経度', label: 'Longitude', type: 'longitude', width: 10, group: '地図', hint: '例: 138.1810（地図作成用・任意）', since: 2 },
    { key: 'disclosure', header: '公開区分', label: 'Disclosure', type: 'enum', values: DISCLOSURE, required: true, width: 14, group: '同意・更新', hint: '関係者のみ／住民にも公開／非公開', aliases: ['情報提供の可否'] },
    { key: 'consentDate', header: '同意日', label: 'Consent date', type: 'date', width: 12, group: '同意・更新', hint: '情報提供について同意を得た日（住民にも公開する場合は必須）' },
    { key: 'lastVerified', header: '最終確認日', label: 'Last verified', type: 'date', width: 12, group: '同意・更新', hint: '内容を最後に確認した日（12か月を過ぎると注意表示）', aliases: ['更新日', '確認日'] },
    { key: 'source', header: '情報源', label: 'Source', type: 'enum', values: RESOURCE_SOURCES, width: 10, group: '同意・更新', hint: '公表情報／独自調査／その他' },
    { key: 'note', header: '備考', label: 'Note', type: 'text', width: 24, maxLength: 1000, hint: '自由記述', publicField: false },
  ],
});
