/**
 * Golden values of the hand-made fixture town (fixture-town.ts), worked out by hand below and
 * checked against both the TypeScript twin and the formulas evaluated by HyperFormula.
 */
import { computeIndicators, INDICATOR_IDS } from '../../templates/indicators';
import { townToWorkbookValues } from '../../templates/sample';
import { asTsValue, evaluateIndicatorSheet, type Evaluation } from './hf-harness';
import { FIXTURE_TOWN } from './fixture-town';

/* Structure (10 resources; 非公開 R02 counts like the others):
 * S01 在支診・病: R02 (診療所+在支診) + R01 (病院+在支病) = 2; R03 is a 診療所 flagged 在支病 → not counted.
 * S02 訪問診療 among 病院/診療所: R01, R02 = 2 (R03 ×).      S03 往診: R01, R02, R03 = 3.
 * S04 後方支援病院: R01 = 1.   S05 24h 訪看ステーション: R07 = 1 (R02 is a clinic).   S06 訪問看護: R07 = 1.
 * S07 在支歯: R04 = 1.   S08 歯科訪問 (歯科診療所/診療所/病院): R04, R03 = 2.   S09 訪問薬剤 薬局: R05 = 1.
 * S10 退院支援担当: R01 = 1.   S11 在宅看取り: R01, R02 = 2.   S12 居宅介護支援: R08 = 1.
 * S13 老健 0, S14 介護医療院 0, S15 特養 R09 = 1.
 * S16 通所介護: 種別 0 + R09 lists 通所介護 = 1.   S17 訪問介護: R08 lists 訪問介護 = 1.   S18, S19 = 0.
 * S20 薬局 2, S21 包括 1, S22 病院 1, S23 診療所 2, S24 歯科 1, S25 all rows 10.
 * Issue 12 (資源リスト v3): R03 is an 有床診療所 (a 診療所 for S02/S03/S08/S23, flagged 在支病 so still not in S01).
 * S30 有床診療所 R03 = 1.   S31 短期入所生活介護: R09 lists it = 1.   S32 短期入所療養介護 0.
 * S33 小規模多機能 0 — R08 lists 看護小規模多機能型居宅介護, which contains the name but is another service.
 * S34 看多機 R08 = 1.   S35 定期巡回 R07 = 1 (its 定期巡回・随時対応型訪問介護看護 contains 訪問介護: S17 stays 1).
 * S36 地域密着型通所介護 0, S37 訪問入浴 0.   S38 麻薬 R05 R06 = 2, S39 無菌 R05 = 1, S40 小児 0, S41 24h 薬局 R05 = 1
 * (R02's 24時間 is a clinic's).   S42 訪問栄養 any 種別 R01 R03 = 2.   S43 訪問口腔 R04 = 1.
 * S44 積極的役割 among 病院・診療所・歯科: R01 R02 = 2 (R08 is a 居宅 flagged ○ → not counted).   S45 連携の拠点 R01 R10 = 2.
 * Events in FY 2025: E1 E2 (多職種会議), E3 (WG), E4 (多職種研修), E5 (講演会); E6 (2025-03-25) is last year.
 * P01 = 2, P02 = 1, P03 trainings = 1, P04 = 1, P05 = 0, P07 = 2 + 1 = 3, P08 (≥ 4) = 0, P09 (E1 管理者○) = 1.
 * P10 topics: E1 課題抽出, E2 学習・災害対策, E3 課題抽出 → 3 (その他の課題 only at E6).   P11 災害対策 = 1.
 * P15 講演会 = 1, P16 住民参加 = 85, P17 = 0.
 * Attendance (attended ○ at FY events): 医療系 A01 (P1 医師), A04 (看護師), A05 (P3 薬剤師), A08 (P1), A10 (P3) = 5;
 * 介護系 A02 (P2), A07, A09 (介護福祉士), A12 (contact P9 unknown → own 社会福祉士・MSW) = 4; A03 行政; A06 ×; A11 at E6.
 * P12 = 5, P13 = 4, P14 = 5/9 → ROUND(5000/9 = 555.6) / 10 = 55.6.   P06 training participants A09, A10, A12 = 3.
 * Consultations in FY: C01–C12 and C15 = 13 (C13 2026-04-01 and C14 2025-03-31 fall outside). P20 = 13.
 * Months Apr→Mar: C01 C02 | C03 | C04 C05 | – | C06 | C07 | C08 | C15 | C09 | C10 | C11 | C12 → 2,1,2,0,1,1,1,1,1,1,1,1.
 * Sides: 医療系 C01 C04 C06 C11 C15 = 5; 介護系 C02 C03 C05 C07 C09 C12 = 6; 行政 C08 = 1; その他 C10 = 1.
 * Scenes: 日常 C02 C06 C09 = 3; 入退院 C01 C07 C12 = 3; 急変 C04 C15 = 2; 看取り C03 C11 = 2; 共通 C05 C08 C10 = 3.
 * Categories: 退院調整 3, 医療機関 1, 介護サービス 1, 医療的助言 3, 看取りACP 2, 認知症 1, 制度 1, その他 1.
 * P50 days of 完了 with 終了日: 7,1,10,2,21,12,0,10,3 (C06 has none) → sorted 0,1,2,3,7,10,10,12,21 → median 7.
 * P51 対応中: C03 C08 C12 = 3 (C14 is last year).   P52 linked: C01 C03 C05 C07 C10 C12 C15 = 7/13 → 538.46 → 53.8.
 * P55 sharing tool ○: R01 R02 R07 R10 = 4/10 = 40.   P56 利用中: S1 S2 = 2.
 * P57 fresh = 最終確認日 ≥ 2025-03-31: R01 R04 (exactly the cutoff) R06 R07 R08 R09 R10 = 7 → stale 3/10 = 30.
 * Issues: P60 found at FY meetings K1 (E1) K2 (E2) = 2; P61 typed K1 K3 K4 = 3/4 = 75; P62 解決 in FY K1 = 1.
 * Plan: P65 完了 PL2 PL4 = 2/5 = 40; P66 held non-その他 5 / planned イ4 + カ2 + キ1 = 7 → 714.3 → 71.4.
 * Outcomes: O01 29/180 → 161.1 → 16.1; O02 47/180 → 261.1 → 26.1; O03 29; O04 doctors 3+2+1 = 6;
 * O05 3812/10000 → 381.2 → 38.1; O06 2105/10000 → 210.5 → 211 (half away from zero) → 21.1;
 * O07 第1号 認定者 760 / 第1号被保険者 3830 (not 65歳以上人口 3812, which would give 19.9) → 198.4 → 19.8.
 * 入退院支援: P80 33/40 → 825 → 82.5; P81 25/32 → 781.25 → 781 → 78.1; P82 6; P83 3.
 * Registers: visiting services R01 (病院, 訪問診療 ○), R02 (診療所, ○), R07 (訪問看護) = 3 (R03 is ×);
 * S26 BCP 策定済 R01 R07 = 2/3 → 666.7 → 66.7.   S27 急変時 運用中 K1 K2 = 2 (K3 調整中).   S28 運用中 pair F1 = 1.
 * S29 slots by active rows: 平日夜間 K1, 休日日中 K1 K2, 休日夜間 only K3 (調整中) → 2.
 * P67 newest 最終確認日 N2 2026-02-15 → 2026-03-31: 13 + 31 = 44 days (N3 has none).
 * P68 equipment checked ≥ 2025-03-31: B1 (the cutoff) B3 = 2/4 = 50 (B2 a day early, B4 never).
 * P69 registered patients K1 12 + K2 7 = 19 (K3 not active) per 3812 aged 65+ → 190000/3812 = 49.8 → 50 → 5.
 * P18 地域ケア会議 0 and P53 本人・家族/住民 0 here; the town in profession-sides.test.ts has both.
 */
