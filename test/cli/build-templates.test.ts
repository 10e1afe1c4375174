/** `zaitaku build-templates`: both downloadable workbooks are written; the sample town validates without errors. */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { BLANK_WORKBOOK_FILE, SAMPLE_WORKBOOK_FILE } from '../../cli/commands/build-templates';
import { removeDir, runCli, tempDir } from './helpers';

it('writes the blank and sample-town workbooks; the sample validates cleanly', async () => {
  const dir = await tempDir();
  try {
    const out = join(dir, 'templates');
    const r = await runCli(['build-templates', '--out', out]);
    expect(r.code).toBe(0);
    expect((await readdir(out)).sort()).toEqual([SAMPLE_WORKBOOK_FILE, BLANK_WORKBOOK_FILE].sort());
    expect(r.stdout).toContain(join(out, BLANK_WORKBOOK_FILE));
    const sample = await runCli(['validate', join(out, SAMPLE_WORKBOOK_FILE), '--json']);
    expect(sample.code).toBe(0);
    expect((JSON.parse(sample.stdout) as { severity: string }[]).filter((f) => f.severity === 'error')).toEqual([]);
    const blank = await runCli(['validate', join(out, BLANK_WORKBOOK_FILE), '--json']);
    expect([0, 1]).toContain(blank.code);
    expect(Array.isArray(JSON.parse(blank.stdout))).toBe(true);
  } finally {
    await removeDir(dir);
  }
});
