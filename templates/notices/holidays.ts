/**
 * Japanese public holidays for scheduling warnings. We read @holiday-jp/holiday_jp's data module
 * alone (a plain object keyed by 'YYYY-MM-DD', no Node API): its main entry also requires
 * package.json and scans every key on each call, while a property lookup is O(1).
 */
import holidayData from '@holiday-jp/holiday_jp/lib/holidays';

interface HolidayEntry {
  readonly name: string;
}

const HOLIDAYS = holidayData as unknown as Readonly<Record<string, HolidayEntry>>;
const HAS = Object.prototype.hasOwnProperty;

/**
 * The holiday's Japanese name, or null when the date is not a public holiday.
 * @example holidayName('2025-05-05') // 'こどもの日'
 */
export function holidayName(iso: string): string | null {
  return HAS.call(HOLIDAYS, iso) ? (HOLIDAYS[iso] as HolidayEntry).name : null;
}

/** Last calendar year the bundled holiday data covers; later dates cannot be checked. */
export const HOLIDAY_DATA_LAST_YEAR = Object.keys(HOLIDAYS).reduce((max, k) => Math.max(max, Number(k.slice(0, 4))), 0);
