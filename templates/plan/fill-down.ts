/**
 * "One relative formula per column, filled down": finding it in a value block so a host can write the
 * first row and let the spreadsheet copy it down (Excel `Range.copyFrom`, Sheets `copyTo`), instead
 * of sending every formula string. The 指標計算 helper block is thousands of rows of exactly this.
 */
import { fromA1, rangeA1, toA1 } from '../core/address';
import { estimateCellBytes } from './chunk';
import type { PlanCell, ValueBlock } from './types';

/**
 * The formula as it reads `offset` rows lower: relative row numbers of A1 references move, absolute
 * ones ($5) and text inside "strings" or 'sheet names' do not.
 * @example shiftFormulaRows(`IF('出席者'!$H5="",1,$B$2+C5)`, 2) // `IF('出席者'!$H7="",1,$B$2+C7)`
 */
export function shiftFormulaRows(formula: string, offset: number): string {
  if (offset === 0) return formula;
  return compileRowShift(formula)(offset);
}

/**
 * A formula prepared for many shifts: its text split around the relative row numbers, so each
 * shifted copy is one join instead of a re-scan (the helper block has tens of thousands of rows).
 * @example compileRowShift('A1+$B$1')(4) // 'A5+$B$1'
 */
export function compileRowShift(formula: string): (offset: number) => string {
  const texts: string[] = [];
  const rows: number[] = [];
  let pending = '';
  // Odd parts are quoted ("text" or 'sheet name', doubled quotes as escapes) and stay as they are.
  const parts = formula.split(QUOTED);
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] as string;
    if (i % 2 === 1) {
      pending += part;
      continue;
    }
    let last = 0;
    CELL_REF.lastIndex = 0;
    for (let m = CELL_REF.exec(part); m; m = CELL_REF.exec(part)) {
      const [whole, before, col, dollar, row] = m as unknown as [string, string, string, string, string];
      if (dollar) continue;
      const rowStart = m.index + before.length + col.length;
      texts.push(pending + part.slice(last, rowStart));
      rows.push(Number(row));
      pending = '';
      last = m.index + whole.length;
    }
    pending += part.slice(last);
  }
  if (rows.length === 0) return () => formula;
  return (offset) => {
    let out = '';
    for (let i = 0; i < rows.length; i++) out += (texts[i] as string) + ((rows[i] as number) + offset);
    return out + pending;
  };
}

const QUOTED = /("(?:[^"]|"")*"|'(?:[^']|'')*')/;
/** An A1 reference not inside a name or function call: column letters, optional $, row digits. */
const CELL_REF = /(^|[^A-Za-z0-9_.])(\$?[A-Za-z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(])/g;

/** A row of seed formulas and the range below it that the host fills by copying the seed down. */
export interface FillDown {
  readonly seed: ValueBlock;
  /** A1 range right under the seed row, same columns. */
  readonly target: string;
}

export interface FillDownSplit {
  /** Rows that are not part of a fill, written as ordinary blocks (first). */
  readonly blocks: readonly ValueBlock[];
  /** Seeds written and copied down after the blocks. */
  readonly fills: readonly FillDown[];
}

interface Run {
  readonly col: number;
  readonly start: number;
  readonly length: number;
}

function formulaOf(cell: PlanCell | undefined): string | null {
  return cell !== null && cell !== undefined && typeof cell === 'object' ? cell.formula : null;
}

/** Per column: maximal runs of rows whose formula is the run's first formula moved down. */
function columnRuns(values: readonly (readonly PlanCell[])[], col: number, minRows: number): Run[] {
  const runs: Run[] = [];
  let r = 0;
  while (r < values.length) {
    const first = formulaOf(values[r]?.[col]);
    if (first === null) {
      r++;
      continue;
    }
    const shifted = compileRowShift(first);
    let end = r + 1;
    while (end < values.length && formulaOf(values[end]?.[col]) === shifted(end - r)) end++;
    if (end - r >= minRows) runs.push({ col, start: r, length: end - r });
    r = end;
  }
  return runs;
}

/**
 * Splits a block into fills (runs of at least `minRows` rows of one relative formula, adjacent columns
 * with the same rows grouped) and the remaining rows as blocks. Blank (null) cells are not written:
 * use it for sheets the host has just cleared or created. Writing `blocks`, then each seed, then
 * copying each seed over its target leaves exactly the original block.
 * @example splitFillDown(calcBlock).fills.length // a handful for 5,000 helper rows
 */
export function splitFillDown(block: ValueBlock, minRows = 16): FillDownSplit {
  const values = block.values;
  const width = values[0]?.length ?? 0;
  const origin = fromA1(block.at);
  const runs: Run[] = [];
  for (let c = 0; c < width; c++) runs.push(...columnRuns(values, c, minRows));
  const covered: boolean[][] = values.map((row) => row.map(() => false));
  for (const run of runs) for (let r = run.start; r < run.start + run.length; r++) (covered[r] as boolean[])[run.col] = true;
  // Blank cells need no write on the cleared sheets the kit fills (Excel: null in `values` leaves a
  // cell as it is anyway), so rows that hold only filled formulas and blanks are not loose rows. The
  // per-source groups of 指標計算 end at different rows: without this every row below the shortest
  // group would be sent whole.
  values.forEach((row, r) => row.forEach((cell, c) => (cell === null ? ((covered[r] as boolean[])[c] = true) : undefined)));
  // Group runs of adjacent columns that span the same rows.
  runs.sort((a, b) => a.start - b.start || a.length - b.length || a.col - b.col);
  const fills: FillDown[] = [];
  for (let i = 0; i < runs.length; ) {
    const first = runs[i] as Run;
    let j = i + 1;
    while (j < runs.length && (runs[j] as Run).start === first.start && (runs[j] as Run).length === first.length && (runs[j] as Run).col === (runs[j - 1] as Run).col + 1) j++;
    const cols = j - i;
    const seedRow = (values[first.start] as readonly PlanCell[]).slice(first.col, first.col + cols);
    fills.push({
      seed: { at: toA1({ row: origin.row + first.start, col: origin.col + first.col }), values: [seedRow] },
      target: rangeA1(origin.row + first.start + 1, origin.col + first.col, first.length - 1, cols),
    });
    i = j;
  }
  const blocks: ValueBlock[] = [];
  let bandStart = -1;
  for (let r = 0; r <= values.length; r++) {
    const loose = r < values.length && (covered[r] as boolean[]).some((x) => !x);
    if (loose && bandStart < 0) bandStart = r;
    if (!loose && bandStart >= 0) {
      blocks.push({ at: toA1({ row: origin.row + bandStart, col: origin.col }), values: values.slice(bandStart, r) });
      bandStart = -1;
    }
  }
  return { blocks, fills };
}

/** Estimated request bytes of writing a block cell by cell. */
export function blockBytes(block: ValueBlock): number {
  let bytes = 0;
  for (const row of block.values) {
    bytes += 2;
    for (const cell of row) bytes += estimateCellBytes(cell);
  }
  return bytes;
}

/** Per-call overhead a host adds for one copy (object path, range addresses). */
export const FILL_CALL_BYTES = 200;

/** Estimated request bytes of a fill split (blocks, seeds, one copy call per fill). */
export function fillDownBytes(split: FillDownSplit): number {
  let bytes = 0;
  for (const b of split.blocks) bytes += blockBytes(b) + FILL_CALL_BYTES;
  for (const f of split.fills) bytes += blockBytes(f.seed) + 2 * FILL_CALL_BYTES;
  return bytes;
}
