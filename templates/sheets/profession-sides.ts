/**
 * The side (医療系・介護系・行政・その他) each profession counts on in one town: the fixed sides of
 * vocabulary.ts, with 保健師 and the social workers moved where the town's 設定 puts them. Shared by
 * the indicators' TypeScript twins and the annual report, so they count what the sheet's formulas
 * count (indicators/sides.ts writes the same rule as formulas).
 */
import { PROFESSION_SIDE_SETTINGS, PROFESSION_SIDES, PROFESSIONS, type ProfessionSide, type ProfessionSideSetting } from './vocabulary';

/** The 設定 items the sides read (a SettingsRow, or the cells read as the formulas read them). */
export type SideSettings = Readonly<Partial<Record<ProfessionSideSetting['setting'], string | null>>>;

/**
 * The side a setting puts its professions on: blank → the default; one of the options → that side;
 * anything else → null (the formulas compare the cell with each option, so such a value counts nowhere).
 */
export function settingSide(entry: ProfessionSideSetting, settings: SideSettings | null | undefined): ProfessionSide | null {
  const raw = settings?.[entry.setting];
  if (raw === null || raw === undefined || raw === '') return entry.defaultSide;
  return (entry.options as readonly string[]).includes(raw) ? (raw as ProfessionSide) : null;
}

/**
 * profession → side for a town. Professions outside the list (typed text read from cells, old
 * names not yet rewritten) are absent: they belong to no side, as on the sheet.
 * @example townProfessionSides({ socialWorkerSide: '医療系' }).get('社会福祉士・MSW') // '医療系'
 */
export function townProfessionSides(settings: SideSettings | null | undefined): ReadonlyMap<string, ProfessionSide> {
  const map = new Map<string, ProfessionSide>(PROFESSIONS.map((p) => [p, PROFESSION_SIDES[p]]));
  for (const entry of PROFESSION_SIDE_SETTINGS) {
    const side = settingSide(entry, settings);
    for (const p of entry.professions) {
      if (side === null) map.delete(p);
      else map.set(p, side);
    }
  }
  return map;
}
