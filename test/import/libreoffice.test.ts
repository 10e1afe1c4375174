/**
 * LibreOffice opens the workbook the import wrote (取込差分 sheet) and the applied result, from the
 * full standard workbook (dropdowns, formats, 指標): what it reads back is what the core planned,
 * and a workbook LibreOffice saved again still applies idempotently and validates without new errors.
 */
import { join } from 'node:path';
import { readWorkbookValues } from '../../cli/xlsx/read';
import type { Finding } from '../../templates/core/findings';
import { DIFF_SHEET, applyImportCommand, readDiffSheet } from '../../templates/import';
import { validateWorkbook } from '../../templates/validate/engine';
import type { WorkbookValues } from '../../templates/validate/types';
import { removeDir, runCli, tempDir } from '../cli/helpers';
import { convertToCsv, libreOfficeOrSkip, recalculateToXlsx, removeProfile } from '../helpers/libreoffice';
import { ENV } from './fixtures';
import { writeFixtureFiles, type FixturePaths } from './files';

jest.setTimeout(600_000);

const soffice = libreOfficeOrSkip();
const describeLo = soffice ? describe : describe.skip;

const errorKeys = (values: WorkbookValues): Set<string> =>
  new Set(validateWorkbook(values, { today: ENV.today }).findings.filter((f: Finding) => f.severity === 'error').map((f) => `${f.sheet}|${f.address}|${f.code}`));

describeLo('import round trip through LibreOffice', () => {
  let dir: string;
  let paths: FixturePaths;
  let diffBook: string;
  let appliedBook: string;

  beforeAll(async () => {
    dir = await tempDir('zrk-import-lo-');
    paths = await writeFixtureFiles(dir, true);
    diffBook = join(dir, 'diff.xlsx');
    appliedBook = join(dir, 'applied.xlsx');
    expect((await runCli(['import', paths.book, paths.kaigo, paths.kouseikyoku, paths.navii, '--out', diffBook, '--date', '2025-06-30'])).code).toBe(0);
    expect((await runCli(['import', diffBook, '--apply', '--out', appliedBook])).code).toBe(0);
  });
  afterAll(async () => {
    removeProfile();
    await removeDir(dir);
  });

  it('shows the 取込差分 sheet as planned', async () => {
    const { sheets } = await convertToCsv(soffice as string, diffBook, join(dir, 'csv-diff'));
    const ours = await readWorkbookValues(diffBook);
    const lo = sheets[DIFF_SHEET] ?? [];
    expect(lo[0]?.slice(0, 13)).toEqual(['No', '区分', '資源ID', '名称', '項目', '現在の値', '取込の値', '採用', '情報源', 'データの日付', '照合', '説明', '列キー']);
    const rows = readDiffSheet(ours[DIFF_SHEET] ?? []) ?? [];
    expect(rows.length).toBeGreaterThan(100);
    rows.forEach((row, i) => {
      const line = lo[i + 1] ?? [];
      expect([line[1], line[2], line[4], line[5], line[6], line[7]]).toEqual([row.kind, row.id, row.field, row.old, row.value, row.accept]);
    });
  });

  it('shows the applied 資源リスト: new entries appended, the hand-edited values kept', async () => {
    const { sheets } = await convertToCsv(soffice as string, appliedBook, join(dir, 'csv-applied'));
    const list = sheets['資源リスト'] ?? [];
    const ids = list.slice(1).map((r) => r[0]).filter(Boolean);
    expect(ids).toEqual(['R001', 'R002', 'R003', 'R004', 'R005', 'R006', 'R007', 'R008', 'R009', 'R010', 'R011', 'R012', 'R013', 'R014', 'R015', 'R016', 'R017']);
    const phoneCol = (list[0] ?? []).indexOf('電話番号');
    expect(list.find((r) => r[0] === 'R001')?.[phoneCol]).toBe('0237-11-1111');
    expect(list.find((r) => r[0] === 'R011')?.[phoneCol]).toBe('0237-44-1111');
    expect(list.find((r) => r[0] === 'R014')?.[(list[0] ?? []).indexOf('事業所番号・医療機関コード')]).toBe('06A0700017');
  });

  it('a copy LibreOffice saved again applies to nothing more and validates with no new errors', async () => {
    const saved = await readWorkbookValues(await recalculateToXlsx(soffice as string, appliedBook, join(dir, 'resaved')));
    const again = applyImportCommand(saved, ENV);
    expect(again.result).toMatchObject({ added: 0, cellsWritten: 0, skipped: [] });
    const before = errorKeys(await readWorkbookValues(paths.book));
    expect([...errorKeys(saved)].filter((k) => !before.has(k))).toEqual([]);
  });
});
