/**
 * The sheets of an .xlsx as grids, from the XML texts of its parts — for hosts that can unzip a
 * file but have no spreadsheet reader for it (Apps Script: `Utilities.unzip`; any browser could use
 * it too). The host unzips and hands over a reader `path → text`; everything else is here, pure.
 *
 * Only what SpreadsheetML (ECMA-376 Part 1, §18) needs for VALUES is read: xl/workbook.xml (sheet
 * names in tab order) and its relationships (which part is which sheet), xl/sharedStrings.xml
 * (§18.4: `<si>` with `<t>` or rich-text runs `<r><t>`; phonetic runs `<rPh>` — the furigana
 * Japanese Excel stores with every typed name — are not part of the text), and each worksheet's
 * `<sheetData>` (§18.3.1.4 `<c r t>`: t="s" shared string, "inlineStr" `<is>`, "str" formula
 * text, "b" boolean, "e" error, "n"/none number; a formula cell's cached `<v>` is its value).
 * Styles are not read: a date cell stays its serial number, as the CLI's reader hands it over.
 * Strings keep the `_xHHHH_` escapes of §22.9.2.19 decoded (Excel writes a CR as `_x000D_`).
 */
import type { CellValue, Grid } from '../core/cell';
import type { ImportFile } from './sources';
import { detectSource } from './sources';

/** Text of a part of the package by its path ('xl/workbook.xml'), or null when it is absent. */
export type PartReader = (path: string) => string | null;

export interface XlsxSheet {
  readonly name: string;
  readonly grid: Grid;
}

const NS = '(?:[A-Za-z_][\\w.-]*:)?';

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function fromCodePointSafe(cp: number): string {
  return Number.isFinite(cp) && cp >= 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : '\uFFFD';
}

/**
 * XML character data as a parser hands it over: line ends normalized to LF (XML 1.0 §2.11; a CR
 * that survives is written as `&#13;` or Excel's `_x000D_`), entity and character references resolved.
 */
export function xmlText(raw: string): string {
  const text = raw.indexOf('\r') < 0 ? raw : raw.replace(/\r\n?/g, '\n');
  if (text.indexOf('&') < 0) return text;
  return text.replace(/&(#x[0-9A-Fa-f]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (_, ref: string) => {
    if (ref[0] !== '#') return ENTITIES[ref] ?? '';
    return fromCodePointSafe(ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10));
  });
}

