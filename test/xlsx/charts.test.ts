/**
 * The 指標 sheet's charts as real chart parts: read back from the package (sheet → drawing →
 * chart relationships, content types, kind, title, ranges, anchors), then drawn by LibreOffice —
 * the workbook printed to PDF, the chart pages rendered to pixels, and the bars and slices found in
 * the series colours. The same run checks the print layout (A4 landscape, the table A:I on one page
 * at a legible size, 定義 on its own pages). UPDATE_DOCS_IMAGE=1 refreshes docs/indicator-charts.png.
 */
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { writeWorkbook } from '../../cli/xlsx/write';
import { INDICATOR_CHARTS, INDICATOR_SHEET_NAME } from '../../templates/indicators';
import type { ChartPlan, SheetPlan } from '../../templates/plan/types';
import { townWorkbookPlan } from '../../templates/plan/workbook';
import { generateTown } from '../../templates/sample';
import { convertToPdf, libreOfficeOrSkip, removeProfile } from '../helpers/libreoffice';
import { countColour, pageSize, pdfPages, popplerOrSkip, renderPage, wordHeights } from '../helpers/poppler';

jest.setTimeout(300_000);

const dir = mkdtempSync(join(tmpdir(), 'zrk-charts-'));
const plan = townWorkbookPlan(generateTown({ seed: 1 }));
const indicatorPlan = plan.sheets.find((s) => s.name === INDICATOR_SHEET_NAME) as SheetPlan;
let bytes: Buffer;

beforeAll(async () => {
  bytes = await writeWorkbook(plan);
});
afterAll(() => {
  removeProfile();
  rmSync(dir, { recursive: true, force: true });
});

async function text(zip: JSZip, path: string): Promise<string> {
  const file = zip.file(path);
  if (!file) throw new Error(`missing part ${path}`);
  return file.async('string');
}

const targetOf = (rels: string, type: string): string[] =>
  [...rels.matchAll(/<Relationship [^>]*Type="([^"]+)"[^>]*Target="([^"]+)"/g)].filter((m) => (m[1] as string).endsWith(`/${type}`)).map((m) => m[2] as string);

const absolute = (range: string) => `'${INDICATOR_SHEET_NAME}'!${range.split(':').map((a) => a.replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2')).join(':')}`;

describe('chart parts read back from the package', () => {
  it('links 指標 → drawing → one chart part per ChartPlan, with kind, title, ranges and anchor as planned', async () => {
    const zip = await JSZip.loadAsync(bytes);
    const sheetIndex = plan.sheets.indexOf(indicatorPlan) + 1;
    const sheetXml = await text(zip, `xl/worksheets/sheet${sheetIndex}.xml`);
    expect(sheetXml).toMatch(/<drawing r:id="rId1"\/>/);
    const [drawingTarget] = targetOf(await text(zip, `xl/worksheets/_rels/sheet${sheetIndex}.xml.rels`), 'drawing');
    const drawingPath = `xl/${(drawingTarget as string).replace('../', '')}`;
    const drawing = await text(zip, drawingPath);
    const chartTargets = targetOf(await text(zip, drawingPath.replace('drawings/', 'drawings/_rels/') + '.rels'), 'chart');
    expect(chartTargets).toHaveLength(INDICATOR_CHARTS.length);
    expect(indicatorPlan.charts).toHaveLength(INDICATOR_CHARTS.length);
    const types = await text(zip, '[Content_Types].xml');
    const anchors = [...drawing.matchAll(/<xdr:from><xdr:col>(\d+)<\/xdr:col><xdr:colOff>0<\/xdr:colOff><xdr:row>(\d+)<\/xdr:row>/g)];
    const kindOf = (xml: string): ChartPlan['kind'] | 'unknown' =>
      xml.includes('<c:pieChart>') ? 'pie' : xml.includes('<c:lineChart>') ? 'line' : xml.includes('<c:barDir val="bar"/>') ? 'bar' : xml.includes('<c:barDir val="col"/>') ? 'column' : 'unknown';
    for (const [i, chart] of indicatorPlan.charts.entries()) {
      const path = `xl/${(chartTargets[i] as string).replace('../', '')}`;
      expect(types).toContain(`<Override PartName="/${path}" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>`);
      const xml = await text(zip, path);
      expect([chart.id, kindOf(xml)]).toEqual([chart.id, chart.kind]);
      expect(xml).toContain(`<a:t>${chart.title}</a:t>`);
      const refs = [...xml.matchAll(/<c:f>([^<]+)<\/c:f>/g)].map((m) => (m[1] as string).replace(/&apos;/g, "'"));
      expect(refs).toEqual([absolute(chart.categories), absolute(chart.series[0]?.values as string)]);
      const anchor = anchors[i] as RegExpMatchArray;
      expect(`${String.fromCharCode(65 + Number(anchor[1]))}${Number(anchor[2]) + 1}`).toBe(chart.anchor);
    }
    // The charts are drawn, so the old "(グラフ)" note cells are gone.
    const strings = await text(zip, 'xl/sharedStrings.xml');
    expect(strings).not.toContain('［グラフ');
  });

  it('places the charts inside the printed area, below the indicator table', () => {
    const area = indicatorPlan.print?.printArea as string;
    const lastPrinted = Number(/(\d+)$/.exec(area)?.[1]);
    for (const chart of indicatorPlan.charts) {
      const top = Number(/(\d+)$/.exec(chart.anchor)?.[1]);
      expect(top).toBeGreaterThan(indicatorPlan.blocks[0]?.values.length as number);
      expect(top + chart.size.rows - 1).toBeLessThanOrEqual(lastPrinted);
    }
  });
});

