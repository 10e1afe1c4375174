/**
 * Node host, write side: a WorkbookPlan written straight into .xlsx parts (no exceljs object
 * model), zipped with Node's native deflate (parts/zip.ts). Same cells, formats, validations and protection as the exceljs path
 * (cli/xlsx/apply-sheet.ts, kept for upgrades), plus what exceljs cannot write: the plan's charts as
 * DrawingML parts, and shared formulas for the row-by-row 指標計算 helper.
 */
import type { WorkbookPlan } from '../../templates/plan/types';
import { chartXml, drawingXml } from './parts/charts';
import { contentTypesXml, docPropsApp, docPropsCore, REL, relsXml, ROOT_RELS, workbookXml, type ChartParts } from './parts/package';
import { SharedStrings } from './parts/shared-strings';
import { SheetWriter } from './parts/sheet';
import { StyleRegistry } from './parts/styles';
import { zipDeflated } from './parts/zip';

/** Fixed metadata: the same plan gives the same bytes on every run. */
const FIXED_TIME = '2000-01-01T00:00:00Z';

const encoder = new TextEncoder();

/** UTF-8 bytes of many string chunks without one giant intermediate string. */
function encodeChunks(chunks: readonly string[]): Uint8Array {
  const parts: Uint8Array[] = [];
  let size = 0;
  let pending = '';
  const flush = () => {
    const bytes = encoder.encode(pending);
    parts.push(bytes);
    size += bytes.length;
    pending = '';
  };
  for (const c of chunks) {
    pending += c;
    if (pending.length > 1 << 20) flush();
  }
  flush();
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/**
 * Writes a plan as .xlsx bytes.
 * @example const bytes = writeWorkbookParts(blankWorkbookPlan());
 */
export function writeWorkbookParts(plan: WorkbookPlan, options: { readonly level?: 1 | 6 | 9 } = {}): Buffer {
  const strings = new SharedStrings();
  const styles = new StyleRegistry();
  const shared = { value: 0 };
  const files: Record<string, Uint8Array> = {};
  const chartParts: ChartParts[] = [];
  let chartNo = 0;
  const firstVisible = Math.max(0, plan.sheets.findIndex((s) => !s.hidden));
  plan.sheets.forEach((sheet, i) => {
    const writer = new SheetWriter(sheet, strings, styles, shared);
    const n = i + 1;
    let drawingRelId: string | undefined;
    if (sheet.charts.length > 0) {
      const drawing = chartParts.length + 1;
      const numbers = sheet.charts.map(() => ++chartNo);
      chartParts.push({ sheetIndex: i, drawing, charts: numbers });
      drawingRelId = 'rId1';
      files[`xl/worksheets/_rels/sheet${n}.xml.rels`] = encoder.encode(relsXml([{ id: 'rId1', type: REL.drawing, target: `../drawings/drawing${drawing}.xml` }]));
      files[`xl/drawings/drawing${drawing}.xml`] = encoder.encode(drawingXml(sheet.charts));
      files[`xl/drawings/_rels/drawing${drawing}.xml.rels`] = encoder.encode(
        relsXml(numbers.map((c, k) => ({ id: `rId${k + 1}`, type: REL.chart, target: `../charts/chart${c}.xml` }))),
      );
      sheet.charts.forEach((chart, k) => (files[`xl/charts/chart${numbers[k]}.xml`] = encoder.encode(chartXml(sheet.name, chart))));
    }
    files[`xl/worksheets/sheet${n}.xml`] = encodeChunks(writer.toChunks({ selected: i === firstVisible, ...(drawingRelId ? { drawingRelId } : {}) }));
  });
  const count = plan.sheets.length;
  files['xl/sharedStrings.xml'] = encodeChunks(strings.toChunks());
  files['xl/styles.xml'] = encoder.encode(styles.toXml());
  files['xl/workbook.xml'] = encoder.encode(workbookXml(plan));
  files['xl/_rels/workbook.xml.rels'] = encoder.encode(
    relsXml([
      ...plan.sheets.map((_, i) => ({ id: `rId${i + 1}`, type: REL.sheet, target: `worksheets/sheet${i + 1}.xml` })),
      { id: `rId${count + 1}`, type: REL.styles, target: 'styles.xml' },
      { id: `rId${count + 2}`, type: REL.strings, target: 'sharedStrings.xml' },
    ]),
  );
  // Readers sniff the content types first, so they lead the archive.
  const ordered: Record<string, Uint8Array> = {
    '[Content_Types].xml': encoder.encode(contentTypesXml(count, chartParts)),
    '_rels/.rels': encoder.encode(ROOT_RELS),
    'docProps/core.xml': encoder.encode(docPropsCore('在宅連携キット', FIXED_TIME)),
    'docProps/app.xml': encoder.encode(docPropsApp()),
    ...files,
  };
  return zipDeflated(
    Object.entries(ordered).map(([name, data]) => ({ name, data })),
    options.level ?? 6,
  );
}
