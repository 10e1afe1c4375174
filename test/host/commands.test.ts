/**
 * templates/host: the commands both spreadsheet hosts run, checked on the values a host would read
 * and, through a reference interpreter of the operations, on what the workbook holds afterwards.
 */
import type { Grid } from '../../templates/core/cell';
import { publicResourceTable } from '../../templates/export/public-list';
import {
  FINDINGS_HEADER,
  FINDINGS_SHEET,
  NOTICE_PRINT_SHEET,
  NOTICE_SHEET,
  RESIDENT_SHEET,
  indicatorsCommand,
  insertTemplateCommand,
  isKitHighlightFormula,
  noticeEventChoices,
  noticesCommand,
  residentListCommand,
  validateCommand,
  type HostEnv,
  type HostOp,
} from '../../templates/host';
import { computeIndicatorsFromCells } from '../../templates/indicators';
import { planNotices } from '../../templates/notices';
import { blankWorkbookPlan } from '../../templates/plan';
import { townToWorkbookValues } from '../../templates/sample';
import { SHEETS } from '../../templates/sheets/registry';
import { validateWorkbook } from '../../templates/validate';
import type { WorkbookValues } from '../../templates/validate/types';
import { PATIENT_PHONE, PATIENT_SECRET, withMistakes } from '../cli/mistakes';
import { smallTown, smallWorkbook } from '../fixtures/sample-towns';
import { olderValue } from '../xlsx/old-layout';
import { applyToModel, modelFromValues, modelToValues } from './apply-values';

const env: HostEnv = { today: '2025-12-01', now: '2025-12-01T10:00', links: { kind: 'excel' }, dates: 'wareki', lang: 'ja' };

function opsOf<K extends HostOp['kind']>(ops: readonly HostOp[], kind: K): Extract<HostOp, { kind: K }>[] {
  return ops.filter((op): op is Extract<HostOp, { kind: K }> => op.kind === kind);
}

describe('insertTemplateCommand', () => {
  it('lays the blank template into an empty workbook, every sheet in plan order', () => {
    const out = insertTemplateCommand({ Sheet1: [] }, env);
    expect(out.mode).toBe('blank');
    const names = opsOf(out.ops, 'replaceSheet').map((op) => op.plan.name);
    expect(names).toEqual(blankWorkbookPlan().sheets.map((s) => s.name));
    expect(opsOf(out.ops, 'orderSheets')[0]?.order).toEqual(names);
    expect(out.messages[0]?.text).toContain(`${names.length} 枚`);
  });

  it('Sheets gets western dates (no era format there)', () => {
    const out = insertTemplateCommand({}, { ...env, dates: 'western' });
    const formats = opsOf(out.ops, 'replaceSheet').flatMap((op) => op.plan.columns.map((c) => c.numberFormat ?? ''));
    expect(formats).toContain('yyyy/m/d');
    expect(formats.some((f) => f.includes('ggge'))).toBe(false);
  });

  it('upgrades an older layout without writing any data cell', () => {
    const values = smallWorkbook();
    const old: Record<string, Grid> = {};
    // An older tab name and a user tab: the upgrade renames one and leaves the other alone.
    for (const [tab, grid] of Object.entries(values)) old[tab === '資源リスト' ? '医療・介護資源リスト' : tab] = grid;
    old['町の作業メモ'] = [['=HYPERLINK("x")', '+81']];
    const out = insertTemplateCommand(old, env);
    expect(out.mode).toBe('upgrade');
    expect(opsOf(out.ops, 'renameSheet')).toEqual([{ kind: 'renameSheet', from: '医療・介護資源リスト', to: '資源リスト' }]);
    const userTabs = new Set(Object.keys(old));
    // Replacing is only for sheets the kit owns: never a tab that holds user data.
    for (const op of opsOf(out.ops, 'replaceSheet')) {
      const grid = old[op.plan.name];
      if (grid) expect(grid.every((row) => row.every((v) => v === '' || v === null))).toBe(true);
      else expect(userTabs.has(op.plan.name) && op.plan.name !== '指標' && op.plan.name !== '指標計算').toBe(false);
    }
    const book = modelFromValues(old);
    applyToModel(book, out.ops);
    const after = modelToValues(book);
    for (const [tab, grid] of Object.entries(old)) {
      const now = after[tab === '医療・介護資源リスト' ? '資源リスト' : tab] as unknown[][];
      grid.forEach((row, r) => row.forEach((v, c) => {
        if (v !== '' && v !== null) expect([tab, r, c, now[r]?.[c]]).toEqual([tab, r, c, v]);
      }));
    }
  });
});

