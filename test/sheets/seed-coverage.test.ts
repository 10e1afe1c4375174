/**
 * Every item of 表1 (resources to record) and 表3 (information to share) in seed 000 has a home:
 * a 資源リスト column or a field of the printable 情報共有シート. The item list is kept here as
 * data — each item's seed wording mapped to keys — and, when the seeds are present beside the
 * repository (../shared/seeds), each wording is checked against the seed text itself.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { resourcesSheet } from '../../templates/sheets/resources';
import { sharingFormSpec } from '../../templates/sheets/sharing';
import type { ColumnSpec } from '../../templates/spec/types';

interface SeedItem {
  /** 表1 section heading and group, e.g. '在宅医療 <訪問診療等の対応>'. */
  readonly section: string;
  /** The item as the seed words it (short phrase). */
  readonly phrase: string;
  /** 資源リスト column keys (表1) or 情報共有シート field keys (表3). */
  readonly keys: readonly string[];
}

/** 表1 地域の医療・介護の資源の把握事項 → 資源リスト columns. */
const TABLE1: readonly SeedItem[] = [
  { section: '在宅医療 <基礎情報>', phrase: '医療機関名', keys: ['name'] },
  { section: '在宅医療 <基礎情報>', phrase: '薬局名', keys: ['name'] },
  { section: '在宅医療 <基礎情報>', phrase: '住所', keys: ['address', 'postalCode'] },
  { section: '在宅医療 <基礎情報>', phrase: '電話番号', keys: ['phone'] },
  { section: '在宅医療 <基礎情報>', phrase: 'ＦＡＸ番号', keys: ['fax'] },
  { section: '在宅医療 <基礎情報>', phrase: '診療日・診療時間', keys: ['hours'] },
  { section: '在宅医療 <基礎情報>', phrase: '営業日・営業時間', keys: ['hours'] },
  { section: '在宅医療 <基礎情報>', phrase: '診療科', keys: ['departments'] },
  { section: '在宅医療 <訪問診療等の対応>', phrase: '在宅患者訪問診療', keys: ['homeVisitCare'] },
  { section: '在宅医療 <訪問診療等の対応>', phrase: '往診', keys: ['oncall'] },
  { section: '在宅医療 <訪問診療等の対応>', phrase: '歯科訪問診療', keys: ['dentalHomeVisit'] },
  { section: '在宅医療 <訪問診療等の対応>', phrase: '訪問薬剤管理指導', keys: ['pharmacyHomeVisit'] },
  { section: '在宅医療 <訪問診療等の対応>', phrase: '時間外における対応', keys: ['afterHours'] },
  { section: '在宅医療 <対応可能な診療内容>', phrase: '在宅ターミナルケアの対応', keys: ['terminalCare'] },
  { section: '在宅医療 <対応可能な診療内容>', phrase: '中心静脈栄養', keys: ['tpn'] },
  { section: '在宅医療 <対応可能な診療内容>', phrase: '経管栄養', keys: ['tubeFeeding'] },
  { section: '在宅医療 <対応可能な診療内容>', phrase: '気管切開部の処置', keys: ['tracheostomy'] },
  { section: '在宅医療 <対応可能な診療内容>', phrase: '疼痛の管理', keys: ['painManagement'] },
  { section: '在宅医療 <対応可能な診療内容>', phrase: 'レスピレーター(人工呼吸器）', keys: ['ventilator'] },
  { section: '訪問看護 <基礎情報>', phrase: '事業所名', keys: ['name'] },
  { section: '訪問看護 <基礎情報>', phrase: 'サービス提供日・時間・定休日', keys: ['hours', 'closedDays'] },
  { section: '訪問看護 <体制等>', phrase: '緊急時の訪問体制の有無', keys: ['nursingEmergency'] },
  { section: '訪問看護 <体制等>', phrase: '緊急時訪問看護加算の届出', keys: ['nursingEmergency'] },
  { section: '訪問看護 <体制等>', phrase: '看取りの対応の有無', keys: ['nursingTerminal'] },
  { section: '訪問看護 <体制等>', phrase: 'ターミナルケア体制の届出', keys: ['nursingTerminal'] },
  { section: '訪問看護 <体制等>', phrase: '気管切開患者等への対応の有無', keys: ['nursingSpecial'] },
  { section: '訪問看護 <体制等>', phrase: '特別管理体制の届出', keys: ['nursingSpecial'] },
  { section: '介護 <基礎情報>', phrase: '事業所名', keys: ['name'] },
  { section: '介護 <基礎情報>', phrase: '住所', keys: ['address'] },
  { section: '介護 <基礎情報>', phrase: '電話番号', keys: ['phone'] },
  { section: '介護 <基礎情報>', phrase: 'ＦＡＸ番号', keys: ['fax'] },
  { section: '介護 <基礎情報>', phrase: 'サービス提供日・時間・定休日', keys: ['hours', 'closedDays'] },
  { section: '介護 <提供する介護等>', phrase: '提供する介護等', keys: ['careServices'] },
  // 表1 の留意事項: keep it current, ask consent about giving the information out.
  { section: '表1 留意事項', phrase: '定期的に最新の情報に更新する', keys: ['lastVerified'] },
  { section: '表1 留意事項', phrase: '情報提供の可否', keys: ['disclosure', 'consentDate'] },
];

