/** Test helper: the raw XML parts of an .xlsx, found by sheet name (to check what hosts cannot read back). */
import JSZip from 'jszip';

export interface XlsxParts {
  readonly workbook: string;
  readonly styles: string;
  /** Sheet name → worksheet XML. */
  readonly sheets: ReadonlyMap<string, string>;
}

function decode(text: string): string {
  return text.replace(/&apos;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** Opens an .xlsx and maps each sheet name to its worksheet XML through the workbook relationships. */
export async function xlsxParts(data: Buffer | Uint8Array): Promise<XlsxParts> {
  const zip = await JSZip.loadAsync(data);
  const read = async (path: string) => {
    const file = zip.file(path);
    if (!file) throw new Error(`missing part ${path}`);
    return file.async('string');
  };
  const workbook = await read('xl/workbook.xml');
  const rels = await read('xl/_rels/workbook.xml.rels');
  const target = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship [^>]*?Id="([^"]+)"[^>]*?Target="([^"]+)"/g)) target.set(m[1] as string, m[2] as string);
  for (const m of rels.matchAll(/<Relationship [^>]*?Target="([^"]+)"[^>]*?Id="([^"]+)"/g)) target.set(m[2] as string, m[1] as string);
  const sheets = new Map<string, string>();
  for (const m of workbook.matchAll(/<sheet [^>]*?name="([^"]+)"[^>]*?r:id="([^"]+)"/g)) {
    const path = (target.get(m[2] as string) ?? '').replace(/^\/?(xl\/)?/, 'xl/');
    sheets.set(decode(m[1] as string), await read(path));
  }
  return { workbook, styles: await read('xl/styles.xml'), sheets };
}

export interface XmlValidation {
  readonly type: string;
  readonly sqref: string;
  readonly formula1: string;
}

/** The <dataValidation> elements of a worksheet. */
export function dataValidations(sheetXml: string): XmlValidation[] {
  const out: XmlValidation[] = [];
  for (const m of sheetXml.matchAll(/<dataValidation\b([^>]*?)(?:\/>|>([\s\S]*?)<\/dataValidation>)/g)) {
    const attrs = m[1] ?? '';
    out.push({
      type: /\btype="([^"]+)"/.exec(attrs)?.[1] ?? 'none',
      sqref: /\bsqref="([^"]+)"/.exec(attrs)?.[1] ?? '',
      formula1: decode(/<formula1>([\s\S]*?)<\/formula1>/.exec(m[2] ?? '')?.[1] ?? ''),
    });
  }
  return out;
}

/** Workbook-level defined names (name → reference text). */
export function definedNames(workbookXml: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of workbookXml.matchAll(/<definedName name="([^"]+)"(?![^>]*localSheetId)[^>]*>([^<]*)<\/definedName>/g)) out.set(m[1] as string, decode(m[2] as string));
  return out;
}