describe('insertTemplateCommand: older vocabulary names', () => {
  it('rewrites them to the current names in every host, logging each old value on 修正履歴', () => {
    const values = smallWorkbook();
    const old: Record<string, Grid> = {};
    let written = 0;
    for (const spec of SHEETS) {
      const grid = values[spec.name];
      if (!grid) continue;
      if (spec.kind !== 'table') {
        old[spec.name] = grid;
        continue;
      }
      old[spec.name] = grid.map((row, r) =>
        r === 0 ? row : row.map((v, c) => {
          const col = spec.columns[c];
          const older = col ? olderValue(col, v, r) : v;
          if (older !== v) written++;
          return older;
        }),
      );
    }
    expect(written).toBeGreaterThan(0);
    const out = insertTemplateCommand(old, env);
    expect(out.messages[0]?.text).toContain(`旧称から新しい名称への書き換え ${written} セル`);
    const book = modelFromValues(old);
    applyToModel(book, out.ops);
    const after = modelToValues(book);
    for (const spec of SHEETS) {
      if (spec.kind === 'table') expect([spec.name, after[spec.name]?.slice(1)]).toEqual([spec.name, (values[spec.name] ?? []).slice(1)]);
    }
    const log = after['修正履歴'] ?? [];
    expect(log.slice(1)).toHaveLength(written);
    expect(log.slice(1).every((row) => row[0] === '2025-12-01 10:00')).toBe(true);
  });
});

describe('validateCommand', () => {
  const broken = townToWorkbookValues(withMistakes(smallTown()));

  it('lists every finding with a link that selects its cell', () => {
    const out = validateCommand(broken, env);
    const expected = validateWorkbook(broken, { today: env.today });
    const sheet = opsOf(out.ops, 'replaceSheet').find((op) => op.plan.name === FINDINGS_SHEET);
    expect(sheet).toBeDefined();
    const rows = sheet!.plan.blocks[0]!.values;
    expect(rows[0]).toEqual([...FINDINGS_HEADER]);
    expect(rows.length - 1).toBe(expected.findings.length);
    const first = expected.findings.find((f) => f.address)!;
    const row = rows.find((r) => r[6] === first.message && r[2] === first.sheet)!;
    expect(row[3]).toEqual({ formula: `HYPERLINK("#'${first.sheet}'!${first.address}","${first.address}")` });
    expect(row[9]).toBe(`${first.sheet}!${first.address}`);
    expect(out.result.errorCount).toBeGreaterThan(0);
    expect(out.messages[0]?.tone).toBe('error');
  });

  it('highlights through kit rules on each flagged tab, and clears them when the tab is clean again', () => {
    const out = validateCommand(broken, env);
    const highlights = opsOf(out.ops, 'setHighlights');
    const flagged = new Set(out.result.findings.filter((f) => f.address).map((f) => f.sheet));
    expect(new Set(highlights.map((h) => h.sheet))).toEqual(flagged);
    for (const h of highlights) {
      expect(h.rules).toHaveLength(2);
      for (const rule of h.rules) expect(isKitHighlightFormula(rule.formula)).toBe(true);
    }
    // The user repairs everything: the rerun reads the old 検証結果 and clears those tabs' highlights.
    const book = modelFromValues(broken);
    applyToModel(book, out.ops);
    const repaired = { ...modelToValues(book) } as Record<string, Grid>;
    for (const [tab, grid] of Object.entries(smallWorkbook())) repaired[tab] = grid;
    const again = validateCommand(repaired, env);
    const cleared = opsOf(again.ops, 'setHighlights').filter((h) => h.rules.length === 0).map((h) => h.sheet);
    expect(new Set(cleared)).toEqual(new Set([...flagged].filter((t) => !again.result.findings.some((f) => f.sheet === t && f.address))));
  });

  it('uses Sheets links (gid) when the host says so, and plain text when the tab id is unknown', () => {
    const out = validateCommand(broken, { ...env, links: { kind: 'sheets', sheetIds: { 資源リスト: 42 } } });
    const rows = opsOf(out.ops, 'replaceSheet')[0]!.plan.blocks[0]!.values.slice(1);
    const res = rows.find((r) => r[2] === '資源リスト' && r[3] !== null)!;
    expect(res[3]).toEqual({ formula: expect.stringMatching(/^HYPERLINK\("#gid=42&range=[A-Z]+\d+","[A-Z]+\d+"\)$/) });
    const other = rows.find((r) => r[2] === '相談記録' && r[3] !== null)!;
    expect(typeof other[3]).toBe('string');
  });

  it('never treats the kit’s own output sheets as user data', () => {
    const values: WorkbookValues = { ...smallWorkbook(), [NOTICE_SHEET]: [['件名'], ['=SUM(1)']], [RESIDENT_SHEET]: [['x']] };
    expect(validateCommand(values, env).result.findings).toEqual(validateCommand(smallWorkbook(), env).result.findings);
  });
});

