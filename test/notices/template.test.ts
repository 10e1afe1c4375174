/**
 * Templates: parsing against the closed whitelist, findings with sheet/row/column/A1, single-pass
 * rendering, the default templates, and the D-19 proof that no placeholder reaches 相談記録 or
 * 情報共有シート data.
 */
import { consultationsSheet } from '../../templates/sheets/consultations';
import type { ColumnSpec } from '../../templates/spec/types';
import { sharingAdoptionSheet, sharingFormSpec } from '../../templates/sheets/sharing';
import type { NoticeTemplateRow } from '../../templates/sheets/rows';
import { compileTemplate, DEFAULT_NOTICE_TEMPLATES, defaultTemplateGrid, parseTemplateText, PLACEHOLDER_NAMES, planNotices, renderBody, renderEml, renderPrintHtml } from '../../templates/notices';
import type { MergeValues } from '../../templates/notices';
import { fixtureTown, NOW, SECRET_CONSULTATION_TEXT } from './fixtures';

const row = (subject: string, body: string, __row = 5): NoticeTemplateRow => ({ __row, id: 'X1', kind: 'その他', name: 'テスト', subject, body });

const VALUES = Object.fromEntries(PLACEHOLDER_NAMES.map((n) => [n, `<${n}>`])) as unknown as MergeValues;

describe('parseTemplateText', () => {
  it('splits literals and whitelisted fields, tolerating spaces inside the braces', () => {
    expect(parseTemplateText('{{会議名}}のご案内（{{ 開催日 }}）').segments).toEqual([{ field: '会議名' }, { text: 'のご案内（' }, { field: '開催日' }, { text: '）' }]);
  });

  it.each([
    ['{{会議名}', 'unbalanced'],
    ['会議名}}', 'unbalanced'],
    ['{{会議名{{会場}}', 'unbalanced'],
    ['{{患者名}}', 'unknown'],
    ['{{}}', 'unknown'],
    ['{{constructor}}', 'unknown'],
    ['{{__proto__}}', 'unknown'],
    ['｛｛会場｝｝', 'fullWidth'],
  ])('%s → %s', (text, kind) => {
    expect(parseTemplateText(text).problems.map((p) => p.kind)).toContain(kind);
  });
});

describe('compileTemplate findings', () => {
  it('names sheet, row, column and A1 address of an unknown placeholder', () => {
    const { template, findings } = compileTemplate(row('件名 {{会議名}}', '本文 {{患者氏名}}'));
    expect(template).toBeNull();
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ sheet: '通知テンプレート', row: 5, column: '本文', address: 'E5', severity: 'error', code: 'notice.unknownPlaceholder' });
    expect(findings[0]?.message).toContain('{{患者氏名}}');
  });

  it('reports unbalanced braces in the subject at column D', () => {
    const { findings } = compileTemplate(row('【通知】{{会議名}', '本文'));
    expect(findings[0]).toMatchObject({ column: '件名', address: 'D5', code: 'notice.unbalancedBraces' });
  });

  it('uses the host layout for the address when columns were moved', () => {
    const layout = { sheetId: 'noticeTemplates' as const, tabName: '通知テンプレート', headerRow: 0, columns: { id: 0, kind: 1, name: 2, subject: 7, body: 9 }, extraHeaders: [] };
    const { findings } = compileTemplate(row('{{x}}', 'ok'), layout);
    expect(findings[0]?.address).toBe('H5');
  });

  it('gives no address for rows that did not come from a sheet', () => {
    const { findings } = compileTemplate(row('{{x}}', 'ok', 0));
    expect(findings[0]).toMatchObject({ row: null, address: null, column: '件名' });
  });
});

