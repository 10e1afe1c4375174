/**
 * Lists for professionals: who is on them (公開区分), what they say (capabilities, ケアマネタイム
 * days/hours, the contact network joined from the roster), the printable sheets, and
 * `zaitaku lists` writing the workbook and CSVs with the formula-injection guard.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { parseCsv } from '../../templates/export/csv';
import { careManagerTimeTable, contactNetworkTable, professionalResourceTable, splitCareManagerTime } from '../../templates/report/lists';
import { professionalListPlans, professionalListsCommand } from '../../templates/report/commands';
import { faxFormSpec } from '../../templates/report/fax-form';
import { generateTown, townToWorkbookValues } from '../../templates/sample';
import type { ResourceRow } from '../../templates/sheets/rows';
import type { TownRows } from '../../templates/validate/types';
import { FIXTURE_ROWS } from '../indicators/fixture-town';
import { validateWorkbook } from '../../templates/validate/engine';
import { removeDir, runCli, tempDir, TINY_TOWN, writeTownWorkbook } from '../cli/helpers';

/** The fixture with consent recorded everywhere except R05 (関係者のみ, no 同意日). */
const CONSENTED = FIXTURE_ROWS.resources.map((r) => (r.id === 'R05' ? r : { ...r, consentDate: '2025-04-01' })) as ResourceRow[];

describe('関係者向け資源一覧', () => {
  const table = professionalResourceTable(CONSENTED);
  it('keeps entries consented for professionals (関係者のみ, 住民にも公開, with 同意日) and leaves out 非公開', () => {
    const names = table.rows.map((r) => r[1]);
    expect(names).not.toContain('テスト診療所R02'); // 非公開, even with a 同意日
    expect(names).toContain('テスト有床診療所R03'); // 住民にも公開
    expect(names).not.toContain('テスト薬局R05'); // 関係者のみ without 同意日
    expect(table.rows).toHaveLength(CONSENTED.filter((r) => r.disclosure !== '非公開' && r.consentDate !== null).length);
    expect(table.rows).toHaveLength(8);
  });
  it('without any 同意日 the list is empty, and the note and validation say why', () => {
    expect(professionalResourceTable(FIXTURE_ROWS.resources).rows).toEqual([]);
    const town = { ...FIXTURE_ROWS, resources: CONSENTED };
    const doc = professionalListPlans(town, '2025-12-01').documents[0];
    const note = JSON.stringify(doc?.blocks[0]);
    expect(note).toContain('同意日のない1件は載せていません');
    const values = townToWorkbookValues({ seed: 0, townName: 'みどり町', fiscalYear: 2025, today: '2025-12-01', rows: town });
    const res = professionalListsCommand(values, { today: '2025-12-01' });
    expect(res.summary.ja).toContain('同意日のない資源1件は載せていません');
    const flagged = validateWorkbook(values, { today: '2025-12-01' }).findings.filter((f) => f.code === 'rule.professionalsWithoutConsent');
    expect(flagged.map((f) => f.row)).toEqual([FIXTURE_ROWS.resources.find((r) => r.id === 'R05')?.__row]);
  });
  it('states what each entry can do from its ○ flags', () => {
    const r01 = table.rows.find((r) => r[1] === 'テスト病院R01');
    const caps = String(r01?.[table.header.indexOf('対応できること')]);
    for (const h of ['在宅患者訪問診療', '往診', '在宅療養支援病院', '在宅療養後方支援病院', '看取り対応']) expect(caps).toContain(h);
    expect(caps).not.toContain('情報共有ツール利用');
  });
});

describe('ケアマネタイム一覧', () => {
  it.each([
    ['火・木 13:00-14:00', '火・木', '13:00-14:00'],
    ['月〜金　12：30〜13：00', '月〜金', '12：30〜13：00'],
    ['13:00-14:00', '—', '13:00-14:00'],
    ['要予約', '要予約', '—'],
  ])('splits %s into days and hours', (value, days, hours) => {
    expect(splitCareManagerTime(value)).toEqual({ days, hours });
  });
  it('lists institutions with a ケアマネタイム and how to reach them (liaison phone first)', () => {
    const resources = FIXTURE_ROWS.resources.map((r, i) => (i === 0 ? { ...r, consentDate: '2025-04-01', careManagerTime: '水 14:00-15:00', liaisonPhone: '0123-11-2222', fax: '0123-45-0000' } : r)) as ResourceRow[];
    const t = careManagerTimeTable(resources);
    expect(t.rows).toEqual([['テスト病院R01', '病院', '水', '14:00-15:00', '0123-11-2222', '0123-45-0000', '']]);
  });
});

