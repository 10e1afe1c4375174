/**
 * 公表データの取込 in the Sheets host, as Apps Script runs it: the built bundle in a vm context over
 * the SpreadsheetApp and Utilities fakes. The sidebar's files (base64) go through importFiles: a
 * 介護 CSV in UTF-8 with BOM, one re-saved by Excel in Shift_JIS (with ① in a phone), and the 厚生局
 * 名簿 as a real .xlsx. The 取込差分 sheet must hold exactly what the core plans for the same files
 * read in Node (the CLI's readers), applyImport must write what the core applies, and the number of
 * spreadsheet calls must not depend on the number of rows.
 */
import { DIFF_SHEET, applyImportCommand, importCommand, type ImportFile } from '../../templates/import';
import type { CellValue } from '../../templates/core/cell';
import type { WorkbookValues } from '../../templates/validate/types';
import { nodeShiftJis } from '../../cli/commands/import';
import { loadForValues, sheetValues } from '../../cli/xlsx/read';
import { gridOf } from '../../apps-script/src/read-workbook';
import { applyOps } from '../import/apply-values';
import { ENV, KAIGO_HEADER, KAIGO_ROWS, TOWN_CODE, cp932Bytes, kaigoLine, townValues, utf8Bytes, type KaigoRow } from '../import/fixtures';
import { kouseikyokuXlsx } from '../import/xlsx-fixture';
import { toCsv } from '../../templates/export/csv';
import type { Sheet, Spreadsheet } from './fakes/spreadsheet-app';
import { storedGrid } from './fakes/spreadsheet-app';
import { FakeUtilities } from './fakes/utilities';
import { sheetsSession, tally, type SheetsSession } from './sheets-session';

/** Rows a clerk's file may carry that must stay text in every cell they reach. */
const INJECTION: readonly KaigoRow[] = [
  { name: '=HYPERLINK("http://example.invalid","訪問介護つばめ")', service: '訪問介護', address: '山形県桜川町大字北町9番地', building: '+81ビル', phone: '0237-55-9999', officeCode: '0670100094' },
  { name: '@ケアステーション', service: '居宅介護支援', address: '山形県桜川町大字北町10番地', building: '-2F', phone: '0237-55-9998', officeCode: '0670100102' },
];

const csv = (rows: readonly KaigoRow[]): string => toCsv([[...KAIGO_HEADER], ...rows.map(kaigoLine)], { bom: true, eol: '\r\n', guardFormulas: false });

/** The published file (UTF-8 BOM) gets the even rows and the injections; the Excel-saved one (Shift_JIS) the odd rows, ① among them. */
const UTF8_ROWS = [...KAIGO_ROWS.filter((_, i) => i % 2 === 0), ...INJECTION];
const SJIS_ROWS = KAIGO_ROWS.filter((_, i) => i % 2 === 1);

interface Fixture {
  readonly values: WorkbookValues;
  readonly utf8: Uint8Array;
  readonly sjis: Uint8Array;
  readonly xlsx: Uint8Array;
}

let fx: Fixture;

beforeAll(async () => {
  fx = { values: townValues(), utf8: utf8Bytes(csv(UTF8_ROWS)), sjis: cp932Bytes(csv(SJIS_ROWS)), xlsx: await kouseikyokuXlsx() };
});

const b64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64');

function picked(f: Fixture) {
  return [
    { name: 'kaigo_utf8.csv', base64: b64(f.utf8) },
    { name: 'kaigo_excel.csv', base64: b64(f.sjis) },
    { name: '届出受理医療機関名簿.xlsx', base64: b64(f.xlsx) },
  ];
}

/** The same files as the Node CLI hands them to the core. */
async function nodeFiles(f: Fixture): Promise<ImportFile[]> {
  const wb = await loadForValues(f.xlsx);
  return [
    { name: 'kaigo_utf8.csv', bytes: f.utf8 },
    { name: 'kaigo_excel.csv', bytes: f.sjis },
    { name: '届出受理医療機関名簿.xlsx', grid: sheetValues(wb.getWorksheet('医科')!) },
  ];
}

