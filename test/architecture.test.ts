/**
 * Architecture rules that keep templates/ runnable in the task pane, Apps Script V8 and Node:
 * the core imports no host and no Node module, and uses no runtime global that one of them lacks.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(__dirname, '..');
const CORE = join(ROOT, 'templates');
const ALLOWED_PACKAGES = new Set(['zod', 'date-fns', '@holiday-jp/holiday_jp']);
/** The .docx document model both the CLI and the task pane save; pure JS, but kept out of Apps Script. */
const ALLOWED_IN_FILE: Readonly<Record<string, ReadonlySet<string>>> = { 'templates/report/docx.ts': new Set(['docx']) };

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return tsFiles(p);
    return p.endsWith('.ts') ? [p] : [];
  });
}

/** Source without comments and string contents, so prose that names a host does not trip the scan. */
function codeOnly(src: string): string {
  return src
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:])\/\/.*$/gm, '$1')
    .replace(/'(?:\\.|[^'\\\n])*'|"(?:\\.|[^"\\\n])*"|`(?:\\.|[^`\\])*`/g, "''");
}

const files = tsFiles(CORE);

describe('templates/ stays host-free', () => {
  it('has source files to check', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it.each(files.map((f) => [relative(ROOT, f), f]))('%s imports only relative modules and allowed packages', (_name, file) => {
    const src = readFileSync(file, 'utf8');
    const specifiers = [...src.matchAll(/(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|require\(\s*['"]([^'"]+)['"]\s*\)|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map(
      (m) => m[1] ?? m[2] ?? m[3] ?? '',
    );
    for (const spec of specifiers) {
      if (spec.startsWith('.')) {
        const target = join(file, '..', spec);
        expect(relative(CORE, target).startsWith('..')).toBe(false);
      } else {
        const pkg = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : (spec.split('/')[0] ?? spec);
        const allowed = ALLOWED_PACKAGES.has(pkg) || (ALLOWED_IN_FILE[relative(ROOT, file)]?.has(pkg) ?? false);
        expect({ file: relative(ROOT, file), pkg, allowed }).toEqual({ file: relative(ROOT, file), pkg, allowed: true });
      }
    }
  });

  it.each(files.map((f) => [relative(ROOT, f), f]))('%s uses no host or Node-only global', (_name, file) => {
    const code = codeOnly(readFileSync(file, 'utf8'));
    const banned = /\b(SpreadsheetApp|GmailApp|MailApp|DriveApp|Utilities|Excel\.run|Office\.|process\.|Buffer\.|__dirname|setTimeout|setImmediate|TextEncoder|TextDecoder|atob|btoa|Math\.random|Date\.now)\b/;
    const hit = banned.exec(code);
    expect(hit?.[0] ?? null).toBeNull();
  });
});
