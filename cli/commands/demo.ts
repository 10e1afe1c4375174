/**
 * `zaitaku demo --out <dir>`: everything the kit does, on generated towns, in a few seconds and
 * without LibreOffice or network: templates, three town workbooks (one with typical input mistakes),
 * validation reports, indicators, notices with the send log recorded, resident lists and the
 * town comparison. Each kind of output gets its own subfolder, emptied first.
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { areaTable } from '../../templates/aggregate/areas';
import { comparisonTable } from '../../templates/aggregate/compare';
import type { Finding } from '../../templates/core/findings';
import { toCsv } from '../../templates/export/csv';
import { isPublicToResidents, publicResourceCsv } from '../../templates/export/public-list';
import type { IndicatorResult } from '../../templates/indicators';
import { townWorkbookPlan } from '../../templates/plan/workbook';
import { generateTowns, SMALL_TOWN, type SampleTown } from '../../templates/sample';
import type { ResourceRow } from '../../templates/sheets/rows';
import { recordSendLog } from '../fs/send-log';
import { tableXlsx } from '../fs/table-xlsx';
import { ensureDir, writeOutput } from '../fs/write';
import { findingsCsv } from '../output/findings';
import { indicatorsCsv } from '../output/indicators';
import { writeWorkbook } from '../xlsx/write';
import { aggregateFolder, AREA_SHEET, areaCsvPath, skipMessage } from './aggregate';
import { requiredValue } from './args';
import { buildTemplates } from './build-templates';
import type { Command, CommandContext } from './context';
import { planForTown, writeNoticeFiles } from './notices';
import { loadTown, townIndicators } from './pipeline';

/** Subfolders the demo owns under --out (emptied at the start of every run, nothing else is touched). */
export const DEMO_FOLDERS = ['templates', 'towns', 'reports', 'indicators', 'notices', 'public', 'aggregate'] as const;

const DEMO_BASE_SEED = 11;
const DEMO_FISCAL_YEAR = 2025;
/** Validation "today" and the notices clock are fixed so every run prints the same figures. */
const DEMO_TODAY = `${DEMO_FISCAL_YEAR}-12-01`;
const DEMO_NOW = `${DEMO_TODAY}T09:00`;
/** Indicators shown in the summary. */
const SUMMARY_INDICATORS = ['S01', 'P07', 'P20', 'O01'];

/**
 * The mistakes clerks typically make, put into the last demo town so validation has something
 * to show: a phone number too short, a category not in the list, an id typed twice.
 */
export function withTypicalMistakes(town: SampleTown): SampleTown {
  const resources = town.rows.resources.map((r) => ({ ...r })) as unknown as Record<string, unknown>[];
  const [first, second, third] = resources;
  if (first) first['phone'] = '0123-45';
  if (second) second['category'] = 'ドラッグストア';
  if (third && second) third['id'] = second['id'];
  return { ...town, rows: { ...town.rows, resources: resources as unknown as ResourceRow[] } };
}

/** The event the demo writes notices for: the next one (from the demo's today) with invitees not yet notified. */
function demoEventId(town: SampleTown): string | null {
  const pending = new Set(town.rows.attendees.filter((a) => a.invited === true && a.noticeStatus === '未送信').map((a) => a.eventId));
  const events = town.rows.events
    .filter((e) => pending.has(e.id) && e.date >= DEMO_TODAY)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return events[0]?.id ?? null;
}

function valueText(r: IndicatorResult | undefined): string {
  if (!r) return '';
  return r.value === null ? '—' : `${r.value} ${r.unit}`;
}

/** What the notices command would show before sending (a past reply deadline, a weekend meeting…), one line each. */
export function printNoticeFindings(ctx: CommandContext, findings: readonly Finding[]): void {
  const errors = findings.filter((f) => f.severity === 'error').length;
  ctx.out(ctx.t('demo.noticeFindings', { errors, warnings: findings.length - errors }));
  for (const f of findings) {
    const severity = ctx.t(f.severity === 'error' ? 'severity.error' : 'severity.warning');
    ctx.out(ctx.t('demo.noticeFinding', { severity, message: ctx.lang === 'en' ? f.messageEn : f.message }));
  }
}

