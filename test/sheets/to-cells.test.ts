/** Typed values → the cells we write (ADR 0001), and the two sheet layouts of rowsToGrid. */
import { smallTown, smallWorkbook } from '../fixtures/sample-towns';
import { sheetRows } from '../../templates/sample';
import { getSheet, SHEETS } from '../../templates/sheets/registry';
import { eventsSheet } from '../../templates/sheets/events';
import { settingsSheet } from '../../templates/sheets/settings';
import { statisticsSheet } from '../../templates/sheets/statistics';
import { isoToSerial, keyValueAddress, keyValueRef, rowsToGrid, timeToFraction, toCellValue } from '../../templates/spec/to-cells';
import type { ColumnSpec, SheetSpec } from '../../templates/spec/types';
import { fromA1 } from '../../templates/core/address';
import { excelSerialToIso } from '../../templates/dates/serial';

const col = (type: ColumnSpec['type'], extra: Partial<ColumnSpec> = {}): ColumnSpec => ({ key: 'k', header: '項目', label: 'Item', type, width: 10, hint: '例', ...extra });

describe('isoToSerial', () => {
  it.each([
    ['1900-01-01', 1],
    ['1900-02-28', 59],
    ['1900-03-01', 61], // Excel's phantom 1900-02-29 is serial 60
    ['1970-01-01', 25569],
    ['2000-01-01', 36526],
    ['2025-04-01', 45748],
    ['2026-03-31', 46112],
  ])('%s → %i', (iso, serial) => {
    expect(isoToSerial(iso)).toBe(serial);
  });

  it('agrees with UTC day counting for every day 1900-03-01 … 2100-12-31 (time-zone free)', () => {
    const base = Date.UTC(1899, 11, 30);
    for (let t = Date.UTC(1900, 2, 1); t <= Date.UTC(2100, 11, 31); t += 86400000 * 7) {
      const iso = new Date(t).toISOString().slice(0, 10);
      expect(isoToSerial(iso)).toBe((t - base) / 86400000);
    }
  });

  it('round-trips with the date reader templates/dates (writer and reader agree)', () => {
    for (const iso of ['1900-01-01', '1900-02-28', '1900-03-01', '1989-01-08', '2019-05-01', '2025-04-01', '2026-03-31', '2099-12-31']) {
      expect(excelSerialToIso(isoToSerial(iso))).toBe(iso);
    }
  });

  it('rejects malformed input (programmer error)', () => {
    expect(() => isoToSerial('2025/04/01')).toThrow(RangeError);
    expect(() => isoToSerial('1899-12-31')).toThrow(RangeError);
  });
});

describe('toCellValue', () => {
  it('renders each type as ADR 0001 says', () => {
    expect(toCellValue(col('boolean'), true)).toBe('○');
    expect(toCellValue(col('boolean'), false)).toBe('×');
    expect(toCellValue(col('boolean'), null)).toBe('');
    expect(toCellValue(col('date'), '2025-04-01')).toBe(45748);
    expect(toCellValue(col('time'), '13:30')).toBeCloseTo(13.5 / 24, 12);
    expect(timeToFraction('00:00')).toBe(0);
    expect(toCellValue(col('multiEnum', { values: ['a', 'b'] }), ['看取り', '災害対策'])).toBe('看取り、災害対策');
    expect(toCellValue(col('integer'), 12)).toBe(12);
    expect(toCellValue(col('decimal'), 36.6513)).toBe(36.6513);
    expect(toCellValue(col('fiscalYear'), 2025)).toBe(2025);
    expect(toCellValue(col('phone'), '0123-45-6789')).toBe('0123-45-6789');
    expect(toCellValue(col('postal'), '012-3456')).toBe('012-3456');
    expect(toCellValue(col('lgCode'), '011002')).toBe('011002');
    expect(toCellValue(col('text'), '=1+1')).toBe('=1+1'); // escaping formulas is the host's job
    expect(toCellValue(col('text'), null)).toBe('');
  });

  it('writes values of the wrong JS type as they are, so validation can report them', () => {
    expect(toCellValue(col('date'), 'いつか')).toBe('いつか');
    expect(toCellValue(col('boolean'), 'はい')).toBe('はい');
  });
});

