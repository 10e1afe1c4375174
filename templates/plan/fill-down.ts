/**
 * Fill-down detection: the columns of a value block whose cells are one relative formula filled down
 * (the 指標計算 helper: thousands of rows, the same formula shifted by one row each time). A host can
 * then write each such run with a single formula that its API fills down itself — Apps Script's
 * `Range.setFormula` on a multi-cell range adjusts relative references per cell — instead of sending
 * every cell's text (≈ 7 MB for the default helper sheet).
 *
 * Detection is exact, never heuristic: a run is accepted only if shifting its first formula by i rows
 * gives, character for character, the formula the plan has at row i. Anything the shifter does not
 * understand simply fails that comparison, and the host falls back to writing values.
 */
import type { PlanCell, ValueBlock } from './types';

/**
 * A1 cell references outside string literals and quoted sheet names. Row-only and column-only ranges
 * ($A:$A, 3:5) carry no row to shift for the former and are compared as text for the latter.
 */
const REF = /(^|[^A-Za-z0-9_$.'"])(\$?)([A-Z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(])/g;

/** Splits a formula into code parts (refs may be shifted) and literal parts ("…" strings, '…' sheet names). */
function segments(formula: string): { text: string; code: boolean }[] | null {
  const out: { text: string; code: boolean }[] = [];
  let i = 0;
  let start = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"' || ch === "'") {
      if (i > start) out.push({ text: formula.slice(start, i), code: true });
      let j = i + 1;
      for (;;) {
        if (j >= formula.length) return null; // unterminated: not ours to interpret
        if (formula[j] === ch) {
          if (formula[j + 1] === ch) j += 2;
          else break;
        } else j++;
      }
      out.push({ text: formula.slice(i, j + 1), code: false });
      i = j + 1;
      start = i;
    } else i++;
  }
  if (start < formula.length) out.push({ text: formula.slice(start), code: true });
  return out;
}

/** A formula cut into fixed text and the row numbers of its relative references. */
interface Compiled {
  /** texts[0] rows[0] texts[1] rows[1] … texts[n]. */
  readonly texts: readonly string[];
  readonly rows: readonly number[];
}

function compile(formula: string): Compiled | null {
  const parts = segments(formula);
  if (!parts) return null;
  const texts: string[] = [''];
  const rows: number[] = [];
  for (const p of parts) {
    if (!p.code) {
      texts[texts.length - 1] += p.text;
      continue;
    }
    let last = 0;
    for (const m of p.text.matchAll(REF)) {
      const whole = m[0];
      const rowAbs = m[4];
      const row = m[5] as string;
      if (rowAbs) continue; // $-rows stay as text
      const at = (m.index ?? 0) + whole.length - row.length;
      texts[texts.length - 1] += p.text.slice(last, at);
      rows.push(Number(row));
      texts.push('');
      last = at + row.length;
    }
    texts[texts.length - 1] += p.text.slice(last);
  }
  return { texts, rows };
}

function render(c: Compiled, by: number): string | null {
  let out = c.texts[0] as string;
  for (let i = 0; i < c.rows.length; i++) {
    const n = (c.rows[i] as number) + by;
    if (n < 1) return null;
    out += `${n}${c.texts[i + 1] as string}`;
  }
  return out;
}

/**
 * The formula as it reads `by` rows further down (relative rows move, $-rows stay); null when a
 * reference would leave the sheet or the formula cannot be read.
 * @example shiftFormulaRows("IF('出席者'!$H2<>\"○\",B2,$C$1)", 3) // "IF('出席者'!$H5<>\"○\",B5,$C$1)"
 */
export function shiftFormulaRows(formula: string, by: number): string | null {
  const c = compile(formula);
  return c ? render(c, by) : null;
}

/** One column stretch written with one fill-down formula (block-relative, 0-based). */
export interface FillDownRun {
  readonly col: number;
  readonly firstRow: number;
  readonly rows: number;
  /** The first cell's formula (without '='); the host's fill adjusts it for the rows below. */
  readonly formula: string;
}

export interface FillDownSplit {
  /** Rows at the top of the block written as ordinary values (headers). */
  readonly headRows: number;
  readonly runs: readonly FillDownRun[];
}

export interface FillDownOptions {
  /** Below this many formula rows, one ordinary write is as good (default 50). */
  readonly minRows?: number;
  /** Most runs per column (bounded so the host's call count does not depend on the data; default 2). */
  readonly maxRunsPerColumn?: number;
}

function formulaOf(cell: PlanCell | undefined): string | null {
  return cell !== null && cell !== undefined && typeof cell === 'object' ? cell.formula : null;
}

/**
 * How to write a block as a head of values plus fill-down runs, or null when it is not that shape:
 * every column must be formulas from the same row down to the bottom, in at most `maxRunsPerColumn`
 * exact fill-down runs.
 * @example fillDownSplit({ at: 'A1', values: [['h'], ...rows.map((_, i) => [{ formula: `B${i + 2}*2` }])] })
 *   // { headRows: 1, runs: [{ col: 0, firstRow: 1, rows: rows.length, formula: 'B2*2' }] }
 */
export function fillDownSplit(block: ValueBlock, options: FillDownOptions = {}): FillDownSplit | null {
  const minRows = options.minRows ?? 50;
  const maxRuns = options.maxRunsPerColumn ?? 2;
  const height = block.values.length;
  const width = block.values[0]?.length ?? 0;
  if (width === 0) return null;
  // The head ends at the first row where every cell is a formula.
  let head = 0;
  while (head < height && !(block.values[head] as readonly PlanCell[]).every((c) => formulaOf(c) !== null)) head++;
  if (height - head < minRows) return null;
  const runs: FillDownRun[] = [];
  for (let c = 0; c < width; c++) {
    let r = head;
    let count = 0;
    while (r < height) {
      const first = formulaOf(block.values[r]?.[c]);
      if (first === null) return null;
      const compiled = compile(first);
      let end = r + 1;
      while (compiled && end < height) {
        const f = formulaOf(block.values[end]?.[c]);
        if (f === null || render(compiled, end - r) !== f) break;
        end++;
      }
      runs.push({ col: c, firstRow: r, rows: end - r, formula: first });
      if (++count > maxRuns) return null;
      r = end;
    }
  }
  return { headRows: head, runs };
}
