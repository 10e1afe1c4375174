/**
 * What the two in-place patchers of the CLI share (the notices send log, `zaitaku fix`): finding a
 * tab's worksheet part, giving every cell of a row its address (the kit's writer leaves `r` out on
 * a cell that follows its neighbour) and the error they raise. Nothing here parses XML beyond the
 * row and cell elements a worksheet part is made of.
 */
import type JSZip from 'jszip';
import { columnLetters } from '../../templates/core/address';

/** Raised when the package cannot be patched (missing sheet, unexpected XML); nothing is written then. */
export class PatchError extends Error {
  override name = 'PatchError';
}

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

