/**
 * `zaitaku validate`: findings table / JSON in both languages, exit codes, --today, and no echo of
 * patients' free text anywhere in the output.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readWorkbookValues } from '../../cli/xlsx/read';
import { generateTown } from '../../templates/sample';
import { validateWorkbook } from '../../templates/validate/engine';
import { MISTAKE_CODES, PATIENT_PHONE, PATIENT_SECRET, withMistakes } from './mistakes';
import { removeDir, runCli, tempDir, TINY_TOWN, writeTownWorkbook } from './helpers';

let dir: string;
let clean: string;
let broken: string;

beforeAll(async () => {
  dir = await tempDir();
  clean = join(dir, 'clean.xlsx');
  broken = join(dir, 'broken.xlsx');
  const town = generateTown({ seed: 41, size: TINY_TOWN });
  await writeTownWorkbook(town, clean);
  await writeTownWorkbook(withMistakes(town), broken);
});

afterAll(() => removeDir(dir));

describe('validate', () => {
  it('exits 0 on a clean town and prints the summary', async () => {
    const r = await runCli(['validate', clean, '--today', '2025-12-01']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/clean\.xlsx: (エラー 0 件|問題は見つかりませんでした)/);
  });

  it('exits 1 and lists each deliberate mistake with sheet, row, column and address', async () => {
    const r = await runCli(['validate', broken, '--today', '2025-12-01']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/資源リスト\s+2\s+電話番号\s+G2\s+エラー/);
    expect(r.stdout).toMatch(/broken\.xlsx: エラー \d+ 件、注意 \d+ 件/);
  });

  it('--json gives exactly the engine findings, with the message in the chosen language', async () => {
    const today = '2025-12-01';
    const engine = validateWorkbook(await readWorkbookValues(broken), { today });
    for (const lang of ['ja', 'en'] as const) {
      const r = await runCli(['validate', broken, '--json', '--today', today, '--lang', lang]);
      expect(r.code).toBe(1);
      const records = JSON.parse(r.stdout) as Record<string, unknown>[];
      expect(records.length).toBe(engine.findings.length);
      for (const rec of records) expect(Object.keys(rec).sort()).toEqual(['address', 'code', 'column', 'message', 'row', 'severity', 'sheet']);
      const project = (f: { code: string; sheet: string; row: number | null; address: string | null }) => `${f.code}|${f.sheet}|${f.row}|${f.address}`;
      expect(records.map((x) => project(x as never))).toEqual(engine.findings.map(project));
      const codes = new Set(records.map((x) => x['code']));
      for (const code of MISTAKE_CODES) expect(codes).toContain(code);
      // Redaction leaves these messages alone (the engine words them without values).
      const phone = records.find((x) => x['code'] === 'phone.invalid');
      const source = engine.findings.find((f) => f.code === 'phone.invalid');
      expect(phone?.['message']).toBe(lang === 'en' ? source?.messageEn : source?.message);
    }
  });

  it('never prints the patient text of personal columns, in any format or language', async () => {
    for (const extra of [[], ['--json'], ['--lang', 'en'], ['--json', '--lang', 'en']]) {
      const r = await runCli(['validate', broken, '--today', '2025-12-01', ...extra]);
      expect(r.stdout).toContain('相談内容');
      for (const secret of [PATIENT_SECRET, '山田太郎', PATIENT_PHONE, '退院調整について相談']) {
        expect(r.stdout).not.toContain(secret);
        expect(r.stderr).not.toContain(secret);
      }
    }
  });

  it('--today moves the staleness horizon', async () => {
    const count = async (today: string) =>
      (JSON.parse((await runCli(['validate', clean, '--json', '--today', today])).stdout) as { code: string }[]).filter((f) => f.code === 'rule.staleResource').length;
    const now = await count('2025-12-01');
    const later = await count('2030-12-01');
    expect(later).toBeGreaterThan(now);
  });

  it('exits 2 naming a file that is not a workbook', async () => {
    const bogus = join(dir, '壊れた.xlsx');
    await writeFile(bogus, Buffer.from('this is not a zip file at all'));
    const r = await runCli(['validate', bogus]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('「壊れた.xlsx」は Excel ブック（.xlsx）として読めません');
    const en = await runCli(['validate', bogus, '--lang', 'en']);
    expect(en.stderr).toContain('"壊れた.xlsx" cannot be read as an Excel workbook');
  });
});
