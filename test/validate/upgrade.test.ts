import { planHeaderUpgrade } from '../../templates/validate/header-upgrade';
import { contactsSheet } from '../../templates/sheets/contacts';
import { resourcesSheet } from '../../templates/sheets/resources';
import { settingsSheet } from '../../templates/sheets/settings';
import type { ColumnSpec } from '../../templates/spec/types';

const RESOURCE_COLUMNS: readonly ColumnSpec[] = resourcesSheet.columns;

describe('planHeaderUpgrade', () => {
  test('a current header row needs nothing', () => {
    const plan = planHeaderUpgrade(contactsSheet, contactsSheet.columns.map((c) => c.header));
    expect(plan).toEqual({ renames: [], appended: [], unknown: [], alreadyCurrent: true });
  });

  test('aliases are renamed in place, missing columns appended after the last used one, unknown kept', () => {
    const old = ['資源ID', '施設名', '区分', '', 'TEL', '町独自の欄', '所在地', '資源ID'];
    const plan = planHeaderUpgrade(resourcesSheet, old);
    expect(plan.renames).toEqual([
      { col: 1, from: '施設名', to: '名称' },
      { col: 2, from: '区分', to: '種別' },
      { col: 4, from: 'TEL', to: '電話番号' },
      { col: 6, from: '所在地', to: '住所' },
    ]);
    expect(plan.unknown).toEqual(['町独自の欄', '資源ID']);
    const found = new Set(['id', 'name', 'category', 'phone', 'address']);
    const expectedAppended = resourcesSheet.columns.filter((c) => !found.has(c.key));
    expect(plan.appended.map((a) => a.key)).toEqual(expectedAppended.map((c) => c.key));
    expect(plan.appended[0]).toEqual({ col: 8, header: expectedAppended[0]?.header, key: expectedAppended[0]?.key });
    expect(plan.appended.map((a) => a.col)).toEqual(expectedAppended.map((_, i) => 8 + i));
    expect(plan.alreadyCurrent).toBe(false);
  });

  test('spelling variants of the current header are rewritten to the canonical text', () => {
    const headers: string[] = contactsSheet.columns.map((c) => c.header);
    headers[0] = ' 関係者ＩＤ※ ';
    const plan = planHeaderUpgrade(contactsSheet, headers);
    expect(plan.renames).toEqual([{ col: 0, from: ' 関係者ＩＤ※ ', to: '関係者ID' }]);
    expect(plan.appended).toEqual([]);
  });

  test('every later column (since 2 and 3) is appended to a version-1 resource list', () => {
    const v1 = RESOURCE_COLUMNS.filter((c) => c.since === undefined).map((c) => c.header);
    const plan = planHeaderUpgrade(resourcesSheet, v1);
    expect(plan.renames).toEqual([]);
    expect(plan.appended.map((a) => a.key)).toEqual(RESOURCE_COLUMNS.filter((c) => c.since !== undefined).map((c) => c.key));
    expect(plan.appended[0]?.col).toBe(v1.length);
  });

  test('version-3 columns (pharmacy, 訪問栄養・口腔, 第8次医療計画) are appended to a version-2 resource list, after its last column', () => {
    const v2 = RESOURCE_COLUMNS.filter((c) => c.since === undefined || c.since <= 2).map((c) => c.header);
    const plan = planHeaderUpgrade(resourcesSheet, v2);
    expect(plan.renames).toEqual([]);
    expect(plan.appended.map((a) => a.key)).toEqual(['narcotics', 'sterileCompounding', 'pediatricHome', 'nutritionVisit', 'oralHygieneVisit', 'activeRole', 'coordinationHub']);
    expect(plan.appended.map((a) => a.col)).toEqual([0, 1, 2, 3, 4, 5, 6].map((i) => v2.length + i));
  });

  test('empty row: everything appended from column A; key/value labels work the same way', () => {
    expect(planHeaderUpgrade(contactsSheet, []).appended.map((a) => a.col)).toEqual(contactsSheet.columns.map((_, i) => i));
    const plan = planHeaderUpgrade(settingsSheet, ['自治体名', '団体コード', null, 3]);
    expect(plan.renames).toEqual([
      { col: 0, from: '自治体名', to: '市区町村名' },
      { col: 1, from: '団体コード', to: '全国地方公共団体コード' },
    ]);
    expect(plan.unknown).toEqual(['3']);
    expect(plan.appended[0]?.col).toBe(4);
  });
});