describe('rowsToGrid', () => {
  it('writes a table sheet as a header row plus one row per record, in spec order', () => {
    const town = smallTown();
    const grid = rowsToGrid(eventsSheet, town.rows.events);
    expect(grid[0]).toEqual(eventsSheet.columns.map((c) => c.header));
    expect(grid).toHaveLength(town.rows.events.length + 1);
    const first = town.rows.events[0];
    if (!first) throw new Error('no events');
    const row = grid[1] as unknown[];
    const at = (key: string) => row[eventsSheet.columns.findIndex((c) => c.key === key)];
    expect(at('id')).toBe(first.id);
    expect(at('date')).toBe(isoToSerial(first.date));
    expect(typeof at('startTime')).toBe('number');
  });

  it('writes a keyValue sheet as 項目/値 rows, one per column spec', () => {
    const settings = smallTown().rows.settings;
    if (!settings) throw new Error('no settings');
    const grid = rowsToGrid(settingsSheet, [settings]);
    expect(grid[0]).toEqual(['項目', '値']);
    expect(grid).toHaveLength(settingsSheet.columns.length + 1);
    settingsSheet.columns.forEach((c, i) => expect(grid[i + 1]?.[0]).toBe(c.header));
    const { row, col: column } = fromA1(keyValueAddress(settingsSheet, 'fiscalYear'));
    expect(grid[row]?.[column]).toBe(settings.fiscalYear);
    expect(grid[row]?.[0]).toBe('対象年度');
  });

  it('writes an empty keyValue sheet with labels and blank values', () => {
    const grid = rowsToGrid(statisticsSheet, []);
    expect(grid).toHaveLength(statisticsSheet.columns.length + 1);
    for (const line of grid.slice(1)) expect(line[1]).toBe('');
  });

  it('pins the documented addresses: 設定!B10 is 対象年度', () => {
    expect(keyValueAddress(settingsSheet, 'fiscalYear')).toBe('B10');
    expect(keyValueAddress(settingsSheet, 'townName')).toBe('B3');
    expect(keyValueRef(settingsSheet, 'fiscalYear')).toBe("'設定'!$B$10");
    expect(() => keyValueAddress(eventsSheet, 'date')).toThrow();
    expect(() => keyValueAddress(settingsSheet, 'nope')).toThrow();
  });
});

describe('townToWorkbookValues', () => {
  it('has one grid per sheet, in registry order, headed by the spec headers', () => {
    const book = smallWorkbook();
    expect(Object.keys(book)).toEqual((SHEETS as readonly SheetSpec[]).map((s) => s.name));
    for (const spec of SHEETS as readonly SheetSpec[]) {
      const grid = book[spec.name];
      if (!grid) throw new Error(spec.name);
      if (spec.kind === 'table') {
        expect(grid[0]).toEqual(spec.columns.map((c) => c.header));
        expect(grid.length).toBe(sheetRows(smallTown().rows, spec.id).length + 1);
      } else {
        expect(grid[0]).toEqual(['項目', '値']);
      }
    }
  });

  it('uses only plain cell values: ○/×/blank booleans, numeric dates, strings elsewhere', () => {
    const book = smallWorkbook();
    const resources = getSheet('resources');
    const grid = book[resources.name] ?? [];
    resources.columns.forEach((c, j) => {
      for (const line of grid.slice(1)) {
        const v = line[j];
        if (c.type === 'boolean') expect(['○', '×', '']).toContain(v);
        if (c.type === 'date' && v !== '') expect(Number.isInteger(v)).toBe(true);
        if (c.type === 'phone' || c.type === 'postal' || c.type === 'id') expect(typeof v).toBe('string');
      }
    });
  });
});
