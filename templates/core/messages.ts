/**
 * The one place that holds the Japanese and English text of every finding code.
 * Codes are stable identifiers (tests and JSON consumers match on them); texts may be reworded.
 * Templates use {name} placeholders filled from a finding's params.
 */
import { INDICATOR_MESSAGES } from './messages/indicators';
import { NOTICE_MESSAGES } from './messages/notices';
import { REGISTER_MESSAGES } from './messages/registers';
import { VALIDATION_MESSAGES } from './messages/validation';

export const MESSAGES = { ...VALIDATION_MESSAGES, ...NOTICE_MESSAGES, ...INDICATOR_MESSAGES, ...REGISTER_MESSAGES } as const;

export type FindingCode = keyof typeof MESSAGES;
export type MessageParams = Readonly<Record<string, string | number>>;

/**
 * A template split at its placeholders: literal texts at even indexes, placeholder names at odd
 * ones (always odd length). Findings can number in the thousands, each formatted twice.
 */
type CompiledTemplate = readonly string[];

const PLACEHOLDER = /\{(\w+)\}/g;
const compiledTemplates = new Map<string, CompiledTemplate>();

function compileTemplate(template: string): CompiledTemplate {
  const parts: string[] = [];
  let last = 0;
  for (const m of template.matchAll(PLACEHOLDER)) {
    parts.push(template.slice(last, m.index), m[1] as string);
    last = m.index + m[0].length;
  }
  parts.push(template.slice(last));
  return parts;
}

/**
 * Fills {name} placeholders; unknown names stay visible so a missing param is noticed in review.
 * @example formatMessage('{column}が空です', { column: '名称' }) // '名称が空です'
 */
export function formatMessage(template: string, params: MessageParams): string {
  let parts = compiledTemplates.get(template);
  if (parts === undefined) {
    parts = compileTemplate(template);
    // Catalogue texts are few; a caller formatting endless ad-hoc templates must not grow this.
    if (compiledTemplates.size < 2048) compiledTemplates.set(template, parts);
  }
  let out = parts[0] as string;
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i] as string;
    const v = params[name];
    out += v === undefined ? `{${name}}` : String(v);
    out += parts[i + 1] as string;
  }
  return out;
}

/** Japanese and English text of a code. */
export function messageFor(code: FindingCode, params: MessageParams = {}): { ja: string; en: string } {
  const m = MESSAGES[code];
  return { ja: formatMessage(m.ja, params), en: formatMessage(m.en, params) };
}
