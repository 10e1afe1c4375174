/**
 * Validation engine benchmarks:
 * (1) the whole LARGE_TOWN workbook (5,000 resources, 50,000 consultations, …), clean and as a clerk
 *     typed it (messy: variants, invalid phones, duplicated ids …) — target ≤ 1,500 ms each;
 * (2) the 5,000-row 資源リスト vs a naive per-row zod parse with equivalent checks — target ≥ 2×;
 * (3) the same rows as CSV-like text vs Frictionless `tableschema`, clean and messy — target ≥ 5×.
 *     Both sides read and check every cell of the same table; the peer's Schema is built once,
 *     outside the timed runs, as the engine's column normalizers are compiled once per call (they
 *     are inside the engine's timed call, so the comparison favours the peer slightly).
 */
import { Schema, Table } from 'tableschema';
import { z } from 'zod';
import type { CellValue, Grid } from '../../templates/core/cell';
import { addMonths } from '../../templates/dates/calendar';
import { excelSerialToIso, minutesToHhMm } from '../../templates/dates/serial';
import { LARGE_TOWN, generateTown, messyWorkbookValues, townToWorkbookValues } from '../../templates/sample';
import { EMAIL_NORMALIZED, ID_PATTERN, PHONE_NORMALIZED, POSTAL_NORMALIZED, columnValueSchema } from '../../templates/spec/schema';
import type { ColumnSpec, ColumnType } from '../../templates/spec/types';
import { resourcesSheet } from '../../templates/sheets/resources';
import { validateSheet, validateWorkbook } from '../../templates/validate/engine';
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { BenchRow, BenchSuite } from '../harness';

// ---------- (2) the naive baseline: light coercion + zod per row ----------

const toAscii = (s: string): string => s.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).trim();

/** What a careful developer would write before reaching for an engine: per-type coercion in z.preprocess. */
function naiveCoerce(col: ColumnSpec, raw: unknown): unknown {
  if (raw === '' || raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === '')) return null;
  switch (col.type) {
    case 'boolean':
      if (raw === '○' || raw === '〇' || raw === true || raw === 'TRUE') return true;
      if (raw === '×' || raw === false || raw === 'FALSE') return false;
      return raw;
    case 'date':
      if (typeof raw === 'number') return new Date(Date.UTC(1899, 11, 30) + Math.floor(raw) * 86_400_000).toISOString().slice(0, 10);
      return typeof raw === 'string' ? toAscii(raw).replace(/\//g, '-') : raw;
    case 'time':
      return typeof raw === 'number' ? minutesToHhMm(Math.round(raw * 1440) % 1440) : raw;
    case 'phone':
    case 'postal':
      return typeof raw === 'string' ? toAscii(raw).replace(/[‐－―ー−–—]/g, '-').replace(/^〒/, '') : raw;
    case 'multiEnum':
      return typeof raw === 'string' ? raw.split(/[、,，]/).map((s) => s.trim()).filter(Boolean) : raw;
    case 'integer':
    case 'decimal':
    case 'latitude':
    case 'longitude':
    case 'fiscalYear':
      return typeof raw === 'string' ? Number(toAscii(raw).replace(/,/g, '')) : raw;
    case 'id':
    case 'ref':
    case 'lgCode':
      return typeof raw === 'number' ? String(raw) : typeof raw === 'string' ? toAscii(raw) : raw;
    default:
      return typeof raw === 'string' ? raw.trim() : typeof raw === 'number' ? String(raw) : raw;
  }
}

function naiveSchema(cols: readonly ColumnSpec[]): z.ZodType {
  const shape: Record<string, z.ZodType> = {};
  for (const col of cols) {
    const inner = columnValueSchema(col);
    shape[col.key] = z.preprocess((v) => naiveCoerce(col, v), col.required ? inner : inner.nullable());
  }
  return z.object(shape);
}

/** Per-row zod parse of the resources grid, plus the same unique-id, staleness and consent checks. */
function naiveValidateResources(grid: Grid, today: string): { valid: number; issues: number } {
  const schema = naiveSchema(resourcesSheet.columns);
  const header = grid[0] ?? [];
  const colOf = new Map(resourcesSheet.columns.map((c) => [c.key, header.indexOf(c.header)]));
  const staleBefore = addMonths(today, -12);
  const ids = new Set<string>();
  let valid = 0;
  let issues = 0;
  for (let r = 1; r < grid.length; r++) {
    const line = grid[r] ?? [];
    const obj: Record<string, unknown> = {};
    for (const col of resourcesSheet.columns) obj[col.key] = line[colOf.get(col.key) ?? -1];
    const res = schema.safeParse(obj);
    if (!res.success) {
      issues += res.error.issues.length;
      continue;
    }
    const row = res.data as Record<string, unknown>;
    const id = row['id'] as string;
    if (ids.has(id)) issues++;
    ids.add(id);
    const verified = row['lastVerified'];
    if (verified === null || (typeof verified === 'string' && verified < staleBefore)) issues++;
    if (row['disclosure'] === '住民にも公開' && row['consentDate'] === null) issues++;
    valid++;
  }
  return { valid, issues };
}

