/**
 * Test fixture: the hand-typed workbooks of issue 10 — messy towns from the generator (several
 * seeds and fiscal years) and the demo's mistake town — as the values a host reads.
 */
import { withTypicalMistakes } from '../../cli/commands/demo';
import { generateTown, generateTowns, messyWorkbookValues, SMALL_TOWN, townToWorkbookValues } from '../../templates/sample';
import type { TownSize } from '../../templates/sample/types';
import type { WorkbookValues } from '../../templates/validate/types';

export interface HandTypedTown {
  readonly name: string;
  readonly fiscalYear: number;
  readonly today: string;
  readonly book: WorkbookValues;
}

/** Small enough for HyperFormula and LibreOffice in seconds; every sheet has rows to mistype. */
export const MESSY_SIZE: TownSize = { resources: 40, contacts: 30, events: 10, attendees: 60, consultations: 60, issues: 8, planRows: 10 };

/** `count` messy towns, seeds 1…count, fiscal years 2024–2026. */
export function messyTowns(count: number): HandTypedTown[] {
  return Array.from({ length: count }, (_, i) => {
    const fiscalYear = 2024 + (i % 3);
    const today = `${fiscalYear + 1}-03-31`;
    const town = generateTown({ seed: 500 + i, size: MESSY_SIZE, fiscalYear, today });
    return { name: `messy seed ${i + 1}`, fiscalYear, today, book: messyWorkbookValues(town, { seed: i + 1 }) };
  });
}

/** The third town of `npm run demo` (short phone, unknown category, duplicated id). */
export function demoMistakeTown(): HandTypedTown {
  const town = withTypicalMistakes(generateTowns(3, 11, SMALL_TOWN, 2025)[2] as ReturnType<typeof generateTown>);
  return { name: 'demo mistake town', fiscalYear: 2025, today: '2025-12-01', book: townToWorkbookValues(town) };
}
