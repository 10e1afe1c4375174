/**
 * `zaitaku aggregate` over a prefecture's folder: 50 generated town workbooks plus one corrupt file
 * (random bytes named .xlsx) and one unrelated workbook. The run finishes, reports exactly the two
 * bad files by name, and every figure equals that town's own `indicators --json` output.
 */
import { randomBytes } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { KEY_INDICATOR_IDS } from '../../templates/aggregate/key-indicators';
import { parseCsv } from '../../templates/export/csv';
import { findIndicator } from '../../templates/indicators';
import { generateTowns, townToWorkbookValues, type SampleTown } from '../../templates/sample';
import { removeDir, runCli, tempDir, TINY_TOWN, writeValuesWorkbook } from '../cli/helpers';

const TOWN_COUNT = 50;

let dir: string;
let files: string[];

beforeAll(async () => {
  dir = await tempDir('zaitaku-aggregate-');
  const towns = generateTowns(TOWN_COUNT, 900, TINY_TOWN, 2025);
  files = [];
  for (const [i, town] of towns.entries()) {
    const file = `${String(i + 1).padStart(2, '0')}_${town.townName}.xlsx`;
    await writeValuesWorkbook(townToWorkbookValues(town), join(dir, file));
    files.push(file);
  }
  await writeFile(join(dir, '壊れたファイル.xlsx'), randomBytes(4096));
  const foreign = new ExcelJS.Workbook();
  const ws = foreign.addWorksheet('Sheet1');
  for (let r = 0; r < 20; r++) ws.addRow([randomBytes(4).toString('hex'), Math.round(Math.random() * 1000), r % 2 === 0]);
  await foreign.xlsx.writeFile(join(dir, '関係ないブック.xlsx'));
  await writeFile(join(dir, 'メモ.txt'), 'not a workbook and not .xlsx: ignored');
}, 300_000);

afterAll(() => removeDir(dir));

describe('aggregate over 50 towns and two bad files', () => {
  let csvRows: string[][];
  let stderr: string;

  beforeAll(async () => {
    const out = join(dir, 'out', '町村比較.csv');
    const r = await runCli(['aggregate', dir, '--out', out]);
    expect(r.code).toBe(0);
    stderr = r.stderr;
    csvRows = parseCsv(await readFile(out, 'utf8'));
  }, 300_000);

  it('reports exactly the two bad files, by name, and keeps going', () => {
    const lines = stderr.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines.some((l) => l.includes('「壊れたファイル.xlsx」は Excel ブック（.xlsx）として読めません'))).toBe(true);
    expect(lines.some((l) => l.includes('「関係ないブック.xlsx」は在宅連携キットのブックではありません'))).toBe(true);
    expect(csvRows.length).toBe(1 + TOWN_COUNT);
  });

  it('has identity columns and the key indicators in the header', () => {
    const header = csvRows[0] as string[];
    expect(header.slice(0, 5)).toEqual(['市区町村名', '団体コード', '年度', 'ファイル', '検査エラー数']);
    expect(header.slice(5)).toEqual(KEY_INDICATOR_IDS.map((id) => `${findIndicator(id)?.name}（${findIndicator(id)?.unit}）`));
    const codes = csvRows.slice(1).map((r) => r[1] as string);
    expect(new Set(codes).size).toBe(TOWN_COUNT);
    expect([...codes].sort()).toEqual(codes);
  });

  it('every figure equals the town\'s own `indicators --json`', async () => {
    let compared = 0;
    for (const row of csvRows.slice(1)) {
      const file = row[3] as string;
      expect(files).toContain(file);
      const r = await runCli(['indicators', join(dir, file), '--json']);
      expect(r.code).toBe(0);
      const own = new Map((JSON.parse(r.stdout) as { id: string; value: number | null }[]).map((x) => [x.id, x.value]));
      KEY_INDICATOR_IDS.forEach((id, k) => {
        const cell = row[5 + k] as string;
        const value = own.get(id);
        expect(value).not.toBeUndefined();
        expect(cell).toBe(value === null || value === undefined ? '' : String(value));
        compared++;
      });
    }
    expect(compared).toBe(TOWN_COUNT * KEY_INDICATOR_IDS.length);
    // The towns differ: a comparison of identical rows would prove nothing.
    expect(new Set(csvRows.slice(1).map((r) => r.slice(5).join(','))).size).toBeGreaterThan(TOWN_COUNT / 2);
  }, 300_000);

  it('writes the same table as .xlsx', async () => {
    const out = join(dir, 'out', '町村比較.xlsx');
    const r = await runCli(['aggregate', dir, '--out', out]);
    expect(r.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.worksheets[0] as ExcelJS.Worksheet;
    expect(ws.rowCount).toBe(csvRows.length);
    const second = (ws.getRow(2).values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v)));
    expect(second).toEqual(csvRows[1]);
  }, 300_000);
});

describe('aggregate edge cases', () => {
  it('skips a kit workbook without a fiscal year, ignores its own output, and exits 2 on an empty folder', async () => {
    const small = await tempDir('zaitaku-aggregate-edge-');
    try {
      const [good, noYear] = generateTowns(2, 5, TINY_TOWN, 2025);
      await writeValuesWorkbook(townToWorkbookValues(good as SampleTown), join(small, 'good.xlsx'));
      const values = townToWorkbookValues(noYear as SampleTown);
      const settings = (values['設定'] ?? []).map((row) => (row[0] === '対象年度' ? [row[0], ''] : row));
      await writeValuesWorkbook({ ...values, 設定: settings }, join(small, 'no-year.xlsx'));

      const out = join(small, '比較.xlsx');
      const first = await runCli(['aggregate', small, '--out', out]);
      expect(first.code).toBe(0);
      expect(first.stderr).toContain('「no-year.xlsx」は「設定」シートの対象年度が読めないため比較できません');
      const second = await runCli(['aggregate', small, '--out', out]);
      expect(second.stderr).not.toContain('比較.xlsx');
      expect(second.stdout).toContain('1 町のブックを比較しました');

      const empty = await tempDir('zaitaku-aggregate-empty-');
      const none = await runCli(['aggregate', empty]);
      await removeDir(empty);
      expect(none.code).toBe(2);
      expect((await runCli(['aggregate', join(small, 'nope')])).code).toBe(2);
      expect((await runCli(['aggregate', small, '--out', join(small, 'x.txt')])).code).toBe(2);
    } finally {
      await removeDir(small);
    }
  });
});
