import type { CellValue, Grid } from '../../templates/core/cell';
import { rowSchema } from '../../templates/spec/schema';
import { attendeesSheet } from '../../templates/sheets/attendees';
import { consultationsSheet } from '../../templates/sheets/consultations';
import { contactsSheet } from '../../templates/sheets/contacts';
import { eventsSheet } from '../../templates/sheets/events';
import { issuesSheet } from '../../templates/sheets/issues';
import { planSheet } from '../../templates/sheets/plan';
import { SHEETS } from '../../templates/sheets/registry';
import { resourcesSheet } from '../../templates/sheets/resources';
import { settingsSheet } from '../../templates/sheets/settings';
import { statisticsSheet } from '../../templates/sheets/statistics';
import { validateSheet, validateWorkbook } from '../../templates/validate/engine';
import type { ValidationResult } from '../../templates/validate/types';
import { RESOURCE, SETTINGS, keyValueGrid, tableGrid } from './helpers';

const TODAY = '2025-12-01';
const base = (): Record<string, Grid> => ({
  設定: keyValueGrid(settingsSheet, SETTINGS),
  資源リスト: tableGrid(resourcesSheet, [RESOURCE, { ...RESOURCE, id: 'R002', name: '第二医院' }]),
});
const codes = (r: { findings: readonly { code: string }[] }): string[] => r.findings.map((f) => f.code);
const find = (r: ValidationResult, code: string) => r.findings.filter((f) => f.code === code);

describe('workbook structure', () => {
  test('a minimal valid workbook has no errors and typed rows', () => {
    const r = validateWorkbook(base(), { today: TODAY });
    expect(r.errorCount).toBe(0);
    expect(r.rows.settings).toMatchObject({ townName: 'みどり町', lgCode: '131016', fiscalYear: 2025, phone: '0123-45-6789', __row: 1 });
    expect(r.rows.resources.map((x) => x.id)).toEqual(['R001', 'R002']);
    expect(r.rows.resources[0]?.__row).toBe(2);
    expect(rowSchema(settingsSheet).safeParse(r.rows.settings).success).toBe(true);
    expect(r.rows.events).toEqual([]);
    expect(r.rows.statistics).toBeNull();
    expect(r.layouts.resources).toMatchObject({ tabName: '資源リスト', headerRow: 0, columns: { id: 0, category: 1 } });
    expect(r.layouts.settings).toMatchObject({ headerRow: -1, columns: { townName: 0, lgCode: 1 } });
  });

  test('missing required sheets are errors without an address; optional ones are silent', () => {
    const r = validateWorkbook({}, { today: TODAY });
    expect(r.findings.map((f) => [f.sheet, f.code, f.address, f.row])).toEqual([
      ['設定', 'sheet.missing', null, null],
      ['資源リスト', 'sheet.missing', null, null],
    ]);
    expect(r.rows.settings).toBeNull();
    expect(r.rows.consultations).toEqual([]);
  });

  test('a blank required sheet is reported as empty', () => {
    const r = validateWorkbook({ ...base(), 資源リスト: [[], ['', null]] }, { today: TODAY });
    expect(find(r, 'sheet.empty')).toEqual([expect.objectContaining({ sheet: '資源リスト', address: null, severity: 'error' })]);
    const blankOptional = validateWorkbook({ ...base(), 相談記録: [] }, { today: TODAY });
    expect(blankOptional.errorCount).toBe(0);
  });

  test('tabs are found by alias or a width/space variant, and findings use the tab name', () => {
    const book = { ' 設定 ': base()['設定'] as Grid, 資源一覧: tableGrid(resourcesSheet, [{ ...RESOURCE, phone: 'x' }]) };
    const r = validateWorkbook(book, { today: TODAY });
    expect(find(r, 'sheet.missing')).toEqual([]);
    expect(find(r, 'phone.invalid')).toEqual([expect.objectContaining({ sheet: '資源一覧', address: 'G2' })]);
    expect(r.layouts.resources?.tabName).toBe('資源一覧');
    expect(r.rows.settings?.townName).toBe('みどり町');
  });

  test('the exact current tab name wins over an alias', () => {
    const r = validateWorkbook({ ...base(), 資源一覧: [['junk']] }, { today: TODAY });
    expect(r.layouts.resources?.tabName).toBe('資源リスト');
    expect(r.errorCount).toBe(0);
  });

  test('unknown tabs are ignored', () => {
    const r = validateWorkbook({ ...base(), 指標: [['x', 1]], Sheet1: [[null]] }, { today: TODAY });
    expect(r.findings.filter((f) => f.sheet === '指標' || f.sheet === 'Sheet1')).toEqual([]);
  });
});

