/**
 * Table-driven: 70+ bad or odd inputs, each placed into a small realistic grid (title rows,
 * aliases, an extra column, key/value settings) and run through the engine, so the expected
 * A1 addresses are the real ones a clerk would be sent to.
 */
import type { CellValue } from '../../templates/core/cell';
import type { NormalizedValue } from '../../templates/spec/row-types';
import { rowSchema } from '../../templates/spec/schema';
import type { SheetSpec } from '../../templates/spec/types';
import { contactsSheet } from '../../templates/sheets/contacts';
import { eventsSheet } from '../../templates/sheets/events';
import { resourcesSheet } from '../../templates/sheets/resources';
import { settingsSheet } from '../../templates/sheets/settings';
import { validateSheet } from '../../templates/validate/engine';

interface Layout {
  readonly spec: SheetSpec;
  /** Builds the grid with one cell (by key) replaced. */
  readonly grid: (key: string, raw: CellValue) => CellValue[][];
}

/** Resources: title in B1, blank row 2, headers in row 3 (aliases FAX, 〒, メール; unknown column A), data in row 4. */
const RESOURCE_HEADERS = ['独自メモ', '資源ID', '種別', '名称', '住所', '電話番号', '公開区分', 'FAX', '〒', 'メール', '在宅患者訪問診療', '提供する介護サービス', '在宅医療に参画する医師数', '緯度', '経度', '同意日', '最終確認日'];
const RESOURCE_KEYS = ['', 'id', 'category', 'name', 'address', 'phone', 'disclosure', 'fax', 'postalCode', 'email', 'homeVisitCare', 'careServices', 'homeCareDoctors', 'latitude', 'longitude', 'consentDate', 'lastVerified'];
const RESOURCE_ROW: CellValue[] = ['メモ', 'R001', '診療所', 'みどり医院', 'みどり町1-1', '0123-45-6789', '関係者のみ', '', '', '', '○', '', 2, '', '', '', 45797];

const EVENT_HEADERS = ['会議ID', '種別', '会議名', '開催日', '開始時刻', '終了時刻', '場面', '検討内容', '住民参加者数', '行政担当官・管理者の参加'];
const EVENT_KEYS = ['id', 'type', 'title', 'date', 'startTime', 'endTime', 'scenes', 'topics', 'residentCount', 'managersAttended'];
const EVENT_ROW: CellValue[] = ['E001', '多職種会議（イ）', '第1回 推進会議', 45797, 14 / 24, 15.5 / 24, '', '', '', ''];

const CONTACT_HEADERS = ['関係者ID', '氏名', '職種', 'メールアドレス', '郵便番号', '希望連絡方法', '敬称'];
const CONTACT_KEYS = ['id', 'name', 'profession', 'email', 'postalCode', 'preferredChannel', 'honorific'];
const CONTACT_ROW: CellValue[] = ['P001', '山田 花子', '医師', '', '', '', ''];

const SETTINGS_ROWS: CellValue[][] = [
  ['市区町村名', 'みどり町'],
  ['全国地方公共団体コード', '131016'],
  ['担当課', '福祉課'],
  ['担当者', '佐藤'],
  ['電話番号', '0123-45-6789'],
  ['対象年度', '令和7年度'],
  ['メールアドレス', ''],
];
const SETTINGS_KEYS = ['townName', 'lgCode', 'department', 'personInCharge', 'phone', 'fiscalYear', 'email'];

function tableLayout(spec: SheetSpec, headers: string[], keys: string[], base: CellValue[], above: CellValue[][] = []): Layout {
  return {
    spec,
    grid: (key, raw) => {
      const row = base.slice();
      const at = keys.indexOf(key);
      if (at < 0) throw new Error(`test layout lacks ${key}`);
      row[at] = raw;
      return [...above.map((r) => r.slice()), headers.slice(), row];
    },
  };
}

const LAYOUTS: Record<string, Layout> = {
  resources: tableLayout(resourcesSheet, RESOURCE_HEADERS, RESOURCE_KEYS, RESOURCE_ROW, [['', '資源リスト（みどり町）'], []]),
  events: tableLayout(eventsSheet, EVENT_HEADERS, EVENT_KEYS, EVENT_ROW),
  contacts: tableLayout(contactsSheet, CONTACT_HEADERS, CONTACT_KEYS, CONTACT_ROW),
  settings: {
    spec: settingsSheet,
    grid: (key, raw) => SETTINGS_ROWS.map((r, i) => (SETTINGS_KEYS[i] === key ? [r[0], raw] : r.slice())),
  },
};

type Expect =
  | { readonly value: NormalizedValue; readonly warning?: string; readonly at?: string }
  | { readonly code: string; readonly at: string; readonly dropped?: boolean };

type Case = readonly [sheet: keyof typeof LAYOUTS, key: string, raw: CellValue, expected: Expect];

