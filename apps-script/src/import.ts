/// <reference types="google-apps-script" />
/**
 * 公表データの取込 in Google Sheets: the sidebar's file picker sends the picked files here (base64
 * strings: google.script.run passes no binary), and 取込差分を反映 applies the clerk's 採用 rows.
 * main.ts re-exports this module, so both exports are top-level Apps Script functions.
 *
 *   sidebar: FileReader → base64 ─► importFiles(files) ─► the core's importCommand ─► 取込差分 sheet
 *   sidebar button / menu: applyImport() ─► applyImportCommand ─► 資源リスト
 *
 * Each file is turned into what the core takes with Apps Script's own tools and no extra scope:
 * - CSV: the bytes go to the core, which detects the encoding and decodes UTF-8 itself; a Shift_JIS
 *   file (a CSV re-saved by Excel) is decoded by `Blob.getDataAsString('windows-31j')`. Apps Script
 *   resolves charset names with Java: "windows-31j" (alias MS932) is Windows code page 932 with the
 *   NEC and IBM extensions (① ㈱ Ⅲ); Java's "Shift_JIS" is plain JIS X 0208 and loses them
 *   (https://docs.oracle.com/en/java/javase/22/intl/supported-encodings.html).
 * - .xlsx (the 地方厚生局 名簿): `Utilities.unzip` opens the package and the core's xlsx-sheets.ts
 *   reads the sheet XML into a grid (no Drive conversion, so no Drive scope).
 */
import type { ImportFile } from '../../templates/import';
import { applyImportCommand, importCommand, importFileOfXlsx } from '../../templates/import';
import type { UiMessage } from '../../templates/host/commands';
import { uiText } from '../../templates/host/texts';
import { runCommand, type CommandReply } from './command-run';

/** A file as the sidebar sends it. */
export interface PickedFile {
  readonly name: string;
  /** The file's bytes, base64 (standard alphabet, no data: prefix). */
  readonly base64: string;
}

export interface ImportReply extends CommandReply {
  /** Rows of the 取込差分 sheet (0: nothing to change). */
  readonly rows: number;
}

/** Java's name of Windows code page 932 (see the file header). */
export const SHIFT_JIS_CHARSET = 'windows-31j';

/** Apps Script bytes are Java's signed bytes (-128…127). */
function unsigned(bytes: readonly number[]): Uint8Array {
  const out = new Uint8Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) out[i] = (bytes[i] as number) & 0xff;
  return out;
}

function signed(bytes: Uint8Array): number[] {
  const out = new Array<number>(bytes.length);
  for (let i = 0; i < bytes.length; i++) out[i] = ((bytes[i] as number) << 24) >> 24;
  return out;
}

/** The host's cp932 decoder for the core. */
export function sheetsShiftJis(bytes: Uint8Array): string {
  return Utilities.newBlob(signed(bytes)).getDataAsString(SHIFT_JIS_CHARSET);
}

/** A zip package starts with a local file header "PK\x03\x04" (an .xlsx renamed .csv is still one). */
function isZip(bytes: readonly number[]): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** The sheet of an .xlsx that the import reads, from the unzipped parts (read lazily, once each). */
function xlsxFile(name: string, bytes: GoogleAppsScript.Byte[]): ImportFile {
  const parts = new Map<string, GoogleAppsScript.Base.Blob>();
  for (const part of Utilities.unzip(Utilities.newBlob(bytes, 'application/zip', name))) parts.set(String(part.getName()), part);
  return importFileOfXlsx(name, (path) => parts.get(path)?.getDataAsString() ?? null);
}

/** The file as the core takes it; null when it cannot be opened at all. */
export function importFileOf(file: PickedFile): ImportFile | null {
  try {
    const bytes = Utilities.base64Decode(file.base64);
    if (/\.xls[xm]$/i.test(file.name) || isZip(bytes)) return xlsxFile(file.name, bytes);
    return { name: file.name, bytes: unsigned(bytes) };
  } catch {
    return null;
  }
}

/**
 * 公表データの取込: reads the picked files, plans the merge with 資源リスト and writes the 取込差分
 * sheet in one command run (one read of the workbook, batched writes, one flush). 資源リスト is not
 * touched. The reply's messages say what each file was and what the plan holds.
 */
export function importFiles(files: readonly PickedFile[]): ImportReply {
  const list = Array.isArray(files) ? files : [];
  if (list.length === 0) return { ok: false, rows: 0, messages: [{ key: 'import.noFiles', text: uiText('import.noFiles', 'ja'), tone: 'error' }] };
  const unreadable: UiMessage[] = [];
  const inputs: ImportFile[] = [];
  for (const f of list) {
    const input = importFileOf(f);
    if (input) inputs.push(input);
    else unreadable.push({ key: 'import.unreadable', text: uiText('import.unreadable', 'ja', { file: String(f.name) }), tone: 'error' });
  }
  if (inputs.length === 0) return { ok: false, rows: 0, messages: unreadable };
  const run = runCommand((values, env) => importCommand(values, env, inputs, { shiftJis: sheetsShiftJis }));
  if (!run.ok) return { ok: false, rows: 0, messages: run.messages };
  const { result, book } = run;
  if (!result.plan) return { ok: false, rows: 0, messages: [...result.messages, ...unreadable] };
  const fileLines: UiMessage[] = result.reads.flatMap((r) =>
    r.ok
      ? [{
          key: 'import.fileRead' as const,
          text: uiText('import.fileRead', book.env.lang, { file: r.source.file, source: r.source.title, date: r.source.date, encoding: r.encoding === 'shift_jis' ? 'Shift_JIS' : r.encoding === 'utf-8' ? 'UTF-8' : 'xlsx', count: r.entries.length }),
          tone: 'ok' as const,
        }]
      : [],
  );
  return { ok: true, rows: result.plan.rows.length, messages: [...result.messages, ...unreadable, ...fileLines] };
}

/** 取込差分を反映: the rows marked 採用 on 取込差分 go into 資源リスト; nothing is deleted. */
export function applyImport(): CommandReply & { readonly added: number; readonly cells: number } {
  const run = runCommand(applyImportCommand);
  if (!run.ok) return { ...run, added: 0, cells: 0 };
  const r = run.result.result;
  return { ok: r !== null, messages: run.result.messages, added: r?.added ?? 0, cells: r?.cellsWritten ?? 0 };
}
