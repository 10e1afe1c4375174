/** Findings about how the annual plan names indicators. */
import { checkPlanIndicators, planTarget } from '../../templates/indicators';
import type { PlanRow } from '../../templates/sheets/rows';
import { FIXTURE_PLAN } from './fixture-town';

const row = (n: number, indicatorId: string | null, targetValue: number | null): PlanRow => ({ ...(FIXTURE_PLAN[0] as PlanRow), __row: n, id: `X${n}`, indicatorId, targetValue });

describe('plan ↔ indicator ids', () => {
  it('accepts the fixture plan except for its repeated P01', () => {
    const f = checkPlanIndicators(FIXTURE_PLAN);
    expect(f.map((x) => [x.code, x.row, x.address])).toEqual([['indicator.duplicateTarget', 5, 'F5']]);
    expect(f[0]?.message).toContain('2行目');
  });

  it('warns about unknown ids, missing targets and targets on indicators without a direction', () => {
    const f = checkPlanIndicators([row(2, 'P99', 3), row(3, 'P20', null), row(4, 'P21', 10), row(5, null, 4)]);
    expect(f.map((x) => [x.code, x.address])).toEqual([
      ['indicator.unknownId', 'F2'],
      ['indicator.targetMissing', 'G3'],
      ['indicator.noDirection', 'G4'],
    ]);
    expect(f.every((x) => x.severity === 'warning' && x.sheet === '年間事業計画')).toBe(true);
  });

  it('looks targets up like MATCH: first row, case-insensitive, untrimmed', () => {
    expect(planTarget(FIXTURE_PLAN, 'P01')).toBe(4);
    expect(planTarget(FIXTURE_PLAN, 'P06')).toBe(3);
    expect(planTarget([row(2, ' P01', 9)], 'P01')).toBeNull();
    expect(planTarget([], 'P01')).toBeNull();
  });
});
