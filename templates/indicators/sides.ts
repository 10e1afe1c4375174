/**
 * Counting by profession side (医療系・介護系・行政・その他) as formulas that follow the town's 設定
 * (保健師の区分, 社会福祉士・MSWの区分), and the words that explain it in definitions. The
 * TypeScript twin of the same rule is sheets/profession-sides.ts.
 */
import { PROFESSION_SIDE_NAMES, PROFESSION_SIDE_SETTINGS, PROFESSION_SIDES, PROFESSIONS, type Profession, type ProfessionSide } from '../sheets/vocabulary';
import { settingsSheet } from '../sheets/settings';
import type { FormulaContext } from './formula-context';
import { plus, str } from './formula-parts';

const CONFIGURABLE: ReadonlySet<string> = new Set(PROFESSION_SIDE_SETTINGS.flatMap((e) => [...e.professions]));

/** Professions on a side whatever the town sets. */
export const fixedProfessionsOf = (side: ProfessionSide): Profession[] => PROFESSIONS.filter((p) => !CONFIGURABLE.has(p) && PROFESSION_SIDES[p] === side);

const headerOfSetting = (key: string): string => settingsSheet.columns.find((c) => c.key === key)?.header ?? key;

/**
 * A formula summing `countOf(profession)` over the professions of `side`; the configurable ones
 * enter through IF(設定の区分 = side), a blank 設定 cell standing for the default.
 * @example sideCountFormula(ctx, '医療系', (p) => `COUNTIF(col,"${p}")`)
 */
export function sideCountFormula(ctx: FormulaContext, side: ProfessionSide, countOf: (profession: string) => string): string {
  const terms = fixedProfessionsOf(side).map(countOf);
  for (const entry of PROFESSION_SIDE_SETTINGS) {
    if (!(entry.options as readonly string[]).includes(side)) continue;
    const cell = ctx.item('settings', entry.setting);
    const chosen = `IF(${cell}="",${str(entry.defaultSide)},${cell})`;
    terms.push(`IF(${chosen}=${str(side)},${plus(entry.professions.map(countOf))},0)`);
  }
  return plus(terms);
}

/**
 * The side of the profession in `cell` as 設定 sets it (a formula expression): the side name, or ""
 * for a value on no side — exactly the side under which sideCountFormula counts that value, so a
 * COUNTIF over these expressions gives its numbers (a 設定 value outside the setting's options puts
 * its professions on no side there too).
 * @example professionSideExpr(ctx, "'相談記録'!$F2") // 'IF(OR(…="医師",…),"医療系",IF(…))'
 */
export function professionSideExpr(ctx: FormulaContext, cell: string): string {
  const isOneOf = (values: readonly string[]): string => (values.length === 1 ? `${cell}=${str(values[0] as string)}` : `OR(${values.map((v) => `${cell}=${str(v)}`).join(',')})`);
  let expr = '""';
  for (const entry of [...PROFESSION_SIDE_SETTINGS].reverse()) {
    const setting = ctx.item('settings', entry.setting);
    const chosen = `IF(${setting}="",${str(entry.defaultSide)},${setting})`;
    let side = '""';
    for (const option of [...entry.options].reverse()) side = `IF(${chosen}=${str(option)},${str(option)},${side})`;
    expr = `IF(${isOneOf(entry.professions)},${side},${expr})`;
  }
  for (const side of [...PROFESSION_SIDE_NAMES].reverse()) {
    const fixed = fixedProfessionsOf(side);
    if (fixed.length > 0) expr = `IF(${isOneOf(fixed)},${str(side)},${expr})`;
  }
  return expr;
}

/**
 * The professions of a side in words, for definitions.
 * @example sideProfessionsText('医療系') // '医師・歯科医師・…。設定「保健師の区分」が医療系なら保健師も…'
 */
export function sideProfessionsText(side: ProfessionSide): string {
  const fixed = fixedProfessionsOf(side).join('・');
  const extra = PROFESSION_SIDE_SETTINGS.filter((e) => (e.options as readonly string[]).includes(side)).map(
    (e) => `設定「${headerOfSetting(e.setting)}」が${side}${e.defaultSide === side ? '（空欄を含む）' : ''}なら${e.professions.join('・')}も`,
  );
  return [fixed, ...extra].filter((t) => t !== '').join('。');
}
