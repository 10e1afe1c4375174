/**
 * Cell normalization: one small module per column type; this file compiles a column spec into
 * a normalizer function once, so the engine does no per-cell dispatch on type. Two forms:
 * `compileColumn` → `(raw) => NormalizeResult` for any caller, and `compileValueNormalizer` →
 * `(raw) => value | Problem | Warned`, which allocates nothing on success (the engine's form).
 * Spreadsheet error literals (#N/A, #REF! …) are reported as cell.errorValue for every type.
 */
import { isErrorValue, type CellValue } from '../core/cell';
import type { ColumnSpec } from '../spec/types';
import { compileBoolean } from './boolean';
import { compileCoordinate } from './coordinate';
import { compileDate } from './date';
import { compileEmail } from './email';
import { compileEnum, compileMultiEnum } from './enum';
import { compileFiscalYear } from './fiscal-year';
import { compileId } from './id';
import { compileLgCode } from './lg-code';
import { compileNumber } from './number';
import { compilePhone } from './phone';
import { compilePostal } from './postal';
import { Problem, toResult, type CellNormalizer, type NormalizeResult, type Normalized, type ValueNormalizer } from './result';
import { compileText } from './text';
import { compileTime } from './time';

export type { CellNormalizer, NormalizeResult, NormalizeWarning, Normalized, ValueNormalizer } from './result';
export { Problem, Warned, toResult } from './result';
export { isBlankCell, shownValue } from './result';

function compileByType(col: ColumnSpec): ValueNormalizer {
  switch (col.type) {
    case 'text':
      return compileText(col);
    case 'integer':
    case 'decimal':
      return compileNumber(col);
    case 'date':
      return compileDate();
    case 'time':
      return compileTime();
    case 'boolean':
      return compileBoolean();
    case 'enum':
      return compileEnum(col);
    case 'multiEnum':
      return compileMultiEnum(col);
    case 'phone':
      return compilePhone();
    case 'postal':
      return compilePostal();
    case 'email':
      return compileEmail();
    case 'id':
    case 'ref':
      return compileId();
    case 'fiscalYear':
      return compileFiscalYear();
    case 'lgCode':
      return compileLgCode();
    case 'latitude':
    case 'longitude':
      return compileCoordinate(col);
  }
}

/**
 * Types whose cells repeat a lot and cost something to parse: their results are memoized.
 * (enum and boolean share precomputed results already; numbers parse faster than a lookup;
 * ids and refs are mostly distinct.)
 */
const REPETITIVE: ReadonlySet<ColumnSpec['type']> = new Set(['multiEnum', 'date', 'time', 'fiscalYear', 'lgCode']);
/** Memo entries per column; beyond this the memo stops growing (bounded memory on huge sheets). */
const MEMO_LIMIT = 4096;

/** Shared multiEnum arrays must not be changed through one row and show up in another. */
function freezeArray(v: Normalized): Normalized {
  if (Array.isArray(v)) Object.freeze(v);
  return v;
}

function errorLiteral(raw: string): Normalized {
  return new Problem('cell.errorValue', { value: raw.trim() });
}

/**
 * A spreadsheet error literal (#N/A …) is reported as such rather than as "not a date" etc.
 * Non-text normalizers reject error literals anyway, so callers apply this to Problems only.
 */
export function refineProblem(raw: CellValue, problem: Problem): Problem {
  return typeof raw === 'string' && isErrorValue(raw) ? (errorLiteral(raw) as Problem) : problem;
}

/**
 * Compiles a column's internal normalizer: returns the normalized value (null for blank), or a
 * Problem, or a Warned value — no result object per cell. Equal cells of repetitive columns share
 * one (frozen) value. This is what the engine runs (passing Problems through refineProblem);
 * `compileColumn` wraps it for other callers.
 */
export function compileValueNormalizer(col: ColumnSpec): ValueNormalizer {
  const byType = compileByType(col);
  // Text accepts anything, so error literals must be caught before it.
  const normalize: ValueNormalizer =
    col.type === 'text'
      ? (raw) => (typeof raw === 'string' && raw.indexOf('#') !== -1 && isErrorValue(raw) ? errorLiteral(raw) : byType(raw))
      : byType;
  if (!REPETITIVE.has(col.type)) return normalize;
  const memo = new Map<string | number, Normalized>();
  return (raw) => {
    if (typeof raw !== 'string' && typeof raw !== 'number') return freezeArray(normalize(raw));
    const hit = memo.get(raw);
    if (hit !== undefined) return hit;
    const v = freezeArray(normalize(raw));
    if (memo.size < MEMO_LIMIT) memo.set(raw, v);
    return v;
  };
}

/**
 * Compiles a column's normalizer. Blank cells give `{ok: true, value: null}`.
 * @example
 * const norm = compileColumn({ key: 'phone', header: '電話番号', type: 'phone', … });
 * norm('０３（１２３４）５６７８') // { ok: true, value: '03-1234-5678' }
 */
export function compileColumn(col: ColumnSpec): CellNormalizer {
  const normalize = compileValueNormalizer(col);
  return (raw: CellValue): NormalizeResult => {
    const v = normalize(raw);
    return toResult(v instanceof Problem ? refineProblem(raw, v) : v);
  };
}

/**
 * One-off normalization of a single cell (compiles the column each call; the engine uses
 * compileColumn instead).
 * @example normalizeCell(dateColumn, '令和7年5月20日') // { ok: true, value: '2025-05-20' }
 */
export function normalizeCell(col: ColumnSpec, raw: CellValue): NormalizeResult {
  return compileColumn(col)(raw);
}
