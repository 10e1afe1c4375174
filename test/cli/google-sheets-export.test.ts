/**
 * A workbook downloaded from Google Sheets as .xlsx holds the same data in other shapes: ○/×
 * checkboxes as TRUE/FALSE, dates as serials or as 'yyyy/mm/dd' / 'yyyy-mm-dd' text, times as
 * 'H:MM:SS' text. `validate` must find exactly the same problems (code, sheet, row, column, cell)
 * in both files.
 */
import { join } from 'node:path';
import { readWorkbookValues } from '../../cli/xlsx/read';
import type { CellValue, Grid } from '../../templates/core/cell';
import { excelSerialToIso } from '../../templates/dates/serial';
import { generateTown } from '../../templates/sample';
import { sheetForTabName } from '../../templates/sheets/registry';
import type { ColumnSpec } from '../../templates/spec/types';
import type { WorkbookValues } from '../../templates/validate/types';
import { removeDir, runCli, tempDir, TINY_TOWN, writeTownWorkbook, writeValuesWorkbook } from './helpers';
import { MISTAKE_CODES, withMistakes } from './mistakes';

/** 'H:MM:SS' of a day fraction, as Sheets prints a time. */
function timeText(fraction: number): string {
  const seconds = Math.round(fraction * 86400);
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  return `${h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
}

/** One cell as Sheets would export it; `variant` spreads dates over the three shapes. */
function googleCell(col: ColumnSpec | undefined, v: CellValue, variant: number): CellValue {
  if (!col) return v;
  if (col.type === 'boolean' && (v === '○' || v === '×')) return v === '○';
  if (col.type === 'date' && typeof v === 'number') {
    const iso = excelSerialToIso(v);
    if (iso === null || variant % 3 === 0) return v;
    return variant % 3 === 1 ? iso.replace(/-/g, '/') : iso;
  }
  if (col.type === 'time' && typeof v === 'number') return timeText(v);
  return v;
}

/** The values of a workbook reshaped the way a Google Sheets .xlsx download presents them. */
function asGoogleSheetsExport(book: WorkbookValues): WorkbookValues {
  const out: Record<string, Grid> = {};
  for (const [tab, grid] of Object.entries(book)) {
    const spec = sheetForTabName(tab);
    if (!spec) {
      out[tab] = grid;
      continue;
    }
    const cols = spec.columns as readonly ColumnSpec[];
    if (spec.kind === 'keyValue') {
      out[tab] = grid.map((row, r) => (r === 0 ? row : row.map((v, c) => (c === 1 ? googleCell(cols.find((x) => x.header === row[0]), v, r) : v))));
      continue;
    }
    const header = grid[0] ?? [];
    const byCol = header.map((h) => cols.find((c) => c.header === h));
    out[tab] = grid.map((row, r) => (r === 0 ? row : row.map((v, c) => googleCell(byCol[c], v, r + c))));
  }
  return out;
}

let dir: string;
let original: string;
let google: string;
let googleBook: WorkbookValues;

beforeAll(async () => {
  dir = await tempDir();
  original = join(dir, 'original.xlsx');
  google = join(dir, 'google.xlsx');
  await writeTownWorkbook(withMistakes(generateTown({ seed: 77, size: TINY_TOWN })), original);
  googleBook = asGoogleSheetsExport(await readWorkbookValues(original));
  await writeValuesWorkbook(googleBook, google);
});

afterAll(() => removeDir(dir));

describe('validate on a Google Sheets export', () => {
  it('the export really differs in shape (booleans, date text, time text)', () => {
    const cells = Object.values(googleBook).flatMap((g) => g.flat());
    expect(cells.filter((v) => v === true).length).toBeGreaterThan(10);
    expect(cells.filter((v) => typeof v === 'string' && /^\d{4}\/\d{2}\/\d{2}$/.test(v)).length).toBeGreaterThan(5);
    expect(cells.filter((v) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)).length).toBeGreaterThan(5);
    expect(cells.filter((v) => typeof v === 'string' && /^\d{1,2}:\d{2}:\d{2}$/.test(v)).length).toBeGreaterThan(5);
  });

  it('gives the same findings (code, sheet, row, column, address) as the original', async () => {
    const findings = async (path: string) => {
      const r = await runCli(['validate', path, '--json', '--today', '2025-12-01']);
      expect(r.code).toBe(1);
      return (JSON.parse(r.stdout) as { code: string; sheet: string; row: number; column: string; address: string }[])
        .map((f) => `${f.code}|${f.sheet}|${f.row}|${f.column}|${f.address}`)
        .sort();
    };
    const a = await findings(original);
    const b = await findings(google);
    for (const code of MISTAKE_CODES) expect(a.some((f) => f.startsWith(`${code}|`))).toBe(true);
    expect(b).toEqual(a);
  });
});