describe('headers', () => {
  const headers = resourcesSheet.columns.map((c) => c.header);
  const dataRow = (): CellValue[] => resourcesSheet.columns.map((c) => (c.key in RESOURCE ? RESOURCE[c.key as keyof typeof RESOURCE] : ''));

  test('header row below a title, reordered and extra columns, blank rows skipped', () => {
    const reordered = [...headers].reverse();
    const row = dataRow().reverse();
    const grid: CellValue[][] = [
      ['みどり町 医療・介護資源リスト'],
      [],
      ['自治体メモ', ...reordered.map((h) => h.replace('電話番号', ' 電話\n番号 ').replace('資源ID', '資源ＩＤ※'))],
      [],
      ['メモ1', ...row],
      [null, null, null],
      ['', ...row.map((v) => (v === 'R001' ? 'R002' : v))],
    ];
    const r = validateSheet(resourcesSheet, grid, { today: TODAY });
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(r.layout?.headerRow).toBe(2);
    expect(r.layout?.extraHeaders).toEqual(['自治体メモ']);
    expect(r.layout?.columns['id']).toBe(headers.length);
    expect(r.rows.map((x) => [x.id, x.__row])).toEqual([['R001', 5], ['R002', 7]]);
  });

  test('no header in the first 10 rows → header.notFound', () => {
    const grid: CellValue[][] = [...Array.from({ length: 10 }, () => ['x']), headers, dataRow()];
    const r = validateSheet(resourcesSheet, grid);
    expect(codes(r)).toEqual(['header.notFound']);
    expect(r.findings[0]?.address).toBeNull();
    expect(r.rows).toEqual([]);
    expect(r.layout).toBeNull();
  });

  test('missing required column: one error at the header row, no cell errors for it, no rows', () => {
    const keep = resourcesSheet.columns.filter((c) => c.key !== 'address');
    const grid = [['', ...keep.map((c) => c.header)], ['', ...keep.map((c) => (c.key in RESOURCE ? RESOURCE[c.key as keyof typeof RESOURCE] : ''))]];
    const r = validateSheet(resourcesSheet, grid, { today: TODAY });
    const missing = r.findings.filter((f) => f.code === 'header.missingRequired');
    expect(missing).toEqual([expect.objectContaining({ column: '住所', address: 'B1', severity: 'error' })]);
    expect(r.findings.filter((f) => f.code === 'cell.required')).toEqual([]);
    expect(r.rows).toEqual([]);
  });

  test('missing optional columns are warnings and their values null', () => {
    const keep = resourcesSheet.columns.filter((c) => c.key !== 'fax');
    const r = validateSheet(resourcesSheet, [keep.map((c) => c.header), keep.map((c) => (c.key in RESOURCE ? RESOURCE[c.key as keyof typeof RESOURCE] : ''))], { today: TODAY });
    expect(r.findings.filter((f) => f.code === 'header.missingOptional').map((f) => f.column)).toEqual(['FAX番号']);
    expect(r.rows[0]?.['fax']).toBeNull();
  });

  test('duplicate header: warning at the second, the first is used', () => {
    const grid = [[...headers, '電話'], [...dataRow(), 'not a phone']];
    const r = validateSheet(resourcesSheet, grid, { today: TODAY });
    const dup = r.findings.find((f) => f.code === 'header.duplicate');
    expect(dup).toMatchObject({ address: `${String.fromCharCode(65 + ((headers.length / 26) | 0) - 1)}${String.fromCharCode(65 + (headers.length % 26))}1`, severity: 'warning' });
    expect(dup?.message).toContain('G列目');
    expect(r.rows[0]?.['phone']).toBe('0123-45-6789');
  });

  test('key/value sheets: aliases, labels anywhere, value findings in column B', () => {
    const grid: CellValue[][] = [
      ['基本情報'],
      ['自治体名', 'みどり町'],
      ['団体コード', '131017'],
      [],
      ['担当課', '福祉課'],
      ['担当者', '佐藤'],
      ['TEL', '0123-45-6789'],
      ['年度', 'R7'],
      ['自治体名', '別の町'],
    ];
    const r = validateSheet(settingsSheet, grid);
    expect(r.findings.find((f) => f.code === 'lgCode.checkDigit')).toMatchObject({ address: 'B3', row: 3, column: '団体コード' });
    expect(r.findings.find((f) => f.code === 'header.duplicate')).toMatchObject({ address: 'A9', severity: 'warning' });
    expect(r.rows).toEqual([]);
    expect(r.layout?.columns).toMatchObject({ townName: 1, lgCode: 2, fiscalYear: 7 });
    expect(r.layout?.extraHeaders).toEqual(['基本情報']);
  });

  test('key/value sheet with nothing in column B points at the labels', () => {
    const r = validateSheet(settingsSheet, [['市区町村名'], ['全国地方公共団体コード']]);
    expect(r.findings.filter((f) => f.code === 'cell.required').map((f) => f.address)).toEqual(['A1', 'A2']);
    expect(r.findings.filter((f) => f.code === 'header.missingRequired').map((f) => f.column)).toEqual(['担当課', '担当者', '電話番号', '対象年度']);
  });

  test('statistics: all optional, a row even when sparse', () => {
    const r = validateSheet(statisticsSheet, keyValueGrid(statisticsSheet, { population: '１２，３４５人', deaths: 180 }));
    expect(r.rows[0]).toMatchObject({ population: 12345, deaths: 180, deathsAtHome: null });
  });
});

