/**
 * A ReportDocument as a Word document model (npm `docx`): A4, Japanese fonts, headings, and tables
 * whose header row repeats on every page (w:tblHeader) and whose rows never split across pages.
 * Written once for the two hosts that save .docx — the CLI packs it to bytes (Packer.toBuffer), the
 * task pane to a Blob (Packer.toBlob) — so it lives in the core; the only core module allowed the
 * `docx` package, and never imported by the Apps Script bundle (test/architecture.test.ts).
 */
import { AlignmentType, BorderStyle, Document, HeadingLevel, PageOrientation, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { DocTable, ReportDocument } from './document';

/** A4 in twentieths of a point (210 × 297 mm). */
const A4 = { width: 11906, height: 16838 };
const MARGIN = 1134; // 20 mm
/** Yu Gothic ships with Windows and Office; LibreOffice and others fall back to a CJK font they have. */
const FONT = { ascii: 'Yu Gothic', hAnsi: 'Yu Gothic', eastAsia: 'Yu Gothic', cs: 'Yu Gothic' };
const HEADER_SHADE = 'DDEBF7';
const border = { style: BorderStyle.SINGLE, size: 4, color: '808080' };
const borders = { top: border, bottom: border, left: border, right: border };

function cell(text: string, header: boolean, numeric: boolean): TableCell {
  return new TableCell({
    borders,
    ...(header ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: HEADER_SHADE } } : {}),
    children: [new Paragraph({ alignment: header ? AlignmentType.CENTER : numeric ? AlignmentType.RIGHT : AlignmentType.LEFT, children: [new TextRun({ text, bold: header, size: 18 })] })],
  });
}

function docxTable(t: DocTable): (Paragraph | Table)[] {
  const caption = new Paragraph({ spacing: { before: 160, after: 60 }, keepNext: true, children: [new TextRun({ text: t.caption, bold: true, size: 20 })] });
  if (t.rows.length === 0) return [caption, new Paragraph({ children: [new TextRun({ text: t.empty ?? '', size: 18 })] })];
  const header = new TableRow({ tableHeader: true, cantSplit: true, children: t.header.map((h) => cell(h, true, false)) });
  const rows = t.rows.map((r) => new TableRow({ cantSplit: true, children: r.map((c) => cell(String(c), false, typeof c === 'number')) }));
  return [caption, new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [header, ...rows] })];
}

/** The Document object (exported for tests that inspect it before packing). */
export function reportDocx(doc: ReportDocument): Document {
  const children: (Paragraph | Table)[] = [
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 120 }, children: [new TextRun({ text: doc.title, bold: true, size: 32 })] }),
    ...doc.subtitle.map((s) => new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: s, size: 20 })] })),
  ];
  for (const b of doc.blocks) {
    if (b.kind === 'heading') {
      children.push(new Paragraph({ heading: b.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2, keepNext: true, spacing: { before: 240, after: 80 }, children: [new TextRun({ text: b.text, bold: true, size: b.level === 1 ? 26 : 22, color: '000000' })] }));
    } else if (b.kind === 'paragraph') {
      children.push(new Paragraph({ spacing: { after: 80 }, children: [new TextRun({ text: b.text, size: 20 })] }));
    } else children.push(...docxTable(b));
  }
  const landscape = doc.orientation === 'landscape';
  return new Document({
    creator: '在宅連携キット',
    title: doc.title,
    styles: { default: { document: { run: { font: FONT, size: 20 } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: A4.width, height: A4.height, orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
            margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
          },
        },
        children,
      },
    ],
  });
}
