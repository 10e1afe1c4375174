/**
 * The annual report model (D-17): the figures it states equal the indicators computed from the same
 * rows (meeting count, attendance by side, consultations by month/side/category, every indicator
 * value), per-meeting attendance adds up, and the printable sheet plan is an A4 page set.
 */
import { computeIndicators } from '../../templates/indicators';
import { buildAnnualReport } from '../../templates/report/annual';
import { documentTexts, type DocTable, type ReportDocument } from '../../templates/report/document';
import { documentSheetPlan } from '../../templates/report/sheet-plan';
import { annualReportCommand } from '../../templates/report/commands';
import { generateTown, townToWorkbookValues } from '../../templates/sample';
import { FIXTURE_ROWS } from '../indicators/fixture-town';
import * as kit from '../../templates';

const town = generateTown({ seed: 3 });
const OPTS = { fiscalYear: 2025, today: '2026-04-20' };
const doc = buildAnnualReport(town.rows, OPTS);
const results = computeIndicators(town.rows, OPTS);
const value = (id: string) => results.find((r) => r.id === id)?.value;

function tableOf(d: ReportDocument, captionStart: string): DocTable {
  const t = d.blocks.find((b): b is DocTable => b.kind === 'table' && b.caption.startsWith(captionStart));
  if (!t) throw new Error(`no table ${captionStart}`);
  return t;
}
const col = (t: DocTable, header: string) => t.header.indexOf(header);
const cellOf = (t: DocTable, key: string, header: string) => t.rows.find((r) => r[0] === key)?.[col(t, header)];

describe('annual report of a sample town', () => {
  it('is titled with the 年度 in 和暦 and dated in 和暦', () => {
    expect(doc.title).toBe('令和7年度 在宅医療・介護連携推進事業 実績報告書');
    expect(doc.subtitle.join(' ')).toContain('令和7年4月1日〜令和8年3月31日');
    expect(doc.subtitle.join(' ')).toContain('作成日: 令和8年4月20日');
  });

  it('lists every (イ) meeting of the year, as many as P07 counts, with 和暦 dates', () => {
    const meetings = tableOf(doc, '表4');
    expect(meetings.rows.length).toBe(value('P07'));
    expect(meetings.rows.length).toBeGreaterThan(0);
    for (const r of meetings.rows) expect(String(r[0])).toMatch(/^令和\d+年\d+月\d+日$/);
    expect(documentTexts(doc).join('\n')).toContain(`年度内に${value('P07')}回`);
  });

  it('adds attendance per meeting up to the profession table, and the sides equal P12/P13', () => {
    const byProfession = tableOf(doc, '表5');
    const meetings = tableOf(doc, '表4');
    const meetingTotal = meetings.rows.reduce((n, r) => n + Number(r[col(meetings, '出席者数')]), 0);
    const professionMeetings = byProfession.rows.reduce((n, r) => n + Number(r[col(byProfession, '会議（イ）')]), 0);
    expect(professionMeetings).toBeLessThanOrEqual(meetingTotal); // attendees without a known profession are not in 表5
    for (const r of byProfession.rows) {
      const parts = ['会議（イ）', '研修（カ）', 'その他'].map((h) => Number(r[col(byProfession, h)]));
      expect(parts.reduce((a, b) => a + b, 0)).toBe(r[col(byProfession, '計')]);
    }
    const sides = tableOf(doc, '表6');
    expect(cellOf(sides, '医療系', '人数')).toBe(value('P12'));
    expect(cellOf(sides, '介護系', '人数')).toBe(value('P13'));
  });

  it('counts consultations by month (P21…P32), side and category like the indicators', () => {
    const months = tableOf(doc, '表15');
    const monthIds = ['P21', 'P22', 'P23', 'P24', 'P25', 'P26', 'P27', 'P28', 'P29', 'P30', 'P31', 'P32'];
    expect(months.rows.slice(0, 12).map((r) => r[1])).toEqual(monthIds.map(value));
    expect(cellOf(months, '計', '件数')).toBe(value('P20'));
    const categories = tableOf(doc, '表17');
    const total = categories.rows.reduce((n, r) => n + Number(r[1]), 0);
    expect(total).toBe(value('P20'));
  });

  it('follows 設定 for the sides (表5, 表6, 表16) and shows 本人・家族・住民 like P33–P36 and P53', () => {
    const settings = town.rows.settings ? { ...town.rows.settings, publicHealthNurseSide: '医療系' as const, socialWorkerSide: '医療系' as const } : null;
    const rows = { ...town.rows, settings };
    const d = buildAnnualReport(rows, OPTS);
    const r = computeIndicators(rows, OPTS);
    const v = (id: string) => r.find((x) => x.id === id)?.value;
    expect(v('P12')).toBeGreaterThan(value('P12') as number); // the town's 保健師/社会福祉士 attended something
    const sides = tableOf(d, '表6');
    expect(cellOf(sides, '医療系', '人数')).toBe(v('P12'));
    expect(cellOf(sides, '介護系', '人数')).toBe(v('P13'));
    const byProfession = tableOf(d, '表5');
    for (const p of ['保健師', '社会福祉士・MSW']) if (byProfession.rows.some((x) => x[0] === p)) expect(cellOf(byProfession, p, '区分')).toBe('医療系');
    const requesters = tableOf(d, '表16');
    expect(requesters.rows.map((x) => x[1])).toEqual(['P33', 'P34', 'P35', 'P36', 'P53'].map(v));
    expect(v('P53')).toBeGreaterThan(0);
  });

  it('shows every indicator with the value, target and 達成 of computeIndicators', () => {
    const t = tableOf(doc, '表21');
    expect(t.rows.map((r) => r[0])).toEqual(results.map((r) => r.id));
    t.rows.forEach((row, i) => {
      const r = results[i]!;
      expect(row[col(t, '値')]).toBe(r.value === null ? '—' : r.value);
      expect(row[col(t, '目標')]).toBe(r.target === null ? '—' : r.target);
      expect(row[col(t, '達成')]).toBe(r.achieved === '' ? '—' : r.achieved);
    });
  });

  it('reports the (ウ) schemes and disaster registers from their sheets', () => {
    const care = tableOf(doc, '表10');
    expect(care.rows.length).toBe(town.rows.emergencyCare?.length);
    const active = (town.rows.emergencyCare ?? []).filter((r) => r.status === '運用中');
    expect(documentTexts(doc).join('')).toContain(`登録患者は${active.reduce((n, r) => n + (r.patients ?? 0), 0)}人`);
    expect(tableOf(doc, '表13').rows.length).toBe(town.rows.equipment?.length);
  });

  it('shows the change in resources when last year\'s rows are given, and says how it is counted', () => {
    const prev = { ...town.rows, resources: town.rows.resources.slice(0, town.rows.resources.length - 3) };
    const withPrev = buildAnnualReport(town.rows, { ...OPTS, previous: prev });
    const t = tableOf(withPrev, '表3');
    expect(cellOf(t, '合計', '増減')).toBe(3);
    expect(cellOf(tableOf(doc, '表3'), '合計', '前年度')).toBe('—');
    expect(documentTexts(doc).join('')).toContain('--previous');
  });

  it('works on the hand-made fixture town (hand-worked counts)', () => {
    const d = buildAnnualReport(FIXTURE_ROWS, { fiscalYear: 2025, today: '2026-04-01' });
    expect(tableOf(d, '表4').rows.length).toBe(3); // E1 E2 (多職種会議) + E3 (WG); E6 is last year
    expect(cellOf(tableOf(d, '表6'), '医療系', '人数')).toBe(5);
    expect(cellOf(tableOf(d, '表15'), '計', '件数')).toBe(13);
    expect(cellOf(tableOf(d, '表12'), '策定済', '事業所数')).toBe(2);
  });
});