describe('ids and references', () => {
  test('duplicate ids name the first row and drop the later row', () => {
    const r = validateWorkbook({ ...base(), 資源リスト: tableGrid(resourcesSheet, [RESOURCE, { ...RESOURCE, name: 'B' }, { ...RESOURCE, id: 'Ｒ００１', name: 'C' }]) }, { today: TODAY });
    const dups = find(r, 'id.duplicate');
    expect(dups.map((f) => [f.address, f.message])).toEqual([
      ['A3', 'ID「R001」が重複しています（2行目と同じ）。'],
      ['A4', 'ID「R001」が重複しています（2行目と同じ）。'],
    ]);
    expect(r.rows.resources.map((x) => x.name)).toEqual(['みどり医院']);
  });

  test('unresolved required refs drop the row; optional ones become null', () => {
    const book = {
      ...base(),
      関係者名簿: tableGrid(contactsSheet, [
        { id: 'P001', name: '山田', profession: '医師', organisationId: 'R001' },
        { id: 'P002', name: '田中', profession: '看護師', organisationId: 'R999' },
      ]),
      '会議・研修記録': tableGrid(eventsSheet, [
        { id: 'E001', type: '多職種会議（イ）', title: '第1回', date: '2025/5/20' },
        { id: 'E002', type: '多職種会議（イ）', title: '', date: '2025/6/20' }, // invalid row, but its id exists
      ]),
      出席者: tableGrid(attendeesSheet, [
        { id: 'A1', eventId: 'E001', contactId: 'P001' },
        { id: 'A2', eventId: 'E999', contactId: 'P001' },
        { id: 'A3', eventId: 'E002', contactId: 'P002' },
      ]),
    };
    const r = validateWorkbook(book, { today: TODAY });
    const unresolved = find(r, 'ref.unresolved');
    expect(unresolved.map((f) => [f.sheet, f.address, f.message])).toEqual([
      ['関係者名簿', 'D3', '「R999」は「資源リスト」シートのIDにありません。'],
      ['出席者', 'B3', '「E999」は「会議・研修記録」シートのIDにありません。'],
    ]);
    expect(r.rows.contacts.map((c) => [c.id, c.organisationId])).toEqual([['P001', 'R001'], ['P002', null]]);
    expect(r.rows.attendees.map((a) => a.id)).toEqual(['A1', 'A3']);
  });
});

