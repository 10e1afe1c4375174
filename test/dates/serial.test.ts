import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import {
  dayFractionToHhMm, excelSerialToIso, isoToExcelSerial, isoToTokyoMidnight, minutesToHhMm, todayInTokyo, tokyoDateOf,
  tokyoMinutesOf, utcMinutesOf,
} from '../../templates/dates';

describe('Excel 1900 serials', () => {
  test.each([
    [1, '1900-01-01'], [59, '1900-02-28'], [61, '1900-03-01'], [25569, '1970-01-01'], [43586, '2019-05-01'],
    [45747, '2025-03-31'], [45748, '2025-04-01'], [45797, '2025-05-20'], [45797.75, '2025-05-20'], [73415, '2100-12-31'],
  ])('serial %s is %s', (serial, iso) => {
    expect(excelSerialToIso(serial)).toBe(iso);
    if (Number.isInteger(serial)) expect(isoToExcelSerial(iso)).toBe(serial);
  });

  test('serial 60 is the phantom 1900-02-29 and has no ISO date', () => {
    expect(excelSerialToIso(60)).toBeNull();
    expect(isoToExcelSerial('1900-02-29')).toBeNull();
  });

  test('out of range and malformed input', () => {
    expect(excelSerialToIso(0)).toBeNull();
    expect(excelSerialToIso(-3)).toBeNull();
    expect(excelSerialToIso(Number.NaN)).toBeNull();
    expect(excelSerialToIso(Number.POSITIVE_INFINITY)).toBeNull();
    expect(isoToExcelSerial('1899-12-31')).toBeNull();
    expect(isoToExcelSerial('2025-02-30')).toBeNull();
  });

  test('modern serials equal days since 1899-12-30 (the Sheets epoch)', () => {
    const epoch = Date.UTC(1899, 11, 30);
    for (const iso of ['1900-03-01', '1999-12-31', '2025-05-20', '2099-01-01']) {
      const days = (Date.parse(`${iso}T00:00:00Z`) - epoch) / 86_400_000;
      expect(isoToExcelSerial(iso)).toBe(days);
    }
  });
});

describe('instants in Asia/Tokyo (fixed +09:00, independent of process TZ)', () => {
  test('Apps Script local midnight and exceljs UTC midnight both give the same day', () => {
    expect(tokyoDateOf(new Date('2025-05-19T15:00:00Z'))).toBe('2025-05-20'); // Tokyo midnight
    expect(tokyoDateOf(new Date('2025-05-20T00:00:00Z'))).toBe('2025-05-20'); // exceljs
    expect(tokyoDateOf(new Date('2025-05-20T14:59:59Z'))).toBe('2025-05-20');
    expect(tokyoDateOf(new Date('2025-05-20T15:00:00Z'))).toBe('2025-05-21');
    expect(tokyoDateOf(new Date(Number.NaN))).toBeNull();
  });

  test('today in Tokyo crosses midnight 9 hours before UTC', () => {
    expect(todayInTokyo(new Date('2025-12-31T14:59:00Z'))).toBe('2025-12-31');
    expect(todayInTokyo(new Date('2025-12-31T15:00:00Z'))).toBe('2026-01-01');
  });

  test('isoToTokyoMidnight is the inverse of tokyoDateOf', () => {
    expect(isoToTokyoMidnight('2025-05-20').toISOString()).toBe('2025-05-19T15:00:00.000Z');
    for (const iso of ['1900-01-01', '2019-04-30', '2024-02-29']) expect(tokyoDateOf(isoToTokyoMidnight(iso))).toBe(iso);
    expect(Number.isNaN(isoToTokyoMidnight('bad').getTime())).toBe(true);
  });

  test('times of day', () => {
    expect(tokyoMinutesOf(new Date('1899-12-30T00:30:00Z'))).toBe(9 * 60 + 30); // Sheets time-only cell 9:30
    expect(tokyoMinutesOf(new Date('2025-05-20T05:00:29Z'))).toBe(14 * 60);
    expect(utcMinutesOf(new Date('1899-12-30T09:30:00Z'))).toBe(570);
    expect(minutesToHhMm(0)).toBe('00:00');
    expect(minutesToHhMm(1439)).toBe('23:59');
    expect(dayFractionToHhMm(0.5)).toBe('12:00');
    expect(dayFractionToHhMm(0.375)).toBe('09:00');
    expect(dayFractionToHhMm(0.99999)).toBeNull(); // rounds to 24:00
    expect(dayFractionToHhMm(-0.1)).toBeNull();
  });
});

describe('the same results under other process time zones', () => {
  // The code never reads the local zone; prove it by running a probe under three TZ settings.
  const probe = join(__dirname, 'tz-probe.ts');
  const run = (tz: string): string =>
    execFileSync(process.execPath, [join(dirname(require.resolve('tsx/package.json')), 'dist', 'cli.mjs'), probe], { env: { ...process.env, TZ: tz }, encoding: 'utf8' });

  test('UTC, Asia/Tokyo and America/Los_Angeles agree', () => {
    const utc = run('UTC');
    expect(JSON.parse(utc)).toMatchObject({ tokyoDate: '2025-05-20', normalized: '2025-05-20', time: '09:30' });
    expect(run('Asia/Tokyo')).toBe(utc);
    expect(run('America/Los_Angeles')).toBe(utc);
  });
});
