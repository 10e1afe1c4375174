/**
 * The 公表データの取込 screen: a file picker (several .csv / .xlsx at once) → 取込差分を作成 reads the
 * bytes in the pane and hands them to the host (which writes the 取込差分 sheet; 資源リスト is not
 * touched) → after the clerk has reviewed 採用 on that sheet, 取込差分を反映 writes the accepted rows.
 */
import { applyImport, importOpenData } from '../host/commands';
import type { PickedFile } from '../host/open-data';
import { uiText } from '../../../templates/host/texts';
import { h, type Child } from './dom';
import { messageLine, messageLines } from './messages';
import { runCommand, type PaneContext } from './runner';

/** The 公表データの取込 button: shows the picker (nothing is read from the workbook yet). */
export function openImport(ctx: PaneContext): Promise<boolean> {
  return runCommand(ctx, () => Promise.resolve([picker(ctx)]));
}

/** The 取込差分を反映 button (also offered under a finished import). */
export function runApplyImport(ctx: PaneContext): Promise<boolean> {
  return runCommand(ctx, async (progress) => messageLines((await applyImport(progress, ctx.lang)).messages));
}

async function readPicked(input: HTMLInputElement): Promise<PickedFile[]> {
  return Promise.all(Array.from(input.files ?? [], async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
}

function picker(ctx: PaneContext, notice: Child = null): HTMLElement {
  const { lang } = ctx;
  const input = h('input', { type: 'file', id: 'import-files', multiple: true, accept: '.csv,.xlsx,.xlsm,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
  const run = h('button', { type: 'button', class: 'btn primary', id: 'import-run' }, uiText('import.run', lang));
  run.addEventListener('click', () => {
    // The files are read inside the run, so the buttons are disabled from the first click on.
    void runCommand(ctx, async (progress) => {
      const files = await readPicked(input);
      if (!files.length) return [picker(ctx, messageLine(uiText('import.noFiles', lang), 'warn'))];
      const r = await importOpenData(progress, lang, files);
      return [...messageLines(r.messages), r.plan && applyButton(ctx), picker(ctx)];
    });
  });
  const form = h(
    'form',
    { class: 'import-form' },
    h('label', { for: 'import-files' }, uiText('import.pickFiles', lang)),
    input,
    notice,
    h('div', { class: 'row' }, run),
  );
  form.addEventListener('submit', (e) => e.preventDefault());
  return form;
}

function applyButton(ctx: PaneContext): HTMLElement {
  const button = h('button', { type: 'button', class: 'btn', id: 'import-apply' }, uiText('cmd.applyImport', ctx.lang), h('span', { class: 'help' }, uiText('cmd.applyImport.help', ctx.lang)));
  button.addEventListener('click', () => void runApplyImport(ctx));
  return h('div', { class: 'row' }, button);
}
