/**
 * Test helper: LibreOffice headless as an independent spreadsheet engine. It opens our .xlsx,
 * recalculates, and exports every sheet as CSV in one call (recipe from shared HOSTS.md) or saves a
 * recalculated .xlsx whose cached results the Node reader can read back.
 * When soffice is missing: on CI (process.env.CI set) the tests fail; locally they skip with a reason.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { basename, extname, join } from 'node:path';

/** Every sheet, UTF-8, comma, double quotes, raw values (not "as shown"), all sheets (-1). */
export const CSV_FILTER = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1';

const CANDIDATES = ['/usr/bin/soffice', '/usr/local/bin/soffice', '/usr/lib/libreoffice/program/soffice', '/opt/libreoffice/program/soffice'];

/** Path of soffice, or null. */
export function findSoffice(): string | null {
  const fromEnv = process.env['SOFFICE'];
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  for (const dir of (process.env['PATH'] ?? '').split(':')) {
    if (dir && existsSync(join(dir, 'soffice'))) return join(dir, 'soffice');
  }
  return CANDIDATES.find((p) => existsSync(p)) ?? null;
}

/**
 * soffice for a test file, or null after printing why the LibreOffice tests are skipped.
 * @throws Error on CI when soffice is missing (the check must not silently vanish there).
 */
export function libreOfficeOrSkip(find: () => string | null = findSoffice): string | null {
  const soffice = find();
  if (soffice) return soffice;
  const reason = 'LibreOffice (soffice) not found: install libreoffice-calc-nogui or set SOFFICE';
  if (process.env['CI']) throw new Error(reason);
  // eslint-disable-next-line no-console
  console.warn(`skipping LibreOffice tests — ${reason}`);
  return null;
}

/** A private profile per process: a shared one is locked by concurrent runs. */
function profileDir(): string {
  return `/tmp/lo-profile-${process.pid}`;
}

/** Removes this process's LibreOffice profile (call from afterAll). */
export function removeProfile(): void {
  rmSync(profileDir(), { recursive: true, force: true });
}

function run(soffice: string, args: readonly string[], timeoutMs = 180_000): Promise<string> {
  const profile = `-env:UserInstallation=file://${profileDir()}`;
  return new Promise((resolve, reject) => {
    execFile(soffice, [profile, '--headless', '--norestore', ...args], { timeout: timeoutMs, maxBuffer: 16 * 1024 * 1024 }, (err, stdout, stderr) => {
      if (err) reject(new Error(`soffice failed: ${err.message}\n${stderr}`));
      else resolve(`${stdout}${stderr}`);
    });
  });
}

/**
 * recalculateToXlsx for several workbooks in one LibreOffice start (each start costs seconds).
 * @returns the saved copies, in the order of `workbookPaths`.
 */
export async function recalculateAllToXlsx(soffice: string, workbookPaths: readonly string[], outDir: string): Promise<string[]> {
  mkdirSync(outDir, { recursive: true });
  await run(soffice, ['--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', outDir, ...workbookPaths], 600_000);
  return workbookPaths.map((p) => {
    const out = join(outDir, `${basename(p, extname(p))}.xlsx`);
    if (!existsSync(out)) throw new Error(`LibreOffice did not write ${out}`);
    return out;
  });
}

/** Parses RFC 4180 CSV (quoted fields may hold commas, quotes and newlines). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i] as string;
    if (quoted) {
      if (ch === '"') {
        if (body[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && body[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

export interface CsvExport {
  /** Sheet name → rows of raw text. */
  readonly sheets: Readonly<Record<string, string[][]>>;
  /** soffice's own report (lists every sheet it wrote). */
  readonly log: string;
}

/**
 * Opens a workbook in LibreOffice (recalculating it) and exports every sheet as CSV.
 * @example const { sheets } = await convertToCsv(soffice, 'book.xlsx', outDir); sheets['指標']
 */
export async function convertToCsv(soffice: string, workbookPath: string, outDir: string): Promise<CsvExport> {
  mkdirSync(outDir, { recursive: true });
  const log = await run(soffice, ['--convert-to', CSV_FILTER, '--outdir', outDir, workbookPath]);
  const stem = basename(workbookPath, extname(workbookPath));
  const sheets: Record<string, string[][]> = {};
  for (const file of readdirSync(outDir)) {
    if (!file.startsWith(`${stem}-`) || !file.endsWith('.csv')) continue;
    sheets[file.slice(stem.length + 1, -4)] = parseCsv(readFileSync(join(outDir, file), 'utf8'));
  }
  return { sheets, log };
}

/**
 * Opens a workbook in LibreOffice and saves it again as .xlsx: formulas then carry the cached
 * results LibreOffice computed, exact to the last bit (CSV rounds to 15 digits).
 * @returns the path of the saved copy.
 */
export async function recalculateToXlsx(soffice: string, workbookPath: string, outDir: string): Promise<string> {
  mkdirSync(outDir, { recursive: true });
  await run(soffice, ['--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', outDir, workbookPath]);
  const out = join(outDir, `${basename(workbookPath, extname(workbookPath))}.xlsx`);
  if (!existsSync(out)) throw new Error(`LibreOffice did not write ${out}`);
  return out;
}

/**
 * Opens a document in LibreOffice and exports it as PDF: a workbook is recalculated and every visible
 * sheet's print area printed (calc_pdf_Export); a .docx needs LibreOffice Writer (Debian
 * libreoffice-writer-nogui).
 * @returns the path of the PDF.
 */
export async function convertToPdf(soffice: string, documentPath: string, outDir: string): Promise<string> {
  mkdirSync(outDir, { recursive: true });
  const filter = /\.(xlsx|xls|ods)$/i.test(documentPath) ? 'pdf:calc_pdf_Export' : 'pdf';
  const log = await run(soffice, ['--convert-to', filter, '--outdir', outDir, documentPath]);
  const out = join(outDir, `${basename(documentPath, extname(documentPath))}.pdf`);
  if (!existsSync(out)) throw new Error(`LibreOffice did not write ${out} (for .docx, install libreoffice-writer-nogui):
${log}`);
  return out;
}
