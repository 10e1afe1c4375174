/** Prints date results as JSON; serial.test.ts runs it under several TZ settings and compares. */
import { fiscalYearOf, formatWareki, tokyoDateOf, todayInTokyo } from '../../templates/dates';
import { normalizeCell } from '../../templates/normalize';

const date = { key: 'd', header: '日付', label: 'Date', type: 'date', width: 10, hint: '' } as const;
const time = { key: 't', header: '時刻', label: 'Time', type: 'time', width: 10, hint: '' } as const;
const norm = normalizeCell(date, new Date('2025-05-19T15:00:00Z'));
const t = normalizeCell(time, new Date('1899-12-30T00:30:00Z'));
process.stdout.write(
  JSON.stringify({
    tokyoDate: tokyoDateOf(new Date('2025-05-19T15:00:00Z')),
    today: todayInTokyo(new Date('2026-03-31T15:30:00Z')),
    normalized: norm.ok ? norm.value : null,
    time: t.ok ? t.value : null,
    wareki: formatWareki('2025-05-20', { weekday: true }),
    fy: fiscalYearOf('2026-03-31'),
  }),
);
