/**
 * Both manifests — the repository's manifest.xml (development, https://localhost:3000) and the
 * production one `npm run build:addin` writes — validated offline against Microsoft's XSDs in
 * ../shared, plus the catalog rules and the icons they name. ../shared and xmllint exist on CI;
 * there (CI=true) their absence fails the run, on a user's clone the schema part is skipped with a
 * printed reason.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addinBaseUrl, DEV_BASE_URL, productionManifest } from '../addin/build/build';

const ROOT = join(__dirname, '..');
const MANIFEST = join(ROOT, 'manifest.xml');
const XSD = join(ROOT, '..', 'shared', 'schemas', 'office-addin-manifest', 'OfficeAppManifestV1_1.xsd');
const xml = readFileSync(MANIFEST, 'utf8');
const BASE = addinBaseUrl({});
const prodXml = productionManifest(xml, BASE);
const dir = mkdtempSync(join(tmpdir(), 'manifest-'));
const PROD_MANIFEST = join(dir, 'manifest.xml');
writeFileSync(PROD_MANIFEST, prodXml);

const MANIFESTS: readonly { name: string; file: string; xml: string; base: string }[] = [
  { name: 'manifest.xml (development)', file: MANIFEST, xml, base: DEV_BASE_URL },
  { name: 'dist-addin/manifest.xml (production)', file: PROD_MANIFEST, xml: prodXml, base: BASE },
];

function xmllintAvailable(): boolean {
  return spawnSync('xmllint', ['--version']).status === 0;
}

function validate(file: string): { ok: boolean; out: string } {
  const r = spawnSync('xmllint', ['--noout', '--schema', XSD, file], { encoding: 'utf8' });
  return { ok: r.status === 0, out: `${r.stdout}${r.stderr}` };
}

const missing = !existsSync(XSD) ? `no schemas at ${XSD} (../shared is only beside CI clones)` : !xmllintAvailable() ? 'xmllint not installed (Debian libxml2-utils)' : null;
const onCi = process.env.CI === 'true';

describe('manifest XSD validation', () => {
  if (missing && onCi) {
    it('has the schemas and xmllint on CI', () => {
      throw new Error(`CI must validate the manifests against the XSDs, but: ${missing}`);
    });
    return;
  }
  if (missing) console.log(`[manifest] XSD validation skipped: ${missing}`);
  const check = missing ? it.skip : it;

  for (const m of MANIFESTS) {
    check(`${m.name} validates against OfficeAppManifestV1_1.xsd`, () => {
      const r = validate(m.file);
      expect(r.out).toContain('validates');
      expect(r.ok).toBe(true);
    });
  }

  check('the schema check can fail: an unexpected element is refused', () => {
    const bad = join(dir, 'bad.xml');
    writeFileSync(bad, xml.replace('<Permissions>', '<Unexpected/>\n  <Permissions>'));
    expect(validate(bad).ok).toBe(false);
  });
});

describe.each(MANIFESTS)('$name', (m) => {
  it('follows the catalog rules we rely on', () => {
    expect(m.xml).toMatch(/<DefaultLocale>ja-JP<\/DefaultLocale>/);
    expect(m.xml).toMatch(/<Override Locale="en-US"/);
    expect(m.xml).toMatch(/<IconUrl DefaultValue="https:\/\/[^"]+icon-32\.png"/);
    expect(m.xml).toMatch(/<HighResolutionIconUrl DefaultValue="https:\/\/[^"]+icon-64\.png"/);
    expect(m.xml).toMatch(/<SupportUrl DefaultValue="https:\/\//);
    for (const size of ['16', '32', '80']) expect(m.xml).toContain(`size="${size}"`);
    expect(m.xml).not.toMatch(/Value="http:\/\//);
    const used = [...m.xml.matchAll(/resid="([^"]+)"/g)].map((x) => x[1]);
    const declared = new Set([...m.xml.matchAll(/<bt:(?:Image|Url|String) id="([^"]+)"/g)].map((x) => x[1]));
    for (const id of used) expect(declared.has(id)).toBe(true);
    if (xmllintAvailable()) execFileSync('xmllint', ['--noout', m.file]);
  });

  it('puts every URL on its one hosting address', () => {
    const urls = [...m.xml.matchAll(/(?:DefaultValue|Value)="(https:\/\/[^"]+)"|<AppDomain>([^<]+)<\/AppDomain>/g)].map((x) => x[1] ?? x[2] ?? '');
    expect(urls.length).toBeGreaterThan(8);
    for (const url of urls) expect(url.startsWith(new URL(m.base).origin)).toBe(true);
  });

  it('has ribbon buttons for the task pane, 検証 and 指標 with ja-JP labels and en-US overrides', () => {
    expect(m.xml).toMatch(/<Action xsi:type="ShowTaskpane">/);
    expect([...m.xml.matchAll(/<FunctionName>(\w+)<\/FunctionName>/g)].map((x) => x[1])).toEqual(['runValidate', 'runIndicators']);
    expect(m.xml).toMatch(/<bt:String id="ValidateButton.Label" DefaultValue="検証">\s*<bt:Override Locale="en-US" Value="Validate"\/>/);
    expect(m.xml).toMatch(/<bt:String id="IndicatorsButton.Label" DefaultValue="指標">\s*<bt:Override Locale="en-US" Value="Indicators"\/>/);
  });
});

describe('the production manifest', () => {
  it('names no localhost and keeps the development manifest otherwise unchanged', () => {
    expect(prodXml).not.toMatch(/localhost|127\.0\.0\.1/);
    const normalize = (s: string) => s.split(BASE).join('BASE').replace(new URL(BASE).origin, 'BASE').replace(/<!--[\s\S]*?-->/, '');
    expect(normalize(prodXml)).toBe(xml.split(DEV_BASE_URL).join('BASE').replace(/<!--[\s\S]*?-->/, ''));
  });

  it('takes its address from one setting, which must be https and not this machine', () => {
    expect(addinBaseUrl({ ADDIN_BASE_URL: 'https://kit.example.lg.jp/zaitaku/' })).toBe('https://kit.example.lg.jp/zaitaku');
    expect(productionManifest(xml, 'https://kit.example.lg.jp/zaitaku')).toContain('<SourceLocation DefaultValue="https://kit.example.lg.jp/zaitaku/taskpane.html"/>');
    expect(productionManifest(xml, 'https://kit.example.lg.jp/zaitaku')).toContain('<AppDomain>https://kit.example.lg.jp</AppDomain>');
    expect(() => addinBaseUrl({ ADDIN_BASE_URL: 'http://kit.example.lg.jp' })).toThrow(/https/);
    expect(() => addinBaseUrl({ ADDIN_BASE_URL: 'https://localhost:3000' })).toThrow(/localhost/);
    expect(() => addinBaseUrl({ ADDIN_BASE_URL: 'https://127.0.0.1' })).toThrow(/127/);
  });
});
