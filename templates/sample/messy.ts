/**
 * A town as a clerk would really have typed it (issue 10): the cells of a generated town with
 * the variants the validation engine accepts (〇/◯ for ○, なし/✕ for ×, dates typed as text or as
 * 和暦, full-width digits, stray spaces), and the mistakes it rejects (short phone numbers,
 * duplicated and dangling ids, blank required cells, dates outside the fiscal year), plus a
 * column of the town's own. Seedable: same town and seed → same cells.
 */
import type { CellValue, Grid } from '../core/cell';
import { excelSerialToIso, isoToExcelSerial } from '../dates/serial';
import { SHEETS } from '../sheets/registry';
import type { ColumnSpec, SheetSpec } from '../spec/types';
import type { WorkbookValues } from '../validate/types';
import { townToWorkbookValues } from './index';
import { Rng } from './prng';
import type { SampleTown } from './types';

export interface MessyOptions {
  readonly seed: number;
  /** Share of typed cells retyped as a variant (default 0.12). */
  readonly variantRate?: number;
}

/** Header of the column a town adds for itself (kept untouched by every command). */
export const TOWN_OWN_HEADER = '町メモ';

const FULL_WIDTH_DIGITS = '０１２３４５６７８９';
const toFullWidth = (s: string): string => s.replace(/[0-9]/g, (d) => FULL_WIDTH_DIGITS[Number(d)] as string);

const TRUE_VARIANTS: readonly CellValue[] = ['〇', '◯', 'はい', '有', '○ ', ' ○', true];
const FALSE_VARIANTS: readonly CellValue[] = ['✕', 'なし', '無', '× ', false];

/** A date serial retyped the ways people type dates. */
function dateVariant(rng: Rng, serial: number): CellValue {
  const iso = excelSerialToIso(serial);
  if (iso === null) return serial;
  const [y, m, d] = [Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10))];
  const [eraName, eraLetter, base] = iso >= '2019-05-01' ? ['令和', 'R', 2018] : ['平成', 'H', 1988];
  const forms: CellValue[] = [
    `${y}/${m}/${d}`,
    `${y}-${m}-${d}`,
    `${y}年${m}月${d}日`,
    `${eraName}${y - base}年${m}月${d}日`,
    `${eraLetter}${y - base}.${m}.${d}`,
    toFullWidth(`${y}/${m}/${d}`),
    y * 10000 + m * 100 + d,
  ];
  return rng.pick(forms);
}

/** The variant a clerk might type instead of the canonical cell, or the cell itself. */
function variantOf(rng: Rng, col: ColumnSpec, cell: CellValue): CellValue {
  if (cell === '' || cell === null || cell === undefined) return cell;
  switch (col.type) {
    case 'boolean':
      return cell === '○' ? rng.pick(TRUE_VARIANTS) : cell === '×' ? rng.pick(FALSE_VARIANTS) : cell;
    case 'enum':
      return typeof cell === 'string' ? rng.pick([`${cell} `, ` ${cell}`, `${cell}　`]) : cell;
    case 'multiEnum':
      return typeof cell === 'string' ? cell.replace(/、/g, rng.pick([',', '，', ' 、', '/'])) : cell;
    case 'date':
      return typeof cell === 'number' ? dateVariant(rng, cell) : cell;
    case 'integer':
    case 'decimal':
      return typeof cell === 'number' ? rng.pick([toFullWidth(String(cell)), `${cell} `, String(cell)]) : cell;
    case 'phone':
    case 'postal':
      return typeof cell === 'string' ? rng.pick([toFullWidth(cell), cell.replace(/-/g, 'ー'), cell.replace(/-/g, '－')]) : cell;
    default:
      return cell;
  }
}

type MutableGrid = CellValue[][];

function specByName(name: string): SheetSpec | undefined {
  return SHEETS.find((s) => s.name === name);
}

const colIndex = (spec: SheetSpec, key: string): number => spec.columns.findIndex((c) => c.key === key);

