/** The result type every normalizer returns, and small constructors for it. */
import type { CellValue } from '../core/cell';
import type { FindingCode, MessageParams } from '../core/messages';
import { minutesToHhMm, tokyoDateOf, tokyoMinutesOf } from '../dates/serial';
import type { NormalizedValue } from '../spec/row-types';

export interface NormalizeWarning {
  readonly code: FindingCode;
  readonly params: MessageParams;
}

/**
 * The public result of normalizing one cell. Blank cells give `{ok: true, value: null}`; the
 * engine decides whether blank is allowed.
 */
export type NormalizeResult =
  | { readonly ok: true; readonly value: NormalizedValue; readonly warning?: NormalizeWarning }
  | { readonly ok: false; readonly code: FindingCode; readonly params: MessageParams };

/** A column's precompiled normalizer (public form). */
export type CellNormalizer = (raw: CellValue) => NormalizeResult;

/** Why a cell was rejected (internal form of a failed result). */
export class Problem {
  constructor(
    readonly code: FindingCode,
    readonly params: MessageParams,
  ) {}
}

/** A value accepted with a warning (internal form). */
export class Warned {
  constructor(
    readonly value: NormalizedValue,
    readonly code: FindingCode,
    readonly params: MessageParams,
  ) {}
}

/**
 * Internal form used by the engine's hot loop: the normalized value itself (null = blank), or a
 * Problem, or a Warned value. Successes allocate nothing, which matters at 800,000 cells.
 */
export type Normalized = NormalizedValue | Problem | Warned;

/** Internal normalizer of one column. */
export type ValueNormalizer = (raw: CellValue) => Normalized;

/** A blank cell (the engine decides whether blank is allowed). */
export const BLANK = null;

export function okWithWarning(value: NormalizedValue, code: FindingCode, params: MessageParams): Normalized {
  return new Warned(value, code, params);
}

export function fail(code: FindingCode, params: MessageParams): Normalized {
  return new Problem(code, params);
}

/** Converts the internal form to the public result. */
export function toResult(v: Normalized): NormalizeResult {
  if (v instanceof Problem) return { ok: false, code: v.code, params: v.params };
  if (v instanceof Warned) return { ok: true, value: v.value, warning: { code: v.code, params: v.params } };
  return { ok: true, value: v };
}

const MAX_SHOWN = 40;

/** String(v) that cannot throw, for values of unexpected types from a misbehaving host. */
export function safeString(v: unknown): string {
  try {
    return String(v);
  } catch {
    return Object.prototype.toString.call(v);
  }
}

/**
 * A short rendering of a raw value for messages: Dates in Tokyo time, long text cut to 40
 * characters (messages must stay readable and must not carry whole free-text cells).
 */
export function shownValue(raw: CellValue): string {
  let s: string;
  if (raw === null || raw === undefined) s = '';
  else if (raw instanceof Date) {
    const date = tokyoDateOf(raw);
    const minutes = tokyoMinutesOf(raw);
    s = date === null || minutes === null ? 'Invalid Date' : `${date} ${minutesToHhMm(minutes)}`;
  } else s = safeString(raw);
  return s.length > MAX_SHOWN ? `${s.slice(0, MAX_SHOWN)}…` : s;
}

/** True for '', whitespace-only (incl. U+3000/NBSP, which String#trim removes), null and undefined. */
export function isBlankCell(raw: CellValue): boolean {
  return raw === null || raw === undefined || raw === '' || (typeof raw === 'string' && raw.trim() === '');
}
