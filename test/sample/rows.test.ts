/** Every generated row is valid per its sheet spec, ids are unique and references resolve. */
import { generateTown, LARGE_TOWN, MEDIUM_TOWN, SMALL_TOWN, sheetRows } from '../../templates/sample';
import type { SampleTown } from '../../templates/sample/types';
import { SHEETS } from '../../templates/sheets/registry';
import { rowSchema } from '../../templates/spec/schema';
import type { SheetSpec } from '../../templates/spec/types';
import { mediumTown, smallTown } from '../fixtures/sample-towns';

const SPECS = SHEETS as readonly SheetSpec[];

function invalidRows(town: SampleTown, spec: SheetSpec, limit = Infinity): string[] {
  const schema = rowSchema(spec);
  const problems: string[] = [];
  const rows = sheetRows(town.rows, spec.id);
  for (let i = 0; i < rows.length && i < limit; i++) {
    const res = schema.safeParse(rows[i]);
    if (!res.success) problems.push(`${spec.name} row ${i + 2}: ${res.error.issues.map((x) => `${x.path.join('.')} ${x.message}`).join('; ')}`);
  }
  return problems;
}

describe.each([
  ['small', () => smallTown()],
  ['medium', () => mediumTown()],
])('%s town rows', (_label, get) => {
  it.each(SPECS.map((s) => [s.name, s]))('%s rows pass rowSchema', (_name, spec) => {
    expect(invalidRows(get(), spec)).toEqual([]);
  });

  it('has exactly one key per spec column on every row (no extras, none missing)', () => {
    for (const spec of SPECS) {
      const keys = [...spec.columns.map((c) => c.key), '__row'].sort();
      for (const row of sheetRows(get().rows, spec.id)) expect(Object.keys(row).sort()).toEqual(keys);
    }
  });

  it('numbers __row as the sheet row (data from row 2)', () => {
    for (const spec of SPECS) {
      if (spec.kind !== 'table') continue;
      sheetRows(get().rows, spec.id).forEach((row, i) => expect(row['__row']).toBe(i + 2));
    }
  });

  it('has unique ids and resolvable references', () => {
    const town = get();
    const idsOf = new Map<string, Set<string>>();
    for (const spec of SPECS) {
      if (spec.kind !== 'table' || !spec.idColumn) continue;
      const ids = sheetRows(town.rows, spec.id).map((r) => r[spec.idColumn as string] as string);
      expect(new Set(ids).size).toBe(ids.length);
      idsOf.set(spec.id, new Set(ids));
    }
    let checked = 0;
    for (const spec of SPECS) {
      for (const col of spec.columns) {
        if (col.type !== 'ref' || !col.ref) continue;
        const targets = idsOf.get(col.ref.sheet) as Set<string>;
        for (const row of sheetRows(town.rows, spec.id)) {
          const v = row[col.key];
          if (v === null) continue;
          checked++;
          expect({ sheet: spec.name, col: col.header, v, ok: targets.has(v as string) }).toEqual({ sheet: spec.name, col: col.header, v, ok: true });
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
  });
});

describe('sizes', () => {
  it.each([
    ['SMALL_TOWN', SMALL_TOWN],
    ['MEDIUM_TOWN', MEDIUM_TOWN],
  ])('%s has the requested row counts', (_name, size) => {
    const town = generateTown({ seed: 11, size });
    expect(town.rows.resources).toHaveLength(size.resources);
    expect(town.rows.contacts).toHaveLength(size.contacts);
    expect(town.rows.events).toHaveLength(size.events);
    expect(town.rows.attendees).toHaveLength(size.attendees);
    expect(town.rows.consultations).toHaveLength(size.consultations);
    expect(town.rows.issues).toHaveLength(size.issues);
    expect(town.rows.plan).toHaveLength(size.planRows);
    expect(town.rows.settings).not.toBeNull();
    expect(town.rows.statistics).not.toBeNull();
    expect(town.rows.noticeTemplates).toEqual([]);
    expect(town.rows.sharingAdoption.length).toBeGreaterThan(0);
  });

  it('generates the large town (sizes; time is reported, not asserted)', () => {
    const t0 = performance.now();
    const town = generateTown({ seed: 3, size: LARGE_TOWN });
    const ms = performance.now() - t0;
    console.log(`LARGE_TOWN generated in ${ms.toFixed(0)} ms`);
    expect(town.rows.resources).toHaveLength(LARGE_TOWN.resources);
    expect(town.rows.consultations).toHaveLength(LARGE_TOWN.consultations);
    expect(town.rows.attendees).toHaveLength(LARGE_TOWN.attendees);
    // Spot-check validity on the first rows of every sheet (the full check runs on small/medium).
    for (const spec of SPECS) expect(invalidRows(town, spec, 300)).toEqual([]);
  });
});
