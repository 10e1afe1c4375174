/**
 * Runs one host command from the pane: every command button disabled (one Excel.run at a time),
 * the progress indicator on, errors turned into plain words with what to do next (describeError —
 * never a stack), and focus moved to the result so keyboard users land on it.
 */
import { describeError, type Progress } from '../host/commands';
import type { UiLang } from '../../../templates/host/texts';
import { fill, type Child } from './dom';
import { messageLine } from './messages';
import type { ProgressView } from './progress';

export interface PaneContext {
  readonly lang: UiLang;
  readonly result: HTMLElement;
  readonly progress: ProgressView;
  readonly buttons: () => readonly HTMLButtonElement[];
}

/**
 * Runs `work`, then shows what it returns in the result panel. Returns false when it failed (the
 * panel then holds the error).
 */
export async function runCommand(ctx: PaneContext, work: (progress: Progress) => Promise<readonly Child[]>): Promise<boolean> {
  const buttons = ctx.buttons();
  for (const b of buttons) b.disabled = true;
  ctx.result.setAttribute('aria-busy', 'true');
  ctx.progress.start();
  try {
    const children = await work((step) => ctx.progress.step(step));
    fill(ctx.result, ...children);
    return true;
  } catch (e) {
    fill(ctx.result, messageLine(describeError(e, ctx.lang), 'error'));
    return false;
  } finally {
    ctx.progress.stop();
    ctx.result.removeAttribute('aria-busy');
    for (const b of buttons) b.disabled = false;
    ctx.result.focus();
  }
}