// ---------- (3) Frictionless tableschema on the same rows as CSV text ----------

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function tableSchemaField(col: ColumnSpec): Record<string, unknown> {
  const constraints: Record<string, unknown> = {};
  if (col.required) constraints['required'] = true;
  const field = (type: string, extra: Record<string, unknown> = {}) => ({ name: col.header, type, ...extra, constraints: { ...constraints, ...(extra['constraints'] as object) } });
  switch (col.type) {
    case 'id':
      return field('string', { constraints: { pattern: ID_PATTERN.source, unique: true } });
    case 'ref':
      return field('string', { constraints: { pattern: ID_PATTERN.source } });
    case 'enum':
      return field('string', { constraints: { enum: [...(col.values ?? [])] } });
    case 'multiEnum': {
      const one = `(?:${(col.values ?? []).map(escapeRe).join('|')})`;
      return field('string', { constraints: { pattern: `^${one}(?:、${one})*$` } });
    }
    case 'boolean':
      return field('boolean', { trueValues: ['○', '〇', 'TRUE'], falseValues: ['×', 'FALSE'] });
    case 'date':
      return field('date');
    case 'time':
      return field('time', { format: '%H:%M' });
    case 'phone':
      return field('string', { constraints: { pattern: PHONE_NORMALIZED.source } });
    case 'postal':
      return field('string', { constraints: { pattern: POSTAL_NORMALIZED.source } });
    case 'email':
      return field('string', { constraints: { pattern: EMAIL_NORMALIZED.source } });
    case 'integer':
      return field('integer', { constraints: { ...(col.min === undefined ? {} : { minimum: col.min }), ...(col.max === undefined ? {} : { maximum: col.max }) } });
    case 'decimal':
      return field('number');
    case 'latitude':
      return field('number', { constraints: { minimum: 20, maximum: 46 } });
    case 'longitude':
      return field('number', { constraints: { minimum: 122, maximum: 154 } });
    default:
      return field('string', col.maxLength === undefined ? {} : { constraints: { maxLength: col.maxLength } });
  }
}

/** The grid as a CSV export would hold it: every cell text, dates ISO, times HH:MM. */
function asCsvRows(grid: Grid): string[][] {
  const types: readonly ColumnType[] = resourcesSheet.columns.map((c) => c.type);
  return grid.map((line, r) =>
    resourcesSheet.columns.map((_, c) => {
      const v: CellValue = line[c];
      if (v === null || v === undefined) return '';
      if (r > 0 && typeof v === 'number' && types[c] === 'date') return excelSerialToIso(v) ?? '';
      if (r > 0 && typeof v === 'number' && types[c] === 'time') return minutesToHhMm(Math.round(v * 1440) % 1440);
      return String(v);
    }),
  );
}

async function tableSchemaValidate(rows: string[][], schema: Schema): Promise<{ rows: number; errors: number }> {
  // Table.load keeps a Schema instance as it is (it only loads descriptors).
  const table = await Table.load(rows, { schema: schema as unknown as object, headers: 1 });
  // relations (foreign keys) stay off: the default.
  const iterator = await table.iter({ cast: true, forceCast: true });
  let count = 0;
  let errors = 0;
  for await (const row of iterator as unknown as AsyncIterable<unknown>) {
    count++;
    if (row instanceof Error) errors++;
  }
  return { rows: count, errors };
}

// ---------- measuring ----------

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
};

/**
 * A full garbage collection before each timed run, so no run pays for the garbage of the one
 * before it (tableschema and zod leave far more than the engine). Uses V8's gc hook, enabled at
 * run time; without it, runs simply go unsettled.
 */
const settle: () => void = (() => {
  try {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as unknown;
    if (typeof gc === 'function') return gc as () => void;
  } catch {
    // fall through: no gc hook on this runtime
  }
  return () => undefined;
})();

async function settledMedian(fn: () => unknown, runs: number): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    settle();
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  return median(times);
}

