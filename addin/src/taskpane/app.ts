/**
 * The task pane inside Excel: the command buttons (テンプレート挿入・更新, 検証, 指標, 通知,
 * 公表データの取込, 取込差分を反映, 実績報告, 関係者向けリスト, 住民向け一覧), a progress line and one result panel. Every text comes from templates/host/texts
 * in the user's language; the work itself is the host's (addin/src/host/commands).
 */
import { fixNotation, indicators, insertTemplate, residentList, validate } from '../host/commands';
import { uiText, type UiLang, type UiTextKey } from '../../../templates/host/texts';
import { fill, h, type Child } from './dom';
import { openImport, runApplyImport } from './import-view';
import { indicatorTable } from './indicators-view';
import { messageLines } from './messages';
import { openNotices } from './notices-view';
import { progressView } from './progress';
import { runAnnualReport, runProfessionalLists } from './reports-view';
import { runCommand, type PaneContext } from './runner';

interface CommandButton {
  readonly id: string;
  readonly label: UiTextKey;
  readonly help: UiTextKey;
  readonly run: (ctx: PaneContext) => Promise<boolean>;
}

const COMMANDS: readonly CommandButton[] = [
  {
    id: 'cmd-insert',
    label: 'cmd.insert',
    help: 'cmd.insert.help',
    run: (ctx) => runCommand(ctx, async (p) => messageLines((await insertTemplate(p, ctx.lang)).messages)),
  },
  {
    id: 'cmd-validate',
    label: 'cmd.validate',
    help: 'cmd.validate.help',
    run: (ctx) => runCommand(ctx, async (p) => messageLines((await validate(p, ctx.lang)).messages)),
  },
  {
    id: 'cmd-indicators',
    label: 'cmd.indicators',
    help: 'cmd.indicators.help',
    run: (ctx) =>
      runCommand(ctx, async (p) => {
        const r = await indicators(p, ctx.lang);
        const out: Child[] = messageLines(r.messages);
        if (r.results.length) out.push(indicatorTable(r.results, ctx.lang));
        return out;
      }),
  },
  {
    id: 'cmd-fix',
    label: 'cmd.fix',
    help: 'cmd.fix.help',
    run: (ctx) => runCommand(ctx, async (p) => messageLines((await fixNotation(p, ctx.lang)).messages)),
  },
  { id: 'cmd-notices', label: 'cmd.notices', help: 'cmd.notices.help', run: openNotices },
  { id: 'cmd-import', label: 'cmd.import', help: 'cmd.import.help', run: openImport },
  { id: 'cmd-apply-import', label: 'cmd.applyImport', help: 'cmd.applyImport.help', run: runApplyImport },
  { id: 'cmd-report', label: 'cmd.report', help: 'cmd.report.help', run: runAnnualReport },
  { id: 'cmd-lists', label: 'cmd.lists', help: 'cmd.lists.help', run: runProfessionalLists },
  {
    id: 'cmd-resident',
    label: 'cmd.resident',
    help: 'cmd.resident.help',
    run: (ctx) => runCommand(ctx, async (p) => messageLines((await residentList(p, ctx.lang)).messages)),
  },
];

function header(lang: UiLang): Child[] {
  return [h('h1', { class: 'title' }, uiText('app.title', lang)), h('p', { class: 'tagline' }, uiText('app.tagline', lang))];
}

function footer(lang: UiLang): HTMLElement {
  return h(
    'footer',
    {},
    h('p', {}, uiText('app.privacy', lang)),
    h('a', { href: 'support.html', target: '_blank', rel: 'noopener' }, uiText('pane.support', lang)),
    ' · ',
    h('a', { href: 'privacy.html', target: '_blank', rel: 'noopener' }, uiText('pane.privacyLink', lang)),
  );
}

/** The pane in Excel. */
export function renderPane(root: HTMLElement, lang: UiLang): void {
  document.documentElement.lang = lang;
  document.title = uiText('app.title', lang);
  const progress = progressView(lang);
  const resultTitle = h('h2', { id: 'result-title', class: 'visually-hidden' }, uiText('pane.result', lang));
  const result = h('section', { id: 'result', class: 'panel', tabindex: '-1', 'aria-labelledby': 'result-title' });
  const buttons: HTMLButtonElement[] = [];
  const ctx: PaneContext = { lang, result, progress, buttons: () => [...buttons, ...Array.from(result.querySelectorAll('button'))] };
  const list = h('ul', { class: 'commands', 'aria-label': uiText('pane.commands', lang) });
  for (const cmd of COMMANDS) {
    const button = h('button', { type: 'button', class: 'btn', id: cmd.id, 'aria-controls': 'result' }, uiText(cmd.label, lang), h('span', { class: 'help' }, uiText(cmd.help, lang)));
    button.addEventListener('click', () => {
      // Marks the screen shown (not a toggle state: these are command buttons).
      for (const b of buttons) {
        if (b === button) b.setAttribute('aria-current', 'true');
        else b.removeAttribute('aria-current');
      }
      void cmd.run(ctx);
    });
    buttons.push(button);
    list.append(h('li', {}, button));
  }
  fill(root, ...header(lang), list, progress.element, resultTitle, result, footer(lang));
  root.removeAttribute('aria-busy');
}

/**
 * The pane cannot run: opened anywhere but Excel (a browser, Word…: 'app.outsideHost'), or Office.js
 * itself could not load ('app.officeJsBlocked'). Says so and what to do.
 */
export function renderOutsideHost(root: HTMLElement, lang: UiLang, reason: 'app.outsideHost' | 'app.officeJsBlocked' = 'app.outsideHost'): void {
  document.documentElement.lang = lang;
  fill(root, ...header(lang), h('div', { class: 'message warn', role: 'status' }, uiText(reason, lang)), footer(lang));
  root.removeAttribute('aria-busy');
}
