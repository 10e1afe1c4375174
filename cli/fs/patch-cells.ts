/**
 * In-place text-cell update of an .xlsx: opens the zip, rewrites only the given cells of one
 * worksheet's XML (as inline strings, keeping each cell's style), and stores every other part with
 * unchanged content — so charts, pivot tables, validations and formatting that a round trip through
 * a spreadsheet library would drop all survive. Used for the notices send log.
 */
import { readFile, writeFile, rename } from 'node:fs/promises';
import JSZip from 'jszip';
import { columnLetters } from '../../templates/core/address';

/** One text cell to set: 0-based column, 1-based row (as findings and NoticeUpdate give it). */
export interface TextCellUpdate {
  readonly row: number;
  readonly col: number;
  readonly text: string;
}

/** Raised when the package cannot be patched (missing sheet, unexpected XML); nothing is written then. */
export class PatchError extends Error {
  override name = 'PatchError';
}

const escapeXml = (s: string): string =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    // Control characters other than tab/LF/CR are not allowed in XML 1.0.
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');

const unescapeXml = (s: string): string =>
  s.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** Path inside the zip of the worksheet part of a tab name. */
export async function worksheetPath(zip: JSZip, tabName: string): Promise<string> {
  const workbookXml = await zip.file('xl/workbook.xml')?.async('string');
  const relsXml = await zip.file('xl/_rels/workbook.xml.rels')?.async('string');
  if (!workbookXml || !relsXml) throw new PatchError('not a workbook package');
  let relId: string | undefined;
  for (const m of workbookXml.matchAll(/<(?:\w+:)?sheet\b([^>]*)\/?>/g)) {
    const attrs = m[1] ?? '';
    const name = /\bname="([^"]*)"/.exec(attrs)?.[1];
    if (name !== undefined && unescapeXml(name) === tabName) relId = /\br:id="([^"]*)"|\b\w+:id="([^"]*)"/.exec(attrs)?.slice(1).find(Boolean);
  }
  if (!relId) throw new PatchError(`no sheet named ${tabName}`);
  for (const m of relsXml.matchAll(/<(?:\w+:)?Relationship\b([^>]*)\/?>/g)) {
    const attrs = m[1] ?? '';
    if (/\bId="([^"]*)"/.exec(attrs)?.[1] !== relId) continue;
    const target = /\bTarget="([^"]*)"/.exec(attrs)?.[1];
    if (!target) break;
    return target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`;
  }
  throw new PatchError(`no part for sheet ${tabName}`);
}

/** The XML of one inline-string cell, keeping the old cell's style attribute. */
function inlineCell(ref: string, style: string | undefined, text: string): string {
  const space = /^\s|\s$/.test(text) ? ' xml:space="preserve"' : '';
  return `<c r="${ref}"${style ? ` s="${style}"` : ''} t="inlineStr"><is><t${space}>${escapeXml(text)}</t></is></c>`;
}

/** Column index (0-based) of a cell reference like 'J12'. */
function colOfRef(ref: string): number {
  const letters = /^[A-Z]+/.exec(ref)?.[0] ?? '';
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/**
 * Cells may leave out `r` (the kit's writer does for a cell that follows its neighbour); each one
 * gets its address first, so inserting a cell cannot shift the ones after it.
 */
export function withReferences(inner: string, rowNumber: number): string {
  let col = -1;
  return inner.replace(/<c\b([^>]*?)(\/?>)/g, (whole: string, attrs: string, end: string) => {
    const ref = /\br="([A-Z]+\d+)"/.exec(attrs)?.[1];
    col = ref === undefined ? col + 1 : colOfRef(ref);
    return ref === undefined ? `<c r="${columnLetters(col)}${rowNumber}"${attrs}${end}` : whole;
  });
}

/** Rewrites the cells of one row element's inner XML. */
function patchRow(rowInner: string, rowNumber: number, updates: readonly TextCellUpdate[]): string {
  const inner = withReferences(rowInner, rowNumber);
  const cells = [...inner.matchAll(/<c\b([^>]*?)(?:\/>|>[\s\S]*?<\/c>)/g)].map((m) => {
    const ref = /\br="([A-Z]+\d+)"/.exec(m[1] ?? '')?.[1];
    if (ref === undefined) throw new PatchError(`cell without a reference in row ${rowNumber}`);
    return { start: m.index as number, end: (m.index as number) + m[0].length, col: colOfRef(ref), style: /\bs="(\d+)"/.exec(m[1] ?? '')?.[1] };
  });
  let out = inner;
  // Apply right to left so earlier offsets stay valid.
  const sorted = [...updates].sort((a, b) => b.col - a.col);
  for (const u of sorted) {
    const ref = `${columnLetters(u.col)}${rowNumber}`;
    const existing = cells.find((c) => c.col === u.col);
    if (existing) {
      out = out.slice(0, existing.start) + inlineCell(ref, existing.style, u.text) + out.slice(existing.end);
    } else {
      const next = cells.find((c) => c.col > u.col);
      const at = next ? next.start : (cells.at(-1)?.end ?? out.length);
      out = out.slice(0, at) + inlineCell(ref, undefined, u.text) + out.slice(at);
    }
  }
  return out;
}

/** Applies updates to a worksheet XML string. @throws PatchError when a row is missing or unreadable. */
export function patchSheetXml(xml: string, updates: readonly TextCellUpdate[]): string {
  const byRow = new Map<number, TextCellUpdate[]>();
  for (const u of updates) {
    const list = byRow.get(u.row) ?? [];
    // The last update of a cell wins.
    const i = list.findIndex((x) => x.col === u.col);
    if (i >= 0) list.splice(i, 1);
    list.push(u);
    byRow.set(u.row, list);
  }
  const pieces: string[] = [];
  let last = 0;
  let seen = 0;
  const rowPattern = /<row\b([^>]*?)(\/>|>([\s\S]*?)<\/row>)/g;
  for (let m = rowPattern.exec(xml); m !== null; m = rowPattern.exec(xml)) {
    const r = Number(/\br="(\d+)"/.exec(m[1] ?? '')?.[1]);
    const wanted = byRow.get(r);
    if (!wanted) continue;
    seen++;
    const attrs = m[1] ?? '';
    const inner = m[2] === '/>' ? '' : (m[3] ?? '');
    pieces.push(xml.slice(last, m.index), `<row${attrs}>${patchRow(inner, r, wanted)}</row>`);
    last = m.index + m[0].length;
  }
  if (seen !== byRow.size) throw new PatchError('some rows to update are not in the sheet');
  pieces.push(xml.slice(last));
  return pieces.join('');
}

/**
 * Sets text cells of one sheet of an .xlsx file in place (written to a temporary file, then renamed).
 * @throws PatchError when the sheet or a row is not found; the file is left unchanged then.
 * @example await patchTextCells('みどり町.xlsx', '出席者', [{ row: 5, col: 9, text: '下書き作成' }]);
 */
export async function patchTextCells(path: string, tabName: string, updates: readonly TextCellUpdate[]): Promise<void> {
  if (updates.length === 0) return;
  const zip = await JSZip.loadAsync(await readFile(path));
  const part = await worksheetPath(zip, tabName);
  const xml = await zip.file(part)?.async('string');
  if (xml === undefined) throw new PatchError(`missing part ${part}`);
  zip.file(part, patchSheetXml(xml, updates));
  const data = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
  const tmp = `${path}.${process.pid}.tmp`;
  await writeFile(tmp, data);
  await rename(tmp, path);
}
