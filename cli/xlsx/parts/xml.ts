/** Escaping for the XML parts the Node host writes itself (text nodes and attribute values). */

/** Characters XML 1.0 cannot carry at all; exceljs drops them too, so both writers agree. */
const FORBIDDEN = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/g;
const SPECIAL = /[<>&"']/;

/** Text that would read back as an OOXML escape (_x0041_) keeps its underscore escaped. */
const LOOKS_ESCAPED = /_x([0-9A-Fa-f]{4})_/g;

/**
 * Escapes text for an element body or an attribute value.
 * @example xmlText('a<b & "c"') // 'a&lt;b &amp; &quot;c&quot;'
 */
export function xmlText(text: string): string {
  const clean = text.replace(FORBIDDEN, '');
  if (!SPECIAL.test(clean)) return clean;
  return clean.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** A cell string as OOXML stores it: escaped, with literal `_xHHHH_` protected from decoding. */
export function ooxmlString(text: string): string {
  return xmlText(text.replace(LOOKS_ESCAPED, '_x005F_x$1_'));
}

/** `<t>` with xml:space="preserve" when leading/trailing whitespace or newlines must survive. */
export function textElement(text: string): string {
  const preserve = /^\s|\s$|\n/.test(text) ? ' xml:space="preserve"' : '';
  return `<t${preserve}>${ooxmlString(text)}</t>`;
}

export const XML_HEADER = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
export const NS = {
  main: 'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
  rels: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  pkgRels: 'http://schemas.openxmlformats.org/package/2006/relationships',
  drawing: 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing',
  a: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  chart: 'http://schemas.openxmlformats.org/drawingml/2006/chart',
} as const;