describe('rendering', () => {
  it('is single-pass: placeholder-looking text inside values is not expanded', () => {
    const { template } = compileTemplate(row('{{会議名}}', '{{宛名}} / {{会場}}'));
    const values = { ...VALUES, 宛名: '{{会場}}', 会場: '{{宛名}}' } as MergeValues;
    expect(renderBody(template!, values)).toBe('{{会場}} / {{宛名}}');
  });

  it('drops a line of blank optional fields but keeps lines with text', () => {
    const { template } = compileTemplate(row('s', '{{所属}}\n{{宛名}} {{敬称}}\n職種: {{職種}}\n{{署名}}\n末尾'));
    const values = { ...VALUES, 所属: '', 職種: '', 署名: '', 宛名: '山田', 敬称: '様' } as MergeValues;
    expect(renderBody(template!, values)).toBe('山田 様\n職種: \n末尾');
  });
});

describe('default templates', () => {
  it('ship T01–T04 of the four kinds, all compiling without findings', () => {
    expect(DEFAULT_NOTICE_TEMPLATES.map((t) => [t.id, t.kind])).toEqual([['T01', '開催通知'], ['T02', '研修案内'], ['T03', 'リマインド'], ['T04', '日程変更']]);
    for (const t of DEFAULT_NOTICE_TEMPLATES) expect(compileTemplate(t).findings).toEqual([]);
  });

  it('as a grid: header row in spec order, and no cell a spreadsheet would read as a formula', () => {
    const grid = defaultTemplateGrid();
    expect(grid[0]).toEqual(['テンプレートID', '種類', 'テンプレート名', '件名', '本文']);
    expect(grid).toHaveLength(5);
    for (const cell of grid.flat()) expect(String(cell)).not.toMatch(/^[=+\-@]/);
  });
});

describe('D-19: no placeholder reaches consultation or sharing-sheet fields', () => {
  const forbidden = [
    ...(consultationsSheet.columns as readonly ColumnSpec[]).flatMap((c) => [c.key, c.header, c.label, ...(c.aliases ?? [])]),
    ...sharingAdoptionSheet.columns.flatMap((c) => [c.key, c.header, c.label]),
    ...sharingFormSpec.sections.flatMap((s) => [s.title, ...s.fields.flatMap((f) => [f.key, f.label, f.labelEn])]),
    consultationsSheet.name,
    sharingFormSpec.name,
  ];

  it('has names to try', () => expect(forbidden.length).toBeGreaterThan(60));

  it.each(forbidden.map((n) => [n]))('{{%s}} is reported unknown and never rendered', (name) => {
    const tpl = row(`件名 {{${name}}}`, `本文 {{${name}}}`);
    const { template, findings } = compileTemplate(tpl);
    expect(template).toBeNull();
    expect(findings.filter((f) => f.code === 'notice.unknownPlaceholder')).toHaveLength(2);
    const town = { ...fixtureTown(), noticeTemplates: [{ ...tpl, id: 'X1' }] };
    const plan = planNotices(town, 'E001', 'X1', { now: NOW, runId: 'd19' });
    expect(plan.messages).toHaveLength(0);
    expect(plan.findings.map((f) => f.code)).toContain('notice.unknownPlaceholder');
  });

  it('the planner never touches 相談記録 (a throwing getter proves it) and no output contains its text', () => {
    const town = fixtureTown();
    const trapped = Object.defineProperty({ ...town }, 'consultations', { get: () => { throw new Error('consultations were read'); } });
    const plans = DEFAULT_NOTICE_TEMPLATES.map((t) => planNotices(trapped, 'E001', t.id, { now: NOW, runId: 'd19b', force: true }));
    const outputs = plans.flatMap((p) => [
      ...p.messages.flatMap((m) => [m.subject, m.text, m.html, m.to ? Buffer.from(renderEml(m)).toString() : '']),
      renderPrintHtml(p.messages),
      JSON.stringify(p.findings), JSON.stringify(p.warnings), JSON.stringify(p.writeBack),
    ]);
    expect(plans.every((p) => p.messages.length > 5)).toBe(true);
    for (const out of outputs) {
      expect(out).not.toContain('秘密山');
      expect(out).not.toContain('090-1234-5678');
    }
    // And the secret is really in the town handed over (the scan above could otherwise pass vacuously).
    expect(JSON.stringify(town.consultations)).toContain(SECRET_CONSULTATION_TEXT);
  });
});
