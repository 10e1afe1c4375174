/**
 * 達成 (plan vs actual, D-14): ○ meets the target in the indicator's direction, △ within 80 %,
 * × otherwise, '' when there is no value, no target or the indicator has no direction. For a
 * balance ('closer'): ○ within 10 % of the target either way, △ within 20 %, × otherwise.
 * The TypeScript function and the formula use the same comparisons in the same order.
 */
import type { Achievement, Direction } from './types';

/** Share of the target that still earns △. */
export const NEAR_TARGET = 0.8;

/** For 'closer': the distance from the target, as a share of it, that still earns ○ and △. */
export const ON_BALANCE = 0.1;
export const NEAR_BALANCE = 0.2;

/**
 * @example achievement(8, 10, 'higher') // '△'  (8 ≥ 10 × 0.8)
 * @example achievement(12, 10, 'lower') // '△'  (12 × 0.8 ≤ 10)
 * @example achievement(5, null, 'higher') // ''
 */
export function achievement(value: number | null, target: number | null, direction: Direction): Achievement {
  if (value === null || target === null || direction === 'none') return '';
  if (direction === 'higher') return value >= target ? '○' : value >= target * NEAR_TARGET ? '△' : '×';
  if (direction === 'closer') {
    const gap = Math.abs(value - target);
    return gap <= Math.abs(target) * ON_BALANCE ? '○' : gap <= Math.abs(target) * NEAR_BALANCE ? '△' : '×';
  }
  return value <= target ? '○' : value * NEAR_TARGET <= target ? '△' : '×';
}

/**
 * The 達成 cell: a formula over the value and target cells, or '' for direction 'none'.
 * @example achievementFormula('F2', 'H2', 'higher')
 * // '=IFERROR(IF(OR(F2="",H2=""),"",IF(F2>=H2,"○",IF(F2>=H2*0.8,"△","×"))),"")'
 */
export function achievementFormula(valueCell: string, targetCell: string, direction: Direction): string {
  if (direction === 'none') return '';
  if (direction === 'closer') {
    const gap = `ABS(${valueCell}-${targetCell})`;
    const band = (share: number) => `ABS(${targetCell})*${share}`;
    return `=IFERROR(IF(OR(${valueCell}="",${targetCell}=""),"",IF(${gap}<=${band(ON_BALANCE)},"○",IF(${gap}<=${band(NEAR_BALANCE)},"△","×"))),"")`;
  }
  const [meets, near] = direction === 'higher' ? [`${valueCell}>=${targetCell}`, `${valueCell}>=${targetCell}*${NEAR_TARGET}`] : [`${valueCell}<=${targetCell}`, `${valueCell}*${NEAR_TARGET}<=${targetCell}`];
  return `=IFERROR(IF(OR(${valueCell}="",${targetCell}=""),"",IF(${meets},"○",IF(${near},"△","×"))),"")`;
}