describe('indicatorsCommand', () => {
  it('rebuilds 指標 and 指標計算 and returns the CLI’s figures', () => {
    const values = smallWorkbook();
    const out = indicatorsCommand(values, env);
    const { layouts } = validateWorkbook(values, { today: env.today });
    expect(out.results).toEqual(computeIndicatorsFromCells(values, layouts, { fiscalYear: 2025, today: env.today }));
    expect(opsOf(out.ops, 'replaceSheet').map((op) => op.plan.name)).toEqual(['指標', '指標計算']);
    expect(out.messages[0]?.text).toContain('令和7年度');
  });

  it('says what to do when 設定 has no fiscal year', () => {
    const values = { ...smallWorkbook() } as Record<string, Grid>;
    delete values['設定'];
    const out = indicatorsCommand(values, env);
    expect(out.ops).toEqual([]);
    expect(out.messages[0]?.key).toBe('indicators.noYear');
  });
});

describe('noticesCommand', () => {
  const town = smallTown();
  // A meeting nobody has been notified of yet (the sample's later meetings).
  const event = town.rows.events.find((e) => {
    const invited = town.rows.attendees.filter((a) => a.eventId === e.id && a.invited !== false);
    return invited.length > 0 && invited.every((a) => a.noticeStatus !== '送信済み' && !a.messageId);
  })!;

  it('makes the same notices as the CLI planner and records them so a rerun drafts nobody twice', () => {
    const values = smallWorkbook();
    const out = noticesCommand(values, env, { eventId: event.id });
    const check = validateWorkbook(values, { today: env.today });
    const cli = planNotices(check.rows, event.id, 'T01', { now: env.now, runId: 'r202512011000', layouts: check.layouts });
    expect(out.plan?.messages.map((m) => [m.messageId, m.subject, m.text])).toEqual(cli.messages.map((m) => [m.messageId, m.subject, m.text]));
    expect(out.plan!.messages.length).toBeGreaterThan(0);

    const sheet = opsOf(out.ops, 'replaceSheet').find((op) => op.plan.name === NOTICE_SHEET)!;
    expect(sheet.plan.blocks[0]!.values.length - 1).toBe(out.plan!.messages.length);
    const paper = out.plan!.messages.filter((m) => m.channel !== 'メール').length;
    expect(opsOf(out.ops, 'replaceSheet').some((op) => op.plan.name === NOTICE_PRINT_SHEET)).toBe(paper > 0);
    const log = opsOf(out.ops, 'writeBlocks');
    expect(log.map((op) => op.sheet)).toEqual(['出席者']);

    const book = modelFromValues(values);
    applyToModel(book, out.ops);
    const rerun = noticesCommand(modelToValues(book), env, { eventId: event.id });
    expect(rerun.plan!.messages).toHaveLength(0);
    expect(rerun.plan!.skipped.length).toBe(out.plan!.writeBack.length);
    expect(rerun.messages.map((m) => m.key)).toContain('notices.skipped');
  });

  it('writes nothing to 出席者 when the host sends and records per message itself', () => {
    const out = noticesCommand(smallWorkbook(), env, { eventId: event.id, record: false, mode: 'send' });
    expect(opsOf(out.ops, 'writeBlocks')).toEqual([]);
  });

  it('refuses to draft without the send-log columns, and says to update the template first', () => {
    const values = { ...smallWorkbook() } as Record<string, Grid>;
    values['出席者'] = (values['出席者'] as Grid).map((row) => row.slice(0, 9));
    const out = noticesCommand(values, env, { eventId: event.id });
    expect(out.ops).toEqual([]);
    expect(out.messages[0]?.text).toContain('テンプレート挿入・更新');
  });

  it('offers the meetings newest first with their invitee counts', () => {
    const choices = noticeEventChoices(smallWorkbook(), env);
    expect(choices.length).toBe(town.rows.events.length);
    const dates = town.rows.events.map((e) => e.date).sort().reverse();
    expect(choices[0]?.dateText).toMatch(/^令和/);
    expect(town.rows.events.find((e) => e.id === choices[0]?.id)?.date).toBe(dates[0]);
  });
});

describe('residentListCommand', () => {
  it('lists exactly what export-public publishes', () => {
    const values = smallWorkbook();
    const out = residentListCommand(values, env);
    const rows = validateWorkbook(values, { today: env.today }).rows.resources;
    const expected = publicResourceTable(rows);
    expect(out.count).toBe(expected.length - 1);
    const plan = opsOf(out.ops, 'replaceSheet')[0]!.plan;
    expect(plan.blocks[0]!.values.map((r) => r.map((c) => c ?? ''))).toEqual(expected.map((r) => r.map((c) => c ?? '')));
  });
});

describe('検証結果 and patient text (D-19)', () => {
  it('a finding on a personal column does not echo the cell in the sheet', () => {
    const values = townToWorkbookValues(withMistakes(smallTown()));
    const out = validateCommand(values, env);
    const rows = opsOf(out.ops, 'replaceSheet')[0]!.plan.blocks[0]!.values;
    const text = JSON.stringify(rows);
    expect(out.result.findings.some((f) => f.code === 'rule.personalName')).toBe(true);
    expect(text).not.toContain(PATIENT_SECRET);
    expect(text).not.toContain(PATIENT_PHONE);
  });
});
