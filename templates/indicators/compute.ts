/** Computes the whole catalogue in TypeScript, with plan targets and 達成 (the twin of the 指標 sheet). */
import type { SheetId } from '../spec/types';
import type { SheetLayout, TownRows, WorkbookValues } from '../validate/types';
import { achievement } from './achievement';
import { INDICATORS } from './catalogue';
import { indicatorRowsFromCells } from './cell-view';
import { pendingCounts } from './pending';
import { indicatorScenes, primaryScene } from './scenes';
import { planTargets } from './targets';
import type { Achievement, IndicatorContext, IndicatorKind, IndicatorUnit } from './types';
import type { Scene } from '../sheets/vocabulary';

export interface IndicatorResult {
  readonly id: string;
  readonly name: string;
  readonly kind: IndicatorKind;
  /** The primary scene (the first listed), as before indicators could belong to several. */
  readonly scene: Scene;
  /** Every scene the indicator belongs to, primary first (the ○ columns of the 指標 sheet). */
  readonly scenes: readonly Scene[];
  readonly value: number | null;
  readonly unit: IndicatorUnit;
  /** 目標値 from the annual plan, or null. */
  readonly target: number | null;
  readonly achieved: Achievement;
  /**
   * 未整理セル: cells this indicator reads that its formula cannot count (variants `fix` rewrites,
   * values a person must check); null when not counted (computed from typed rows, or reads none).
   */
  readonly pending: number | null;
}

/**
 * Every indicator's value, target and 達成 for a town and fiscal year, in sheet order.
 * @example computeIndicators(town, { fiscalYear: 2025, today: '2025-12-01' }).find((r) => r.id === 'P20')?.value
 */
export function computeIndicators(town: TownRows, ctx: IndicatorContext, pending?: ReadonlyMap<string, number | null>): IndicatorResult[] {
  const targets = planTargets(town.plan);
  return INDICATORS.map((ind) => {
    const value = ind.compute(town, ctx);
    const target = targets.get(ind.id) ?? null;
    const achieved = achievement(value, target, ind.direction);
    return { id: ind.id, name: ind.name, kind: ind.kind, scene: primaryScene(ind), scenes: indicatorScenes(ind), value, unit: ind.unit, target, achieved, pending: pending?.get(ind.id) ?? null };
  });
}

/**
 * The indicators exactly as the workbook's recalculated 指標 sheet shows them (the "one number"
 * contract in README.md): rows read from the raw cells the way the formulas read them, findings or
 * not, with the 未整理セル count of each indicator. This is what the CLI and the hosts report.
 * @param layouts where validation found each sheet and column (ValidationResult.layouts)
 * @example computeIndicatorsFromCells(book, validateWorkbook(book).layouts, { fiscalYear: 2025, today: '2025-12-01' })
 */
export function computeIndicatorsFromCells(
  book: WorkbookValues,
  layouts: Readonly<Partial<Record<SheetId, SheetLayout>>>,
  ctx: IndicatorContext,
): IndicatorResult[] {
  const pending = pendingCounts(INDICATORS, book, layouts);
  return computeIndicators(indicatorRowsFromCells(book, layouts), ctx, pending);
}
