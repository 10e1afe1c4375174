/**
 * `zaitaku demo`: on a fresh folder it writes every kind of output into its own subfolder, empties
 * those subfolders first (and touches nothing else), prints a Japanese summary with the paths, and
 * finishes well under a minute.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DEMO_FOLDERS, printNoticeFindings } from '../../cli/commands/demo';
import { makeContext } from '../../cli/commands/context';
import { scheduleWarnings } from '../../templates/notices';
import { generateTown } from '../../templates/sample';
import { parseCsv } from '../../templates/export/csv';
import { removeDir, runCli, tempDir } from './helpers';

let dir: string;
let stdout: string;
let code: number;
let seconds: number;

beforeAll(async () => {
  dir = await tempDir('zaitaku-demo-');
  await mkdir(join(dir, 'towns'), { recursive: true });
  await writeFile(join(dir, 'towns', 'stale.xlsx'), 'left over from an earlier run');
  await writeFile(join(dir, 'README-mine.txt'), 'not the demo\'s');
  const t0 = performance.now();
  const r = await runCli(['demo', '--out', dir]);
  seconds = (performance.now() - t0) / 1000;
  code = r.code;
  stdout = r.stdout;
}, 120_000);

afterAll(() => removeDir(dir));

describe('demo', () => {
  it('succeeds well under a minute', () => {
    expect(code).toBe(0);
    expect(seconds).toBeLessThan(60);
  });

  it('writes each kind of output into its own subfolder', async () => {
    expect((await readdir(dir)).sort()).toEqual([...DEMO_FOLDERS, 'README-mine.txt'].sort());
    expect((await readdir(join(dir, 'templates'))).sort()).toEqual(['在宅連携キット_サンプル町.xlsx', '在宅連携キット_標準様式.xlsx']);
    const towns = await readdir(join(dir, 'towns'));
    expect(towns).toHaveLength(3);
    expect(towns).not.toContain('stale.xlsx');
    expect(await readdir(join(dir, 'reports'))).toHaveLength(3);
    expect(await readdir(join(dir, 'indicators'))).toHaveLength(3);
    expect(await readdir(join(dir, 'public'))).toHaveLength(3);
    expect(await readdir(join(dir, 'notices'))).toHaveLength(3);
    expect((await readdir(join(dir, 'aggregate'))).sort()).toEqual(['町村比較.csv', '町村比較.xlsx', '町村比較_圏域別.csv']);
    expect(await readFile(join(dir, 'README-mine.txt'), 'utf8')).toBe('not the demo\'s');
  });

  it('compares the three towns and shows the planted mistakes in the third', async () => {
    const table = parseCsv(await readFile(join(dir, 'aggregate', '町村比較.csv'), 'utf8'));
    expect(table).toHaveLength(4);
    const errors = table.slice(1).map((r) => Number(r[4]));
    expect(errors.filter((n) => n > 0)).toHaveLength(1);
    expect(stdout).toMatch(/検査: エラー [1-9]\d* 件/);
  });

  it('totals the towns by 在宅医療の圏域 as aggregate does (every town in one area row group)', async () => {
    const byArea = parseCsv(await readFile(join(dir, 'aggregate', '町村比較_圏域別.csv'), 'utf8'));
    const header = byArea[0] ?? [];
    expect(header.slice(0, 4)).toEqual(['在宅医療の圏域', '市区町村名', '団体コード', '65歳以上人口']);
    const townRows = byArea.slice(1).filter((r) => r[2] !== '');
    expect(townRows).toHaveLength(3);
    expect(townRows.every((r) => (r[0] ?? '').endsWith('圏域'))).toBe(true);
    expect(stdout).toContain('町村比較_圏域別.csv');
  });

  it('prints a Japanese summary with paths, findings, indicators and notices per channel', () => {
    expect(stdout).toContain('在宅連携キット デモ');
    expect(stdout).toContain(join(dir, 'templates', '在宅連携キット_標準様式.xlsx'));
    expect(stdout).toMatch(/相談件数: \d+ 件/);
    expect(stdout).toMatch(/通知（E\d+）: メール \d+・FAX \d+・郵送 \d+/);
    expect(stdout.match(/通知の確認: エラー \d+ 件、注意 \d+ 件/g)).toHaveLength(3);
    expect(stdout).toMatch(/町の比較表: 3 町/);
    expect(stdout).toMatch(/完了（\d+\.\d 秒）/);
  });

  it('drafts notices on its day (令和7年12月1日) that ask for replies by a later workday', async () => {
    expect(stdout).not.toContain('はすでに過ぎています');
    const notices = join(dir, 'notices');
    for (const town of await readdir(notices)) {
      // The printable FAX/post page carries the same text as the e-mails, unencoded.
      const print = (await readdir(join(notices, town))).find((f) => f.endsWith('.html'));
      expect(print).toBeDefined();
      const text = await readFile(join(notices, town, print as string), 'utf8');
      const m = /令和(\d+)年(\d+)月(\d+)日（([月火水木金土日])）までに/.exec(text);
      expect(m).not.toBeNull();
      const [, y, mo, d, wd] = m as RegExpExecArray;
      const iso = `${2018 + Number(y)}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
      expect({ town, iso, after: iso > '2025-12-01', weekday: !['土', '日'].includes(wd as string) }).toEqual({ town, iso, after: true, weekday: true });
    }
  });
});

describe('demo summary of notice checks', () => {
  it('prints each warning the notices command would show, in the chosen language', () => {
    const event = { ...generateTown({ seed: 1 }).rows.events[0]!, date: '2025-12-06', startTime: '10:00', responseDeadline: '2025-11-29' };
    const warnings = scheduleWarnings(event, '2025-12-01T09:00');
    expect(warnings.map((w) => w.code).sort()).toEqual(['notice.deadlinePassed', 'notice.weekend']);
    for (const lang of ['ja', 'en'] as const) {
      const lines: string[] = [];
      const ctx = makeContext({ stdout: (t) => lines.push(t), stderr: () => undefined }, lang, { positionals: [], flags: new Set(), values: new Map() } as never);
      printNoticeFindings(ctx, warnings);
      expect(lines[0]).toBe(lang === 'ja' ? '  通知の確認: エラー 0 件、注意 2 件\n' : '  notice checks: 0 error(s), 2 warning(s)\n');
      expect(lines).toHaveLength(3);
      for (const w of warnings) expect(lines.join('')).toContain(lang === 'ja' ? w.message : w.messageEn);
    }
  });
});
