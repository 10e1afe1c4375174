/**
 * The host's structural Office.js types (addin/src/host/excel-api.ts) are satisfied by the real
 * @types/office-js classes: compiled with its own tsconfig so the full typings stay out of the main
 * program. If the host starts using a member Excel lacks, or with another shape, this fails.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

it('real Excel.RequestContext / Workbook / Worksheet / Range satisfy the host types', () => {
  const root = join(__dirname, '..', '..');
  const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  let output = '';
  try {
    execFileSync(process.execPath, [tsc, '-p', join(root, 'addin', 'typecheck', 'tsconfig.json')], { encoding: 'utf8', stdio: 'pipe' });
  } catch (e) {
    output = String((e as { stdout?: string }).stdout ?? e);
  }
  expect(output).toBe('');
}, 120_000);
