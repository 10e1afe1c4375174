/**
 * A compact stand-in for `@holiday-jp/holiday_jp/lib/holidays` in the Apps Script bundle.
 *
 * Why: the package's data module spells out date, weekday (ja/en), name and English name for every
 * holiday since 1970 — about 280 KB of the bundle, more than everything else together. The core
 * only reads `.name` by ISO date (templates/notices/holidays.ts), so the bundle carries the dates and
 * names alone and rebuilds the same `{ [iso]: { name } }` shape when it loads. Node (CLI, tests) keeps
 * the package's own module; a test compares the two.
 */

interface HolidayEntry {
  readonly name: string;
}

/**
 * The ES module source that esbuild bundles in place of the data module.
 * @example compactHolidayModule({ '2025-05-05': { name: 'こどもの日' } }).includes('こどもの日') // true
 */
export function compactHolidayModule(data: Readonly<Record<string, HolidayEntry>>): string {
  const names: string[] = [];
  const indexOf = new Map<string, number>();
  // Dates grouped by year: "2025": "0101:0,0113:1,…" keeps each entry to ~7 characters.
  const byYear = new Map<string, string[]>();
  for (const iso of Object.keys(data).sort()) {
    const name = (data[iso] as HolidayEntry).name;
    let i = indexOf.get(name);
    if (i === undefined) {
      i = names.length;
      names.push(name);
      indexOf.set(name, i);
    }
    const year = iso.slice(0, 4);
    const list = byYear.get(year) ?? [];
    list.push(`${iso.slice(5, 7)}${iso.slice(8, 10)}:${i}`);
    byYear.set(year, list);
  }
  const years: Record<string, string> = {};
  for (const [year, list] of byYear) years[year] = list.join(',');
  return [
    `const NAMES = ${JSON.stringify(names)};`,
    `const YEARS = ${JSON.stringify(years)};`,
    'const holidays = {};',
    'for (const year of Object.keys(YEARS)) {',
    "  for (const item of YEARS[year].split(',')) {",
    "    const [md, i] = item.split(':');",
    "    holidays[year + '-' + md.slice(0, 2) + '-' + md.slice(2)] = { name: NAMES[Number(i)] };",
    '  }',
    '}',
    'export default holidays;',
    '',
  ].join('\n');
}
