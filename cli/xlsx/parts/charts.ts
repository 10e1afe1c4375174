/**
 * A sheet's ChartPlans as DrawingML parts: one drawing per sheet anchoring each chart over its
 * cell rectangle, and one chart part per plan (bar/column, line or pie over ranges of the same
 * sheet). No cached values are stored: the workbook recalculates on open and the charts read the
 * cells then.
 */
import { fromA1, quoteSheetName } from '../../../templates/core/address';
import type { ChartPlan } from '../../../templates/plan/types';
import { NS, XML_HEADER, xmlText } from './xml';

/** An absolute reference on `sheet`: 'L2:L13' → "'指標'!$L$2:$L$13". */
function absolute(sheet: string, range: string): string {
  const abs = range
    .split(':')
    .map((a) => a.replace(/^([A-Z]+)([0-9]+)$/, '$$$1$$$2'))
    .join(':');
  return `${quoteSheetName(sheet)}!${abs}`;
}

function titleXml(title: string): string {
  return (
    '<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1200" b="1"/></a:pPr>' +
    `<a:r><a:rPr lang="ja-JP" sz="1200" b="1"/><a:t>${xmlText(title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`
  );
}

/** Office's default accent colours: set explicitly, since the package carries no theme part. */
const PALETTE = ['4472C4', 'ED7D31', 'A5A5A5', 'FFC000', '5B9BD5', '70AD47', '264478', '9E480E', '636363', '997300', '255E91', '43682B'];
const fill = (i: number) => `<c:spPr><a:solidFill><a:srgbClr val="${PALETTE[i % PALETTE.length]}"/></a:solidFill></c:spPr>`;

/** Number of cells in a one-column range such as 'L2:L13'. */
function pointCount(range: string): number {
  const [a, b] = range.split(':');
  return b === undefined ? 1 : fromA1(b).row - fromA1(a as string).row + 1;
}

/** Series elements; `extra` is what the chart kind puts between the name and the data (schema order). */
function seriesXml(sheet: string, chart: ChartPlan, extra: string): string {
  return chart.series
    .map(
      (s, i) =>
        `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>${xmlText(s.name)}</c:v></c:tx>` +
        (chart.kind === 'pie'
          ? Array.from({ length: pointCount(chart.categories) }, (_, p) => `<c:dPt><c:idx val="${p}"/><c:bubble3D val="0"/>${fill(p)}</c:dPt>`).join('')
          : `${fill(i)}${extra}`) +
        `<c:cat><c:strRef><c:f>${xmlText(absolute(sheet, chart.categories))}</c:f></c:strRef></c:cat>` +
        `<c:val><c:numRef><c:f>${xmlText(absolute(sheet, s.values))}</c:f></c:numRef></c:val></c:ser>`,
    )
    .join('');
}

const CAT_AX = 500;
const VAL_AX = 501;

function axesXml(horizontalBars: boolean): string {
  return (
    `<c:catAx><c:axId val="${CAT_AX}"/><c:scaling><c:orientation val="${horizontalBars ? 'maxMin' : 'minMax'}"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="${horizontalBars ? 'l' : 'b'}"/><c:numFmt formatCode="General" sourceLinked="0"/><c:tickLblPos val="nextTo"/><c:crossAx val="${VAL_AX}"/>` +
    '<c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>' +
    `<c:valAx><c:axId val="${VAL_AX}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="${horizontalBars ? 't' : 'l'}"/>` +
    `<c:majorGridlines/><c:numFmt formatCode="General" sourceLinked="1"/><c:tickLblPos val="nextTo"/><c:crossAx val="${CAT_AX}"/>` +
    '<c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>'
  );
}

function plotXml(sheet: string, chart: ChartPlan): string {
  switch (chart.kind) {
    case 'pie':
      return `<c:pieChart><c:varyColors val="1"/>${seriesXml(sheet, chart, '')}<c:firstSliceAng val="0"/></c:pieChart>`;
    case 'line':
      return (
        `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${seriesXml(sheet, chart, '<c:marker><c:symbol val="circle"/></c:marker>')}` +
        `<c:marker val="1"/><c:axId val="${CAT_AX}"/><c:axId val="${VAL_AX}"/></c:lineChart>${axesXml(false)}`
      );
    default: {
      const bars = chart.kind === 'bar';
      return (
        `<c:barChart><c:barDir val="${bars ? 'bar' : 'col'}"/><c:grouping val="clustered"/><c:varyColors val="0"/>${seriesXml(sheet, chart, '<c:invertIfNegative val="0"/>')}` +
        `<c:gapWidth val="60"/><c:axId val="${CAT_AX}"/><c:axId val="${VAL_AX}"/></c:barChart>${axesXml(bars)}`
      );
    }
  }
}

/** The chart part (xl/charts/chartN.xml) of one plan on `sheet`. */
export function chartXml(sheet: string, chart: ChartPlan): string {
  const legend = chart.kind === 'pie' ? '<c:legend><c:legendPos val="r"/><c:overlay val="0"/></c:legend>' : '';
  return (
    `${XML_HEADER}<c:chartSpace xmlns:c="${NS.chart}" xmlns:a="${NS.a}" xmlns:r="${NS.rels}">` +
    '<c:lang val="ja-JP"/><c:roundedCorners val="0"/>' +
    `<c:chart>${titleXml(chart.title)}<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>${plotXml(sheet, chart)}</c:plotArea>` +
    `${legend}<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`
  );
}

/** The drawing part of a sheet: chart i is anchored from its anchor cell over size.cols × size.rows cells, relationship `rId${i + 1}`. */
export function drawingXml(charts: readonly ChartPlan[]): string {
  const anchors = charts.map((chart, i) => {
    const from = fromA1(chart.anchor);
    const marker = (tag: string, row: number, col: number) =>
      `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
    return (
      `<xdr:twoCellAnchor editAs="oneCell">${marker('from', from.row, from.col)}${marker('to', from.row + chart.size.rows, from.col + chart.size.cols)}` +
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${xmlText(chart.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
      '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
      `<a:graphic><a:graphicData uri="${NS.chart}"><c:chart xmlns:c="${NS.chart}" r:id="rId${i + 1}"/></a:graphicData></a:graphic>` +
      '</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>'
    );
  });
  return `${XML_HEADER}<xdr:wsDr xmlns:xdr="${NS.drawing}" xmlns:a="${NS.a}" xmlns:r="${NS.rels}">${anchors.join('')}</xdr:wsDr>`;
}
