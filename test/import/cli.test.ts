/** `zaitaku import` and `zaitaku export-opendata` on real files (exceljs in and out). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readWorkbookValues } from '../../cli/xlsx/read';
import { parseCsv } from '../../templates/export/csv';
import { DIFF_SHEET, readDiffSheet } from '../../templates/import';
import { validateWorkbook } from '../../templates/validate/engine';
import { dataValidations, definedNames, xlsxParts } from '../helpers/xlsx-xml';
import { removeDir, runCli, tempDir } from '../cli/helpers';
import { writeFixtureFiles, type FixturePaths } from './files';

jest.setTimeout(120_000);

let dir: string;
let paths: FixturePaths;
beforeAll(async () => {
  dir = await tempDir('zrk-import-');
  paths = await writeFixtureFiles(dir);
});
afterAll(() => removeDir(dir));

const resourceIds = (book: Record<string, readonly (readonly unknown[])[]>) => (book['資源リスト'] ?? []).slice(1).map((r) => r[0]);

describe('zaitaku import', () => {
  it('writes the 取込差分 sheet with a 採用 dropdown and leaves 資源リスト alone', async () => {
    const out = join(dir, 'diff.xlsx');
    const r = await runCli(['import', paths.book, paths.kaigo, paths.kouseikyoku, paths.navii, '--out', out, '--date', '2025-06-30']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('kaigo.csv: 介護サービス情報公表システム（2025-06-30 時点、shift_jis）10 件');
    expect(r.stdout).toContain('届出受理医療機関名簿.xlsx: 地方厚生局 届出受理医療機関名簿（2025-06-01 時点、xlsx）5 件');
    const before = await readWorkbookValues(paths.book);
    const after = await readWorkbookValues(out);
    expect(after['資源リスト']).toEqual(before['資源リスト']);
    const rows = readDiffSheet(after[DIFF_SHEET] ?? []);
    expect(rows?.filter((x) => x.kind === '新規' && x.key === 'name').map((x) => x.value)).toHaveLength(10);
    const parts = await xlsxParts(readFileSync(out));
    const list = dataValidations(parts.sheets.get(DIFF_SHEET) ?? '').find((v) => v.type === 'list');
    expect(list?.formula1).toBe('L_import_accept');
    expect(definedNames(parts.workbook).get('L_import_accept')).toBe("'取込差分'!$N$2:$N$3");
  });

  it('--apply applies the 採用 rows of an existing 取込差分 sheet; a second --apply changes nothing', async () => {
    const once = join(dir, 'once.xlsx');
    const twice = join(dir, 'twice.xlsx');
    expect((await runCli(['import', join(dir, 'diff.xlsx'), '--apply', '--out', once])).stdout).toContain('追加 9 件');
    const r = await runCli(['import', once, '--apply', '--out', twice]);
    expect(r.stdout).toContain('追加 0 件、書き換えたセル 0 個');
    const a = await readWorkbookValues(once);
    const b = await readWorkbookValues(twice);
    expect(b['資源リスト']).toEqual(a['資源リスト']);
    expect(resourceIds(a)).toHaveLength(17);
    const v = validateWorkbook(a, { today: '2025-12-01' });
    expect(v.rows.resources.find((x) => x.name === 'みどり在宅クリニック')).toMatchObject({ supportClinic: true, disclosure: '非公開', consentDate: null, source: '公表情報' });
  });

  it('--apply without a 取込差分 sheet adds the new entries only (no overwrite, no fill)', async () => {
    const out = join(dir, 'newonly.xlsx');
    const r = await runCli(['import', paths.book, paths.kaigo, paths.kouseikyoku, paths.navii, '--apply', '--out', out]);
    expect(r.stdout).toContain('新規の資源のみ');
    const before = await readWorkbookValues(paths.book);
    const after = await readWorkbookValues(out);
    const n = (before['資源リスト'] ?? []).length;
    expect((after['資源リスト'] ?? []).slice(0, n)).toEqual(before['資源リスト']);
    expect(resourceIds(after)).toHaveLength(17);
    expect(after[DIFF_SHEET]).toBeDefined();
  });

  it('refuses to run without files when there is no 取込差分 sheet, and names an unknown file', async () => {
    expect((await runCli(['import', paths.book])).code).toBe(2);
    const odd = join(dir, 'odd.csv');
    require('node:fs').writeFileSync(odd, 'a,b\r\n1,2\r\n');
    const r = await runCli(['import', paths.book, odd, '--out', join(dir, 'odd.xlsx')]);
    expect(r.stderr).toContain('odd.csv は対応している公表データの形式ではありません');
  });
});

describe('zaitaku export-opendata', () => {
  it('publishes only consented public entries, in both standard layouts and as GeoJSON, formula-guarded', async () => {
    const out = join(dir, 'od');
    const r = await runCli(['export-opendata', join(dir, 'once.xlsx'), '--out', out]);
    expect(r.code).toBe(0);
    const care = parseCsv(readFileSync(join(out, '介護サービス事業所一覧.csv'), 'utf8'));
    const medical = parseCsv(readFileSync(join(out, '医療機関一覧.csv'), 'utf8'));
    expect(care[0]?.slice(0, 4)).toEqual(['全国地方公共団体コード', 'ID', '地方公共団体名', '名称']);
    // R002 is the one entry 住民にも公開 with a consent date; every imported entry is 非公開.
    expect(care.slice(1).map((row) => row[3])).toEqual(['デイサービスひまわり']);
    expect(medical).toHaveLength(1);
    const geo = JSON.parse(readFileSync(join(out, '資源マップ.geojson'), 'utf8')) as { features: { geometry: { coordinates: number[] }; properties: Record<string, unknown> }[] };
    expect(geo.features).toHaveLength(1);
    expect(geo.features[0]?.geometry.coordinates).toEqual([140.27, 38.31]);
    expect(Object.keys(geo.features[0]?.properties ?? {})).not.toContain('FAX番号');
  });
});
