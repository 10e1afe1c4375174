/**
 * The Apps Script bundle: one script, a top-level function per entry point, nothing Apps Script's
 * runtime lacks, within the size target, and the compact holiday data equal to the package's.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import holidayData from '@holiday-jp/holiday_jp/lib/holidays';
import { compactHolidayModule } from '../../apps-script/build/holidays';
import { stubFooter } from '../../apps-script/build/bundle';
import { ABSENT_GLOBALS, bundleCode, gasBuild, loadGas } from './load-bundle';
import { createFakeSheets } from './fakes/spreadsheet-app';

describe('npm run build:gas output', () => {
  it('is one script with a top-level function for every export of main.ts, each reaching its implementation', async () => {
    const build = await gasBuild();
    expect(build.functions).toEqual(expect.arrayContaining(['onOpen', 'onInstall', 'insertTemplate', 'validate', 'indicators', 'residentList', 'showSidebar']));
    const code = bundleCode(build);
    for (const fn of build.functions) expect(code).toContain(`\nfunction ${fn}(...args) { return ZaitakuKit.${fn}(...args); }`);
    const fake = createFakeSheets();
    const gas = loadGas(code, { SpreadsheetApp: fake.SpreadsheetApp, Charts: fake.Charts });
    expect([...gas.functions].sort()).toEqual([...build.functions].sort());
    for (const fn of build.functions) expect([fn, vm.runInContext(`typeof ZaitakuKit.${fn}`, gas.context)]).toEqual([fn, 'function']);
  });

  it('needs no module system and none of URL, atob, TextEncoder, TextDecoder, setTimeout, crypto, process', async () => {
    const code = bundleCode(await gasBuild());
    expect(code).not.toMatch(/\brequire\(|\bimport\(|\bprocess\.env\b|\bnew URL\(|\batob\(|\bnew TextEncoder\b|\bnew TextDecoder\b|\bsetTimeout\(|\bcrypto\./);
    const fake = createFakeSheets();
    // The loader itself refuses a context with any of them; the script must also run without them.
    const gas = loadGas(code, { SpreadsheetApp: fake.SpreadsheetApp, Charts: fake.Charts });
    for (const name of ABSENT_GLOBALS) expect([name, vm.runInContext(`typeof ${name}`, gas.context)]).toEqual([name, 'undefined']);
  });

  it('stays within 530 KB unminified (a regression guard; the bench judges the 400 KB target), and carries neither zod nor the full holiday records', async () => {
    const build = await gasBuild();
    // 340 KB when issue 9 landed; the open-data import (~55 KB), the report and lists (~30 KB) and the
    // fix and cell-view indicators joined it (~498 KB), then issue 12's vocabularies, indicators
    // (S30–S45, P18, P53, P80–P83), profession sides and the scene filter (~525 KB); the denser
    // holiday encoding took it to ~519 KB. Sheets runs ~98% of the bundled function bytes (V8 call
    // counts over test/apps-script), so what is left is used code: the bench keeps the 400 KB target
    // and reports the miss; this guard only catches an accidental jump.
    expect(build.bytes).toBeLessThanOrEqual(530 * 1024);
    const inputs = build.largestInputs.map((i) => i.path);
    // No host path builds row schemas, so esbuild drops zod entirely (no locales, no JIT, no z.url()).
    // If that ever changes, import zod as a namespace with only the ja locale (HOSTS.md) and update this.
    expect(inputs.filter((p) => p.includes('node_modules/zod/'))).toEqual([]);
    expect(inputs).not.toContain('node_modules/@holiday-jp/holiday_jp/lib/holidays.js');
    // The .docx model (templates/report/docx.ts) is for the CLI and the task pane only.
    expect(inputs.filter((p) => p.includes('node_modules/docx/') || p.endsWith('templates/report/docx.ts'))).toEqual([]);
    expect(bundleCode(build)).not.toContain('week_en');
  });

  it('copies the manifest and the sidebar next to Code.js when they exist', async () => {
    const build = await gasBuild();
    const src = join(__dirname, '../../apps-script');
    for (const file of build.copied) {
      const from = file === 'appsscript.json' ? join(src, 'appsscript.json') : join(src, 'src', file);
      expect(readFileSync(join(build.outDir, file), 'utf8')).toBe(readFileSync(from, 'utf8'));
    }
  });

  it('refuses an export Apps Script could not call', () => {
    expect(() => stubFooter(['hidden_'])).toThrow(/cannot be an Apps Script function/);
    expect(() => stubFooter(['ok', 'a-b'])).toThrow();
  });
});

describe('compact holiday data', () => {
  it('rebuilds exactly the package’s date → name map', () => {
    const source = compactHolidayModule(holidayData as unknown as Record<string, { name: string }>).replace('export default holidays;', 'result = holidays;');
    const ctx = vm.createContext({ result: null });
    vm.runInContext(source, ctx);
    const rebuilt = (ctx as { result: Record<string, { name: string }> }).result;
    const original = holidayData as unknown as Record<string, { name: string }>;
    expect(Object.keys(rebuilt).sort()).toEqual(Object.keys(original).sort());
    for (const [iso, entry] of Object.entries(original)) expect([iso, rebuilt[iso]?.name]).toEqual([iso, entry.name]);
    expect(source.length).toBeLessThan(JSON.stringify(original).length / 5);
  });
});
