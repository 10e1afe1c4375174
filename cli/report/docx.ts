/** The 実績報告 .docx bytes in Node: the core's document model (templates/report/docx.ts), packed. */
import { Packer } from 'docx';
import { reportDocx } from '../../templates/report/docx';
import type { ReportDocument } from '../../templates/report/document';

/** The .docx bytes of a document. */
export async function reportDocxBytes(doc: ReportDocument): Promise<Buffer> {
  return Packer.toBuffer(reportDocx(doc));
}