function sheet(ss: Spreadsheet, name: string): Sheet {
  const s = ss.sheetNamed(name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
}

/** A grid padded to a common width with blanks, so a host's trimmed read and the core's blocks compare. */
function rect(grid: readonly (readonly unknown[])[], width: number): unknown[][] {
  return grid.map((row) => Array.from({ length: width }, (_, c) => (row[c] === undefined || row[c] === null ? '' : row[c])));
}

/** The sheet's values as the host reads them back (Dates as serials), like readWorkbook. */
function readBack(ss: Spreadsheet, name: string): CellValue[][] {
  return gridOf(sheet(ss, name).getDataRange().getValues()) as CellValue[][];
}

interface ImportReply {
  ok: boolean;
  rows: number;
  messages: { key: string; text: string; tone: string }[];
}

describe('importFiles (sidebar file picker) and applyImport', () => {
  let s: SheetsSession;
  let expected: ReturnType<typeof importCommand>;
  let reply: ImportReply;
  let calls: string[];

  beforeAll(async () => {
    s = await sheetsSession(fx.values);
    ({ result: reply, calls } = s.run<ImportReply>('importFiles', picked(fx)));
    expected = importCommand(fx.values, ENV, await nodeFiles(fx), { shiftJis: nodeShiftJis, dataDate: ENV.today });
  });

  it('writes the 取込差分 sheet the core plans for the same files read in Node', () => {
    expect(expected.plan!.newEntries).toBeGreaterThan(5);
    const want = applyOps(fx.values, expected.ops)[DIFF_SHEET]!;
    const got = storedGrid(sheet(s.fake.spreadsheet, DIFF_SHEET));
    const width = Math.max(...want.map((r) => r.length), ...got.map((r) => r.length));
    expect(rect(got, width)).toEqual(rect(want, width));
    expect(reply.ok).toBe(true);
    expect(reply.rows).toBe(expected.plan!.rows.length);
    expect(reply.messages[0]!.text).toBe(expected.messages[0]!.text);
    // 資源リスト is not touched by the import itself.
    expect(readBack(s.fake.spreadsheet, '資源リスト')).toEqual(gridOf(fx.values['資源リスト']!));
  });

  it('decodes the Shift_JIS file with windows-31j (① survives) and says what each file was', () => {
    const texts = reply.messages.map((m) => m.text);
    expect(texts).toContain(`kaigo_utf8.csv: 介護サービス情報公表システム（${ENV.today} 時点、UTF-8）${expected.reads[0]!.ok ? expected.reads[0]!.entries.length : -1} 件`);
    expect(texts.some((t) => t.startsWith('kaigo_excel.csv: ') && t.includes('Shift_JIS'))).toBe(true);
    expect(texts.some((t) => t.startsWith('届出受理医療機関名簿.xlsx: ') && t.includes('xlsx'))).toBe(true);
    const diff = storedGrid(sheet(s.fake.spreadsheet, DIFF_SHEET));
    expect(diff.some((row) => row[3] === 'ショートステイ桜' && row[4] === '電話番号')).toBe(true);
    expect(JSON.stringify(diff)).not.toContain('\uFFFD');
    expect(s.utilities.blobs.filter((b) => b.calls.getDataAsString > 0).length).toBeGreaterThan(0);
  });

  it('reads the workbook once and writes in a constant number of calls', () => {
    const t = tally(calls);
    expect(t['Range.getValues']).toBe(s.fake.spreadsheet.sheets.length - 1); // every tab but the new 取込差分
    expect(t['SpreadsheetApp.flush']).toBe(1);
  });

  it('keeps text starting with = + - @ as text on 取込差分', () => {
    const diff = sheet(s.fake.spreadsheet, DIFF_SHEET);
    const cells = [...diff.cells.values()];
    expect(cells.filter((c) => c.formula !== undefined)).toEqual([]);
    const values = cells.map((c) => c.value);
    expect(values).toEqual(expect.arrayContaining(['=HYPERLINK("http://example.invalid","訪問介護つばめ")', '@ケアステーション']));
  });

  describe('then 取込差分を反映', () => {
    let applied: { ok: boolean; added: number; cells: number; messages: { text: string }[] };
    let afterValues: WorkbookValues;

    beforeAll(() => {
      const before: WorkbookValues = { ...fx.values, [DIFF_SHEET]: readBack(s.fake.spreadsheet, DIFF_SHEET) };
      afterValues = applyOps(before, applyImportCommand(before, ENV).ops);
      applied = s.run<typeof applied>('applyImport').result;
    });

    it('adds the accepted new entries to 資源リスト exactly as the core applies them', () => {
      expect(applied.ok).toBe(true);
      expect(applied.added).toBe(expected.plan!.rows.filter((r) => r.kind === '新規' && r.accept).reduce((ids, r) => ids.add(r.id), new Set<string>()).size);
      const want = gridOf(afterValues['資源リスト']!);
      const got = readBack(s.fake.spreadsheet, '資源リスト');
      const width = Math.max(...want.map((r) => r.length), ...got.map((r) => r.length));
      expect(rect(got, width)).toEqual(rect(want, width));
      expect(got.some((row) => row.includes('訪問看護ステーションつばさ'))).toBe(true);
    });

    it('keeps the injected text as text on 資源リスト', () => {
      const list = sheet(s.fake.spreadsheet, '資源リスト');
      const cells = [...list.cells.values()];
      expect(cells.filter((c) => typeof c.formula === 'string' && /HYPERLINK|ケアステーション|81ビル/.test(c.formula))).toEqual([]);
      expect(cells.map((c) => c.value)).toEqual(expect.arrayContaining(['=HYPERLINK("http://example.invalid","訪問介護つばめ")', '@ケアステーション']));
    });

    it('a second import of the same files, after the clerk accepted every row, plans nothing', () => {
      const diff = sheet(s.fake.spreadsheet, DIFF_SHEET);
      const rows = expected.plan!.rows.length;
      diff.getRange(2, 8, rows, 1).setValues(Array.from({ length: rows }, () => ['採用']));
      expect(s.run<{ ok: boolean }>('applyImport').result.ok).toBe(true);
      const again = s.run<ImportReply>('importFiles', picked(fx)).result;
      expect(again.ok).toBe(true);
      expect(again.rows).toBe(0);
      expect(again.messages[0]!.text).toMatch(/^取込差分: 新規 0 件、変更のある資源 0 件、廃止の可能性 0 件/);
    });
  });
});

describe('importFiles edge cases', () => {
  it('a file that is neither a known CSV nor an .xlsx is named in the reply; a broken .xlsx too', async () => {
    const s = await sheetsSession(townValues());
    const r = s.run<ImportReply>('importFiles', [
      { name: 'memo.csv', base64: b64(utf8Bytes('見出し,なし\r\n1,2\r\n')) },
      { name: 'broken.xlsx', base64: b64(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])) },
      { name: 'kaigo.csv', base64: b64(fx.utf8) },
    ]).result;
    const texts = r.messages.map((m) => m.text);
    expect(texts).toContain('memo.csv は対応している公表データの形式ではありません（見出し行を確認してください）。');
    expect(texts).toContain('broken.xlsx を読み込めませんでした（壊れているか、Excel ブック・CSV ではありません）。');
    expect(r.ok).toBe(true);
  });

  it('no files: says so without touching the spreadsheet', async () => {
    const s = await sheetsSession(townValues());
    const { result, calls } = s.run<ImportReply>('importFiles', []);
    expect(result).toMatchObject({ ok: false, rows: 0, messages: [{ key: 'import.noFiles' }] });
    expect(calls).toEqual([]);
  });

  it('applyImport without a 取込差分 sheet says to import first', async () => {
    const s = await sheetsSession(townValues());
    const r = s.run<{ ok: boolean; messages: { key: string }[] }>('applyImport').result;
    expect(r.ok).toBe(false);
    expect(r.messages[0]!.key).toBe('import.noDiff');
  });
});

