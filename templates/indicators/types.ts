/** The shape of one indicator in the catalogue: metadata a clerk reads, a TypeScript twin and a live formula. */
import type { Activity, Scene } from '../sheets/vocabulary';
import type { TownRows } from '../validate/types';
import type { FormulaContext } from './formula-context';

/** 体制 (structure), 過程 (process), 結果 (outcome) — D-13. */
export type IndicatorKind = '体制' | '過程' | '結果';

/**
 * Which way is "better" when the value is compared with a plan target (達成). 'closer' is for a
 * balance such as 医療系・介護系を半々 (target 50 %): neither more nor less is better. 'none' never judges.
 */
export type Direction = 'higher' | 'lower' | 'closer' | 'none';

/** Display units. '判定' values are 1 (met) or 0 (not met); '%' values are percentages rounded to 0.1. */
export type IndicatorUnit = '件' | '人' | '%' | '回' | '日' | 'か所' | '項目' | '判定';

/** What the TypeScript twin needs besides the rows. `today` is accepted for symmetry but no indicator reads it (see README). */
export interface IndicatorContext {
  /** Western year of April of the fiscal year (2025 = 令和7年度). */
  readonly fiscalYear: number;
  /** 'YYYY-MM-DD'. Kept in the contract; staleness is measured against the fiscal-year end instead, so values are reproducible. */
  readonly today: string;
}

/** The readable definition shown in the 定義 column (D-14). */
export interface IndicatorDefinition {
  /** What is counted or summed (分子). */
  readonly numerator: string;
  /** What it is divided by (分母), for ratios only. */
  readonly denominator?: string;
  /** Sheet(s) the value comes from. */
  readonly source: string;
  /** Rules a reader would otherwise ask about (年度の範囲, 非公開も数える, …). */
  readonly note?: string;
}

export interface Indicator {
  /** Stable id: S = 体制, P = 過程, O = 結果. Plans refer to it (年間事業計画.指標ID). */
  readonly id: string;
  readonly name: string;
  readonly nameEn: string;
  readonly kind: IndicatorKind;
  readonly scene: Scene;
  /** The activity (ア)〜(ク) it evaluates; null for outcome figures that measure the whole program. */
  readonly activity: Activity | null;
  readonly unit: IndicatorUnit;
  readonly direction: Direction;
  readonly definition: IndicatorDefinition;
  /** Domain requirement ids (D-xx) the indicator serves. */
  readonly requirements: readonly string[];
  /** The value from validated rows; null when it cannot be computed (missing input, division by zero). */
  compute(town: TownRows, ctx: IndicatorContext): number | null;
  /** The same value as a spreadsheet formula (leading '='); "" where compute gives null. */
  formula(ctx: FormulaContext): string;
}

/** 達成 marks: ○ meets the target, △ within 80 %, × otherwise, '' when there is nothing to judge. */
export type Achievement = '○' | '△' | '×' | '';
