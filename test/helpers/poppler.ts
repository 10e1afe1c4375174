/**
 * Test helper: poppler-utils (Debian) to read PDFs — pdftotext for the text, pdfinfo for the page
 * size, pdftoppm to render a page to PNG. Missing tools: fail on CI, skip locally with a reason.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
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
