/**
 * The canonical cell of one raw cell, when the engine can name it without guessing: the cell the
 * templates themselves would write for the value the validation engine reads (ADR 0001). A cell
 * the engine rejects, or reads only by assuming something (a year typed without its era), has no
 * canonical form here: a person decides.
 */
import { isValidDate, type CellValue } from '../core/cell';
import { isoToExcelSerial, tokyoDateOf } from '../dates/serial';
import { compileColumn, isBlankCell } from '../normalize';
import type { ColumnSpec } from '../spec/types';
import { toCellValue } from '../spec/to-cells';

/** Warnings that mean the engine guessed: such cells are left for a person. */
const GUESSES: ReadonlySet<string> = new Set(['date.eraAssumed']);

/**
 * Which cells a fix rewrites: every variant the engine can name ('all', 表記をそろえる), or only the
 * values a vocabulary renamed ('renamedValues', the template upgrade: old names become new ones,
 * while the clerk's other spellings stay for 表記をそろえる to show first).
 */
export type FixScope = 'all' | 'renamedValues';

/** What a cell should become: a new value, or null when it stays as it is. */
export type Canonicalizer = (raw: CellValue) => { readonly to: string | number } | null;

/** A Date from Apps Script already holds the day a serial would: not a change. */
function sameDay(raw: Date, serial: number): boolean {
  const iso = tokyoDateOf(raw);
  return iso !== null && isoToExcelSerial(iso) === serial;
}

function alreadyCanonical(col: ColumnSpec, raw: CellValue, canonical: CellValue): boolean {
  if (raw === canonical) return true;
  if (col.type === 'date' && typeof canonical === 'number') {
    // A serial with a time of day is still the same day to every formula.
    if (typeof raw === 'number') return Math.floor(raw) === canonical;
    if (isValidDate(raw)) return sameDay(raw, canonical);
  }
  if (col.type === 'time' && typeof canonical === 'number' && typeof raw === 'number') return Math.abs(raw - canonical) < 1e-9;
  return false;
}

/**
 * Compiles the canonicalizer of a column.
 * @example canonicalizer(booleanColumn)('〇') // { to: '○' }
 * @example canonicalizer(dateColumn)('R7.4.1') // { to: 45748 }
 */
export function canonicalizer(col: ColumnSpec, scope: FixScope = 'all'): Canonicalizer {
  const normalize = compileColumn(col);
  return (raw) => {
    if (scope === 'renamedValues' && !col.valueAliases) return null;
    if (raw === null || raw === undefined || raw === '') return null;
    // Space-only cells are blank to the engine but counted by COUNTA: clear them.
    if (isBlankCell(raw)) return { to: '' };
    const result = normalize(raw);
    if (!result.ok || result.value === null) return null;
    if (result.warning && GUESSES.has(result.warning.code)) return null;
    if (scope === 'renamedValues' && result.warning?.code !== 'enum.alias') return null;
    const canonical = toCellValue(col, result.value);
    if (typeof canonical !== 'string' && typeof canonical !== 'number') return null;
    return alreadyCanonical(col, raw, canonical) ? null : { to: canonical };
  };
}
