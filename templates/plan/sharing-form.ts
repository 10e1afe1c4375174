/**
 * The printable 情報共有シート (D-06): the 表3 items of sharingFormSpec as an A4 form with a label
 * column and bordered writing areas sized by each field's `lines`. The form is printed blank and
 * filled on paper (or kept in each institution's own records): patient data never goes into this
 * workbook (D-19), which the sheet says in red at the top. The lines only paper needs — 利用者氏名・
 * 生年月日 under 記入日, the 本人（家族）同意 block with date and signatures at the foot — are
 * labelled blank cells: the plan never writes a value into them.
 */
import { sharingFormSpec } from '../sheets/sharing';
import type { PrintBlank, PrintFormSpec } from '../spec/types';
import { LABEL_FILL, NOTE_COLOR, TAB_COLORS } from './styles';
import type { PlanCell, RangeStyle, RowHeight, SheetPlan } from './types';

/** Shown under the title of the form. */
export const SHARING_FORM_NOTE =
  'この様式は印刷して使います。患者さんの情報はこのブックに入力・保存しないでください（紙に記入するか、各機関の記録で管理してください）。';

/** Height in points of one writing line. */
const LINE_HEIGHT = 24;
/** Height in points of a signature line (room for a handwritten name or a seal). */
const SIGNATURE_HEIGHT = 36;

/**
 * Plan of the printable form. Column A holds labels, B:D the writing area of each field.
 * @example sharingFormPlan().print // { paper: 'A4', orientation: 'portrait', fitToWidth: true, printArea: 'A1:D…' }
 */
export function sharingFormPlan(form: PrintFormSpec = sharingFormSpec): SheetPlan {
  const values: PlanCell[][] = [];
  const styles: RangeStyle[] = [];
  const merges: string[] = [];
  const rowHeights: RowHeight[] = [];
  const push = (row: PlanCell[]) => values.push([...row, ...new Array<PlanCell>(4 - row.length).fill(null)]);

  push([form.name]);
  merges.push('A1:D1');
  styles.push({ range: 'A1', bold: true, fontSize: 16, horizontal: 'center' });
  rowHeights.push({ row: 0, height: 28 });
  push([SHARING_FORM_NOTE]);
  merges.push('A2:D2');
  styles.push({ range: 'A2', fontColor: NOTE_COLOR, wrap: true, vertical: 'top' });
  rowHeights.push({ row: 1, height: 32 });
  /** Label, blank, label, blank: one row per pair; an odd last blank writes across B:D. */
  const blankRows = (blanks: readonly PrintBlank[], height: number) => {
    for (let i = 0; i < blanks.length; i += 2) {
      const [left, right] = [blanks[i] as PrintBlank, blanks[i + 1]];
      const row = values.length + 1;
      push(right ? [left.label, null, right.label, null] : [left.label]);
      styles.push({ range: `A${row}:D${row}`, border: 'grid' }, { range: `A${row}`, bold: true, fill: LABEL_FILL });
      if (right) styles.push({ range: `C${row}`, bold: true, fill: LABEL_FILL });
      else merges.push(`B${row}:D${row}`);
      rowHeights.push({ row: row - 1, height });
    }
  };
  blankRows([{ key: 'writtenOn', label: '記入日', labelEn: 'Written on' }, { key: 'writer', label: '記入者', labelEn: 'Written by' }, ...(form.subject ?? [])], LINE_HEIGHT);

  for (const section of form.sections) {
    push([]);
    const titleRow = values.length + 1;
    push([section.title]);
    merges.push(`A${titleRow}:D${titleRow}`);
    styles.push({ range: `A${titleRow}:D${titleRow}`, bold: true, fill: LABEL_FILL, border: 'box' });
    for (const field of section.fields) {
      const first = values.length + 1;
      const lines = Math.max(1, field.lines);
      for (let i = 0; i < lines; i++) {
        push(i === 0 ? [field.label] : []);
        rowHeights.push({ row: first - 1 + i, height: LINE_HEIGHT });
      }
      const last = first + lines - 1;
      merges.push(lines > 1 ? `A${first}:A${last}` : `A${first}`, `B${first}:D${last}`);
      styles.push(
        { range: `A${first}:A${last}`, bold: true, wrap: true, vertical: 'top', border: 'box' },
        { range: `B${first}:D${last}`, wrap: true, vertical: 'top', border: 'box' },
      );
    }
  }
  if (form.consent) {
    push([]);
    const titleRow = values.length + 1;
    push([form.consent.title]);
    merges.push(`A${titleRow}:D${titleRow}`);
    styles.push({ range: `A${titleRow}:D${titleRow}`, bold: true, fill: LABEL_FILL, border: 'box' });
    push([form.consent.statement]);
    merges.push(`A${titleRow + 1}:D${titleRow + 1}`);
    styles.push({ range: `A${titleRow + 1}:D${titleRow + 1}`, wrap: true, vertical: 'top', border: 'box' });
    rowHeights.push({ row: titleRow, height: 32 });
    blankRows(form.consent.blanks, SIGNATURE_HEIGHT);
  }
  const lastRow = values.length;
  return {
    name: form.name,
    role: 'form',
    tabColor: TAB_COLORS.form,
    columns: [
      { index: 0, width: 30 },
      { index: 1, width: 22 },
      { index: 2, width: 22 },
      { index: 3, width: 22 },
    ],
    blocks: [{ at: 'A1', values }],
    numberFormats: [],
    validations: [],
    conditionalFormats: [],
    styles,
    // Single-cell "merges" are not merges: keep only real ranges.
    merges: merges.filter((m) => m.includes(':')),
    rowHeights,
    charts: [],
    print: { paper: 'A4', orientation: form.orientation, fitToWidth: true, printArea: `A1:D${lastRow}` },
  };
}
