/**
 * A small RFC 4180 CSV writer for files people open in Excel: optional UTF-8 BOM (so Excel in
 * Japanese locales detects UTF-8), CRLF line ends, quoting only where needed, and an optional
 * guard against CSV formula injection.
 *
 * Formula injection (OWASP "CSV Injection"): a spreadsheet that opens a CSV treats a cell that
 * starts with `=`, `+`, `-`, `@`, a tab or a carriage return as a formula. OWASP recommends
 * prefixing such cells with a single quote, which spreadsheets show as plain text. We also guard
 * the full-width forms `＝ ＋ － ＠`, because Japanese IMEs produce them and some spreadsheet
 * versions convert them to their ASCII forms on input. Normalized phone numbers start with `0`
 * and are never touched; a raw value such as '+81-3-…' is.
 */

/** One cell before rendering; null/undefined render as an empty field. */
export type CsvCell = string | number | boolean | null | undefined;

export interface CsvOptions {
  /** Prefix the text with U+FEFF (default true). */
  readonly bom?: boolean;
  /** Line terminator (default CRLF, as RFC 4180 says). */
  readonly eol?: '\r\n' | '\n';
  /** Apply the formula-injection guard to text cells (default true). */
  readonly guardFormulas?: boolean;
}

/** Characters that make a spreadsheet read a cell as a formula when they come first. */
const FORMULA_TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r', '＝', '＋', '－', '＠']);

/**
 * Prefixes a text with an apostrophe when a spreadsheet would read it as a formula.
 * @example guardFormula('=SUM(A1)') // "'=SUM(A1)"
 * @example guardFormula('0123-45-6789') // '0123-45-6789'
 */
export function guardFormula(text: string): string {
  return text.length > 0 && FORMULA_TRIGGERS.has(text[0] as string) ? `'${text}` : text;
}

/** True when a field must be enclosed in double quotes (RFC 4180 §2.6). */
function needsQuotes(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // , " \n \r
    if (c === 44 || c === 34 || c === 10 || c === 13) return true;
  }
  return false;
}

/**
 * Renders one field. Numbers are written as JavaScript prints them (no grouping), booleans as
 * TRUE/FALSE, text quoted when it holds a comma, quote or line break (quotes doubled).
 * @example csvField('a,"b"', true) // '"a,""b"""'
 */
export function csvField(value: CsvCell, guardFormulas = true): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  const text = guardFormulas ? guardFormula(value) : value;
  return needsQuotes(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Renders rows as CSV text; every line, the last included, ends with the terminator.
 * @example toCsv([['名称', '電話'], ['A', '0123-45-6789']]) // '\uFEFF名称,電話\r\nA,0123-45-6789\r\n'
 */
export function toCsv(rows: readonly (readonly CsvCell[])[], options: CsvOptions = {}): string {
  const eol = options.eol ?? '\r\n';
  const guard = options.guardFormulas ?? true;
  const lines: string[] = new Array(rows.length);
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r] as readonly CsvCell[];
    const fields: string[] = new Array(row.length);
    for (let c = 0; c < row.length; c++) fields[c] = csvField(row[c], guard);
    lines[r] = fields.join(',');
  }
  const body = lines.length ? lines.join(eol) + eol : '';
  return (options.bom ?? true) ? `\uFEFF${body}` : body;
}

/**
 * Parses RFC 4180 CSV text (BOM dropped; CRLF or LF). Used by tests and by hosts that read our own
 * exports back; it does not undo the formula guard.
 * @example parseCsv('a,"b,c"\r\n') // [['a', 'b,c']]
 */
export function parseCsv(text: string): string[][] {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  while (i < src.length) {
    const ch = src[i] as string;
    if (quoted) {
      if (ch === '"') {
        if (src[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else field += ch;
      i++;
      continue;
    }
    if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' || ch === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      if (ch === '\r' && src[i + 1] === '\n') i++;
    } else field += ch;
    i++;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
