/**
 * The Excel host and the Excel fake run in the task pane's browser bundle: they import only relative
 * modules (the host: templates/ and itself; the fake also jszip, browser-safe) and use no Node global.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const DIRS = [join(ROOT, 'addin', 'src', 'host'), join(ROOT, 'test', 'addin', 'fake-excel')];
const files = DIRS.flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.ts')).map((f) => join(dir, f)));

function codeOnly(src: string): string {
  return src
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:])\/\/.*$/gm, '$1')
    .replace(/'(?:\\.|[^'\\\n])*'|"(?:\\.|[^"\\\n])*"|`(?:\\.|[^`\\])*`/g, "''");
}

it('has the files to check', () => {
  expect(files.length).toBeGreaterThanOrEqual(9);
});

it.each(files.map((f) => [relative(ROOT, f), f]))('%s is browser-safe', (_name, file) => {
  const src = readFileSync(file, 'utf8');
  const specifiers = [...src.matchAll(/(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1] ?? m[2] ?? '');
  for (const spec of specifiers) {
    // The fake alone may read a real .xlsx (insertWorksheetsFromBase64) with jszip, which runs in browsers.
    if (spec === 'jszip' && relative(ROOT, file).startsWith('test/addin/fake-excel/')) continue;
    expect({ spec, relative: spec.startsWith('.') }).toEqual({ spec, relative: true });
    const target = relative(ROOT, join(file, '..', spec));
    expect({ target, allowed: /^(templates|addin\/src\/host|test\/addin\/fake-excel)\//.test(target) }).toEqual({ target, allowed: true });
  }
  expect(/\b(process\.|Buffer\b|__dirname|require\(|setImmediate)/.exec(codeOnly(src))?.[0] ?? null).toBeNull();
});