const CASES: readonly Case[] = [
  // 資源リスト (data in row 4)
  ['resources', 'phone', '０１２３（４５）６７８９', { value: '0123-45-6789' }],
  ['resources', 'phone', '0123-45-678', { code: 'phone.invalid', at: 'F4', dropped: true }],
  ['resources', 'phone', 123456789, { value: '0123456789', warning: 'phone.leadingZeroRestored', at: 'F4' }],
  ['resources', 'phone', '', { code: 'cell.required', at: 'F4', dropped: true }],
  ['resources', 'phone', '#N/A', { code: 'cell.errorValue', at: 'F4', dropped: true }],
  ['resources', 'phone', '+81 123-45-6789', { value: '0123-45-6789' }],
  ['resources', 'fax', 'ＦＡＸ：０１２３−４５−６７９０', { value: '0123-45-6790' }],
  ['resources', 'fax', 'なし', { code: 'phone.invalid', at: 'H4' }],
  ['resources', 'postalCode', '〒１２３ー４５６７', { value: '123-4567' }],
  ['resources', 'postalCode', 1234567, { value: '123-4567' }],
  ['resources', 'postalCode', '12-3456', { code: 'postal.invalid', at: 'I4' }],
  ['resources', 'email', 'Info@Midori.Example.JP', { value: 'Info@midori.example.jp' }],
  ['resources', 'email', 'info@midori', { code: 'email.invalid', at: 'J4' }],
  ['resources', 'homeVisitCare', '〇', { value: true }],
  ['resources', 'homeVisitCare', 'TRUE', { value: true }],
  ['resources', 'homeVisitCare', 'はい', { value: true }],
  ['resources', 'homeVisitCare', '×', { value: false }],
  ['resources', 'homeVisitCare', 0, { value: false }],
  ['resources', 'homeVisitCare', 'x', { code: 'boolean.invalid', at: 'K4' }],
  ['resources', 'careServices', '訪問介護、通所介護', { value: ['訪問介護', '通所介護'] }],
  ['resources', 'careServices', '通所介護,訪問介護,通所介護', { value: ['訪問介護', '通所介護'] }],
  ['resources', 'careServices', '訪問介護・通所介護', { code: 'multiEnum.invalid', at: 'L4' }],
  ['resources', 'careServices', 'デイサービス', { value: ['通所介護'], warning: 'enum.alias', at: 'L4' }],
  ['resources', 'careServices', 'お泊りデイ', { code: 'multiEnum.invalid', at: 'L4' }],
  ['resources', 'homeCareDoctors', '３人', { value: 3 }],
  ['resources', 'homeCareDoctors', -1, { code: 'number.outOfRange', at: 'M4' }],
  ['resources', 'homeCareDoctors', 1.5, { code: 'number.notInteger', at: 'M4' }],
  ['resources', 'homeCareDoctors', '二人', { code: 'number.invalid', at: 'M4' }],
  ['resources', 'latitude', '36.6513', { value: 36.6513 }],
  ['resources', 'latitude', 136.6, { code: 'coordinate.outOfRange', at: 'N4' }],
  ['resources', 'longitude', 138.181, { value: 138.181 }],
  ['resources', 'category', '病院', { value: '病院' }],
  ['resources', 'category', 'クリニック', { code: 'enum.invalid', at: 'C4', dropped: true }],
  ['resources', 'category', '\u3000', { code: 'cell.required', at: 'C4', dropped: true }],
  ['resources', 'id', 'Ｒ００１', { value: 'R001' }],
  ['resources', 'id', 'R 001', { code: 'id.invalid', at: 'B4', dropped: true }],
  ['resources', 'id', 7, { value: '7' }],
  ['resources', 'name', '=HYPERLINK("http://x")', { value: '=HYPERLINK("http://x")' }],
  ['resources', 'name', '  ｻﾝﾌﾟﾙ医院 ', { value: 'サンプル医院' }],
  ['resources', 'address', '', { code: 'cell.required', at: 'E4', dropped: true }],
  ['resources', 'address', 12345, { value: '12345' }],
  ['resources', 'disclosure', '住民にも公開', { code: 'rule.publicWithoutConsent', at: 'P4' }],
  ['resources', 'disclosure', '公開', { code: 'enum.invalid', at: 'G4', dropped: true }],
  ['resources', 'lastVerified', '', { code: 'rule.neverVerified', at: 'Q4' }],
  ['resources', 'lastVerified', '2024/11/30', { code: 'rule.staleResource', at: 'Q4' }],
  ['resources', 'lastVerified', '2024/12/01', { value: '2024-12-01' }],
  ['resources', 'lastVerified', '令和7年5月20日', { value: '2025-05-20' }],
  ['resources', 'lastVerified', '2025/2/29', { code: 'date.invalid', at: 'Q4' }],
  ['resources', 'lastVerified', '5/20', { code: 'date.ambiguous', at: 'Q4' }],
  ['resources', 'lastVerified', new Date('2025-05-19T15:00:00Z'), { value: '2025-05-20' }],
  ['resources', 'consentDate', 'R7.4.1', { value: '2025-04-01' }],
  // 会議・研修記録 (data in row 2)
  ['events', 'date', 'Ｒ７．５．２０', { value: '2025-05-20' }],
  ['events', 'date', '7年5月20日', { value: '2025-05-20', warning: 'date.eraAssumed', at: 'D2' }],
  ['events', 'date', '平成32年1月1日', { code: 'date.invalid', at: 'D2', dropped: true }],
  ['events', 'date', 100, { code: 'date.outOfRange', at: 'D2', dropped: true }],
  ['events', 'date', true, { code: 'date.invalid', at: 'D2', dropped: true }],
  ['events', 'date', '2025-05-20T10:00:00', { value: '2025-05-20' }],
  ['events', 'startTime', '14時', { value: '14:00' }],
  ['events', 'startTime', '１４：００', { value: '14:00' }],
  ['events', 'startTime', '24:00', { code: 'time.invalid', at: 'E2' }],
  ['events', 'endTime', '13:00', { code: 'rule.endBeforeStart', at: 'F2' }],
  ['events', 'endTime', 17 / 24, { value: '17:00' }],
  ['events', 'scenes', '看取り、入退院支援', { value: ['入退院支援', '看取り'] }],
  ['events', 'topics', '災害対策，学習・事例検討', { value: ['学習・事例検討', '災害対策'] }],
  ['events', 'type', '多職種会議(イ)', { value: '多職種会議（イ）' }],
  ['events', 'type', '住民向け講演会（キ）', { code: 'rule.residentCountMissing', at: 'I2' }],
  ['events', 'residentCount', '120人', { value: 120 }],
  ['events', 'managersAttended', '◯', { value: true }],
  ['events', 'title', '', { code: 'cell.required', at: 'C2', dropped: true }],
  // 関係者名簿 (data in row 2)
  ['contacts', 'email', ' ｙａｍａｄａ＠ｅｘａｍｐｌｅ．ｊｐ', { value: 'yamada@example.jp' }],
  ['contacts', 'profession', 'ＭＳＷ', { value: '社会福祉士・MSW', warning: 'enum.alias', at: 'C2' }],
  ['contacts', 'profession', '地域包括職員', { value: '主任介護支援専門員', warning: 'enum.alias', at: 'C2' }],
  ['contacts', 'profession', 'ソーシャルワーカー', { code: 'enum.invalid', at: 'C2', dropped: true }],
  ['contacts', 'profession', '社会福祉士・ＭＳＷ', { value: '社会福祉士・MSW' }],
  ['contacts', 'postalCode', '〒 060-0001', { value: '060-0001' }],
  ['contacts', 'honorific', 'さま', { code: 'enum.invalid', at: 'G2' }],
  ['contacts', 'preferredChannel', 'ｆａｘ', { value: 'FAX' }],
  // 設定 (key/value: values in column B)
  ['settings', 'lgCode', '13101', { value: '131016', warning: 'lgCode.checkDigitAdded', at: 'B2' }],
  ['settings', 'lgCode', '131017', { code: 'lgCode.checkDigit', at: 'B2', dropped: true }],
  ['settings', 'fiscalYear', '７年度', { value: 2025, warning: 'date.eraAssumed', at: 'B6' }],
  ['settings', 'fiscalYear', 'らいねん', { code: 'fiscalYear.invalid', at: 'B6', dropped: true }],
  ['settings', 'phone', '', { code: 'cell.required', at: 'B5', dropped: true }],
  ['settings', 'email', 'town@@example.jp', { code: 'email.invalid', at: 'B7' }],
  ['settings', 'townName', '\u3000', { code: 'cell.required', at: 'B1', dropped: true }],
];

