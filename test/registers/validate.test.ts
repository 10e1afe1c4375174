/**
 * The registers of issue 13 validate like the other sheets: cell findings with A1 addresses, their
 * own rules, references into 資源リスト/関係者名簿, stale highlighting in the plan, and upgrade of a
 * workbook made before they existed (the new tabs appear empty, every old value stays).
 */
import { validateWorkbook } from '../../templates/validate/engine';
import { bcpSheet } from '../../templates/sheets/bcp';
import { contactTreeSheet } from '../../templates/sheets/contact-tree';
import { coverPairsSheet } from '../../templates/sheets/cover-pairs';
import { emergencyCareSheet } from '../../templates/sheets/emergency-care';
import { equipmentSheet } from '../../templates/sheets/equipment';
import { contactsSheet } from '../../templates/sheets/contacts';
import { resourcesSheet } from '../../templates/sheets/resources';
import { settingsSheet } from '../../templates/sheets/settings';
import { blankWorkbookPlan } from '../../templates/plan/workbook';
import { planWorkbookUpgrade } from '../../templates/plan/upgrade';
import { generateTown, townToWorkbookValues } from '../../templates/sample';
import { keyValueGrid, RESOURCE, SETTINGS, tableGrid } from '../validate/helpers';

const REGISTERS = [contactTreeSheet, equipmentSheet, bcpSheet, coverPairsSheet, emergencyCareSheet];
const TODAY = '2025-12-01';

function book(extra: Record<string, unknown[][]>) {
  return {
    [settingsSheet.name]: keyValueGrid(settingsSheet, SETTINGS),
    [resourcesSheet.name]: tableGrid(resourcesSheet, [
      RESOURCE,
      { ...RESOURCE, id: 'R002', category: '居宅介護支援事業所', name: 'みどりケアプラン' },
      { ...RESOURCE, id: 'R003', category: '訪問看護ステーション', name: 'みどり訪問看護' },
    ]),
    [contactsSheet.name]: tableGrid(contactsSheet, [
      { id: 'P001', name: '佐藤 一郎', profession: '行政職員' },
      { id: 'P002', name: '鈴木 花子', profession: '看護師' },
    ]),
    ...extra,
  };
}

const findingsOf = (sheet: string, extra: Record<string, unknown[][]>) =>
  validateWorkbook(book(extra) as never, { today: TODAY }).findings.filter((f) => f.sheet === sheet);

describe('register rules', () => {
  it('reports bad cells of 備品台帳 with their A1 address, and a stale 最終確認日 as a warning', () => {
    const f = findingsOf(equipmentSheet.name, {
      [equipmentSheet.name]: tableGrid(equipmentSheet, [
        { id: 'B001', kind: 'AED', quantity: 2, location: '役場', owner: '福祉課', lastVerified: '2025/10/1' },
        { id: 'B002', kind: 'テレビ', quantity: 'たくさん', location: '役場', owner: '福祉課' },
        { id: 'B003', kind: '発電機', quantity: 1, location: '倉庫', owner: '福祉課', lastVerified: '2024/6/1' },
      ]),
    });
    const at = (code: string) => f.filter((x) => x.code === code).map((x) => x.address);
    const col = (key: string) => String.fromCharCode(65 + equipmentSheet.columns.findIndex((c) => c.key === key));
    expect(at('enum.invalid')).toEqual([`${col('kind')}3`]);
    expect(at('number.invalid')).toEqual([`${col('quantity')}3`]);
    expect(at('rule.staleRegister')).toEqual([`${col('lastVerified')}4`]);
    expect(f.find((x) => x.code === 'rule.staleRegister')?.severity).toBe('warning');
  });

  it('checks BCP rows against 資源リスト: unknown id is an error, a non-visiting service a warning, a repeat a duplicate', () => {
    const f = findingsOf(bcpSheet.name, {
      [bcpSheet.name]: tableGrid(bcpSheet, [
        { resourceId: 'R003', status: '策定済' },
        { resourceId: 'R999', status: '策定中' },
        { resourceId: 'R002', status: '未策定' },
        { resourceId: 'R003', status: '策定中' },
      ]),
    });
    expect(f.map((x) => [x.code, x.address])).toEqual(
      expect.arrayContaining([
        ['ref.unresolved', 'A3'],
        ['rule.notVisitingService', 'A4'],
        ['id.duplicate', 'A5'],
      ]),
    );
    expect(f.find((x) => x.code === 'ref.unresolved')?.severity).toBe('error');
  });

  it('rejects a pair of one institution and warns when a scheme names a non-medical resource', () => {
    const pairs = findingsOf(coverPairsSheet.name, {
      [coverPairsSheet.name]: tableGrid(coverPairsSheet, [
        { id: 'F1', primaryId: 'R001', secondaryId: 'R001', status: '運用中' },
        { id: 'F2', primaryId: 'R001', secondaryId: 'R002', status: '運用中' },
      ]),
    });
    expect(pairs.map((x) => [x.code, x.address])).toEqual([
      ['rule.samePairInstitution', 'C2'],
      ['rule.notMedicalInstitution', 'C3'],
    ]);
    const care = findingsOf(emergencyCareSheet.name, {
      [emergencyCareSheet.name]: tableGrid(emergencyCareSheet, [{ id: 'K1', resourceId: 'R003', status: '運用中', weekdayNight: '○', patients: -1 }]),
    });
    expect(care.map((x) => x.code).sort()).toEqual(['number.outOfRange', 'rule.notMedicalInstitution']);
  });

  it('needs a contact or a resource on every 緊急連絡網 row and resolves its contact ids', () => {
    const f = findingsOf(contactTreeSheet.name, {
      [contactTreeSheet.name]: tableGrid(contactTreeSheet, [
        { id: 'N1', order: 1, contactId: 'P001', alternateId: 'P001', phone24h: '０９０－１２３４－５６７８' },
        { id: 'N2', order: 2 },
        { id: 'N3', order: 3, contactId: 'P404' },
      ]),
    });
    expect(f.map((x) => [x.code, x.row])).toEqual([
      ['rule.alternateIsSelf', 2],
      ['rule.treeNoTarget', 3],
      ['ref.unresolved', 4],
    ]);
  });

  it('reads a clean sample town with zero findings on the registers and fills every register', () => {
    const town = generateTown({ seed: 5 });
    const result = validateWorkbook(townToWorkbookValues(town), { today: town.today });
    const names = new Set<string>(REGISTERS.map((s) => s.name));
    expect(result.findings.filter((f) => names.has(f.sheet))).toEqual([]);
    for (const s of REGISTERS) expect((result.rows as unknown as Record<string, unknown[]>)[s.id]?.length).toBeGreaterThan(0);
  });
});