describe('domain rules', () => {
  test('events: fiscal year, end before start, resident headcount', () => {
    const book = {
      ...base(),
      '会議・研修記録': tableGrid(eventsSheet, [
        { id: 'E1', type: '多職種会議（イ）', title: 'a', date: '2025/4/1', startTime: '14:00', endTime: '13:30' },
        { id: 'E2', type: '多職種会議（イ）', title: 'b', date: '2026/4/1', startTime: '14:00', endTime: '14:00' },
        { id: 'E3', type: '住民向け講演会（キ）', title: 'c', date: '2026/3/31' },
        { id: 'E4', type: '住民向け講演会（キ）', title: 'd', date: '2025/3/31', residentCount: 50 },
      ]),
    };
    const r = validateWorkbook(book, { today: TODAY });
    expect(r.findings.filter((f) => f.sheet === '会議・研修記録').map((f) => [f.code, f.address, f.severity])).toEqual([
      ['rule.endBeforeStart', 'F2', 'error'],
      ['rule.outsideFiscalYear', 'D3', 'warning'],
      ['rule.residentCountMissing', 'O4', 'warning'],
      ['rule.outsideFiscalYear', 'D5', 'warning'],
    ]);
    expect(find(r, 'rule.outsideFiscalYear')[0]?.message).toBe('日付 2026-04-01 が設定の令和7年度の期間（2025-04-01〜2026-03-31）外です。');
  });

  test('issues: due date before the meeting that found them', () => {
    const book = {
      ...base(),
      '会議・研修記録': tableGrid(eventsSheet, [{ id: 'E1', type: '多職種会議（イ）', title: 'a', date: '2025/6/10' }]),
      '課題・対応策': tableGrid(issuesSheet, [
        { id: 'K1', eventId: 'E1', title: 'x', status: '対応中', dueDate: '2025/6/9' },
        { id: 'K2', eventId: 'E1', title: 'y', status: '対応中', dueDate: '2025/6/10' },
        { id: 'K3', title: 'z', status: '対応中', dueDate: '2020/1/1' },
      ]),
    };
    const r = validateWorkbook(book, { today: TODAY });
    expect(find(r, 'rule.dueBeforeFound').map((f) => [f.address, f.message])).toEqual([['J2', '期限 2025-06-09 が課題を把握した会議の日付 2025-06-10 より前です。']]);
  });

  test('consultations: dates, status, case id and personal free text', () => {
    const row = { requesterProfession: '介護支援専門員', scene: '入退院支援', category: '退院調整', receivedDate: '2025/5/20' };
    const grid = tableGrid(consultationsSheet, [
      { ...row, id: 'C1', status: '完了', closedDate: '2025/5/19' },
      { ...row, id: 'C2', status: '完了' },
      { ...row, id: 'C3', status: '対応中', caseId: '山田', summary: '山田太郎さんの退院調整', response: '長女 090-1234-5678 に連絡' },
      { ...row, id: 'C4', status: '対応中', caseId: '2025-004', summary: 'Ｙさんの退院調整', response: 'ケアマネさんと調整' },
    ]);
    const r = validateSheet(consultationsSheet, grid, { today: TODAY });
    expect(r.findings.map((f) => [f.code, f.address, f.severity])).toEqual([
      ['rule.closedBeforeReceived', 'O2', 'error'],
      ['rule.closedWithoutDate', 'O3', 'warning'],
      ['rule.caseIdLooksLikeName', 'G4', 'warning'],
      ['rule.personalName', 'K4', 'warning'],
      ['rule.personalPhone', 'L4', 'warning'],
    ]);
    // The finding never repeats the free text it warns about.
    for (const f of r.findings) expect(`${f.message}${f.messageEn}`).not.toMatch(/山田|090/);
    expect(r.rows).toHaveLength(4);
  });

  test('attendees: identity and attended-but-not-invited', () => {
    const grid = tableGrid(attendeesSheet, [
      { id: 'A1', eventId: 'E1', contactId: 'P1', invited: '×', attended: '○' },
      { id: 'A2', eventId: 'E1', name: '山田', invited: '○', attended: '○' },
      { id: 'A3', eventId: 'E1', name: '山田', organisation: 'みどり医院' },
      // A walk-in guest outside the roster: 招待 × with 出席 ○ is normal, no warning.
      { id: 'A4', eventId: 'E1', name: '佐藤', organisation: '隣町役場', invited: '×', attended: '○' },
    ]);
    const r = validateSheet(attendeesSheet, grid);
    expect(r.findings.map((f) => [f.code, f.address, f.severity])).toEqual([
      ['rule.attendedNotInvited', 'G2', 'warning'],
      ['rule.attendeeIdentity', 'C3', 'error'],
    ]);
  });

  test('plan: planned count vs months ticked', () => {
    const months = { m04: '○', m07: '○', m10: '○', m01: '○' };
    const grid = tableGrid(planSheet, [
      { id: 'PL1', activity: '（イ）課題の抽出と対応策', item: '会議', plannedCount: 4, ...months },
      { id: 'PL2', activity: '（イ）課題の抽出と対応策', item: '会議', plannedCount: 6, ...months },
      { id: 'PL3', activity: '(カ)関係者の研修', item: '研修' },
    ]);
    const r = validateSheet(planSheet, grid);
    expect(r.findings.map((f) => [f.code, f.address, f.message])).toEqual([['rule.planMonthsCount', 'T3', '予定回数 6 と実施月の数 4 が合いません。']]);
    expect(r.rows[2]?.['activity']).toBe('（カ）関係者の研修');
  });
});