const GOLDEN: Record<string, number | null> = {
  S01: 2, S02: 2, S03: 3, S04: 1, S05: 1, S06: 1, S07: 1, S08: 2, S09: 1, S10: 1, S11: 2, S12: 1, S13: 0, S14: 0, S15: 1,
  S16: 1, S17: 1, S18: 0, S19: 0, S20: 2, S21: 1, S22: 1, S23: 2, S24: 1, S25: 10,
  S30: 1, S31: 1, S32: 0, S33: 0, S34: 1, S35: 1, S36: 0, S37: 0, S38: 2, S39: 1, S40: 0, S41: 1, S42: 2, S43: 1, S44: 2, S45: 2,
  P01: 2, P02: 1, P03: 1, P04: 1, P05: 0, P06: 3, P07: 3, P08: 0, P09: 1, P10: 3, P11: 1, P12: 5, P13: 4, P14: 55.6,
  P15: 1, P16: 85, P17: 0,
  P20: 13, P21: 2, P22: 1, P23: 2, P24: 0, P25: 1, P26: 1, P27: 1, P28: 1, P29: 1, P30: 1, P31: 1, P32: 1,
  P33: 5, P34: 6, P35: 1, P36: 1, P37: 3, P38: 3, P39: 2, P40: 2, P41: 3,
  P42: 3, P43: 1, P44: 1, P45: 3, P46: 2, P47: 1, P48: 1, P49: 1, P50: 7, P51: 3, P52: 53.8,
  P55: 40, P56: 2, P57: 30, P60: 2, P61: 75, P62: 1, P65: 40, P66: 71.4,
  O01: 16.1, O02: 26.1, O03: 29, O04: 6, O05: 38.1, O06: 21.1, O07: 19.8,
  S26: 66.7, S27: 2, S28: 1, S29: 2, P67: 44, P68: 50, P69: 5,
  P18: 0, P53: 0,
  P80: 82.5, P81: 78.1, P82: 6, P83: 3,
};

