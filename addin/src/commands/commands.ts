/**
 * Ribbon function file: the 検証 and 指標 buttons run the same host commands as the task pane.
 * Excel has no notification bar for add-ins (Outlook's notificationMessages do not exist there),
 * so success shows as the sheet the command ends on (検証結果 / 指標, with the summary on it); an
 * error opens a small dialog with the plain-language text and what to do next.
 */
import { describeError, indicators, validate } from '../host/commands';
import { uiLangFor, type UiLang } from '../../../templates/host/texts';
import { officeGlobal, type CommandEvent } from '../office';

function showError(text: string): void {
  const url = new URL('message.html', location.href);
  url.hash = encodeURIComponent(text);
  officeGlobal()?.context?.ui?.displayDialogAsync(url.href, { height: 25, width: 30, displayInIframe: true });
}

/** Runs one command for a ribbon button; Office needs event.completed() whatever happens. */
async function run(event: CommandEvent, work: (lang: UiLang) => Promise<unknown>): Promise<void> {
  const lang = uiLangFor(officeGlobal()?.context?.displayLanguage);
  try {
    await work(lang);
  } catch (e) {
    showError(describeError(e, lang));
  } finally {
    event.completed();
  }
}

const noProgress = (): void => undefined;

export function runValidate(event: CommandEvent): void {
  void run(event, (lang) => validate(noProgress, lang));
}

export function runIndicators(event: CommandEvent): void {
  void run(event, (lang) => indicators(noProgress, lang));
}

// Older Office clients look function-file actions up as globals; newer ones through associate().
const actions = { runValidate, runIndicators };
Object.assign(globalThis, actions);
const office = officeGlobal();
if (office) {
  void office.onReady().then(() => {
    for (const [name, fn] of Object.entries(actions)) office.actions?.associate(name, fn);
  });
}
