/** The status lines every screen shows: the host's UI messages and plain errors, toned ok/warn/error. */
import type { UiMessage } from '../../../templates/host/commands';
import { h } from './dom';

export function messageLine(text: string, tone: UiMessage['tone']): HTMLElement {
  // Errors are announced at once; the rest waits for the reader.
  return h('div', { class: `message ${tone}`, role: tone === 'error' ? 'alert' : undefined }, text);
}

export function messageLines(messages: readonly UiMessage[]): HTMLElement[] {
  return messages.map((m) => messageLine(m.text, m.tone));
}
