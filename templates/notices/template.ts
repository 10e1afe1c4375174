/**
 * Notice templates: parsing {{placeholders}} against the closed whitelist, template findings, and
 * single-pass rendering. Values are inserted as opaque text and never scanned again, so a name or
 * venue that contains "{{会場}}" stays literal.
 */
import { makeFinding, type Finding } from '../core/findings';
import { noticeTemplatesSheet } from '../sheets/notice-templates';
import type { NoticeTemplateRow } from '../sheets/rows';
import type { SheetLayout } from '../validate/types';
import { isPlaceholderName, PLACEHOLDER_NAMES, PLACEHOLDERS, type MergeValues, type PlaceholderName } from './placeholders';

export type Segment = { readonly text: string } | { readonly field: PlaceholderName };

export interface TemplateLine {
  readonly segments: readonly Segment[];
  /** Only optional fields and blank literal text: the line disappears when every field is blank. */
  readonly droppable: boolean;
}

export interface CompiledTemplate {
  readonly id: string;
  readonly subject: readonly Segment[];
  readonly body: readonly TemplateLine[];
  /** Every placeholder the subject or body uses. */
  readonly fields: ReadonlySet<PlaceholderName>;
}

export type TemplateProblem =
  | { readonly kind: 'unknown'; readonly name: string }
  | { readonly kind: 'unbalanced'; readonly snippet: string }
  | { readonly kind: 'fullWidth'; readonly snippet: string };

const WS = /^[\s\u3000]*$/;

function snippetAround(text: string, at: number): string {
  return text.slice(Math.max(0, at - 8), at + 12).replace(/[\r\n]+/g, ' ');
}

/**
 * Splits template text into literal and placeholder segments and lists its problems.
 * @example parseTemplateText('{{会議名}}のご案内').segments // [{ field: '会議名' }, { text: 'のご案内' }]
 */
export function parseTemplateText(raw: string): { segments: Segment[]; problems: TemplateProblem[] } {
  const text = raw.replace(/\r\n?/g, '\n');
  const segments: Segment[] = [];
  const problems: TemplateProblem[] = [];
  let literal = '';
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf('{{', i);
    const close = text.indexOf('}}', i);
    if (close !== -1 && (open === -1 || close < open)) {
      problems.push({ kind: 'unbalanced', snippet: snippetAround(text, close) });
      literal += text.slice(i, close + 2);
      i = close + 2;
      continue;
    }
    if (open === -1) {
      literal += text.slice(i);
      break;
    }
    literal += text.slice(i, open);
    const end = text.indexOf('}}', open + 2);
    const nested = text.indexOf('{{', open + 2);
    if (end === -1 || (nested !== -1 && nested < end)) {
      problems.push({ kind: 'unbalanced', snippet: snippetAround(text, open) });
      literal += '{{';
      i = open + 2;
      continue;
    }
    const name = text.slice(open + 2, end).replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');
    if (isPlaceholderName(name)) {
      if (literal) segments.push({ text: literal });
      literal = '';
      segments.push({ field: name });
    } else {
      problems.push({ kind: 'unknown', name });
      literal += text.slice(open, end + 2);
    }
    i = end + 2;
  }
  if (literal) segments.push({ text: literal });
  for (const m of text.matchAll(/｛｛[^｛｝\n]*｝｝/g)) problems.push({ kind: 'fullWidth', snippet: m[0] });
  return { segments, problems };
}

/** Splits segments into lines at '\n' inside literal text. */
function toLines(segments: readonly Segment[]): TemplateLine[] {
  const lines: Segment[][] = [[]];
  for (const seg of segments) {
    if ('field' in seg) {
      (lines[lines.length - 1] as Segment[]).push(seg);
      continue;
    }
    const parts = seg.text.split('\n');
    parts.forEach((part, k) => {
      if (k > 0) lines.push([]);
      if (part) (lines[lines.length - 1] as Segment[]).push({ text: part });
    });
  }
  return lines.map((segs) => {
    const fields = segs.filter((s): s is { field: PlaceholderName } => 'field' in s);
    const droppable =
      fields.length > 0 && fields.every((f) => !PLACEHOLDERS[f.field].required) && segs.every((s) => 'field' in s || WS.test(s.text));
    return { segments: segs, droppable };
  });
}

const ALLOWED_TEXT = PLACEHOLDER_NAMES.map((n) => `{{${n}}}`).join('、');
const TEMPLATE_SHEET = noticeTemplatesSheet.name;
const SPEC_COLUMNS = noticeTemplatesSheet.columns.map((c) => c.key as string);

function templateFinding(row: NoticeTemplateRow, key: 'subject' | 'body', problem: TemplateProblem, layout: SheetLayout | undefined): Finding {
  const header = key === 'subject' ? '件名' : '本文';
  const col = layout?.columns[key] ?? SPEC_COLUMNS.indexOf(key);
  const at = row.__row >= 1 ? { row: row.__row - 1, col } : null;
  if (problem.kind === 'unknown') return makeFinding(TEMPLATE_SHEET, at, header, 'error', 'notice.unknownPlaceholder', { name: problem.name, allowed: ALLOWED_TEXT });
  if (problem.kind === 'unbalanced') return makeFinding(TEMPLATE_SHEET, at, header, 'error', 'notice.unbalancedBraces', { snippet: problem.snippet });
  return makeFinding(TEMPLATE_SHEET, at, header, 'warning', 'notice.fullWidthBraces', { snippet: problem.snippet });
}

/**
 * Compiles a 通知テンプレート row. Findings name the sheet, row, column (件名/本文) and, when the row
 * is known (`__row` ≥ 1), its A1 address; `template` is null when any finding is an error.
 * @example
 * const { template, findings } = compileTemplate(row);
 * if (template) renderSubject(template, values);
 */
export function compileTemplate(row: NoticeTemplateRow, layout?: SheetLayout): { template: CompiledTemplate | null; findings: Finding[] } {
  const subject = parseTemplateText(row.subject);
  const body = parseTemplateText(row.body);
  const findings = [
    ...subject.problems.map((p) => templateFinding(row, 'subject', p, layout)),
    ...body.problems.map((p) => templateFinding(row, 'body', p, layout)),
  ];
  if (findings.some((f) => f.severity === 'error')) return { template: null, findings };
  const fields = new Set<PlaceholderName>();
  for (const s of [...subject.segments, ...body.segments]) if ('field' in s) fields.add(s.field);
  return { template: { id: row.id, subject: subject.segments, body: toLines(body.segments), fields }, findings };
}

/** The rendered subject: one line (line breaks in values become spaces, so no header can break). */
export function renderSubject(template: CompiledTemplate, values: MergeValues): string {
  let out = '';
  for (const seg of template.subject) out += 'field' in seg ? values[seg.field] : seg.text;
  return out.replace(/[\r\n\t]+/g, ' ').trim();
}

/** The rendered plain-text body ('\n' line ends); lines of blank optional fields are dropped. */
export function renderBody(template: CompiledTemplate, values: MergeValues): string {
  const out: string[] = [];
  for (const line of template.body) {
    let text = '';
    let allBlank = true;
    for (const seg of line.segments) {
      if ('field' in seg) {
        const v = values[seg.field];
        if (v !== '') allBlank = false;
        text += v;
      } else text += seg.text;
    }
    if (line.droppable && allBlank) continue;
    out.push(text);
  }
  return out.join('\n');
}
