/**
 * A compact stand-in for `@holiday-jp/holiday_jp/lib/holidays` in the Apps Script bundle.
 *
 * Why: the package's data module spells out date, weekday (ja/en), name and English name for every
 * holiday since 1970 — about 280 KB of the bundle, more than everything else together. The core
 * only reads `.name` by ISO date (templates/notices/holidays.ts), so the bundle carries the dates and
 * names alone (encoded as compactHolidayModule describes) and rebuilds the same `{ [iso]: { name } }`
 * shape when it loads. Node (CLI, tests) keeps the package's own module; a test compares the two.
 */

interface HolidayEntry {
  readonly name: string;
}

/** One character per month, day or name index (62 values; the data has 39 names). */
const DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/**
 * The ES module source that esbuild bundles in place of the data module.
 *
 * Each year is one string of three-character entries — month, day, name index, one DIGITS
 * character each — in a list indexed from the first year, so an entry costs 3 bytes instead of the
 * ~7 of "MMDD:i," (the data module is the bundle's largest input after the UI texts).
 * @example compactHolidayModule({ '2025-05-05': { name: 'こどもの日' } }).includes('こどもの日') // true
 */
export function compactHolidayModule(data: Readonly<Record<string, HolidayEntry>>): string {
  const names: string[] = [];
  const indexOf = new Map<string, number>();
  const byYear = new Map<number, string>();
  for (const iso of Object.keys(data).sort()) {
    const name = (data[iso] as HolidayEntry).name;
    let i = indexOf.get(name);
    if (i === undefined) {
      i = names.length;
      names.push(name);
      indexOf.set(name, i);
    }
    if (i >= DIGITS.length) throw new Error(`more than ${DIGITS.length} holiday names: extend the encoding`);
    const year = Number(iso.slice(0, 4));
    const entry = DIGITS[Number(iso.slice(5, 7))]! + DIGITS[Number(iso.slice(8, 10))]! + DIGITS[i]!;
    byYear.set(year, (byYear.get(year) ?? '') + entry);
  }
  const first = Math.min(...byYear.keys());
  const last = Math.max(...byYear.keys());
  const years: string[] = [];
  for (let y = first; y <= last; y++) years.push(byYear.get(y) ?? '');
  return [
    `const DIGITS = ${JSON.stringify(DIGITS)};`,
    `const NAMES = ${JSON.stringify(names)};`,
    `const FIRST_YEAR = ${first};`,
    `const YEARS = ${JSON.stringify(years)};`,
    'const holidays = {};',
    "const twoDigits = (c) => String(DIGITS.indexOf(c)).padStart(2, '0');",
    'YEARS.forEach((entries, k) => {',
    '  for (let j = 0; j < entries.length; j += 3) {',
    "    holidays[`${FIRST_YEAR + k}-${twoDigits(entries[j])}-${twoDigits(entries[j + 1])}`] = { name: NAMES[DIGITS.indexOf(entries[j + 2])] };",
    '  }',
    '});',
    'export default holidays;',
    '',
  ].join('\n');
}