/** ST_Xstring escapes: `_x000D_` is a CR, `_x005F_` a literal underscore before such a pattern. */
function unescapeXstring(s: string): string {
  if (s.indexOf('_x') < 0) return s;
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /([A-Za-z_][\w.:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  for (let m = re.exec(tag); m; m = re.exec(tag)) {
    out[m[1] as string] = xmlText(m[2] ?? m[3] ?? '');
  }
  return out;
}

const PHONETIC_RUN = new RegExp(`<${NS}rPh\\b[\\s\\S]*?<\\/${NS}rPh>`, 'g');
const TEXT_RUN = new RegExp(`<${NS}t\\b[^>]*?(?:\\/>|>([\\s\\S]*?)<\\/${NS}t>)`, 'g');

/** The text of a string item (`<si>` or `<is>` content): every `<t>` outside phonetic runs. */
function stringItemText(inner: string): string {
  const body = inner.indexOf('rPh') < 0 ? inner : inner.replace(PHONETIC_RUN, '');
  let out = '';
  const re = TEXT_RUN;
  re.lastIndex = 0;
  for (let m = re.exec(body); m; m = re.exec(body)) out += m[1] ?? '';
  return unescapeXstring(xmlText(out));
}

/**
 * The shared string table (xl/sharedStrings.xml), in index order.
 * @example sharedStrings('<sst><si><t>A&amp;B</t></si><si><r><t>桜</t></r><r><t>川</t></r><rPh><t>サクラ</t></rPh></si></sst>') // ['A&B', '桜川']
 */
export function sharedStrings(xml: string): string[] {
  const out: string[] = [];
  const re = new RegExp(`<${NS}si\\b[^>]*?(?:\\/>|>([\\s\\S]*?)<\\/${NS}si>)`, 'g');
  for (let m = re.exec(xml); m; m = re.exec(xml)) out.push(m[1] === undefined ? '' : stringItemText(m[1]));
  return out;
}

/** 0-based column of a cell reference ('AB12' → 27); -1 when it is not one. */
function columnOf(ref: string): number {
  const m = /^\$?([A-Za-z]{1,3})\$?\d+$/.exec(ref);
  if (!m) return -1;
  let n = 0;
  for (const ch of (m[1] as string).toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n - 1;
}

const CHILD: Readonly<Record<'v' | 'is', RegExp>> = {
  v: new RegExp(`<${NS}v\\b[^>]*?(?:\\/>|>([\\s\\S]*?)<\\/${NS}v>)`),
  is: new RegExp(`<${NS}is\\b[^>]*?(?:\\/>|>([\\s\\S]*?)<\\/${NS}is>)`),
};

function childText(inner: string, tag: 'v' | 'is'): string | null {
  const m = CHILD[tag].exec(inner);
  return m ? (m[1] ?? '') : null;
}

function cellValue(attrs: Record<string, string>, inner: string, shared: readonly string[]): CellValue {
  const type = attrs['t'] ?? 'n';
  if (type === 'inlineStr') {
    const is = childText(inner, 'is');
    return is === null ? '' : stringItemText(is);
  }
  const v = childText(inner, 'v');
  if (v === null) return '';
  const text = xmlText(v);
  switch (type) {
    case 's':
      return shared[Number(text)] ?? '';
    case 'str':
    case 'e':
    case 'd':
      return unescapeXstring(text);
    case 'b':
      return text.trim() === '1' || text.trim().toLowerCase() === 'true';
    default: {
      const trimmed = text.trim();
      if (trimmed === '') return '';
      const n = Number(trimmed);
      return Number.isFinite(n) ? n : trimmed;
    }
  }
}

/**
 * A worksheet part's values as a rectangular grid (blank cells ''), trailing blank rows and
 * columns left out — the shape a host's "used range" read gives.
 */
export function sheetGrid(xml: string, shared: readonly string[]): Grid {
  const start = xml.search(new RegExp(`<${NS}sheetData\\b`));
  if (start < 0) return [];
  const end = xml.search(new RegExp(`<\\/${NS}sheetData>`));
  const data = xml.slice(start, end > start ? end : xml.length);
  const rows: CellValue[][] = [];
  let lastRow = -1;
  let lastCol = -1;
  let rowIndex = -1;
  const rowRe = new RegExp(`<${NS}row\\b([^>]*?)(?:\\/>|>([\\s\\S]*?)<\\/${NS}row>)`, 'g');
  const cellRe = new RegExp(`<${NS}c\\b([^>]*?)(?:\\/>|>([\\s\\S]*?)<\\/${NS}c>)`, 'g');
  for (let rm = rowRe.exec(data); rm; rm = rowRe.exec(data)) {
    const rowAttrs = attributes(rm[1] ?? '');
    const r = Number(rowAttrs['r']);
    rowIndex = Number.isInteger(r) && r > 0 ? r - 1 : rowIndex + 1;
    const inner = rm[2];
    if (!inner) continue;
    const line: CellValue[] = [];
    let col = -1;
    cellRe.lastIndex = 0;
    for (let cm = cellRe.exec(inner); cm; cm = cellRe.exec(inner)) {
      const attrs = attributes(cm[1] ?? '');
      const at = attrs['r'] ? columnOf(attrs['r']) : -1;
      col = at >= 0 ? at : col + 1;
      const value = cellValue(attrs, cm[2] ?? '', shared);
      if (value === '') continue;
      line[col] = value;
      if (col > lastCol) lastCol = col;
    }
    if (line.length > 0) {
      rows[rowIndex] = line;
      lastRow = Math.max(lastRow, rowIndex);
    }
  }
  const grid: CellValue[][] = new Array(lastRow + 1);
  for (let r = 0; r <= lastRow; r++) {
    const src = rows[r];
    const line: CellValue[] = new Array(lastCol + 1);
    for (let c = 0; c <= lastCol; c++) line[c] = src?.[c] ?? '';
    grid[r] = line;
  }
  return grid;
}

/** A relationship target resolved against the part folder it belongs to ('xl/'). */
function partPath(base: string, target: string): string {
  const joined = target.startsWith('/') ? target.slice(1) : `${base}${target}`;
  const out: string[] = [];
  for (const seg of joined.split('/')) {
    if (seg === '..') out.pop();
    else if (seg !== '.' && seg !== '') out.push(seg);
  }
  return out.join('/');
}

/**
 * Every worksheet of the package in tab order, as grids (chartsheets and missing parts skipped).
 * @example xlsxSheets((p) => parts[p] ?? null).map((s) => s.name) // ['表紙', '医科']
 */
export function xlsxSheets(read: PartReader): XlsxSheet[] {
  const workbook = read('xl/workbook.xml');
  if (workbook === null) return [];
  const rels = read('xl/_rels/workbook.xml.rels') ?? '';
  const targets = new Map<string, { type: string; path: string }>();
  const relRe = new RegExp(`<${NS}Relationship\\b([^>]*?)\\/?>`, 'g');
  for (let m = relRe.exec(rels); m; m = relRe.exec(rels)) {
    const a = attributes(m[1] ?? '');
    if (a['Id'] && a['Target'] && a['TargetMode'] !== 'External') targets.set(a['Id'], { type: a['Type'] ?? '', path: partPath('xl/', a['Target']) });
  }
  const sharedPart = [...targets.values()].find((t) => t.type.endsWith('/sharedStrings'))?.path ?? 'xl/sharedStrings.xml';
  const sharedXml = read(sharedPart);
  const shared = sharedXml === null ? [] : sharedStrings(sharedXml);
  const out: XlsxSheet[] = [];
  const sheetRe = new RegExp(`<${NS}sheet\\b([^>]*?)\\/?>`, 'g');
  for (let m = sheetRe.exec(workbook); m; m = sheetRe.exec(workbook)) {
    const a = attributes(m[1] ?? '');
    // The relationship id's prefix is whatever the file bound to the relationships namespace (usually r:).
    const id = Object.entries(a).find(([k]) => k.endsWith(':id'))?.[1] ?? '';
    const target = targets.get(id);
    if (!target || !target.type.endsWith('/worksheet')) continue;
    const xml = read(target.path);
    if (xml === null) continue;
    out.push({ name: a['name'] ?? '', grid: sheetGrid(xml, shared) });
  }
  return out;
}

/**
 * An .xlsx as the import takes it: the first sheet whose header is a known source (a 厚生局 名簿
 * may carry a cover sheet first), else the first sheet — the same choice as the CLI's reader.
 */
export function importFileOfXlsx(name: string, read: PartReader): ImportFile {
  const sheets = xlsxSheets(read);
  const found = sheets.find((s) => detectSource(s.grid) !== null) ?? sheets[0];
  return { name, grid: found?.grid ?? [] };
}
