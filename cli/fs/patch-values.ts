/**
 * In-place value update of an .xlsx for `zaitaku fix`: rewrites only the listed cells (numbers,
 * literal text or blank, each keeping its style), appends rows to a log sheet or adds it as a new
 * part, and asks the spreadsheet to recalculate on open. Every other part keeps its bytes' content,
 * so formats, validations, charts and every other cell are exactly as they were.
 */
import { readFile, rename, writeFile } from 'node:fs/promises';
import JSZip from 'jszip';
import { columnLetters, fromA1 } from '../../templates/core/address';
import type { PlanCell, ValueBlock } from '../../templates/plan/types';
import { PatchError, withReferences, worksheetPath } from './sheet-xml';

/** One cell to write: 1-based row, 0-based column, as a plan cell (string = literal text, null = blank). */
export interface ValueCellUpdate {
  readonly row: number;
  readonly col: number;
  readonly value: PlanCell;
}

const escapeXml = (s: string): string =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');

/** The XML of one cell. Text goes inline, so it stays literal even when it starts with = + - @. */
function cellXml(ref: string, style: string | undefined, value: PlanCell): string {
  const s = style ? ` s="${style}"` : '';
  if (value === null || value === '') return `<c r="${ref}"${s}/>`;
  if (typeof value === 'number') return `<c r="${ref}"${s}><v>${value}</v></c>`;
  if (typeof value === 'boolean') return `<c r="${ref}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
  if (typeof value === 'object') throw new PatchError('formulas are not written by value patches');
  const space = /^\s|\s$/.test(value) ? ' xml:space="preserve"' : '';
  return `<c r="${ref}"${s} t="inlineStr"><is><t${space}>${escapeXml(value)}</t></is></c>`;
}

function colOfRef(ref: string): number {
  return fromA1(ref).col;
}

function patchRow(rowInner: string, rowNumber: number, updates: readonly ValueCellUpdate[]): string {
  // The kit's writer leaves `r` out on a cell that follows its neighbour: address every cell first.
  const inner = withReferences(rowInner, rowNumber);
  const cells = [...inner.matchAll(/<c\b([^>]*?)(?:\/>|>[\s\S]*?<\/c>)/g)].map((m) => {
    const ref = /\br="([A-Z]+\d+)"/.exec(m[1] ?? '')?.[1];
    if (ref === undefined) throw new PatchError(`cell without a reference in row ${rowNumber}`);
    return { start: m.index as number, end: (m.index as number) + m[0].length, col: colOfRef(ref), style: /\bs="(\d+)"/.exec(m[1] ?? '')?.[1] };
  });
  let out = inner;
  for (const u of [...updates].sort((a, b) => b.col - a.col)) {
    const ref = `${columnLetters(u.col)}${rowNumber}`;
    const existing = cells.find((c) => c.col === u.col);
    if (existing) out = out.slice(0, existing.start) + cellXml(ref, existing.style, u.value) + out.slice(existing.end);
    else {
      const next = cells.find((c) => c.col > u.col);
      const at = next ? next.start : (cells.at(-1)?.end ?? out.length);
      out = out.slice(0, at) + cellXml(ref, undefined, u.value) + out.slice(at);
    }
  }
  return out;
}

/**
 * Applies updates to a worksheet's XML. Rows below the last existing row are appended (a log
 * growing at the bottom); a missing row in the middle is an error, as it means a misread sheet.
 * @throws PatchError
 */
export function patchSheetValues(xml: string, updates: readonly ValueCellUpdate[]): string {
  const byRow = new Map<number, ValueCellUpdate[]>();
  for (const u of updates) byRow.set(u.row, [...(byRow.get(u.row) ?? []).filter((x) => x.col !== u.col), u]);
  const pieces: string[] = [];
  let last = 0;
  let lastRow = 0;
  const done = new Set<number>();
  const rowPattern = /<row\b([^>]*?)(\/>|>([\s\S]*?)<\/row>)/g;
  for (let m = rowPattern.exec(xml); m !== null; m = rowPattern.exec(xml)) {
    const r = Number(/\br="(\d+)"/.exec(m[1] ?? '')?.[1]);
    lastRow = Math.max(lastRow, r);
    const wanted = byRow.get(r);
    if (!wanted) continue;
    done.add(r);
    const attrs = m[1] ?? '';
    const inner = m[2] === '/>' ? '' : (m[3] ?? '');
    pieces.push(xml.slice(last, m.index), `<row${attrs}>${patchRow(inner, r, wanted)}</row>`);
    last = m.index + m[0].length;
  }
  pieces.push(xml.slice(last));
  let out = pieces.join('');
  const added = [...byRow.keys()].filter((r) => !done.has(r)).sort((a, b) => a - b);
  if (added.length === 0) return out;
  if (added[0] !== undefined && added[0] <= lastRow) throw new PatchError('some rows to update are not in the sheet');
  const newRows = added.map((r) => `<row r="${r}">${patchRow('', r, byRow.get(r) ?? [])}</row>`).join('');
  if (/<sheetData\s*\/>/.test(out)) out = out.replace(/<sheetData\s*\/>/, `<sheetData>${newRows}</sheetData>`);
  else if (out.includes('</sheetData>')) out = out.replace('</sheetData>', `${newRows}</sheetData>`);
  else throw new PatchError('worksheet without sheetData');
  return out;
}

/** Cell updates of plan blocks (top-left + rectangle of plan cells). */
export function blockUpdates(blocks: readonly ValueBlock[]): ValueCellUpdate[] {
  const out: ValueCellUpdate[] = [];
  for (const b of blocks) {
    const { row, col } = fromA1(b.at);
    b.values.forEach((line, i) => line.forEach((value, j) => out.push({ row: row + 1 + i, col: col + j, value })));
  }
  return out;
}

/** A new worksheet holding the given blocks, with column widths (characters). */
function newSheetXml(blocks: readonly ValueBlock[], widths: readonly number[]): string {
  const cols = widths.length ? `<cols>${widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('')}</cols>` : '';
  const empty = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">${cols}<sheetData/></worksheet>`;
  return patchSheetValues(empty, blockUpdates(blocks));
}

