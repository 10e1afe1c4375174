/**
 * `npm run build:addin`: the add-in as a static site in dist-addin/ — task pane page, ribbon
 * function file, icons, support and privacy pages, and the production manifest whose every URL
 * sits on one hosting address (the only setting: package.json `config.addinBaseUrl`, or the
 * ADDIN_BASE_URL environment variable at build time). esbuild bundles the TypeScript: one small
 * binary, no config file, a build in well under a second.
 */
import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const ROOT = join(__dirname, '..', '..');
const SRC = join(ROOT, 'addin', 'src');
export const DEV_BASE_URL = 'https://localhost:3000';
export const DEFAULT_OUT_DIR = join(ROOT, 'dist-addin');
/** The Office.js URL the catalog requires; the pages load it from here and nowhere else. */
export const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

/**
 * The hosting address of the static site: ADDIN_BASE_URL, else package.json config.addinBaseUrl.
 * @throws Error when it is not an https URL or points at this machine (a production manifest must
 * never name localhost).
 */
export function addinBaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { config?: { addinBaseUrl?: string } };
  const raw = env.ADDIN_BASE_URL?.trim() || pkg.config?.addinBaseUrl;
  if (!raw) throw new Error('addinBaseUrl is not set (package.json config.addinBaseUrl or ADDIN_BASE_URL)');
  const url = new URL(raw);
  if (url.protocol !== 'https:') throw new Error(`the add-in must be served over https, not ${raw}`);
  if (/^(localhost|127\.|\[::1\])/.test(url.hostname)) throw new Error(`a production manifest cannot point at ${url.hostname}`);
  if (url.search || url.hash) throw new Error(`the hosting address takes no query or fragment: ${raw}`);
  return raw.replace(/\/+$/, '');
}

/**
 * The production manifest: the development manifest with every https://localhost:3000 URL moved
 * to the hosting address (AppDomains takes the origin only).
 * @example productionManifest(xml, 'https://kit.example.jp/addin') // …"https://kit.example.jp/addin/taskpane.html"…
 */
export function productionManifest(devXml: string, baseUrl: string): string {
  const origin = new URL(baseUrl).origin;
  return devXml
    .replace(/<AppDomain>https:\/\/localhost:3000<\/AppDomain>/g, `<AppDomain>${origin}</AppDomain>`)
    .split(DEV_BASE_URL)
    .join(baseUrl)
    .replace(/\n\s*This is the development manifest[\s\S]*?-->/, ' -->');
}

export interface BuiltFile {
  readonly path: string;
  readonly bytes: number;
  readonly gzipBytes: number;
}

export interface BuildResult {
  readonly outDir: string;
  readonly baseUrl: string;
  readonly files: readonly BuiltFile[];
  /** gzip size of what the task pane page downloads from us (html + js + css). */
  readonly taskpaneGzipBytes: number;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? listFiles(p) : [p];
  });
}

/** Builds the whole static site into `outDir` (emptied first). */
export async function buildAddin(options: { outDir?: string; baseUrl?: string } = {}): Promise<BuildResult> {
  const outDir = options.outDir ?? DEFAULT_OUT_DIR;
  const baseUrl = options.baseUrl ?? addinBaseUrl();
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(join(outDir, 'assets'), { recursive: true });

  await build({
    entryPoints: {
      taskpane: join(SRC, 'taskpane', 'main.ts'),
      commands: join(SRC, 'commands', 'commands.ts'),
      message: join(SRC, 'commands', 'message.ts'),
      // Loaded by the pane only when the clerk saves the report as .docx (npm docx is most of it).
      'report-docx': join(SRC, 'report-docx', 'main.ts'),
      'taskpane-style': join(SRC, 'taskpane', 'taskpane.css'),
    },
    outdir: outDir,
    bundle: true,
    minify: true,
    format: 'iife',
    // Excel on Windows (WebView2), Mac (WKWebView) and the browsers Excel on the web supports.
    target: ['es2020', 'chrome90', 'safari15'],
    platform: 'browser',
    charset: 'utf8',
    legalComments: 'none',
    logLevel: 'warning',
  });
  // esbuild names the css after its entry; the pages link taskpane.css.
  const css = join(outDir, 'taskpane-style.css');
  writeFileSync(join(outDir, 'taskpane.css'), readFileSync(css));
  rmSync(css);
  rmSync(join(outDir, 'taskpane-style.js'), { force: true });

  for (const page of ['taskpane/taskpane.html', 'commands/commands.html', 'commands/message.html', 'pages/support.html', 'pages/privacy.html']) {
    const html = readFileSync(join(SRC, page), 'utf8');
    writeFileSync(join(outDir, page.split('/')[1] as string), html);
  }
  for (const icon of readdirSync(join(ROOT, 'addin', 'assets')).filter((f) => f.endsWith('.png'))) {
    copyFileSync(join(ROOT, 'addin', 'assets', icon), join(outDir, 'assets', icon));
  }
  writeFileSync(join(outDir, 'manifest.xml'), productionManifest(readFileSync(join(ROOT, 'manifest.xml'), 'utf8'), baseUrl));

  const files = listFiles(outDir).map((p) => {
    const data = readFileSync(p);
    return { path: relative(outDir, p), bytes: data.length, gzipBytes: gzipSync(data, { level: 9 }).length };
  });
  const taskpaneGzipBytes = files.filter((f) => ['taskpane.html', 'taskpane.js', 'taskpane.css'].includes(f.path)).reduce((n, f) => n + f.gzipBytes, 0);
  return { outDir, baseUrl, files, taskpaneGzipBytes };
}

if (require.main === module) {
  buildAddin().then(
    (r) => {
      for (const f of r.files) console.log(`${f.path.padEnd(24)} ${String(f.bytes).padStart(9)} B  gzip ${String(f.gzipBytes).padStart(8)} B`);
      console.log(`\n${r.outDir} — hosting address ${r.baseUrl}; task pane gzip ${(r.taskpaneGzipBytes / 1024).toFixed(1)} KB`);
    },
    (e: unknown) => {
      console.error(e instanceof Error ? e.message : e);
      process.exit(1);
    },
  );
}
