/**
 * In-place text-cell update of an .xlsx: opens the zip, rewrites only the given cells of one
 * worksheet's XML (as inline strings, keeping each cell's style), and stores every other part with
 * unchanged content — so charts, pivot tables, validations and formatting that a round trip through
 * a spreadsheet library would drop all survive. Used for the notices send log.
 */
import { readFile, writeFile, rename } from 'node:fs/promises';
import JSZip from 'jszip';
import { patchSheetValues } from './patch-values';
import { PatchError, worksheetPath } from './sheet-xml';

/** One text cell to set: 0-based column, 1-based row (as findings and NoticeUpdate give it). */
export interface TextCellUpdate {
  readonly row: number;
  readonly col: number;
  readonly text: string;
}

/**
 * Applies updates to a worksheet XML string: each cell becomes an inline string keeping its style
 * (the cell writer is patch-values', shared with `zaitaku fix`). Unlike a value patch, every row
 * must already exist: the send log only ever rewrites 出席者 rows.
 * @throws PatchError when a row is missing or unreadable.
 */
export function patchSheetXml(xml: string, updates: readonly TextCellUpdate[]): string {
  const rows = new Set<number>();
  for (const m of xml.matchAll(/<row\b([^>]*?)(?:\/>|>)/g)) rows.add(Number(/\br="(\d+)"/.exec(m[1] ?? '')?.[1]));
  if (updates.some((u) => !rows.has(u.row))) throw new PatchError('some rows to update are not in the sheet');
  return patchSheetValues(xml, updates.map((u) => ({ row: u.row, col: u.col, value: u.text })));
}

/**
 * Sets text cells of one sheet of an .xlsx file in place (written to a temporary file, then renamed).
 * @throws PatchError when the sheet or a row is not found; the file is left unchanged then.
 * @example await patchTextCells('みどり町.xlsx', '出席者', [{ row: 5, col: 9, text: '下書き作成' }]);
 */
export async function patchTextCells(path: string, tabName: string, updates: readonly TextCellUpdate[]): Promise<void> {
  if (updates.length === 0) return;
  const zip = await JSZip.loadAsync(await readFile(path));
  const part = await worksheetPath(zip, tabName);
  const xml = await zip.file(part)?.async('string');
  if (xml === undefined) throw new PatchError(`missing part ${part}`);
  zip.file(part, patchSheetXml(xml, updates));
  const data = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
  const tmp = `${path}.${process.pid}.tmp`;
  await writeFile(tmp, data);
  await rename(tmp, path);
}
