/**
 * enum and multiEnum columns. A value matches an allowed one when they are equal after width
 * folding (（イ） = (イ), ＭＳＷ = MSW), whitespace removal, wave-dash unification and ASCII case
 * folding. Nothing looser (no prefix or "without the bracket" matching): a dropdown value that
 * half-matches is more likely a different choice than a typo.
 * multiEnum splits on 、 , ， ; ； / ／ and line breaks — never on ・, which values contain —
 * drops duplicates and returns the values in the order of the allowed list.
 */
import type { CellValue } from '../core/cell';
import type { ColumnSpec } from '../spec/types';
import { matchKey } from './fold';
import { BLANK, fail, okWithWarning, shownValue, type Normalized, type ValueNormalizer } from './result';
import { textOfCell } from './text';

const SHOWN_CHOICES = 8;
/** Folded spellings remembered per enum column (bounded, so a sheet of unique junk cannot grow it). */
const VARIANT_MEMO_LIMIT = 1024;

/** Allowed values for messages, cut after 8 ('A／B／…（全12件）'). */
export function allowedList(values: readonly string[]): string {
  if (values.length <= SHOWN_CHOICES) return values.join('／');
  return `${values.slice(0, SHOWN_CHOICES).join('／')}／…（全${values.length}件）`;
}

/** Builds the lookup from raw and folded spellings to the canonical value. */
function lookupOf(values: readonly string[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const v of values) map.set(v, v);
  for (const v of values) if (!map.has(matchKey(v))) map.set(matchKey(v), v);
  return map;
}

/**
 * Raw and folded spellings of the column's value aliases → current value. A current value always
 * wins over an alias of the same spelling, so adding an alias never changes what a valid cell means.
 */
function aliasLookupOf(col: ColumnSpec, values: ReadonlyMap<string, string>): Map<string, string> {
  const map = new Map<string, string>();
  for (const [alias, to] of Object.entries(col.valueAliases ?? {})) {
    if (!values.has(to)) throw new Error(`valueAliases of ${col.key}: 「${alias}」 points at 「${to}」, which is not an allowed value`);
    for (const key of [alias, matchKey(alias)]) if (!values.has(key) && !map.has(key)) map.set(key, to);
  }
  return map;
}

/** An alias, read as its current value with a warning that the formulas do not count it yet. */
function aliasRead(raw: string, to: string, value: string | readonly string[]): Normalized {
  return okWithWarning(value as never, 'enum.alias', { value: shownValue(raw), to });
}

function cellText(raw: Exclude<CellValue, null | undefined>): string | null {
  return typeof raw === 'string' ? raw : textOfCell(raw);
}

/**
 * Compiles an enum column's normalizer.
 * @example compileEnum({ ...col, values: ['多職種会議（イ）'] })('多職種会議(イ)') // ok '多職種会議（イ）'
 */
export function compileEnum(col: ColumnSpec): ValueNormalizer {
  const values = col.values ?? [];
  const lookup = lookupOf(values);
  const aliases = aliasLookupOf(col, lookup);
  const allowed = allowedList(values);
  // Hand-typed sheets repeat the same few variants (「診療所 」) thousands of times: fold each once.
  const variants = new Map<string, string | null>();
  return (raw: CellValue): Normalized => {
    if (raw === null || raw === undefined) return BLANK;
    const s = cellText(raw);
    if (s === null) return fail('cell.errorValue', { value: shownValue(raw) });
    const exact = lookup.get(s);
    if (exact !== undefined) return exact;
    let hit = variants.get(s);
    if (hit === undefined) {
      const key = matchKey(s);
      hit = key === '' ? null : (lookup.get(key) ?? '');
      if (variants.size < VARIANT_MEMO_LIMIT) variants.set(s, hit);
    }
    if (hit === null) return BLANK;
    if (hit !== '') return hit;
    const renamed = aliases.get(s) ?? aliases.get(matchKey(s));
    return renamed !== undefined ? aliasRead(s, renamed, renamed) : fail('enum.invalid', { value: shownValue(raw), allowed });
  };
}

const SEPARATORS = /[、,，;；/／\r\n]+/;

/**
 * Compiles a multiEnum column's normalizer.
 * @example compileMultiEnum({ ...col, values: ['入退院支援', '看取り'] })('看取り、入退院支援') // ok ['入退院支援', '看取り']
 */
export function compileMultiEnum(col: ColumnSpec): ValueNormalizer {
  const values = col.values ?? [];
  const lookup = lookupOf(values);
  const aliases = aliasLookupOf(col, lookup);
  const order = new Map(values.map((v, i) => [v, i]));
  const allowed = allowedList(values);
  return (raw: CellValue): Normalized => {
    if (raw === null || raw === undefined) return BLANK;
    const s = cellText(raw);
    if (s === null) return fail('cell.errorValue', { value: shownValue(raw) });
    const single = lookup.get(s);
    if (single !== undefined) return [single];
    const picked = new Set<string>();
    const bad: string[] = [];
    const renamedParts: string[] = [];
    const renamedTo: string[] = [];
    for (const part of s.split(SEPARATORS)) {
      const key = matchKey(part);
      if (key === '') continue;
      const hit = lookup.get(part.trim()) ?? lookup.get(key);
      if (hit !== undefined) {
        picked.add(hit);
        continue;
      }
      const renamed = aliases.get(part.trim()) ?? aliases.get(key);
      if (renamed === undefined) bad.push(part.trim());
      else {
        picked.add(renamed);
        renamedParts.push(part.trim());
        renamedTo.push(renamed);
      }
    }
    if (bad.length > 0) return fail('multiEnum.invalid', { value: shownValue(bad.join('、')), allowed });
    if (picked.size === 0) return BLANK;
    const sorted = [...picked].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
    return renamedParts.length > 0 ? aliasRead(renamedParts.join('、'), renamedTo.join('、'), sorted) : sorted;
  };
}