/** Retypes a share of the typed cells of every table sheet and the statistics values. */
function retype(rng: Rng, spec: SheetSpec, grid: MutableGrid, rate: number): void {
  if (spec.kind === 'keyValue') {
    // 設定's 対象年度 stays a number: every formula on the 指標 sheet reads it.
    if (spec.id !== 'statistics') return;
    spec.columns.forEach((col, i) => {
      const line = grid[i + 1];
      if (line && rng.chance(rate * 2)) line[1] = variantOf(rng, col, line[1]);
    });
    return;
  }
  for (let r = 1; r < grid.length; r++) {
    const line = grid[r] as CellValue[];
    spec.columns.forEach((col, c) => {
      if (col.type === 'id' || col.type === 'ref' || col.type === 'text') return;
      if (rng.chance(rate)) line[c] = variantOf(rng, col, line[c]);
    });
  }
}

/** Mistakes the engine rejects, each a few times per town. */
function plantMistakes(rng: Rng, book: Record<string, MutableGrid>, fiscalYear: number): void {
  const sheet = (id: string): { spec: SheetSpec; grid: MutableGrid } | null => {
    const spec = SHEETS.find((s) => s.id === id);
    const grid = spec ? book[spec.name] : undefined;
    return spec && grid && grid.length > 2 ? { spec, grid } : null;
  };
  const someRow = (grid: MutableGrid): CellValue[] => grid[rng.int(1, grid.length - 1)] as CellValue[];

  const resources = sheet('resources');
  if (resources) {
    const { spec, grid } = resources;
    for (let i = 0; i < 2; i++) someRow(grid)[colIndex(spec, 'phone')] = rng.pick(['0123-45', '03-12', '１２３']);
    // A row copied and pasted: its id appears twice.
    const copied = someRow(grid).slice();
    grid.push(copied);
    someRow(grid)[colIndex(spec, 'name')] = '';
  }
  const events = sheet('events');
  if (events) {
    const { spec, grid } = events;
    // A meeting of the year before, left in the sheet.
    someRow(grid)[colIndex(spec, 'date')] = rng.chance(0.5) ? `${fiscalYear - 1}/6/10` : isoToExcelSerial(`${fiscalYear - 1}-06-10`);
  }
  const attendees = sheet('attendees');
  if (attendees) {
    const { spec, grid } = attendees;
    someRow(grid)[colIndex(spec, 'eventId')] = 'E999';
    someRow(grid)[colIndex(spec, 'contactId')] = 'P9999';
  }
  const consultations = sheet('consultations');
  if (consultations) {
    const { spec, grid } = consultations;
    someRow(grid)[colIndex(spec, 'category')] = '';
    someRow(grid)[colIndex(spec, 'requesterOrgId')] = 'R9999';
    someRow(grid)[colIndex(spec, 'receivedDate')] = `${fiscalYear + 2}/4/1`;
  }
}

/** A column of the town's own at the right of the resource list and the consultation log. */
function addOwnColumn(rng: Rng, book: Record<string, MutableGrid>): void {
  for (const name of ['資源リスト', '相談記録']) {
    const grid = book[name];
    if (!grid) continue;
    const width = Math.max(...grid.map((l) => l.length));
    grid.forEach((line, r) => {
      while (line.length < width) line.push('');
      line.push(r === 0 ? TOWN_OWN_HEADER : rng.chance(0.3) ? rng.pick(['要確認', '=再確認', '+81 電話済', '@担当']) : '');
    });
  }
}

/**
 * The town's workbook values as a clerk would have typed them.
 * @example messyWorkbookValues(generateTown({ seed: 3 }), { seed: 1 })['資源リスト']
 */
export function messyWorkbookValues(town: SampleTown, opts: MessyOptions): WorkbookValues {
  const rng = new Rng(opts.seed ^ 0x5eed);
  const rate = opts.variantRate ?? 0.12;
  const clean = townToWorkbookValues(town);
  const book: Record<string, MutableGrid> = {};
  for (const [name, grid] of Object.entries(clean)) book[name] = (grid as Grid).map((l) => l.slice());
  Object.entries(book).forEach(([name, grid], i) => {
    const spec = specByName(name);
    if (spec) retype(rng.fork(i + 1), spec, grid, rate);
  });
  plantMistakes(rng.fork(101), book, town.fiscalYear);
  addOwnColumn(rng.fork(102), book);
  return book;
}
