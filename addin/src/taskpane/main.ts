/**
 * Task pane entry: waits for Office.js, then shows the pane in Excel or, anywhere else (the page
 * opened in a browser, another Office app, Office.js blocked by the network), says where to open it.
 */
import { uiLangFor } from '../../../templates/host/texts';
import { EXCEL_HOST, officeGlobal } from '../office';
import { renderOutsideHost, renderPane } from './app';

function start(): void {
  const root = document.getElementById('app');
  if (!root) return;
  const office = officeGlobal();
  if (!office) {
    // office.js did not load (e.g. appsforoffice.microsoft.com not allowed on this network).
    renderOutsideHost(root, uiLangFor(navigator.language), 'app.officeJsBlocked');
    return;
  }
  void office.onReady().then((info) => {
    if (info.host === EXCEL_HOST) renderPane(root, uiLangFor(office.context?.displayLanguage));
    else renderOutsideHost(root, uiLangFor(navigator.language));
  });
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