describe('the printable 実績報告 sheet', () => {
  const plan = documentSheetPlan(doc);
  const cells = plan.blocks.flatMap((b) => b.values.flat());

  it('is an A4 portrait page set that fits the width, with page breaks before each main section', () => {
    expect(plan.print).toMatchObject({ paper: 'A4', orientation: 'portrait', fitToWidth: true });
    expect(plan.print?.printArea).toBe(`A1:K${plan.blocks[0]!.values.length}`);
    expect(plan.pageBreaks?.length).toBeGreaterThanOrEqual(3);
  });

  it('holds every text of the document and no formula cells', () => {
    const texts = new Set(cells.filter((c) => c !== null).map(String));
    for (const t of documentTexts(doc)) expect(texts.has(t)).toBe(true);
    expect(cells.some((c) => typeof c === 'object' && c !== null)).toBe(false);
  });

  it('is reachable from the public entry point of templates/', () => {
    expect(kit.report.buildAnnualReport).toBe(buildAnnualReport);
    expect(kit.report.annualReportCommand).toBe(annualReportCommand);
    expect(kit.sheets.SHEETS.map((s) => s.name)).toEqual(expect.arrayContaining(['緊急連絡網', '備品台帳', 'BCP・訓練', '主治医副主治医', '急変時診療医療機関']));
  });

  it('is what the host command writes (replaceSheet + activate) for 設定\'s fiscal year', () => {
    const res = annualReportCommand(townToWorkbookValues(town), { today: '2026-04-20' });
    expect(res.ops.map((o) => o.kind)).toEqual(['replaceSheet', 'activate']);
    expect(res.document?.title).toBe(doc.title);
    expect(annualReportCommand({}, { today: '2026-04-20' }).ops).toEqual([]);
  });
});