describe('register sheets in the workbook plan', () => {
  const plan = blankWorkbookPlan();
  it.each(REGISTERS.map((s) => [s.name]))('%s has dropdowns, hints and the stale-date highlight of the resource list', (name) => {
    const sheet = plan.sheets.find((s) => s.name === name);
    expect(sheet).toBeDefined();
    expect(sheet?.conditionalFormats.some((c) => c.purpose.includes('12か月') && c.formula.includes('EDATE(TODAY(),-12)'))).toBe(true);
    expect(sheet?.validations.length).toBeGreaterThan(0);
    const resourceHighlight = plan.sheets.find((s) => s.name === resourcesSheet.name)?.conditionalFormats.find((c) => c.purpose.includes('12か月'));
    const own = sheet?.conditionalFormats.find((c) => c.purpose.includes('12か月'));
    expect(own?.fill).toBe(resourceHighlight?.fill);
  });
});

describe('upgrading a workbook made before the registers existed', () => {
  const old = book({});
  const plan = planWorkbookUpgrade(old as never);

  it('adds each register as an empty sheet with its header row', () => {
    for (const spec of REGISTERS) {
      const added = plan.added.find((s) => s.name === spec.name);
      expect(added).toBeDefined();
      const cells = (added?.blocks ?? []).flatMap((b) => (b.at === 'A1' ? b.values.slice(1) : b.values)).flat().filter((v) => v !== null && v !== '');
      expect(cells).toEqual([]);
      const header = added?.blocks.find((b) => b.at === 'A1')?.values[0];
      expect(header).toEqual(spec.columns.map((c) => c.header));
    }
  });

  it('touches none of the existing sheets (no renames, none regenerated) and places the registers after them', () => {
    for (const s of plan.sheets) {
      expect(s.rename).toBeNull();
      expect(s.headerRenames).toEqual([]);
    }
    for (const kept of [resourcesSheet.name, contactsSheet.name, settingsSheet.name]) expect(plan.regenerated.map((s) => s.name)).not.toContain(kept);
    const at = REGISTERS.map((s) => plan.order.indexOf(s.name));
    expect(at.every((i) => i > plan.order.indexOf(contactsSheet.name))).toBe(true);
    expect(at).toEqual([...at].sort((a, b) => a - b));
  });
});

describe('free text on the (ウ) scheme registers', () => {
  it('warns when a note looks like it names a patient or holds a phone number (D-19)', () => {
    const f = findingsOf(emergencyCareSheet.name, {
      [emergencyCareSheet.name]: tableGrid(emergencyCareSheet, [
        { id: 'K1', resourceId: 'R001', status: '運用中', note: '山田太郎さんを登録' },
        { id: 'K2', resourceId: 'R001', status: '運用中', note: '家族 090-1234-5678' },
      ]),
    });
    expect(f.map((x) => [x.code, x.row])).toEqual([
      ['rule.personalName', 2],
      ['rule.personalPhone', 3],
    ]);
  });
});