/** Untimed runs of each side before measuring, so both are compared at their JIT steady state. */
const WARM_UP_RUNS = 5;

/**
 * Median wall times of a subject and its baseline, run alternately (after WARM_UP_RUNS untimed
 * runs each) so that both see the same machine load: on a shared machine load drifts over
 * seconds, and timing all subject runs before all baseline runs would skew the ratio.
 */
async function interleavedMedians(subject: () => unknown, baseline: () => unknown, runs: number): Promise<{ subjectMs: number; baselineMs: number }> {
  for (let i = 0; i < WARM_UP_RUNS; i++) {
    await subject();
    await baseline();
  }
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < runs; i++) {
    settle();
    let t0 = performance.now();
    await subject();
    a.push(performance.now() - t0);
    settle();
    t0 = performance.now();
    await baseline();
    b.push(performance.now() - t0);
  }
  return { subjectMs: median(a), baselineMs: median(b) };
}

// ---------- the suite ----------

export const suite: BenchSuite = {
  title: '検証エンジン / validation engine',
  async run(): Promise<BenchRow[]> {
    const town = generateTown({ seed: 1, size: LARGE_TOWN });
    const book = townToWorkbookValues(town);
    const today = town.today;
    const rows: BenchRow[] = [];

    // (1) whole workbook, clean and hand-typed
    const messyBook = messyWorkbookValues(town, { seed: 1 });
    for (const [label, b] of [['', book], ['（手入力の表記ゆれ・誤りあり）', messyBook]] as const) {
      let last = validateWorkbook(b, { today });
      const wholeMs = await settledMedian(() => {
        last = validateWorkbook(b, { today });
      }, 7);
      rows.push({
        name: `検証: 大規模サンプル町 全シート${label} (資源${LARGE_TOWN.resources}・相談${LARGE_TOWN.consultations}・会議${LARGE_TOWN.events}・出席${LARGE_TOWN.attendees}・名簿${LARGE_TOWN.contacts})`,
        ms: wholeMs,
        target: '≤ 1500 ms',
        pass: wholeMs <= 1500,
        note: `median of 7 GC-settled runs; ${last.errorCount} errors, ${last.warningCount} warnings, ${last.rows.consultations.length} consultation rows`,
      });
    }

    // (2) resources vs naive zod
    const grid = book[resourcesSheet.name] as Grid;
    const ours = validateSheet(resourcesSheet, grid, { today });
    const naive = naiveValidateResources(grid, today);
    const { subjectMs: oursMs, baselineMs: zodMs } = await interleavedMedians(
      () => validateSheet(resourcesSheet, grid, { today }),
      () => naiveValidateResources(grid, today),
      15,
    );
    rows.push({
      name: `検証: 資源リスト ${grid.length - 1}行`,
      ms: oursMs,
      baseline: 'naive per-row zod (preprocess coercion)',
      baselineMs: zodMs,
      target: '≥ 2× faster',
      pass: zodMs / oursMs >= 2,
      note: `medians of 15 interleaved, GC-settled runs; engine ${ours.rows.length} rows / ${ours.findings.length} findings; zod ${naive.valid} rows / ${naive.issues} issues`,
    });

    // (3) resources as CSV text vs tableschema, clean and messy; the peer's Schema built once, untimed
    const schema = await Schema.load({ fields: resourcesSheet.columns.map(tableSchemaField), missingValues: [''] });
    for (const [label, g] of [['', grid], ['・手入力', messyBook[resourcesSheet.name] as Grid]] as const) {
      const csv = asCsvRows(g);
      const oursCsv = validateSheet(resourcesSheet, csv, { today });
      const ts = await tableSchemaValidate(csv, schema);
      const { subjectMs: oursCsvMs, baselineMs: tsMs } = await interleavedMedians(
        () => validateSheet(resourcesSheet, csv, { today }),
        () => tableSchemaValidate(csv, schema),
        15,
      );
      rows.push({
        name: `検証: 資源リスト ${csv.length - 1}行（CSV文字列${label}）`,
        ms: oursCsvMs,
        baseline: 'tableschema 1.12 Table.load(prebuilt Schema) + iter(cast, forceCast)',
        baselineMs: tsMs,
        target: '≥ 5× faster',
        pass: tsMs / oursCsvMs >= 5,
        note: `medians of 15 interleaved, GC-settled runs; engine ${oursCsv.rows.length} rows / ${oursCsv.findings.filter((f) => f.severity === 'error').length} errors; tableschema ${ts.rows} rows / ${ts.errors} error rows`,
      });
    }
    return rows;
  },
};
