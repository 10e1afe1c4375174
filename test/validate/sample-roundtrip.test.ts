/** The sample town written as cells (ADR 0001) validates back to the same rows with no errors. */
import { SMALL_TOWN, generateTown, townToWorkbookValues } from '../../templates/sample';
import { rowSchema } from '../../templates/spec/schema';
import { SHEETS } from '../../templates/sheets/registry';
import { validateWorkbook } from '../../templates/validate/engine';

describe('sample town round trip', () => {
  const town = generateTown({ seed: 7, size: SMALL_TOWN });
  const result = validateWorkbook(townToWorkbookValues(town), { today: town.today });

  test('no errors', () => {
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  test('every sheet comes back with the same rows, and they satisfy the schema', () => {
    for (const spec of SHEETS) {
      const expected = town.rows[spec.id];
      const actual = result.rows[spec.id];
      const list = (v: unknown) => (Array.isArray(v) ? v : v === null ? [] : [v]) as Record<string, unknown>[];
      expect(list(actual)).toHaveLength(list(expected).length);
      for (const row of list(actual)) expect(rowSchema(spec).safeParse(row).success).toBe(true);
      const strip = (r: Record<string, unknown>) => JSON.parse(JSON.stringify({ ...r, __row: undefined }));
      expect(list(actual).map(strip)).toEqual(list(expected).map(strip));
    }
  });
});
