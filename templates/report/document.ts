/**
 * A printable document as data: headings, paragraphs and tables. The annual report and the lists
 * for professionals are built once as a ReportDocument; hosts render it as a sheet (through the
 * plan, see sheet-plan.ts) and the CLI also as a .docx. Cells are display text or numbers — dates
 * are already 和暦, so every renderer shows the same thing.
 */
export type DocCell = string | number;

export interface DocHeading {
  readonly kind: 'heading';
  readonly level: 1 | 2;
  readonly text: string;
}

export interface DocParagraph {
  readonly kind: 'paragraph';
  readonly text: string;
}

export interface DocTable {
  readonly kind: 'table';
  readonly caption: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly DocCell[])[];
  /** Shown instead of an empty table. */
  readonly empty?: string;
}

export type DocBlock = DocHeading | DocParagraph | DocTable;

export interface ReportDocument {
  /** Sheet (tab) name and file stem. */
  readonly name: string;
  readonly title: string;
  /** Lines under the title (town, department, date made). */
  readonly subtitle: readonly string[];
  readonly orientation: 'portrait' | 'landscape';
  /** Sheet column widths in characters (a one-table list sets its own); the report's default grid otherwise. */
  readonly columnWidths?: readonly number[];
  readonly blocks: readonly DocBlock[];
}

export const heading = (text: string, level: 1 | 2 = 1): DocHeading => ({ kind: 'heading', level, text });
export const paragraph = (text: string): DocParagraph => ({ kind: 'paragraph', text });
export const table = (caption: string, header: readonly string[], rows: readonly (readonly DocCell[])[], empty = '該当する記録はありません。'): DocTable => ({
  kind: 'table',
  caption,
  header,
  rows,
  empty,
});

/** Every text of a document, in reading order (tests and the personal-data guard read it). */
export function documentTexts(doc: ReportDocument): string[] {
  const out: string[] = [doc.title, ...doc.subtitle];
  for (const b of doc.blocks) {
    if (b.kind === 'table') {
      out.push(b.caption, ...b.header);
      for (const r of b.rows) for (const c of r) out.push(String(c));
      if (b.rows.length === 0 && b.empty) out.push(b.empty);
    } else out.push(b.text);
  }
  return out;
}

/** A value for display: '—' for a missing number or text. */
export function shown(value: string | number | null | undefined): DocCell {
  return value === null || value === undefined || value === '' ? '—' : value;
}
