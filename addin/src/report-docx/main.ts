/**
 * The 実績報告 .docx writer as its own script (report-docx.js), loaded by the task pane only when
 * the clerk saves the report: npm `docx` is most of its size, and the pane's first load stays small.
 * The document model is the core's (templates/report/docx.ts, shared with the CLI); `Packer.toBlob`
 * is docx's browser output.
 */
import { Packer } from 'docx';
import { reportDocx } from '../../../templates/report/docx';
import type { ReportDocument } from '../../../templates/report/document';

/** The global the pane's loader (taskpane/report-docx-loader.ts) looks for. */
(globalThis as unknown as { __zrkReportDocx: (doc: ReportDocument) => Promise<Blob> }).__zrkReportDocx = (doc) => Packer.toBlob(reportDocx(doc));
