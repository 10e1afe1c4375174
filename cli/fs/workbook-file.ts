/**
 * Opening a town workbook from disk for the commands: a missing file, a file that is not an .xlsx
 * (corrupt zip, other format) and a workbook that is not ours (no 設定 / 資源リスト) each become a
 * CliError naming the file, so batch commands can report and skip it.
 */
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { WorkbookValues } from '../../templates/validate/types';
import { sheetForTabName } from '../../templates/sheets/registry';
import type { SheetId } from '../../templates/spec/types';
import { CALC_SHEET_NAME } from '../../templates/indicators';
import { readValuesFast } from '../xlsx/fast-read';
import { CliError } from '../commands/args';

/** Sheets whose presence marks a workbook as a kit workbook. */
const SIGNATURE_SHEETS: readonly SheetId[] = ['settings', 'resources'];

/** Tab-name comparison the way people vary it: width-folded, no spaces. */
function tabKey(name: string): string {
  return name.normalize('NFKC').replace(/\s+/g, '');
}

/** Sheet ids found among a workbook's tab names (current names, older names, width variants). */
export function kitSheetsIn(book: WorkbookValues): Set<SheetId> {
  const found = new Set<SheetId>();
  for (const tab of Object.keys(book)) {
    const spec = sheetForTabName(tab) ?? sheetForTabName(tabKey(tab));
    if (spec) found.add(spec.id);
  }
  return found;
}

/** True when the workbook has the sheets that make it a kit workbook. */
export function isKitWorkbook(book: WorkbookValues): boolean {
  const found = kitSheetsIn(book);
  return SIGNATURE_SHEETS.every((id) => found.has(id));
}

/** @throws CliError('error.fileNotFound') when the path is not a readable file. */
export async function assertFile(path: string): Promise<void> {
  const info = await stat(path).catch(() => null);
  if (!info || !info.isFile()) throw new CliError('error.fileNotFound', { path });
}

/**
 * Reads every sheet's values.
 * @param requireKit also reject workbooks without 設定 and 資源リスト (batch commands); validate
 *   leaves that to the engine, which reports the missing sheets as findings.
 * @throws CliError: fileNotFound, notWorkbook (corrupt or not .xlsx), foreignWorkbook
 * @example const book = await readBook('みどり町.xlsx', { requireKit: true });
 */
export async function readBook(path: string, opts: { readonly requireKit?: boolean } = {}): Promise<WorkbookValues> {
  await assertFile(path);
  let book: WorkbookValues;
  try {
    // The hidden 指標計算 helper is the largest sheet and no command reads it (indicators are
    // computed in TypeScript), so it is not parsed.
    book = await readValuesFast(path, { sheets: (name) => name !== CALC_SHEET_NAME });
  } catch {
    throw new CliError('error.notWorkbook', { file: basename(path) });
  }
  if (opts.requireKit && !isKitWorkbook(book)) throw new CliError('error.foreignWorkbook', { file: basename(path) });
  return book;
}
