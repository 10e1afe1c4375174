/**
 * Adds a sheet's ChartPlans to an .xlsx that exceljs wrote (exceljs drops charts and cannot write
 * them): the drawing and chart parts of parts/charts.ts, the sheet's <drawing> element and
 * relationship, and their content types. Every other part keeps its bytes. Used by the upgrade,
 * whose regenerated 指標 sheet would otherwise lose its charts.
 */
import JSZip from 'jszip';
import type { ChartPlan } from '../../templates/plan/types';
import { chartXml, drawingXml } from './parts/charts';
import { REL, relsXml } from './parts/package';

const DRAWING_CT = 'application/vnd.openxmlformats-officedocument.drawing+xml';
const CHART_CT = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';

/** Elements that follow <drawing> in a worksheet (schema order): the drawing goes before the first. */
const AFTER_DRAWING = /<(?:legacyDrawing|legacyDrawingHF|drawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)\b|<\/worksheet>/;

const decode = (s: string) => s.replace(/&apos;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** Next free number N for parts named `${prefix}N.xml`. */
function nextNumber(zip: JSZip, prefix: string): number {
  let max = 0;
  for (const name of Object.keys(zip.files)) {
    const m = new RegExp(`^${prefix}(\\d+)\\.xml$`).exec(name);
    if (m) max = Math.max(max, Number(m[1]));
  }
  return max + 1;
}

/**
 * The workbook with `charts` drawn on tab `sheetName` (unchanged when there are none or the tab is
 * missing, or the sheet already has a drawing).
 */
export async function addChartsToXlsx(bytes: Buffer, sheetName: string, charts: readonly ChartPlan[]): Promise<Buffer> {
  if (charts.length === 0) return bytes;
  const zip = await JSZip.loadAsync(bytes);
  const workbook = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
  const rels = (await zip.file('xl/_rels/workbook.xml.rels')?.async('string')) ?? '';
  let relId: string | undefined;
  for (const m of workbook.matchAll(/<sheet\b([^>]*)\/?>/g)) {
    const attrs = m[1] ?? '';
    if (decode(/\bname="([^"]*)"/.exec(attrs)?.[1] ?? '') === sheetName) relId = /\br:id="([^"]*)"/.exec(attrs)?.[1];
  }
  const target = relId ? new RegExp(`<Relationship\\b[^>]*\\bId="${relId}"[^>]*>`).exec(rels)?.[0] : undefined;
  const targetPath = target ? /\bTarget="([^"]*)"/.exec(target)?.[1] : undefined;
  if (!targetPath) return bytes;
  const sheetPath = targetPath.startsWith('/') ? targetPath.slice(1) : `xl/${targetPath}`;
  const sheetXml = await zip.file(sheetPath)?.async('string');
  if (!sheetXml || /<drawing\b/.test(sheetXml)) return bytes;

  const drawingNo = nextNumber(zip, 'xl/drawings/drawing');
  const firstChart = nextNumber(zip, 'xl/charts/chart');
  const chartNos = charts.map((_, i) => firstChart + i);
  const sheetRelsPath = sheetPath.replace(/worksheets\/([^/]+)$/, 'worksheets/_rels/$1.rels');
  const sheetRels = await zip.file(sheetRelsPath)?.async('string');
  let drawingRelId = 'rIdZrkDrawing';
  const drawingRel = `<Relationship Id="${drawingRelId}" Type="${REL.drawing}" Target="../drawings/drawing${drawingNo}.xml"/>`;
  if (sheetRels) zip.file(sheetRelsPath, sheetRels.replace('</Relationships>', `${drawingRel}</Relationships>`));
  else {
    drawingRelId = 'rId1';
    zip.file(sheetRelsPath, relsXml([{ id: drawingRelId, type: REL.drawing, target: `../drawings/drawing${drawingNo}.xml` }]));
  }
  const at = AFTER_DRAWING.exec(sheetXml)?.index ?? sheetXml.length;
  const withNs = /xmlns:r=/.test(sheetXml) ? sheetXml : sheetXml.replace('<worksheet ', '<worksheet xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ');
  const insertAt = at + (withNs.length - sheetXml.length);
  zip.file(sheetPath, `${withNs.slice(0, insertAt)}<drawing r:id="${drawingRelId}"/>${withNs.slice(insertAt)}`);

  zip.file(`xl/drawings/drawing${drawingNo}.xml`, drawingXml(charts));
  zip.file(`xl/drawings/_rels/drawing${drawingNo}.xml.rels`, relsXml(chartNos.map((n, i) => ({ id: `rId${i + 1}`, type: REL.chart, target: `../charts/chart${n}.xml` }))));
  charts.forEach((chart, i) => zip.file(`xl/charts/chart${chartNos[i]}.xml`, chartXml(sheetName, chart)));
  const types = (await zip.file('[Content_Types].xml')?.async('string')) ?? '';
  const overrides =
    `<Override PartName="/xl/drawings/drawing${drawingNo}.xml" ContentType="${DRAWING_CT}"/>` +
    chartNos.map((n) => `<Override PartName="/xl/charts/chart${n}.xml" ContentType="${CHART_CT}"/>`).join('');
  zip.file('[Content_Types].xml', types.replace('</Types>', `${overrides}</Types>`));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}