/* Plan targets (first row per id wins, ids match case-insensitively):
 * P01 target 4 (PL1; PL4's 10 is ignored): 2 < 4 × 0.8 = 3.2 → ×.
 * P06 target 3 (PL2 names it 'p06'): 3 ≥ 3 → ○.
 * P50 target 6, lower is better: 7 > 6 but 7 × 0.8 = 5.6 ≤ 6 → △.
 * O01 target 20: 16.1 < 20 but ≥ 16 → △.
 */
const GOLDEN_PLAN: Record<string, { target: number; achieved: string }> = {
  P01: { target: 4, achieved: '×' },
  P06: { target: 3, achieved: '○' },
  P50: { target: 6, achieved: '△' },
  O01: { target: 20, achieved: '△' },
};

const CTX = { fiscalYear: 2025, today: '2025-12-01' };

describe('fixture town: golden values', () => {
  const ts = computeIndicators(FIXTURE_TOWN.rows, CTX);
  let hf: Evaluation;
  beforeAll(() => {
    hf = evaluateIndicatorSheet(townToWorkbookValues(FIXTURE_TOWN));
  });
  afterAll(() => hf.hf.destroy());

  it('has a golden value for every indicator', () => {
    expect(Object.keys(GOLDEN).sort()).toEqual([...INDICATOR_IDS].sort());
  });

  it.each(INDICATOR_IDS.map((id) => [id]))('%s: TypeScript equals the hand-worked value', (id) => {
    expect(ts.find((r) => r.id === id)?.value).toBe(GOLDEN[id]);
  });

  it.each(INDICATOR_IDS.map((id, i) => [id, i]))('%s: the formula equals the hand-worked value', (id, i) => {
    const got = asTsValue(hf.rows[i as number]?.value);
    const want = GOLDEN[id as string] ?? null;
    if (want === null) expect(got).toBeNull();
    else expect(got).toBeCloseTo(want, 9);
  });

  it('targets and 達成 follow the plan (TS and formula)', () => {
    for (const r of ts) {
      const plan = GOLDEN_PLAN[r.id];
      const row = hf.rows.find((h) => h.id === r.id);
      expect(r.target).toBe(plan?.target ?? null);
      expect(r.achieved).toBe(plan?.achieved ?? '');
      expect(asTsValue(row?.target)).toBe(plan?.target ?? null);
      expect(row?.achieved ?? '').toBe(plan?.achieved ?? '');
    }
  });

  it('gives the same results when blank cells hold empty strings', () => {
    const alt = evaluateIndicatorSheet(townToWorkbookValues(FIXTURE_TOWN), { keepEmptyStrings: true });
    try {
      expect(alt.rows.map((r) => asTsValue(r.value))).toEqual(hf.rows.map((r) => asTsValue(r.value)));
    } finally {
      alt.hf.destroy();
    }
  });
});