describe('緊急連絡網', () => {
  const town: TownRows = {
    ...FIXTURE_ROWS,
    contactTree: [
      { __row: 2, id: 'N2', order: 2, role: '訪問看護', contactId: null, resourceId: 'R07', phone24h: '090-2222-3333', alternateId: 'P1', lastVerified: '2025-10-01', note: null },
      { __row: 3, id: 'N1', order: 1, role: '連絡統括', contactId: 'P1', resourceId: null, phone24h: '090-1111-2222', alternateId: 'P2', lastVerified: null, note: null },
    ],
  };
  const t = contactNetworkTable(town);
  it('orders entries by 連絡順位 and joins names and numbers from 関係者名簿 and 資源リスト', () => {
    expect(t.rows.map((r) => r[0])).toEqual([1, 2]);
    const p1 = FIXTURE_ROWS.contacts.find((c) => c.id === 'P1')!;
    const p2 = FIXTURE_ROWS.contacts.find((c) => c.id === 'P2')!;
    const first = t.rows[0]!;
    expect(first[t.header.indexOf('氏名・機関')]).toBe(p1.name);
    expect(first[t.header.indexOf('24時間連絡先')]).toBe('090-1111-2222');
    expect(first[t.header.indexOf('代替の連絡先')]).toBe(`${p2.name}${p2.phone ? ` ${p2.phone}` : ''}`);
    const second = t.rows[1]!;
    expect(second[t.header.indexOf('氏名・機関')]).toBe('テスト訪問看護ステーションR07');
    expect(second[t.header.indexOf('電話番号')]).toBe('0123-45-6789');
    expect(second[t.header.indexOf('最終確認日')]).toBe('令和7年10月1日');
  });
});

describe('printable list sheets', () => {
  const town = generateTown({ seed: 8 });
  const { plans } = professionalListPlans(town.rows, '2025-12-01');
  it('are three A4 landscape lists and the blank FAX form (portrait)', () => {
    expect(plans.map((p) => p.name)).toEqual(['関係者向け資源一覧', 'ケアマネタイム一覧', '緊急連絡網（印刷用）', faxFormSpec.name]);
    for (const p of plans.slice(0, 3)) expect(p.print).toMatchObject({ paper: 'A4', orientation: 'landscape', fitToWidth: true });
    expect(plans[3]?.print).toMatchObject({ paper: 'A4', orientation: 'portrait' });
    const fax = plans[3]!.blocks.flatMap((b) => b.values.flat()).filter((v) => typeof v === 'string');
    for (const label of ['医療機関名', '介護支援専門員名', '連絡・相談の内容', '返信内容']) expect(fax).toContain(label);
  });
  it('come out of the host command as replaceSheet operations', () => {
    const res = professionalListsCommand(townToWorkbookValues(town), { today: '2025-12-01' });
    expect(res.ops.map((o) => o.kind)).toEqual(['replaceSheet', 'replaceSheet', 'replaceSheet', 'replaceSheet', 'activate']);
    expect(res.summary.ja).toContain(`緊急連絡網 ${town.rows.contactTree?.length}件`);
  });
});

describe('zaitaku lists', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await tempDir('zaitaku-lists-');
  });
  afterAll(async () => {
    if (dir) await removeDir(dir);
  });

  it('writes the printable workbook and one guarded CSV per list', async () => {
    const base = generateTown({ seed: 9, size: { ...TINY_TOWN, resources: 40, contacts: 40 } });
    const resources = base.rows.resources.map((r, i) => (i === 0 ? { ...r, name: '=HYPERLINK("http://evil","x")', disclosure: '関係者のみ' as const, consentDate: '2025-04-01' } : r));
    await writeTownWorkbook({ ...base, rows: { ...base.rows, resources } }, join(dir, 'town.xlsx'));
    const res = await runCli(['lists', join(dir, 'town.xlsx'), '--out', join(dir, 'out')]);
    expect(res.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'out', '関係者向けリスト.xlsx'));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['関係者向け資源一覧', 'ケアマネタイム一覧', '緊急連絡網（印刷用）', 'FAX連絡票']);
    expect(wb.getWorksheet('緊急連絡網（印刷用）')?.pageSetup.paperSize).toBe(9); // A4
    const csv = await readFile(join(dir, 'out', '関係者向け資源一覧.csv'), 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const rows = parseCsv(csv.slice(1));
    expect(rows.map((r) => r[1])).toContain('\'=HYPERLINK("http://evil","x")');
    expect(rows.length - 1).toBe(resources.filter((r) => r.disclosure !== '非公開' && r.consentDate !== null).length);
    const network = parseCsv((await readFile(join(dir, 'out', '緊急連絡網.csv'), 'utf8')).slice(1));
    expect(network.length - 1).toBe(base.rows.contactTree?.length);
  });
});
