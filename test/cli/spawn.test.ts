/**
 * The real entry point as a separate process (the only spawning test): the shebang'd module runs
 * under Node, prints to the process streams and sets the exit codes 0 / 1 / 2.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { generateTown, townToWorkbookValues } from '../../templates/sample';
import { removeDir, tempDir, TINY_TOWN, writeValuesWorkbook } from './helpers';
import { withMistakes } from './mistakes';

const ROOT = join(__dirname, '..', '..');

function zaitaku(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'cli', 'main.ts'), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

it('sets exit code 0 for help, 1 for a workbook with errors, 2 for a missing file', async () => {
  const dir = await tempDir();
  try {
    const book = join(dir, 'errors.xlsx');
    await writeValuesWorkbook(townToWorkbookValues(withMistakes(generateTown({ seed: 5, size: TINY_TOWN }))), book);

    const help = zaitaku('--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('使い方: zaitaku');

    const errors = zaitaku('validate', book, '--json', '--today', '2025-12-01');
    expect(errors.code).toBe(1);
    expect((JSON.parse(errors.stdout) as { code: string }[]).some((f) => f.code === 'phone.invalid')).toBe(true);

    const missing = zaitaku('validate', join(dir, 'nothing.xlsx'), '--lang', 'en');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('File not found');
  } finally {
    await removeDir(dir);
  }
});