describe('output contract', () => {
  test('findings are sorted by sheet order, row, then column', () => {
    const book = {
      資源リスト: tableGrid(resourcesSheet, [{ ...RESOURCE, phone: 'x', fax: 'y' }, { ...RESOURCE, id: 'R2', category: 'z' }]),
      設定: keyValueGrid(settingsSheet, { ...SETTINGS, phone: 'bad' }),
    };
    const r = validateWorkbook(book, { today: TODAY });
    const order = r.findings.map((f) => `${f.sheet}!${f.address ?? '-'}`);
    // Sheet-level findings (no address) come first within their sheet, then cells by row.
    const missingOptional = settingsSheet.columns.filter((c) => !('required' in c && c.required) && !(c.key in SETTINGS)).length; // one sheet-level finding each
    expect(missingOptional).toBeGreaterThanOrEqual(5);
    expect(order.slice(0, missingOptional + 1)).toEqual([...Array<string>(missingOptional).fill('設定!-'), '設定!B5']);
    const resources = r.findings.filter((f) => f.sheet === '資源リスト').map((f) => f.address);
    expect(resources).toEqual(['G2', 'H2', 'B3']);
    const sheetIndex = (name: string) => SHEETS.findIndex((s) => s.name === name);
    for (let i = 1; i < r.findings.length; i++) {
      const a = r.findings[i - 1]!;
      const b = r.findings[i]!;
      expect(sheetIndex(a.sheet) <= sheetIndex(b.sheet)).toBe(true);
    }
    expect(r.errorCount).toBe(r.findings.filter((f) => f.severity === 'error').length);
  });

  test('input is never mutated (deep-frozen input works and is unchanged)', () => {
    const book = base();
    const res = tableGrid(resourcesSheet, [{ ...RESOURCE, phone: '０３（１２３４）５６７８', lastVerified: new Date('2025-05-19T15:00:00Z') }]);
    const frozen = Object.freeze({ ...book, 資源リスト: Object.freeze(res.map((row) => Object.freeze(row))) });
    const before = JSON.stringify(frozen);
    const r = validateWorkbook(frozen, { today: TODAY });
    expect(JSON.stringify(frozen)).toBe(before);
    expect(r.rows.resources[0]?.phone).toBe('03-1234-5678');
    expect(r.rows.resources[0]?.lastVerified).toBe('2025-05-20');
  });

  test('today defaults to the clock and a malformed today is ignored', () => {
    expect(() => validateWorkbook(base())).not.toThrow();
    expect(() => validateWorkbook(base(), { today: 'soon' })).not.toThrow();
    const stale = validateWorkbook(base(), { today: '2099-01-01' });
    expect(find(stale, 'rule.staleResource')).toHaveLength(2);
  });

  test('every returned row satisfies rowSchema', () => {
    const r = validateWorkbook(base(), { today: TODAY });
    for (const row of r.rows.resources) expect(rowSchema(resourcesSheet).safeParse(row).success).toBe(true);
  });
});