describe('engine on odd and bad inputs', () => {
  test('the table is big enough', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(60);
  });

  test.each(CASES.map((c, i) => [i + 1, ...c] as const))('#%i %s.%s = %p', (_n, sheet, key, raw, expected) => {
    const layout = LAYOUTS[sheet] as Layout;
    const grid = layout.grid(key, raw);
    const result = validateSheet(layout.spec, grid, { today: '2025-12-01' });
    const schema = rowSchema(layout.spec);
    for (const row of result.rows) expect(schema.safeParse(row).success).toBe(true);

    if ('value' in expected) {
      expect(result.rows).toHaveLength(1);
      expect((result.rows[0] as Record<string, unknown>)[key]).toEqual(expected.value);
      const errors = result.findings.filter((f) => f.severity === 'error');
      expect(errors).toEqual([]);
      if (expected.warning) {
        expect(result.findings).toContainEqual(expect.objectContaining({ code: expected.warning, address: expected.at, severity: 'warning' }));
      }
    } else {
      const hit = result.findings.find((f) => f.code === expected.code);
      expect(hit).toBeDefined();
      expect(hit?.address).toBe(expected.at);
      expect(hit?.row).toBe(Number(expected.at.replace(/^[A-Z]+/, '')));
      expect(hit?.message.length).toBeGreaterThan(5);
      if (expected.dropped) expect(result.rows).toHaveLength(0);
      else {
        expect(result.rows).toHaveLength(1);
        if (!expected.code.startsWith('rule.')) expect((result.rows[0] as Record<string, unknown>)[key]).toBeNull();
      }
    }
  });
});
