/**
 * Sample 資源リスト against national ratios per 1,000 residents aged 65+ (templates/sample/README.md
 * 「資源」): pooled over many towns the counts sit near the ratios, 介護医療院 is in some towns only,
 * and each care office lists the service its category names.
 */
import { generateTowns } from '../../templates/sample';
import { categoryCounts, elderlyForResources, RESOURCES_PER_1000_ELDERLY } from '../../templates/sample/gen-resources';
import { Rng } from '../../templates/sample/prng';
import type { ResourceRow } from '../../templates/sheets/rows';
import { CARE_SERVICES, CLINIC_CATEGORIES, RESOURCE_CATEGORIES } from '../../templates/sheets/vocabulary';
import { mediumTown } from '../fixtures/sample-towns';

const towns = generateTowns(40, 300);
const resources: ResourceRow[] = towns.flatMap((t) => t.rows.resources);
const elderly = towns.reduce((sum, t) => sum + (t.rows.statistics?.population65 ?? 0), 0);
const per1000 = (rows: readonly ResourceRow[]): number => (rows.length * 1000) / elderly;
const ofCategory = (...cats: readonly string[]) => resources.filter((r) => cats.includes(r.category));

describe('counts per 1,000 residents aged 65+ (40 small towns pooled)', () => {
  it('gives every town the 65+ population its resources stand for (±10 %)', () => {
    for (const t of towns) {
      const want = elderlyForResources(t.rows.resources.length);
      const got = t.rows.statistics?.population65 ?? 0;
      expect(Math.abs(got - want) / want).toBeLessThanOrEqual(0.1);
    }
  });

  it.each([
    ['訪問看護ステーション', ['訪問看護ステーション']],
    ['病院', ['病院']],
    ['一般診療所（有床＋無床）', CLINIC_CATEGORIES],
    ['居宅介護支援事業所', ['居宅介護支援事業所']],
    ['薬局', ['薬局']],
  ] as const)('%s within ±30 %% of the national ratio', (_label, cats) => {
    const want = cats.reduce((sum, c) => sum + RESOURCES_PER_1000_ELDERLY[c], 0);
    const got = per1000(ofCategory(...cats));
    expect({ got, low: got >= want * 0.7, high: got <= want * 1.3 }).toEqual({ got, low: true, high: true });
  });

  it('has about one clinic in seven as 在宅療養支援診療所 (national about 14 %)', () => {
    const clinics = ofCategory(...CLINIC_CATEGORIES);
    const share = clinics.filter((r) => r.supportClinic === true).length / clinics.length;
    expect(share).toBeGreaterThan(0.08);
    expect(share).toBeLessThan(0.22);
  });

  it('gives every town its 在宅医療・介護連携支援センター as a 連携を担う拠点 (seed 002: at least one per 圏域)', () => {
    for (const t of towns) expect(t.rows.resources.filter((r) => r.coordinationHub === true).length).toBeGreaterThan(0);
    expect(new Set(towns.map((t) => t.rows.settings?.homeCareArea))).toEqual(new Set(['北部圏域', '中部圏域', '南部圏域']));
  });

  it('has 介護医療院 in some towns and not in others', () => {
    const withOne = towns.filter((t) => t.rows.resources.some((r) => r.category === '介護医療院')).length;
    expect(withOne).toBeGreaterThan(0);
    expect(withOne).toBeLessThan(towns.length / 2);
  });
});

describe('category counts', () => {
  it('add up to the size asked for, at any size', () => {
    for (const n of [10, 60, 400, 5000]) {
      const counts = categoryCounts(new Rng(n), n);
      expect([...counts.values()].reduce((a, b) => a + b, 0)).toBe(n);
      for (const c of counts.keys()) expect(RESOURCE_CATEGORIES).toContain(c);
    }
  });

  it('follow the ratios in a medium town (400 resources): 訪問看護 and 病院 within ±20 %', () => {
    const t = mediumTown();
    const e = (t.rows.statistics?.population65 ?? 0) / 1000;
    for (const c of ['訪問看護ステーション', '病院'] as const) {
      const got = t.rows.resources.filter((r) => r.category === c).length / e;
      expect(got / RESOURCES_PER_1000_ELDERLY[c]).toBeGreaterThan(0.8);
      expect(got / RESOURCES_PER_1000_ELDERLY[c]).toBeLessThan(1.2);
    }
  });
});

describe('care services fit the category', () => {
  it('lists the service a care office is named for (no 通所介護 row that runs only 小規模多機能)', () => {
    const services = CARE_SERVICES as readonly string[];
    for (const r of resources) {
      if (!services.includes(r.category) || r.category === 'その他') continue;
      expect({ id: r.id, category: r.category, lists: r.careServices?.includes(r.category as never) ?? false }).toEqual({ id: r.id, category: r.category, lists: true });
    }
    const dayCare = resources.filter((r) => r.category === '通所介護');
    expect(dayCare.length).toBeGreaterThan(0);
    for (const r of dayCare) expect(r.careServices).toContain('通所介護');
  });

  it('gives official codes of the right kind: 介護 7, 医科 1, 歯科 3, 調剤 4, and none to 住まい or 障害福祉 offices', () => {
    const kindOf = (r: ResourceRow) => r.officialCode?.[2] ?? null;
    for (const r of resources) {
      if (r.officialCode === null) continue;
      const want = r.category === '歯科診療所' ? '3' : r.category === '薬局' ? '4' : ['病院', '有床診療所', '診療所'].includes(r.category) ? '1' : '7';
      expect({ id: r.id, category: r.category, kind: kindOf(r) }).toEqual({ id: r.id, category: r.category, kind: want });
      expect(['有料老人ホーム・サービス付き高齢者向け住宅', '相談支援事業所（障害福祉）', 'その他']).not.toContain(r.category);
    }
  });

  it('marks 麻薬・無菌調剤・小児在宅 on pharmacies only, most with a 麻薬小売業者 licence and few with 無菌調剤', () => {
    const pharmacies = ofCategory('薬局');
    const share = (k: 'narcotics' | 'sterileCompounding') => pharmacies.filter((r) => r[k] === true).length / pharmacies.length;
    expect(share('narcotics')).toBeGreaterThan(0.6);
    expect(share('sterileCompounding')).toBeLessThan(0.15);
    for (const r of resources) if (r.category !== '薬局') expect([r.narcotics, r.sterileCompounding, r.pediatricHome]).toEqual([null, null, null]);
  });
});
