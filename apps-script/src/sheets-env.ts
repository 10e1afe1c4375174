/// <reference types="google-apps-script" />
/**
 * The HostEnv of Google Sheets: links by tab id (Sheets addresses a tab only by its numeric gid),
 * western dates (Sheets has no era number format; 和暦 appears in notices and prints), and the
 * Tokyo clock. The clock is read as one `new Date()` and turned into Tokyo wall time by the core's
 * own arithmetic (Asia/Tokyo has no daylight saving), so no service call is spent on it.
 */
import { minutesToHhMm, todayInTokyo, tokyoMinutesOf } from '../../templates/dates/serial';
import type { HostEnv } from '../../templates/host/commands';
import type { UiLang } from '../../templates/host/texts';

/**
 * @example sheetsEnv({ 資源リスト: 0 }, new Date('2025-05-19T15:30:00Z')).now // '2025-05-20T00:30'
 */
export function sheetsEnv(sheetIds: Readonly<Record<string, number>>, now: Date = new Date(), lang: UiLang = 'ja'): HostEnv {
  const today = todayInTokyo(now);
  const minutes = tokyoMinutesOf(now) ?? 0;
  return { today, now: `${today}T${minutesToHhMm(minutes)}`, links: { kind: 'sheets', sheetIds }, dates: 'western', lang };
}
