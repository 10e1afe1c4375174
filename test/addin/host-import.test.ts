/**
 * 公表データの取込 on the Excel fake: the 介護 CSV re-saved as Shift_JIS (decoded by the host's
 * TextDecoder), ナビイ as UTF-8 with BOM, and the 厚生局 名簿 as a real .xlsx opened through
 * insertWorksheetsFromBase64 (ExcelApi 1.13) — planned exactly as the core plans the same files,
 * written as 取込差分 without a trace of the temporary sheets; without 1.13 the .xlsx is refused in
 * plain words and the CSVs still go; 取込差分を反映 then writes the accepted rows.
 */
import ExcelJS from 'exceljs';
import * as host from '../../addin/src/host/commands';
import { excelEnv } from '../../addin/src/host/commands';
import { applyImportCommand, importCommand } from '../../templates/import';
import { uiText } from '../../templates/host/texts';
import { INSTITUTIONS, cp932Bytes, kaigoCsvText, kouseikyokuGrid, naviiCsvText, nodeShiftJis, townValues, utf8Bytes } from '../import/fixtures';
import { bookFrom, noProgress, withFake } from './helpers';

async function kouseikyokuXlsx(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('表紙').addRow(['届出受理医療機関名簿']);
  const ws = wb.addWorksheet('医科');
  for (const row of kouseikyokuGrid(INSTITUTIONS)) ws.addRow(row.map((v) => (v === '' ? null : v)));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const kaigo = { name: 'kaigo.csv', bytes: cp932Bytes(kaigoCsvText()) };
const navii = { name: 'navii.csv', bytes: utf8Bytes(naviiCsvText()) };

describe('Excel host: 公表データの取込', () => {
  it('plans Shift_JIS and UTF-8 CSVs and an .xlsx opened by Excel exactly as the core does, and writes only 取込差分', async () => {
    const values = townValues();
    const fake = bookFrom(values, { excelApi: '1.13' });
    const tabsBefore = fake.store.sheets.map((s) => s.name);
    const xlsx = { name: '届出受理医療機関名簿.xlsx', bytes: await kouseikyokuXlsx() };
    const r = await withFake(fake, () => host.importOpenData(noProgress, 'ja', [kaigo, xlsx, navii]));

    const expected = importCommand(values, excelEnv('ja'), [kaigo, navii, { name: xlsx.name, grid: kouseikyokuGrid(INSTITUTIONS) }], { shiftJis: nodeShiftJis });
    expect(r.reads.map((x) => (x.ok ? [x.source.kind, x.encoding] : null))).toEqual([
      ['kaigo', 'shift_jis'],
      ['navii', 'utf-8'],
      ['kouseikyoku', null],
    ]);
    expect(r.plan?.rows).toEqual(expected.plan?.rows);
    expect(r.plan?.newEntries).toBeGreaterThan(0);
    expect(r.messages.map((m) => m.text)).toEqual(expected.messages.map((m) => m.text));
    expect(fake.store.sheets.map((s) => s.name)).toEqual([...tabsBefore, '取込差分']);
    expect(fake.values()['資源リスト']).toEqual(bookFrom(values).values()['資源リスト']);
    // read 2 + insert 1 + read the inserted sheets 1 + delete 1 + write 1, whatever the rows.
    expect(fake.stats().runs).toBe(1);
    expect(r.syncs).toBe(6);
    expect(fake.stats().syncs).toHaveLength(6);
  });

  it('without ExcelApi 1.13 says the .xlsx needs a newer Excel and still imports the CSVs', async () => {
    const fake = bookFrom(townValues(), { excelApi: '1.9' });
    const r = await withFake(fake, () => host.importOpenData(noProgress, 'ja', [kaigo, { name: '名簿.xlsx', bytes: new Uint8Array([1, 2, 3]) }]));
    expect(r.messages[0]).toMatchObject({ tone: 'error', text: uiText('import.xlsxNeedsNewerExcel', 'ja', { file: '名簿.xlsx' }) });
    expect(r.reads).toHaveLength(1);
    expect(r.plan?.rows.length).toBeGreaterThan(0);
    expect(fake.stats().syncs.some((s) => s.byOp['insertWorksheetsFromBase64'])).toBe(false);
    expect(fake.store.sheets.map((s) => s.name)).toContain('取込差分');
  });

  it('a file Excel cannot open is named in the messages and leaves no sheet behind', async () => {
    const fake = bookFrom(townValues(), { excelApi: '1.13' });
    const before = fake.store.sheets.length;
    const r = await withFake(fake, () => host.importOpenData(noProgress, 'ja', [{ name: '壊れた.xlsx', bytes: utf8Bytes('not a zip') }, navii]));
    expect(r.messages[0]?.text).toBe(uiText('import.xlsxUnreadable', 'ja', { file: '壊れた.xlsx' }));
    expect(fake.store.sheets.length).toBe(before + 1); // 取込差分 only
  });

  it('取込差分を反映 writes the accepted rows into 資源リスト as the core applies them', async () => {
    const fake = bookFrom(townValues(), { excelApi: '1.13' });
    await withFake(fake, async () => {
      await host.importOpenData(noProgress, 'ja', [kaigo, navii]);
      const expected = applyImportCommand(fake.values(), excelEnv('ja'));
      const before = JSON.stringify(fake.values()['資源リスト']);
      const r = await host.applyImport(noProgress, 'ja');
      expect(r.added).toBe(expected.result?.added);
      expect(r.added).toBeGreaterThan(0);
      expect(r.messages.map((m) => m.text)).toEqual(expected.messages.map((m) => m.text));
      expect(JSON.stringify(fake.values()['資源リスト'])).not.toBe(before);
    });
  });
});