describe('batching', () => {
  /** A 介護 file of n new offices in the town. */
  function bigCsv(n: number): Uint8Array {
    const rows: KaigoRow[] = Array.from({ length: n }, (_, i) => ({
      code: TOWN_CODE,
      name: `訪問介護ステーション${i + 1}`,
      service: '訪問介護',
      address: `山形県桜川町大字新町${i + 1}番地`,
      phone: `0237-77-${String(i % 10_000).padStart(4, '0')}`,
      officeCode: `06702${String(i).padStart(5, '0')}`,
    }));
    return utf8Bytes(csv(rows));
  }

  it('importFiles makes the same spreadsheet and Utilities calls for 10 and 1,000 CSV rows', async () => {
    const counts = async (n: number) => {
      const s = await sheetsSession(townValues());
      const { result, calls } = s.run<ImportReply>('importFiles', [{ name: 'big.csv', base64: b64(bigCsv(n)) }]);
      expect(result.rows).toBeGreaterThanOrEqual(n);
      // The new sheet is sized to the plan in one call: shrunk from Sheets' 1,000 default rows (deleteRows) or grown (insertRowsAfter).
      const sheets = tally(calls.map((c) => (c === 'Sheet.deleteRows' || c === 'Sheet.insertRowsAfter' ? 'Sheet.(resize rows)' : c)));
      return { sheets, utilities: { ...s.utilities.calls } };
    };
    const small = await counts(10);
    const large = await counts(1000);
    expect(large).toEqual(small);
  });
});

describe('the Utilities fake decodes as Apps Script (Java charsets) does', () => {
  const u = new FakeUtilities();
  const bytes = Array.from(cp932Bytes('①㈱〜－あ'), (b) => (b << 24) >> 24);

  it('windows-31j keeps the NEC/IBM rows; Java\'s Shift_JIS loses them and maps the wave dash family to JIS code points', () => {
    expect(u.newBlob(bytes).getDataAsString('windows-31j')).toBe('①㈱～－あ');
    expect(u.newBlob(bytes).getDataAsString('MS932')).toBe('①㈱～－あ');
    expect(u.newBlob(bytes).getDataAsString('Shift_JIS')).toBe('\uFFFD\uFFFD\u301C\u2212あ');
    expect(() => u.newBlob(bytes).getDataAsString('EUC-JPX')).toThrow(/charset/);
  });

  it('base64Decode gives Java\'s signed bytes; unzip names each file by its path', async () => {
    expect(u.base64Decode(Buffer.from([0x00, 0x7f, 0x80, 0xff]).toString('base64'))).toEqual([0, 127, -128, -1]);
    const parts = u.unzip(u.newBlob(u.base64Decode(Buffer.from(await kouseikyokuXlsx()).toString('base64')))).map((b) => b.getName());
    expect(parts).toEqual(expect.arrayContaining(['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/sharedStrings.xml', 'xl/worksheets/sheet2.xml']));
    expect(() => u.unzip(u.newBlob('not a zip'))).toThrow();
  });
});
