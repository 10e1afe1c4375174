/**
 * Finds runs of formulas down a column that Excel can store once as a shared formula: each cell
 * equals the first one with its relative row numbers moved down. The 指標計算 helper is tens of
 * thousands of such rows; stored shared, each follower is a few bytes instead of ~250.
 *
 * Safety rests on comparison, not on parsing: a follower joins a run only when shifting the
 * master's text gives exactly the follower's text. The tokenizer shifts everything that could be a
 * row-relative reference (over-shifting only breaks a run), skips string literals and quoted sheet
 * names, and refuses formulas with row-only ranges (1:1) it does not shift.
 */

type Piece = string | { readonly colPart: string; readonly rowAbsolute: boolean; readonly row: number };

/** A cell reference not glued to a name before it, nor followed by '(' (LOG10( is a function). */
const REF = /^(\$?[A-Za-z]{1,3})(\$?)([0-9]+)(?![A-Za-z0-9_(.])/;
const ROW_RANGE = /(^|[^A-Za-z0-9_$.])\$?[0-9]+:\$?[0-9]+/;

/** The formula split into literal text and references, or null when it cannot be shared safely. */
export function formulaPieces(formula: string): Piece[] | null {
  const pieces: Piece[] = [];
  let text = '';
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i] as string;
    if (ch === '"' || ch === "'") {
      let j = i + 1;
      while (j < formula.length) {
        if (formula[j] === ch) {
          if (formula[j + 1] === ch) j += 2;
          else break;
        } else j++;
      }
      text += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    const prev = i > 0 ? (formula[i - 1] as string) : '';
    if (!/[A-Za-z0-9_.$]/.test(prev)) {
      const m = REF.exec(formula.slice(i, i + 12));
      if (m) {
        if (text) pieces.push(text);
        text = '';
        pieces.push({ colPart: m[1] as string, rowAbsolute: m[2] === '$', row: Number(m[3]) });
        i += m[0].length;
        continue;
      }
    }
    text += ch;
    i++;
  }
  if (text) pieces.push(text);
  const literal = pieces.filter((p): p is string => typeof p === 'string').join('');
  return ROW_RANGE.test(literal) ? null : pieces;
}

/** The formula text of `pieces` moved down by `rows`. */
export function shiftedFormula(pieces: readonly Piece[], rows: number): string {
  let out = '';
  for (const p of pieces) out += typeof p === 'string' ? p : `${p.colPart}${p.rowAbsolute ? '$' : ''}${p.rowAbsolute ? p.row : p.row + rows}`;
  return out;
}

/** For each row of a column of formulas: the run it belongs to (master row index and run length). */
export interface SharedRun {
  readonly first: number;
  readonly length: number;
}

/**
 * Splits a column of cells (formula text or null) into shared runs of length ≥ 2.
 * @example sharedRuns(['A1+1', 'A2+1', 'A3+1']) // [{ first: 0, length: 3 }]
 */
export function sharedRuns(column: readonly (string | null)[]): SharedRun[] {
  const runs: SharedRun[] = [];
  let i = 0;
  while (i < column.length) {
    const master = column[i];
    if (master === null || master === undefined) {
      i++;
      continue;
    }
    const pieces = formulaPieces(master);
    let j = i + 1;
    if (pieces && pieces.some((p) => typeof p !== 'string')) {
      while (j < column.length && column[j] === shiftedFormula(pieces, j - i)) j++;
    }
    if (j - i >= 2) runs.push({ first: i, length: j - i });
    i = j;
  }
  return runs;
}
