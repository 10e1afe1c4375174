/** Plain-text tables for the terminal, aligned by display width (CJK characters count as two columns). */

/** True for code points a terminal draws two columns wide (CJK, kana, full-width forms, emoji). */
function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0x303e) ||
    (cp >= 0x3041 && cp <= 0x33ff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0xa000 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1f64f) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}

/**
 * Columns a string occupies in a terminal.
 * @example displayWidth('資源A') // 5
 */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += isWide(ch.codePointAt(0) as number) ? 2 : 1;
  return w;
}

/** Cuts a string to at most `max` display columns, marking the cut with '…'. */
export function truncateToWidth(text: string, max: number): string {
  if (displayWidth(text) <= max) return text;
  let out = '';
  let w = 0;
  for (const ch of text) {
    const cw = isWide(ch.codePointAt(0) as number) ? 2 : 1;
    if (w + cw > max - 1) break;
    out += ch;
    w += cw;
  }
  return `${out}…`;
}

const padEnd = (text: string, width: number): string => text + ' '.repeat(Math.max(0, width - displayWidth(text)));

export interface TableOptions {
  /** Longest cell in display columns before truncation (default 60). */
  readonly maxCellWidth?: number;
}

/**
 * Formats rows under a header, columns separated by two spaces, a rule under the header.
 * Line breaks inside cells become spaces so one record stays one line.
 * @example formatTable(['列', 'x'], [['a', '1']]) // '列  x\n----\na   1'
 */
export function formatTable(headers: readonly string[], rows: readonly (readonly string[])[], options: TableOptions = {}): string {
  const max = options.maxCellWidth ?? 60;
  const clean = (s: string): string => truncateToWidth(s.replace(/[\r\n\t]+/g, ' '), max);
  const body = rows.map((r) => headers.map((_, i) => clean(r[i] ?? '')));
  const head = headers.map(clean);
  const widths = head.map((h, i) => Math.max(displayWidth(h), ...body.map((r) => displayWidth(r[i] ?? ''))));
  const line = (cells: readonly string[]): string =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : padEnd(c, widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  const rule = '-'.repeat(widths.reduce((a, b) => a + b, 0) + 2 * Math.max(0, widths.length - 1));
  return [line(head), rule, ...body.map(line)].join('\n');
}
