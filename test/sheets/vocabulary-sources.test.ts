/**
 * Issue 12: every dropdown vocabulary of the standardized sheets is named in the table of
 * templates/sheets/README.md that maps it to its source (seed section or national system's list),
 * so a clerk or a reviewer can check where each list of choices comes from.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SHEETS } from '../../templates/sheets/registry';
import { NOTICE_KINDS } from '../../templates/sheets/notice-templates';
import * as registers from '../../templates/sheets/registers-vocabulary';
import * as vocabulary from '../../templates/sheets/vocabulary';
import type { SheetSpec } from '../../templates/spec/types';

const README = readFileSync(join(__dirname, '../../templates/sheets/README.md'), 'utf8');
const table = README.slice(README.indexOf('## Vocabularies and their sources'), README.indexOf('## Changelog'));
const named = new Set([...table.matchAll(/`([A-Z][A-Z0-9_]+)`/g)].map((m) => m[1]));

const exported: [string, unknown][] = Object.entries({ ...vocabulary, ...registers, NOTICE_KINDS });
const constants = exported.filter((e): e is [string, readonly string[]] => Array.isArray(e[1]) && e[1].every((v) => typeof v === 'string'));

/** The exported constant a column's list of values is (by identity, else by equal contents). */
function constantOf(values: readonly string[]): string | undefined {
  const same = constants.find(([, c]) => c === values) ?? constants.find(([, c]) => c.length === values.length && c.every((v, i) => v === values[i]));
  return same?.[0];
}

const columns = (SHEETS as readonly SheetSpec[]).flatMap((s) =>
  s.columns.filter((c) => (c.type === 'enum' || c.type === 'multiEnum') && c.values).map((c) => ({ sheet: s.name, header: c.header, values: c.values ?? [] })),
);

describe('vocabulary sources (templates/sheets/README.md)', () => {
  it('finds the table and the dropdown columns', () => {
    expect(named.size).toBeGreaterThan(20);
    expect(columns.length).toBeGreaterThan(15);
  });

  it.each(columns.map((c) => [`${c.sheet}.${c.header}`, c.values] as const))('%s draws its choices from a named, sourced vocabulary', (_column, values) => {
    const name = constantOf(values);
    expect({ values: values.slice(0, 3), constant: name ?? null }).toEqual({ values: values.slice(0, 3), constant: expect.any(String) });
    expect({ constant: name, inTable: named.has(name as string) }).toEqual({ constant: name, inTable: true });
  });
});