const soffice = libreOfficeOrSkip();
const poppler = popplerOrSkip();

(soffice && poppler ? describe : describe.skip)('LibreOffice prints the 指標 sheet with its charts', () => {
  let pdf: string;
  let pages: string[];
  beforeAll(async () => {
    const path = join(dir, 'town.xlsx');
    writeFileSync(path, bytes);
    pdf = await convertToPdf(soffice as string, path, join(dir, 'pdf'));
    pages = pdfPages(pdf);
  });

  // pdftotext puts spaces between some glyphs, so text is compared without whitespace.
  const squash = (t: string) => t.replace(/\s+/g, '');
  const pageWith = (...needles: string[]): number => pages.findIndex((p) => needles.every((n) => squash(p).includes(squash(n)))) + 1;

  it('draws every chart: bars in the series colour, pie slices in the palette', () => {
    const monthly = pageWith('月別の相談件数');
    expect(monthly).toBeGreaterThan(0);
    const raster = renderPage(pdf, monthly, join(dir, 'charts'), 60, process.env['UPDATE_DOCS_IMAGE'] ? join(dir, 'charts.png') : undefined);
    if (process.env['UPDATE_DOCS_IMAGE']) copyFileSync(join(dir, 'charts.png'), join(__dirname, '../../docs/indicator-charts.png'));
    // A bar chart with no drawn bars has next to no pixels of the series colour.
    expect(countColour(raster, '4472C4')).toBeGreaterThan(500);
    for (const chart of indicatorPlan.charts) expect([chart.title, pageWith(chart.title) > 0]).toEqual([chart.title, true]);
    const pie = pageWith(indicatorPlan.charts.find((c) => c.kind === 'pie')?.title as string);
    const pieRaster = renderPage(pdf, pie, join(dir, 'pie'), 60);
    expect(countColour(pieRaster, 'ED7D31')).toBeGreaterThan(200);
  });

  it('prints the table 指標ID…達成 legibly on A4 landscape pages and 定義 on pages of its own', () => {
    const table = pageWith('指標ID', '指標名', '達成', 'S01');
    expect(table).toBeGreaterThan(0);
    const size = pageSize(pdf, table);
    expect(Math.round(size.width)).toBe(842);
    expect(Math.round(size.height)).toBe(595);
    const heights = wordHeights(pdf, table).sort((a, b) => a - b);
    // Median word height in points: 11 pt text at 75 % is about 8 pt; a fit-to-width page was ~5 pt.
    expect(heights[Math.floor(heights.length / 2)]).toBeGreaterThanOrEqual(7);
    expect(pages[table - 1]).not.toContain('分子:');
    const definitions = pageWith('定義', '分子:', 'S01');
    expect(definitions).toBeGreaterThan(0);
    expect(pages[definitions - 1]).not.toContain('指標名');
  });
});

describe('an upgraded workbook keeps the 指標 charts', () => {
  it('adds the rebuilt 指標 sheet\'s charts as chart parts after exceljs rewrote the file', async () => {
    const { buildOldWorkbook } = await import('./old-layout');
    const { upgradeWorkbook } = await import('../../cli/xlsx/upgrade');
    const { readFileSync } = await import('node:fs');
    const oldPath = join(dir, 'old.xlsx');
    writeFileSync(oldPath, (await buildOldWorkbook(generateTown({ seed: 5 }))).bytes);
    const newPath = join(dir, 'upgraded.xlsx');
    await upgradeWorkbook(oldPath, newPath);
    const zip = await JSZip.loadAsync(readFileSync(newPath));
    const charts = Object.keys(zip.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f));
    expect(charts).toHaveLength(INDICATOR_CHARTS.length);
    const types = await text(zip, '[Content_Types].xml');
    for (const c of charts) expect(types).toContain(`/${c}"`);
    const workbook = await text(zip, 'xl/workbook.xml');
    const relId = new RegExp(`<sheet [^>]*name="${INDICATOR_SHEET_NAME}"[^>]*r:id="([^"]+)"`).exec(workbook)?.[1];
    const target = new RegExp(`Id="${relId}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${relId}"`).exec(await text(zip, 'xl/_rels/workbook.xml.rels'));
    const sheetPath = `xl/${(target?.[1] ?? target?.[2] ?? '').replace(/^\/?xl\//, '')}`;
    expect(await text(zip, sheetPath)).toMatch(/<drawing r:id="[^"]+"\/>/);
    expect(targetOf(await text(zip, sheetPath.replace(/worksheets\/([^/]+)$/, 'worksheets/_rels/$1.rels')), 'drawing')).toHaveLength(1);
    // The file still opens for the reader (and LibreOffice reads the same parts; see libreoffice.test.ts).
    const { readWorkbookValues } = await import('../../cli/xlsx/read');
    expect(Object.keys(await readWorkbookValues(readFileSync(newPath)))).toContain(INDICATOR_SHEET_NAME);
  });
});
