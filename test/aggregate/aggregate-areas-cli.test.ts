/**
 * `zaitaku aggregate` by 在宅医療の圏域 over real workbooks: the towns' 設定 give the areas and their
 * 統計入力 the residents aged 65+; every per-1,000 figure and area total is recomputed here from the
 * comparison's own town rows and each town's statistics.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { parseCsv } from '../../templates/export/csv';
import { findIndicator } from '../../templates/indicators';
import { generateTowns, townToWorkbookValues } from '../../templates/sample';
import { removeDir, runCli, tempDir, TINY_TOWN, writeValuesWorkbook } from '../cli/helpers';

const towns = generateTowns(5, 40, TINY_TOWN, 2025);
let dir: string;
let perTown: string[][];
let byArea: string[][];

beforeAll(async () => {
  dir = await tempDir('zaitaku-aggregate-areas-');
  for (const [i, town] of towns.entries()) await writeValuesWorkbook(townToWorkbookValues(town), join(dir, `${i}_${town.townName}.xlsx`));
  const out = join(dir, 'out', '比較.csv');
  const r = await runCli(['aggregate', dir, '--out', out]);
  expect(r.code).toBe(0);
  expect(r.stdout).toContain('比較_圏域別.csv');
  perTown = parseCsv(await readFile(out, 'utf8'));
  byArea = parseCsv(await readFile(join(dir, 'out', '比較_圏域別.csv'), 'utf8'));
}, 120_000);

afterAll(() => removeDir(dir));

const num = (s: string | undefined): number | null => (s === undefined || s === '' ? null : Number(s));

describe('aggregate by 在宅医療の圏域', () => {
  it('lists every town under the area its 設定 names, with its 65歳以上人口 from 統計入力', () => {
    const townRows = byArea.slice(1).filter((r) => !(r[1] ?? '').startsWith('計（'));
    expect(townRows).toHaveLength(towns.length);
    for (const t of towns) {
      const row = townRows.find((r) => r[2] === t.rows.settings?.lgCode);
      expect(row?.[0]).toBe(t.rows.settings?.homeCareArea);
      expect(num(row?.[3])).toBe(t.rows.statistics?.population65);
    }
    expect(new Set(townRows.map((r) => r[0])).size).toBeGreaterThan(1);
  });

  it('shows each count per 1,000 aged 65+ next to it, and totals each area from its towns', () => {
    const header = byArea[0] as string[];
    const s12 = header.indexOf(`${findIndicator('S12')?.name}（か所）`);
    const s12Rate = header.indexOf(`${findIndicator('S12')?.name}（65歳以上千人当たり）`);
    expect(s12).toBeGreaterThan(0);
    expect(s12Rate).toBe(s12 + 1);
    const o01 = header.indexOf(`${findIndicator('O01')?.name}（%）`);
    expect(header[o01 + 1]).not.toContain('千人当たり');

    const perTownS12 = (perTown[0] as string[]).indexOf(`${findIndicator('S12')?.name}（か所）`);
    let areaTotals = 0;
    let checkedRates = 0;
    const bodies = byArea.slice(1, -1);
    for (let i = 0; i < bodies.length; i++) {
      const row = bodies[i] as string[];
      const pop = num(row[3]) as number;
      const value = num(row[s12]) as number;
      expect(num(row[s12Rate])).toBeCloseTo((value * 1000) / pop, 2);
      checkedRates++;
      if (!(row[1] ?? '').startsWith('計（')) {
        // The town's value is the one the per-town comparison shows.
        const same = perTown.find((p) => p[1] === row[2]);
        expect(row[s12]).toBe(same?.[perTownS12]);
        continue;
      }
      const members = bodies.slice(0, i).filter((r) => r[0] === row[0] && !(r[1] ?? '').startsWith('計（'));
      expect(row[1]).toBe(`計（${members.length}市区町村）`);
      expect(num(row[3])).toBe(members.reduce((sum, r) => sum + (num(r[3]) as number), 0));
      expect(value).toBe(members.reduce((sum, r) => sum + (num(r[s12]) as number), 0));
      expect(row[o01]).toBe('');
      areaTotals++;
    }
    expect(areaTotals).toBeGreaterThan(1);
    expect(checkedRates).toBe(towns.length + areaTotals);
    const all = byArea[byArea.length - 1] as string[];
    expect(all.slice(0, 2)).toEqual(['全体', `計（${towns.length}市区町村）`]);
    expect(num(all[3])).toBe(towns.reduce((sum, t) => sum + (t.rows.statistics?.population65 ?? 0), 0));
  });

  it('writes the same table as a second sheet 圏域別 of the .xlsx', async () => {
    const out = join(dir, 'out', '比較.xlsx');
    expect((await runCli(['aggregate', dir, '--out', out])).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['町村比較', '圏域別']);
    const ws = wb.getWorksheet('圏域別') as ExcelJS.Worksheet;
    expect(ws.rowCount).toBe(byArea.length);
    const first = (ws.getRow(2).values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v)));
    expect(first).toEqual(byArea[1]);
  }, 60_000);
});
