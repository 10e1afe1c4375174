/**
 * The public API of templates/ (templates/index.ts): every standardized sheet the issue lists is
 * exported, and one pass through the facade alone — sample town → grids → validation →
 * indicators → notices → workbook plan — works without reaching into sub-modules.
 */
import * as kit from '../templates';

describe('templates/index.ts', () => {
  it('exports every standardized sheet with its Japanese tab name and a version', () => {
    const byName = new Map<string, kit.spec.SheetSpec>(kit.sheets.SHEETS.map((s) => [s.name, s]));
    for (const name of ['設定', '資源リスト', '関係者名簿', '会議・研修記録', '出席者', '課題・対応策', '相談記録', '共有ツール利用状況', '年間事業計画', '統計入力', '通知テンプレート']) {
      const spec = byName.get(name);
      expect(spec).toBeDefined();
      expect(spec?.version).toBeGreaterThanOrEqual(1);
    }
    expect(kit.sheets.sharingFormSpec.name).toBe('情報共有シート');
    expect(kit.sheets.sharingFormSpec.paper).toBe('A4');
    expect(kit.sheets.getSheet('resources')).toBe(kit.sheets.resourcesSheet);
    // The zod row schema is derived from each spec.
    for (const s of kit.sheets.SHEETS) expect(Object.keys(kit.spec.rowSchema(s).shape)).toEqual([...s.columns.map((c) => c.key), '__row']);
  });

  it('runs the whole job through the facade', () => {
    const town = kit.sample.generateTown({ seed: 7, size: kit.sample.SMALL_TOWN });
    const book = kit.sample.townToWorkbookValues(town);
    const result = kit.validate.validateWorkbook(book, { today: town.today });
    expect(result.errorCount).toBe(0);
    expect(result.rows.resources).toHaveLength(kit.sample.SMALL_TOWN.resources);

    const values = kit.indicators.computeIndicators(result.rows, { fiscalYear: town.fiscalYear, today: town.today });
    expect(values.map((v) => v.id)).toEqual([...kit.indicators.INDICATOR_IDS]);
    const consultations = values.find((v) => v.id === 'P20');
    expect(consultations?.value).toBe(result.rows.consultations.filter((c) => kit.dates.fiscalYearOf(c.receivedDate) === town.fiscalYear).length);

    const event = result.rows.events.find((e) => e.date > town.today);
    expect(event).toBeDefined();
    const noticeTown = { ...result.rows, noticeTemplates: kit.notices.DEFAULT_NOTICE_TEMPLATES };
    const plan = kit.notices.planNotices(noticeTown, event?.id ?? '', 'T01', { now: `${town.today}T10:00`, runId: 'api-test', force: true });
    expect(plan.messages.length).toBeGreaterThan(0);
    // .eml is for e-mail notices (FAX and post are printed): the first one whatever comes before it.
    const email = plan.messages.find((m) => m.channel === 'メール');
    expect(kit.notices.renderEml(email as kit.notices.NoticeMessage)).toContain('X-Unsent: 1');

    const wb = kit.plan.townWorkbookPlan(town);
    expect(wb.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(kit.sheets.SHEETS.map((s) => s.name)));
  });
});
