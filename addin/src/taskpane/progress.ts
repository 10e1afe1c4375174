/**
 * The progress indicator: an indeterminate bar and the current step in words ("ブックを読み込んで
 * います… 1/3"), in a polite live region so screen readers hear each step once.
 */
import type { Step } from '../host/commands';
import { uiText, type UiLang } from '../../../templates/host/texts';
import { h } from './dom';

const ORDER: readonly Step[] = ['read', 'plan', 'write'];

export interface ProgressView {
  readonly element: HTMLElement;
  start(): void;
  step(step: Step): void;
  stop(): void;
}

export function progressView(lang: UiLang): ProgressView {
  const text = h('p', { class: 'step' });
  const count = h('span', { class: 'help' });
  const element = h('div', { class: 'progress', role: 'status', 'aria-live': 'polite', hidden: true }, h('div', { class: 'bar' }), text, count);
  return {
    element,
    start() {
      element.hidden = false;
      this.step('read');
    },
    step(step) {
      text.textContent = uiText(`step.${step}`, lang);
      const at = ORDER.indexOf(step);
      count.textContent = at >= 0 ? uiText('pane.progress', lang, { at: at + 1, of: ORDER.length }) : '';
    },
    stop() {
      element.hidden = true;
      text.textContent = '';
      count.textContent = '';
    },
  };
}
