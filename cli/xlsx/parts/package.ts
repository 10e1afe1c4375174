/**
 * The package around the sheets: workbook.xml (tabs, names, print areas and titles, recalculation
 * on open), relationships, content types and document properties.
 */
import { columnLetters, quoteSheetName } from '../../../templates/core/address';
import type { WorkbookPlan } from '../../../templates/plan/types';
import { NS, XML_HEADER, xmlText } from './xml';

const REL = {
  sheet: `${NS.rels}/worksheet`,
  styles: `${NS.rels}/styles`,
  strings: `${NS.rels}/sharedStrings`,
  drawing: `${NS.rels}/drawing`,
  chart: `${NS.rels}/chart`,
  office: `${NS.rels}/officeDocument`,
  core: 'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties',
  app: `${NS.rels}/extended-properties`,
} as const;

const CT = {
  sheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  workbook: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
  styles: 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml',
  strings: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml',
  drawing: 'application/vnd.openxmlformats-officedocument.drawing+xml',
  chart: 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
  core: 'application/vnd.openxmlformats-package.core-properties+xml',
  app: 'application/vnd.openxmlformats-officedocument.extended-properties+xml',
} as const;

export function relsXml(rels: readonly { id: string; type: string; target: string }[]): string {
  return `${XML_HEADER}<Relationships xmlns="${NS.pkgRels}">${rels.map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${r.target}"/>`).join('')}</Relationships>`;
}

export { REL };

/** Drawing and chart part numbers of each sheet that has charts. */
export interface ChartParts {
  readonly sheetIndex: number;
  readonly drawing: number;
  readonly charts: readonly number[];
}

export function contentTypesXml(sheetCount: number, charts: readonly ChartParts[]): string {
  const over = (part: string, type: string) => `<Override PartName="${part}" ContentType="${type}"/>`;
  const parts = [over('/xl/workbook.xml', CT.workbook), over('/xl/styles.xml', CT.styles), over('/xl/sharedStrings.xml', CT.strings)];
  for (let i = 1; i <= sheetCount; i++) parts.push(over(`/xl/worksheets/sheet${i}.xml`, CT.sheet));
  for (const c of charts) {
    parts.push(over(`/xl/drawings/drawing${c.drawing}.xml`, CT.drawing));
    for (const n of c.charts) parts.push(over(`/xl/charts/chart${n}.xml`, CT.chart));
  }
  parts.push(over('/docProps/core.xml', CT.core), over('/docProps/app.xml', CT.app));
  return (
    `${XML_HEADER}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
    `${parts.join('')}</Types>`
  );
}

/** Absolute A1 of a 1-based row span for print titles: '$1:$1'. */
const rowSpan = (first: number, last: number) => `$${first}:$${last}`;

function absoluteRange(range: string): string {
  return range
    .split(':')
    .map((a) => a.replace(/^([A-Z]+)([0-9]+)$/, '$$$1$$$2'))
    .join(':');
}

export function workbookXml(plan: WorkbookPlan): string {
  const sheets = plan.sheets.map((s, i) => `<sheet name="${xmlText(s.name)}" sheetId="${i + 1}"${s.hidden ? ' state="hidden"' : ''} r:id="rId${i + 1}"/>`);
  const names = plan.namedRanges.map((n) => `<definedName name="${xmlText(n.name)}">${xmlText(n.ref)}</definedName>`);
  plan.sheets.forEach((s, i) => {
    const tab = quoteSheetName(s.name);
    // Excel writes this hidden name with every autofilter and LibreOffice reads the filter range from it.
    if (s.autoFilter) names.push(`<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">${xmlText(`${tab}!${absoluteRange(s.autoFilter)}`)}</definedName>`);
    const p = s.print;
    if (!p) return;
    if (p.printArea) names.push(`<definedName name="_xlnm.Print_Area" localSheetId="${i}">${xmlText(`${tab}!${absoluteRange(p.printArea)}`)}</definedName>`);
    const titles: string[] = [];
    if (p.repeatColumns) titles.push(`${tab}!$${columnLetters(p.repeatColumns.first - 1)}:$${columnLetters(p.repeatColumns.last - 1)}`);
    if (p.repeatRows) titles.push(`${tab}!${rowSpan(p.repeatRows.first, p.repeatRows.last)}`);
    if (titles.length) names.push(`<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${xmlText(titles.join(','))}</definedName>`);
  });
  const firstVisible = Math.max(0, plan.sheets.findIndex((s) => !s.hidden));
  return (
    `${XML_HEADER}<workbook xmlns="${NS.main}" xmlns:r="${NS.rels}"><workbookPr/>` +
    `<bookViews><workbookView activeTab="${firstVisible}" firstSheet="${firstVisible}"/></bookViews>` +
    `<sheets>${sheets.join('')}</sheets>` +
    (names.length ? `<definedNames>${names.join('')}</definedNames>` : '') +
    `<calcPr calcId="191029"${plan.recalcOnOpen ? ' fullCalcOnLoad="1"' : ''}/></workbook>`
  );
}

export function docPropsCore(creator: string, isoTime: string): string {
  return (
    `${XML_HEADER}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:creator>${xmlText(creator)}</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">${isoTime}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${isoTime}</dcterms:modified></cp:coreProperties>`
  );
}

export function docPropsApp(): string {
  return `${XML_HEADER}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>在宅連携キット</Application></Properties>`;
}

export const ROOT_RELS = relsXml([
  { id: 'rId1', type: REL.office, target: 'xl/workbook.xml' },
  { id: 'rId2', type: REL.core, target: 'docProps/core.xml' },
  { id: 'rId3', type: REL.app, target: 'docProps/app.xml' },
]);
