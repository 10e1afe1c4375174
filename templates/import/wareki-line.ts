/** Dates the sources print as text: 「[令和7年6月1日 現在]」, 令和元年…, or 2025/6/1 and 2025-06-01. */
import { isValidYmd, toIsoDate } from '../dates/calendar';
import { warekiToIso } from '../dates/wareki';

/**
 * The first date in a line of text as 'YYYY-MM-DD'; null when there is none.
 * @example warekiDateIn('[令和７年６月１日 現在]') // '2025-06-01'
 */
export function warekiDateIn(text: string): string | null {
  const s = text.normalize('NFKC');
  const w = /(明治|大正|昭和|平成|令和)\s*(元|\d{1,2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/.exec(s);
  if (w) return warekiToIso(w[1] as string, w[2] === '元' ? 1 : Number(w[2]), Number(w[3]), Number(w[4]));
  const g = /(\d{4})\s*[-/年.]\s*(\d{1,2})\s*[-/月.]\s*(\d{1,2})/.exec(s);
  if (!g) return null;
  const [y, m, d] = [Number(g[1]), Number(g[2]), Number(g[3])];
  return isValidYmd(y, m, d) ? toIsoDate(y, m, d) : null;
}
