/**
 * The one place that holds the Japanese and English text of every finding code.
 * Codes are stable identifiers (tests and JSON consumers match on them); texts may be reworded.
 * Templates use {name} placeholders filled from a finding's params.
 */
import { INDICATOR_MESSAGES } from './messages/indicators';
import { NOTICE_MESSAGES } from './messages/notices';
import { VALIDATION_MESSAGES } from './messages/validation';

export const MESSAGES = { ...VALIDATION_MESSAGES, ...NOTICE_MESSAGES, ...INDICATOR_MESSAGES } as const;

export type FindingCode = keyof typeof MESSAGES;
export type MessageParams = Readonly<Record<string, string | number>>;

/** Fills {name} placeholders; unknown names stay visible so a missing param is noticed in review. */
export function formatMessage(template: string, params: MessageParams): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = params[name];
    return v === undefined ? whole : String(v);
  });
}

/** Japanese and English text of a code. */
export function messageFor(code: FindingCode, params: MessageParams = {}): { ja: string; en: string } {
  const m = MESSAGES[code];
  return { ja: formatMessage(m.ja, params), en: formatMessage(m.en, params) };
}
