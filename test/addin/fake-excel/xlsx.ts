/**
 * The fake's reading of an .xlsx for `Workbook.insertWorksheetsFromBase64`: every worksheet's name
 * and cell values (shared strings, inline strings, numbers, booleans; formulas give their cached
 * value). jszip and a few regular expressions over the OOXML parts (ECMA-376 Part 1, §18.3 sheet
 * data, §18.4 shared strings) — enough for the kit's tests, and browser-safe for the stub host.
 */
import JSZip from 'jszip';
import type { Scalar } from './store';

export interface XlsxSheet {
  readonly name: string;
  readonly rows: Scalar[][];
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, e: string) =>
    e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)) : (ENTITIES[e] ?? ''),
  );
}

/** The text of every <t> in a fragment (rich text runs joined; phonetic runs <rPh> left out). */
function textOf(fragment: string): string {
  const plain = fragment.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '');
  return Array.from(plain.matchAll(/<t\b[^>]*>([\s\S]*?)<\/t>|<t\b[^>]*\/>/g), (m) => unescapeXml(m[1] ?? '')).join('');
}

function attr(tag: string, name: string): string | null {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m ? unescapeXml(m[1] as string) : null;
}

function columnIndex(ref: string): number {
  let n = 0;
  for (const ch of (/^[A-Z]+/.exec(ref) as RegExpExecArray)[0]) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

function base64ToBytes(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Throws when the bytes are not an .xlsx workbook. */
export async function readXlsx(base64: string): Promise<XlsxSheet[]> {
  const zip = await JSZip.loadAsync(base64ToBytes(base64));
  const part = async (path: string): Promise<string | null> => (zip.file(path) ? await (zip.file(path) as JSZip.JSZipObject).async('string') : null);
  const workbook = await part('xl/workbook.xml');
  const rels = await part('xl/_rels/workbook.xml.rels');
  if (!workbook || !rels) throw new Error('not an xlsx workbook');
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = attr(m[0], 'Id');
    const target = attr(m[0], 'Target');
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const shared = Array.from(((await part('xl/sharedStrings.xml')) ?? '').matchAll(/<si>([\s\S]*?)<\/si>/g), (m) => textOf(m[1] as string));
  const sheets: XlsxSheet[] = [];
  for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const name = attr(m[0], 'name') ?? `Sheet${sheets.length + 1}`;
    const xml = await part(targets.get(attr(m[0], 'r:id') ?? '') ?? '');
    const rows: Scalar[][] = [];
    for (const row of (xml ?? '').matchAll(/<row\b([^>]*)>([\s\S]*?)<\/row>/g)) {
      const r = Number(attr(row[1] as string, 'r')) - 1;
      const line: Scalar[] = [];
      for (const cell of (row[2] as string).matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
        const head = cell[1] as string;
        const body = cell[2] ?? '';
        const ref = attr(head, 'r');
        const type = attr(head, 't') ?? 'n';
        const v = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
        let value: Scalar = '';
        if (type === 's') value = shared[Number(v)] ?? '';
        else if (type === 'inlineStr') value = textOf(body);
        else if (type === 'b') value = v === '1';
        else if (type === 'str' || type === 'e') value = unescapeXml(v ?? '');
        else if (v !== undefined) value = Number(v);
        line[ref ? columnIndex(ref) : line.length] = value;
      }
      rows[r] = Array.from(line, (x) => x ?? '');
    }
    sheets.push({ name, rows: Array.from(rows, (x) => x ?? []) });
  }
  return sheets;
}