/** Registers a new worksheet part in the workbook, its relationships and the content types. */
async function addSheetPart(zip: JSZip, name: string, xml: string): Promise<void> {
  const workbook = await zip.file('xl/workbook.xml')?.async('string');
  const rels = await zip.file('xl/_rels/workbook.xml.rels')?.async('string');
  const types = await zip.file('[Content_Types].xml')?.async('string');
  if (!workbook || !rels || !types) throw new PatchError('not a workbook package');
  let n = 1;
  while (zip.file(`xl/worksheets/sheet${n}.xml`)) n++;
  const part = `worksheets/sheet${n}.xml`;
  const relIds = [...rels.matchAll(/\bId="rId(\d+)"/g)].map((m) => Number(m[1]));
  const relId = `rId${Math.max(0, ...relIds) + 1}`;
  const sheetIds = [...workbook.matchAll(/<(?:\w+:)?sheet\b[^>]*\bsheetId="(\d+)"/g)].map((m) => Number(m[1]));
  const sheetId = Math.max(0, ...sheetIds) + 1;
  const sheetsClose = /<\/(?:\w+:)?sheets>/.exec(workbook);
  if (!sheetsClose) throw new PatchError('workbook without sheets');
  const prefix = /<(\w+:)?sheets>/.exec(workbook)?.[1] ?? '';
  const entry = `<${prefix}sheet name="${escapeXml(name)}" sheetId="${sheetId}" r:id="${relId}"/>`;
  zip.file('xl/workbook.xml', workbook.slice(0, sheetsClose.index) + entry + workbook.slice(sheetsClose.index));
  zip.file(
    'xl/_rels/workbook.xml.rels',
    rels.replace(
      '</Relationships>',
      `<Relationship Id="${relId}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="${part}"/></Relationships>`,
    ),
  );
  zip.file(
    '[Content_Types].xml',
    types.replace('</Types>', `<Override PartName="/xl/${part}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`),
  );
  zip.file(`xl/${part}`, xml);
}

/** Formulas have cached results from before the patch: recalculate them when the file opens. */
async function recalcOnOpen(zip: JSZip): Promise<void> {
  const workbook = await zip.file('xl/workbook.xml')?.async('string');
  if (!workbook) throw new PatchError('not a workbook package');
  let next: string;
  if (/<calcPr\b[^>]*fullCalcOnLoad=/.test(workbook)) next = workbook.replace(/(<calcPr\b[^>]*fullCalcOnLoad=")[^"]*"/, '$11"');
  else if (/<calcPr\b/.test(workbook)) next = workbook.replace(/<calcPr\b/, '<calcPr fullCalcOnLoad="1"');
  else next = workbook.replace(/<\/workbook>/, '<calcPr fullCalcOnLoad="1"/></workbook>');
  zip.file('xl/workbook.xml', next);
}

export interface ValuePatch {
  /** Updates per existing tab. */
  readonly cells: ReadonlyMap<string, readonly ValueCellUpdate[]>;
  /** A sheet to add, with its blocks and column widths. */
  readonly newSheet?: { readonly name: string; readonly blocks: readonly ValueBlock[]; readonly widths: readonly number[] };
}

/**
 * Writes `input` with the patch applied to `output` (a temporary file renamed into place).
 * @throws PatchError when a sheet or row cannot be found; nothing is written then.
 */
export async function patchWorkbookValues(input: string, output: string, patch: ValuePatch): Promise<void> {
  const zip = await JSZip.loadAsync(await readFile(input));
  for (const [tab, updates] of patch.cells) {
    if (updates.length === 0) continue;
    const part = await worksheetPath(zip, tab);
    const xml = await zip.file(part)?.async('string');
    if (xml === undefined) throw new PatchError(`missing part ${part}`);
    zip.file(part, patchSheetValues(xml, updates));
  }
  if (patch.newSheet) await addSheetPart(zip, patch.newSheet.name, newSheetXml(patch.newSheet.blocks, patch.newSheet.widths));
  await recalcOnOpen(zip);
  const data = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
  const tmp = `${output}.${process.pid}.tmp`;
  await writeFile(tmp, data);
  await rename(tmp, output);
}
