/**
 * 実績報告 and 関係者向けリスト on the Excel fake: one Excel.run each, the sheets the shared report
 * commands plan, and the report's figures equal to the model the CLI's `zaitaku report` builds
 * (buildAnnualReport over the validated rows) — every table row of it is a row of the sheet.
 */
import * as host from '../../addin/src/host/commands';
import { todayInTokyo } from '../../templates/dates/serial';
import { buildAnnualReport } from '../../templates/report/annual';
import { professionalListsCommand } from '../../templates/report/commands';
import { generateTown, townToWorkbookValues } from '../../templates/sample';
import { validateWorkbook } from '../../templates/validate/engine';
import { bookFrom, noProgress, withFake } from './helpers';

const values = townToWorkbookValues(generateTown({ seed: 1 }));

describe('Excel host: reports', () => {
  it('実績報告 writes the sheet of the CLI report model, in one Excel.run of 3 syncs', async () => {
    const fake = bookFrom(values);
    const r = await withFake(fake, () => host.annualReport(noProgress, 'ja'));
    const today = todayInTokyo(new Date());
    const { rows } = validateWorkbook(values, { today });
    const cli = buildAnnualReport(rows, { fiscalYear: rows.settings?.fiscalYear as number, today });
    expect(r.document).toEqual(cli);
    expect(fake.stats().runs).toBe(1);
    expect(r.syncs).toBe(3);
    expect(r.messages[0]?.tone).toBe('ok');
    const sheetName = fake.store.sheets.find((s) => s.id === fake.store.activeSheetId)?.name as string;
    const sheet = (fake.values()[sheetName] ?? []).map((row) => JSON.stringify(row));
    const tables = cli.blocks.flatMap((b) => (b.kind === 'table' ? [b] : []));
    expect(tables.length).toBeGreaterThan(0);
    let figures = 0;
    for (const t of tables) {
      for (const row of [t.header, ...t.rows]) {
        const prefix = JSON.stringify(row).slice(0, -1);
        expect({ table: t.caption, row, found: sheet.some((line) => line.startsWith(prefix)) }).toEqual({ table: t.caption, row, found: true });
        figures += row.filter((c) => typeof c === 'number').length;
      }
    }
    expect(figures).toBeGreaterThan(10);
  });

  it('関係者向けリスト writes the three lists and the FAX form', async () => {
    const fake = bookFrom(values);
    const r = await withFake(fake, () => host.professionalLists(noProgress, 'ja'));
    const planned = professionalListsCommand(values, { today: todayInTokyo(new Date()) });
    const names = planned.ops.flatMap((op) => (op.kind === 'replaceSheet' ? [op.plan.name] : []));
    expect(names).toHaveLength(4);
    for (const name of names) expect(fake.store.sheets.map((s) => s.name)).toContain(name);
    expect(r.messages[0]?.text).toBe(planned.summary.ja);
    expect(r.syncs).toBe(3);
  });
});