/** Runs the whole demo; returns the number of towns processed. */
async function runDemo(ctx: CommandContext, outDir: string): Promise<number> {
  for (const folder of DEMO_FOLDERS) await rm(join(outDir, folder), { recursive: true, force: true });
  const dir = (name: (typeof DEMO_FOLDERS)[number]): string => join(outDir, name);
  for (const name of DEMO_FOLDERS) await ensureDir(dir(name));

  const templates = await buildTemplates(dir('templates'));
  ctx.out(ctx.t('demo.templates', { blank: templates.blank, sample: templates.sample }));

  const generated = generateTowns(3, DEMO_BASE_SEED, SMALL_TOWN, DEMO_FISCAL_YEAR);
  const towns = generated.map((t, i) => (i === generated.length - 1 ? withTypicalMistakes(t) : t));
  for (const [i, town] of towns.entries()) {
    const label = `${i + 1}_${town.townName}`;
    const file = join(dir('towns'), `${label}.xlsx`);
    await writeOutput(file, await writeWorkbook(townWorkbookPlan(town)));
    ctx.out('');
    ctx.out(ctx.t('demo.town', { town: town.townName, file }));

    const loaded = await loadTown(file, DEMO_TODAY);
    const { result } = loaded;
    const report = join(dir('reports'), `${label}_検査結果.csv`);
    await writeOutput(report, findingsCsv(result.findings, ctx.lang));
    ctx.out(ctx.t('demo.findings', { errors: result.errorCount, warnings: result.warningCount, path: report }));

    const indicators = townIndicators(loaded, DEMO_TODAY);
    const indicatorFile = join(dir('indicators'), `${label}_指標.csv`);
    await writeOutput(indicatorFile, indicatorsCsv(indicators));
    for (const id of SUMMARY_INDICATORS) {
      const r = indicators.find((x) => x.id === id);
      if (r) ctx.out(ctx.t('demo.indicator', { name: r.name, value: valueText(r) }));
    }

    const eventId = demoEventId(town);
    if (eventId === null) ctx.out(ctx.t('demo.noEvent'));
    else {
      const plan = planForTown(result, eventId, 'T01', DEMO_NOW, false);
      const noticeDir = join(dir('notices'), label);
      const files = await writeNoticeFiles(plan, noticeDir);
      const layout = result.layouts.attendees;
      if (layout) await recordSendLog(file, layout, plan.writeBack);
      const channels = (['メール', 'FAX', '郵送'] as const).map((c) => `${c} ${files.counts[c]}`).join('・');
      ctx.out(ctx.t('demo.notices', { event: eventId, channels, path: noticeDir }));
      printNoticeFindings(ctx, [...plan.findings, ...plan.warnings]);
    }

    const publicFile = join(dir('public'), `${label}_住民向け資源一覧.csv`);
    await writeOutput(publicFile, publicResourceCsv(result.rows.resources));
    ctx.out(ctx.t('demo.export', { count: result.rows.resources.filter(isPublicToResidents).length, path: publicFile }));
  }

  const { comparison, skipped } = await aggregateFolder(dir('towns'), DEMO_TODAY);
  for (const s of skipped) ctx.err(skipMessage(s, ctx.lang));
  const table = comparisonTable(comparison, ctx.lang);
  // The prefecture's view as `aggregate` gives it: towns side by side, then totals by 在宅医療の圏域.
  const byArea = areaTable(comparison, ctx.lang);
  const csv = join(dir('aggregate'), '町村比較.csv');
  await writeOutput(csv, toCsv(table));
  await writeOutput(areaCsvPath(csv), toCsv(byArea));
  await writeOutput(join(dir('aggregate'), '町村比較.xlsx'), await tableXlsx('町村比較', table, [{ name: AREA_SHEET, rows: byArea }]));
  ctx.out('');
  ctx.out(ctx.t('demo.aggregate', { count: comparison.towns.length, path: csv }));
  ctx.out(ctx.t('aggregate.areaWritten', { path: areaCsvPath(csv) }));
  return towns.length;
}

export const demoCommand: Command = {
  name: 'demo',
  args: { values: ['out'] },
  async run(ctx) {
    const outDir = requiredValue(ctx.args, 'out');
    const t0 = performance.now();
    ctx.out(ctx.t('demo.title'));
    await runDemo(ctx, outDir);
    ctx.out(ctx.t('demo.done', { seconds: ((performance.now() - t0) / 1000).toFixed(1), path: outDir }));
    return 0;
  },
};
