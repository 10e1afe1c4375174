/**
 * Adds the hidden `_xlnm._FilterDatabase` name of every sheet with an <autoFilter> to an .xlsx that
 * exceljs wrote: exceljs writes the filter but not the sheet-local name Excel writes with it, and
 * LibreOffice reads the filter range from that name (without it the filter buttons are dropped when
 * LibreOffice opens the file). Every other part keeps its bytes. Used by the upgrade, which rebuilds
 * the 指標 sheet with exceljs; the fast writer writes the name itself (parts/package.ts).
 */
import JSZip from 'jszip';
import { quoteSheetName } from '../../templates/core/address';
import { xmlText } from './parts/xml';

const decode = (s: string) => s.replace(/&apos;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** 'A1:O102' → '$A$1:$O$102'. */
const absolute = (ref: string) => ref.replace(/([A-Z]+)([0-9]+)/g, '$$$1$$$2');

/** The workbook with a filter-database name for each filtered sheet that lacks one (unchanged when none is missing). */
export async function addFilterDatabaseNames(bytes: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const workbook = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
  const rels = (await zip.file('xl/_rels/workbook.xml.rels')?.async('string')) ?? '';
  const names: string[] = [];
  let index = 0;
  for (const m of workbook.matchAll(/<sheet\b([^>]*)\/?>/g)) {
    const localSheetId = index++;
    const attrs = m[1] ?? '';
    const name = decode(/\bname="([^"]*)"/.exec(attrs)?.[1] ?? '');
    const relId = /\br:id="([^"]*)"/.exec(attrs)?.[1];
    const target = relId ? new RegExp(`<Relationship\\b[^>]*\\bId="${relId}"[^>]*>`).exec(rels)?.[0] : undefined;
    const targetPath = target ? /\bTarget="([^"]*)"/.exec(target)?.[1] : undefined;
    if (!targetPath) continue;
    const sheetXml = await zip.file(targetPath.startsWith('/') ? targetPath.slice(1) : `xl/${targetPath}`)?.async('string');
    const ref = sheetXml ? /<autoFilter\b[^>]*\bref="([^"]+)"/.exec(sheetXml)?.[1] : undefined;
    if (!ref) continue;
    const existing = new RegExp(`<definedName\\b[^>]*name="_xlnm\\._FilterDatabase"[^>]*localSheetId="${localSheetId}"`);
    if (existing.test(workbook)) continue;
    names.push(`<definedName name="_xlnm._FilterDatabase" localSheetId="${localSheetId}" hidden="1">${xmlText(`${quoteSheetName(name)}!${absolute(ref)}`)}</definedName>`);
  }
  if (names.length === 0) return bytes;
  const withNames = /<definedNames>/.test(workbook)
    ? workbook.replace('</definedNames>', `${names.join('')}</definedNames>`)
    : workbook.replace(/<\/sheets>/, `</sheets><definedNames>${names.join('')}</definedNames>`);
  zip.file('xl/workbook.xml', withNames);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}