/** 表3 医療・介護関係者間で共有すべき情報の例 → 情報共有シート fields. */
const TABLE3: readonly SeedItem[] = [
  { section: '表3', phrase: '主治医や担当の介護支援専門員に関する情報（氏名・連絡先）', keys: ['doctor', 'careManager'] },
  { section: '表3', phrase: '今後の療養についての希望', keys: ['wishes'] },
  { section: '表3', phrase: '状況や体調の変化、服薬状況', keys: ['condition'] },
  { section: '表3', phrase: '食事摂取状況、排泄状況等の ADL', keys: ['adl'] },
  { section: '表3', phrase: '家屋の状況', keys: ['housing'] },
  { section: '表3', phrase: '家族による介護の対応可能性', keys: ['familyCare'] },
  { section: '表3', phrase: '疾病、使用薬剤等に関する情報', keys: ['diseases'] },
  { section: '表3', phrase: '病状の説明内容と受け止め方', keys: ['explanation'] },
  { section: '表3', phrase: '予測される体調の変化及び対応方法', keys: ['expectedChanges'] },
  { section: '表3', phrase: '急変時に対応する医療機関', keys: ['emergencyInstitution'] },
  { section: '表3', phrase: '急変時の医療処置等に関する希望', keys: ['emergencyWishes'] },
  { section: '表3', phrase: '在宅療養における注意点', keys: ['homeCareCautions'] },
  { section: '表3', phrase: '在宅生活支援や介護の際の留意点', keys: ['careWorkCautions'] },
];

/** Full-width → half-width (NFKC) and no whitespace at all: the seed text wraps lines mid-word. */
function normalize(text: string): string {
  return text.normalize('NFKC').replace(/[\s\u3000]+/g, '');
}

const resourceColumns = resourcesSheet.columns as readonly ColumnSpec[];
const resourceKeys = new Set<string>(resourceColumns.map((c) => c.key));
const formFields = sharingFormSpec.sections.flatMap((s) => s.fields);
const formKeys = new Set(formFields.map((f) => f.key));

describe('表1 → 資源リスト', () => {
  it.each(TABLE1.map((i) => [i.section, i.phrase, i.keys] as const))('%s 「%s」 → %j', (_section, _phrase, keys) => {
    for (const k of keys) expect({ key: k, exists: resourceKeys.has(k) }).toEqual({ key: k, exists: true });
  });

  it('covers every group heading of 表1 as a column group', () => {
    const groups = new Set(resourceColumns.map((c) => c.group));
    for (const g of ['基礎情報', '訪問診療等の対応', '対応可能な診療内容', '訪問看護の体制', '提供する介護等']) expect(groups).toContain(g);
  });
});

describe('表3 → 情報共有シート', () => {
  it.each(TABLE3.map((i) => [i.phrase, i.keys] as const))('「%s」 → %j', (_phrase, keys) => {
    for (const k of keys) expect({ key: k, exists: formKeys.has(k) }).toEqual({ key: k, exists: true });
  });

  it('leaves no form field without a 表3 item', () => {
    const mapped = new Set(TABLE3.flatMap((i) => i.keys));
    for (const f of formFields) expect({ field: f.key, mapped: mapped.has(f.key) }).toEqual({ field: f.key, mapped: true });
  });
});

const SEEDS = resolve(__dirname, '../../../shared/seeds');

if (!existsSync(SEEDS)) {
  describe('seed wording (seed 000)', () => {
    it('is skipped: no ../shared/seeds beside the repository', () => {
      console.log(`seed-coverage: ${SEEDS} not found — skipping the check of each phrase against seed 000 (the key mapping above still ran).`);
      expect(existsSync(SEEDS)).toBe(false);
    });
  });
} else {
  describe('seed wording (seed 000)', () => {
    const seed000 = readdirSync(SEEDS).find((f) => f.startsWith('000'));
    const text = seed000 === undefined ? '' : normalize(readFileSync(join(SEEDS, seed000), 'utf8'));

    it('finds seed 000 in the seeds folder', () => {
      expect(seed000).toBeDefined();
      expect(text.length).toBeGreaterThan(10000);
    });

    it.each([...TABLE1, ...TABLE3].map((i) => [i.section, i.phrase] as const))('%s 「%s」 occurs in the seed', (_section, phrase) => {
      expect({ phrase, found: text.includes(normalize(phrase)) }).toEqual({ phrase, found: true });
    });

    it('the form fields quote their 表3 source as the seed words it', () => {
      for (const f of formFields) {
        if (f.source === undefined) continue;
        expect({ field: f.key, found: text.includes(normalize(f.source)) }).toEqual({ field: f.key, found: true });
      }
    });

    it('would notice a phrase that is not in the seed (the check can fail)', () => {
      expect(text.includes(normalize('在宅医療に関する架空の項目'))).toBe(false);
    });
  });
}
