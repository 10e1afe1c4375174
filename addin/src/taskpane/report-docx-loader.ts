/**
 * Loads report-docx.js (the .docx writer, built as a separate file) on first use, from the add-in's
 * own site next to taskpane.js; later calls reuse it.
 */
import type { ReportDocument } from '../../../templates/report/document';

export type DocxWriter = (doc: ReportDocument) => Promise<Blob>;

let loading: Promise<DocxWriter> | null = null;

const writer = (): DocxWriter | undefined => (globalThis as unknown as { __zrkReportDocx?: DocxWriter }).__zrkReportDocx;

export function loadDocxWriter(): Promise<DocxWriter> {
  const ready = writer();
  if (ready) return Promise.resolve(ready);
  loading ??= new Promise<DocxWriter>((resolve, reject) => {
    const script = document.createElement('script');
    script.src = 'report-docx.js';
    script.onload = () => {
      const w = writer();
      if (w) resolve(w);
      else reject(new Error('report-docx.js did not register its writer'));
    };
    script.onerror = () => {
      loading = null;
      reject(new Error('report-docx.js could not be loaded'));
    };
    document.head.append(script);
  });
  return loading;
}
