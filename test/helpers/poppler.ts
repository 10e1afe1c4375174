/**
 * Test helper: poppler-utils (Debian) to read what LibreOffice printed — pdftotext for the text,
 * pdfinfo for the page size, pdftoppm to render a page (PNG, or PPM read here without an image
 * library). Missing tools: fail on CI, skip locally with a reason.
 */
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const TOOLS = ['pdftotext', 'pdfinfo', 'pdftoppm'] as const;
type Tool = (typeof TOOLS)[number];

function which(tool: string): string | null {
  for (const dir of (process.env['PATH'] ?? '').split(':')) if (dir && existsSync(join(dir, tool))) return join(dir, tool);
  return null;
}

/** Paths of the poppler tools, or null after printing why (throws on CI). */
export function popplerOrSkip(): Record<Tool, string> | null {
  const found = Object.fromEntries(TOOLS.map((t) => [t, which(t)])) as Record<Tool, string | null>;
  if (TOOLS.every((t) => found[t] !== null)) return found as Record<Tool, string>;
  const reason = 'poppler-utils (pdftotext, pdfinfo, pdftoppm) not found: apt-get install poppler-utils';
  if (process.env['CI']) throw new Error(reason);
  // eslint-disable-next-line no-console
  console.warn(`skipping PDF tests — ${reason}`);
  return null;
}

export function runTool(path: string, args: readonly string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(path, [...args], { timeout: 120_000, maxBuffer: 32 * 1024 * 1024 }, (err, stdout, stderr) => (err ? reject(new Error(`${path} failed: ${err.message}\n${stderr}`)) : resolve(stdout)));
  });
}

/** Text of each page (1-based index = position + 1), layout preserved. */
export function pdfPages(pdf: string): string[] {
  return execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).split('\f');
}

/** Width and height in points of one page. */
export function pageSize(pdf: string, page: number): { width: number; height: number } {
  const info = execFileSync('pdfinfo', ['-f', String(page), '-l', String(page), pdf], { encoding: 'utf8' });
  const m = new RegExp(`Page\\s+${page} size:\\s+([\\d.]+) x ([\\d.]+)`).exec(info);
  if (!m) throw new Error(`no size for page ${page}`);
  return { width: Number(m[1]), height: Number(m[2]) };
}

/** Heights (pt) of the words on one page, from pdftotext's bounding boxes. */
export function wordHeights(pdf: string, page: number): number[] {
  const html = execFileSync('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return [...html.matchAll(/<word [^>]*yMin="([\d.]+)"[^>]*yMax="([\d.]+)"/g)].map((m) => Number(m[2]) - Number(m[1]));
}

export interface Raster {
  readonly width: number;
  readonly height: number;
  /** RGB bytes, row by row. */
  readonly rgb: Uint8Array;
}

/** Renders one page (PPM via pdftoppm) and, with `pngPath`, also writes it as PNG. */
export function renderPage(pdf: string, page: number, outStem: string, dpi = 60, pngPath?: string): Raster {
  execFileSync('pdftoppm', ['-f', String(page), '-l', String(page), '-r', String(dpi), '-singlefile', pdf, outStem]);
  if (pngPath) execFileSync('pdftoppm', ['-f', String(page), '-l', String(page), '-r', String(dpi), '-singlefile', '-png', pdf, pngPath.replace(/\.png$/, '')]);
  const data = readFileSync(`${outStem}.ppm`);
  // P6 header: magic, width, height, maxval, each separated by whitespace.
  const header = /^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(data.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error('not a binary PPM');
  return { width: Number(header[1]), height: Number(header[2]), rgb: new Uint8Array(data.subarray(header[0].length)) };
}

/** How many pixels are within `tolerance` of a colour ('4472C4'). */
export function countColour(raster: Raster, hex: string, tolerance = 24): number {
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
  let n = 0;
  for (let i = 0; i + 2 < raster.rgb.length; i += 3) {
    if (Math.abs((raster.rgb[i] as number) - r) <= tolerance && Math.abs((raster.rgb[i + 1] as number) - g) <= tolerance && Math.abs((raster.rgb[i + 2] as number) - b) <= tolerance) n++;
  }
  return n;
}
