/**
 * The Excel host gives the CLI's answers on the same workbook: findings (the 検証結果 sheet),
 * indicators (the figures the task pane shows) and notices (messages and recipients) — once for a
 * workbook built from the sample town's values, once for the .xlsx the CLI writes, read back with
 * the CLI's reader. Rerunning 通知 drafts nobody twice (the send log goes through the write-back).
 */
import { join } from 'node:path';
import * as host from '../../addin/src/host/commands';
import { planForTown } from '../../cli/commands/notices';
import { loadTown, townIndicators, type LoadedTown } from '../../cli/commands/pipeline';
import { validateForReport } from '../../cli/commands/validate';
import { readWorkbookValues } from '../../cli/xlsx/read';
import type { Finding } from '../../templates/core/findings';
import { todayInTokyo } from '../../templates/dates/serial';
import { FINDINGS_HEADER, FINDINGS_SHEET, SEVERITY_LABEL } from '../../templates/host/findings-sheet';
import { NOTICE_SHEET } from '../../templates/host/notice-sheets';
import { generateTown, townToWorkbookValues } from '../../templates/sample';
import type { ValidationResult, WorkbookValues } from '../../templates/validate/types';
import { removeDir, tempDir, writeTownWorkbook } from '../cli/helpers';
import { MISTAKE_CODES, withMistakes } from '../cli/mistakes';
import type { FakeExcel } from './fake-excel';
import { bookFrom, noProgress, withFake } from './helpers';

jest.setTimeout(300_000);

const town = withMistakes(generateTown({ seed: 11 }));

/** The identity of a finding on the 検証結果 sheet (messages aside: the CLI redacts personal text for printing). */
function key(f: Pick<Finding, 'severity' | 'sheet' | 'address' | 'row' | 'column' | 'code'>): string {
  return [SEVERITY_LABEL[f.severity], f.sheet, f.address ?? '', f.row ?? '', f.column ?? '', f.code].join('|');
}

/** The rows of 検証結果 as the fake stores them, in the same shape as `key`. */
function sheetKeys(fake: FakeExcel): string[] {
  const grid = fake.values()[FINDINGS_SHEET] ?? [];
  expect(grid[0]).toEqual([...FINDINGS_HEADER]);
  const col = (name: (typeof FINDINGS_HEADER)[number]) => FINDINGS_HEADER.indexOf(name);
  const out: string[] = [];
  for (let r = 1; r < grid.length; r++) {
    const row = grid[r] ?? [];
    if (typeof row[col('No')] !== 'number') continue;
    // The セル column holds a HYPERLINK formula (its result is not computed by the fake): read its label.
    const link = fake.cell(FINDINGS_SHEET, `D${r + 1}`)?.f ?? '';
    const address = /,"([A-Z]+\d+)"\)$/.exec(link)?.[1] ?? '';
    out.push([row[col('重要度')], row[col('シート')], address, row[col('行')], row[col('列')], row[col('コード')]].join('|'));
  }
  return out;
}

async function compareWithCli(fake: FakeExcel, town_: LoadedTown, today: string): Promise<void> {
  const cli = town_.result;
  await withFake(fake, async () => {
    const v = await host.validate(noProgress, 'ja');
    expect({ errors: v.errors, warnings: v.warnings }).toEqual({ errors: cli.errorCount, warnings: cli.warningCount });
    expect(sheetKeys(fake)).toEqual(cli.findings.map(key));
    for (const code of MISTAKE_CODES) expect(cli.findings.some((f) => f.code === code)).toBe(true);

    const ind = await host.indicators(noProgress, 'ja');
    expect(ind.fiscalYear).toBe(town.fiscalYear);
    expect(ind.results).toEqual(townIndicators(town_, today));

    const events = await host.noticeEvents('ja');
    const eventId = events[0]?.id as string;
    const first = await host.notices(noProgress, 'ja', { eventId });
    const plan = first.plan;
    if (!plan) throw new Error('no notice plan');
    const cliPlan = planForTown(cli, eventId, 'T01', plan.now, false);
    expect(plan.messages.length).toBeGreaterThan(0);
    expect(plan.messages).toEqual(cliPlan.messages);
    expect(first.problems).toEqual(cliPlan.findings);
    const sheet = fake.values()[NOTICE_SHEET] ?? [];
    expect(sheet.length).toBeGreaterThan(plan.messages.length);

    const again = await host.notices(noProgress, 'ja', { eventId });
    expect(again.plan?.messages).toEqual([]);
    expect(again.plan?.skipped.length).toBe(plan.messages.reduce((n, m) => n + m.recipients.length, 0));
  });
}

describe('Excel host equals the CLI on the same workbook', () => {
  it('built from the sample town values (with deliberate mistakes)', async () => {
    const values = townToWorkbookValues(town);
    const today = todayInTokyo(new Date());
    await compareWithCli(bookFrom(values), { book: values, result: validateForReport(values, today) }, today);
  });

  it('read from the .xlsx the CLI writes', async () => {
    const dir = await tempDir('zrk-addin-');
    try {
      const path = join(dir, 'town.xlsx');
      await writeTownWorkbook(town, path);
      const values: WorkbookValues = await readWorkbookValues(path);
      const today = todayInTokyo(new Date());
      await compareWithCli(bookFrom(values), await loadTown(path, today), today);
    } finally {
      await removeDir(dir);
    }
  });
});
