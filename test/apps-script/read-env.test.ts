/** The Sheets host's edges: Dates from getValues become serials exactly; the environment is Tokyo's. */
import vm from 'node:vm';
import { gridOf, serialOfSheetsDate, sheetsDateOfSerial } from '../../apps-script/src/read-workbook';
import { sheetsEnv } from '../../apps-script/src/sheets-env';
import { isoToExcelSerial } from '../../templates/dates/serial';

describe('read-workbook', () => {
  it('turns Tokyo-midnight Dates into the day’s serial and 1899-12-30 times into exact day fractions', () => {
    expect(serialOfSheetsDate(new Date('2025-05-19T15:00:00Z'))).toBe(isoToExcelSerial('2025-05-20'));
    expect(serialOfSheetsDate(new Date('1899-12-30T04:30:00Z'))).toBe(0.5625); // 13:30 JST
    expect(serialOfSheetsDate(new Date('1899-12-30T01:01:00Z'))).toBe(601 / 1440); // 10:01 JST
    for (const serial of [1, 61, 45797, 45797.5625, 60000]) expect(serialOfSheetsDate(sheetsDateOfSerial(serial))).toBe(serial);
  });

  it('reads Dates made in another realm (the vm the bundle runs in) and trims the empty sheet', () => {
    const foreign = vm.runInNewContext('new Date("2025-05-19T15:00:00Z")') as Date;
    expect(foreign instanceof Date).toBe(false);
    expect(gridOf([[foreign, 'x', 3, true, null]])).toEqual([[45797, 'x', 3, true, '']]);
    expect(gridOf([['']])).toEqual([]);
    expect(gridOf([[new Date(Number.NaN), 1]])).toEqual([['', 1]]);
  });
});

describe('sheetsEnv', () => {
  it('is Tokyo’s calendar and clock, western dates, links by tab id', () => {
    const env = sheetsEnv({ 資源リスト: 7 }, new Date('2025-12-31T15:30:00Z'));
    expect(env).toEqual({ today: '2026-01-01', now: '2026-01-01T00:30', links: { kind: 'sheets', sheetIds: { 資源リスト: 7 } }, dates: 'western', lang: 'ja' });
  });
});
