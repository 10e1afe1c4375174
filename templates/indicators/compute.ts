/** Computes the whole catalogue in TypeScript, with plan targets and 達成 (the twin of the 指標 sheet). */
import type { TownRows } from '../validate/types';
import { achievement } from './achievement';
import { INDICATORS } from './catalogue';
import { planTargets } from './targets';
import type { Achievement, IndicatorContext, IndicatorKind, IndicatorUnit } from './types';
import type { Scene } from '../sheets/vocabulary';

export interface IndicatorResult {
  readonly id: string;
  readonly name: string;
  readonly kind: IndicatorKind;
  readonly scene: Scene;
  readonly value: number | null;
  readonly unit: IndicatorUnit;
  /** 目標値 from the annual plan, or null. */
  readonly target: number | null;
  readonly achieved: Achievement;
}

/**
 * Every indicator's value, target and 達成 for a town and fiscal year, in sheet order.
 * @example computeIndicators(town, { fiscalYear: 2025, today: '2025-12-01' }).find((r) => r.id === 'P20')?.value
 */
export function computeIndicators(town: TownRows, ctx: IndicatorContext): IndicatorResult[] {
  const targets = planTargets(town.plan);
  return INDICATORS.map((ind) => {
    const value = ind.compute(town, ctx);
    const target = targets.get(ind.id) ?? null;
    return { id: ind.id, name: ind.name, kind: ind.kind, scene: ind.scene, value, unit: ind.unit, target, achieved: achievement(value, target, ind.direction) };
  });
}
