/**
 * 実績報告 (the report sheet; where the platform can save files, the same report as a .docx built in
 * the pane by the lazily loaded writer) and 関係者向けリスト (printable sheets).
 */
import { annualReport, professionalLists } from '../host/commands';
import { uiText, type UiLang } from '../../../templates/host/texts';
import type { ReportDocument } from '../../../templates/report/document';
import { h } from './dom';
import { canDownload, downloadBytes } from './download';
import { messageLine, messageLines } from './messages';
import { loadDocxWriter } from './report-docx-loader';
import { runCommand, type PaneContext } from './runner';

export function runAnnualReport(ctx: PaneContext): Promise<boolean> {
  return runCommand(ctx, async (progress) => {
    const r = await annualReport(progress, ctx.lang);
    return [...messageLines(r.messages), r.document && docxOffer(r.document, ctx.lang)];
  });
}

export function runProfessionalLists(ctx: PaneContext): Promise<boolean> {
  return runCommand(ctx, async (progress) => messageLines((await professionalLists(progress, ctx.lang)).messages));
}

/** A file name Windows and macOS both accept. */
const fileName = (title: string): string => `${title.replace(/[\\/:*?"<>|\s]+/g, '_')}.docx`;

function docxOffer(doc: ReportDocument, lang: UiLang): HTMLElement {
  if (!canDownload()) return messageLine(uiText('report.downloadUnsupported', lang), 'warn');
  const status = h('p', { class: 'help', role: 'status', 'aria-live': 'polite' });
  const button = h('button', { type: 'button', class: 'btn', id: 'report-download' }, uiText('report.download', lang));
  button.addEventListener('click', () => {
    button.disabled = true;
    void loadDocxWriter()
      .then((write) => write(doc))
      .then(async (blob) => {
        const file = fileName(doc.title);
        downloadBytes(new Uint8Array(await blob.arrayBuffer()), file, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
        status.textContent = uiText('report.downloaded', lang, { file });
      })
      .catch((e: unknown) => {
        status.textContent = uiText('error.generic', lang, { code: e instanceof Error ? e.message : 'docx' });
      })
      .finally(() => {
        button.disabled = false;
      });
  });
  return h('div', { class: 'report-docx' }, h('div', { class: 'row' }, button), status);
}
