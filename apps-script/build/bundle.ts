/**
 * Builds what Apps Script loads: templates/ and apps-script/src bundled by esbuild into ONE script
 * (an IIFE assigned to a global), plus a stub footer with a top-level `function` per export of
 * apps-script/src/main.ts. Apps Script only sees top-level function declarations — the menu,
 * simple triggers (onOpen, onInstall) and `google.script.run` resolve names against them — so every
 * export gets one, generated from the module's real export list (never a hand-kept list).
 *
 * The output folder (apps-script/dist/, gitignored) is clasp's rootDir: Code.js, the manifest
 * appsscript.json and the sidebar HTML files copied next to it.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, type Metafile, type Plugin } from 'esbuild';
import { compactHolidayModule } from './holidays';

export const PROJECT_DIR = join(__dirname, '..');
export const SRC_DIR = join(PROJECT_DIR, 'src');
export const ENTRY = join(SRC_DIR, 'main.ts');
export const DEFAULT_OUT_DIR = join(PROJECT_DIR, 'dist');
/** The global the bundle assigns; the stubs call through it. */
export const GLOBAL_NAME = 'ZaitakuKit';

export interface GasBuildOptions {
  readonly outDir?: string;
  /**
   * The opt-in build for domain-internal deployments that may create Gmail drafts (restricted
   * https://mail.google.com/ scope): the manifest comes from appsscript.drafts.json and the
   * compile-time constant `GAS_DRAFTS_BUILD` is true.
   */
  readonly drafts?: boolean;
}

export interface GasBuild {
  readonly outDir: string;
  readonly codePath: string;
  /** Code.js as written (bundle + stubs). */
  readonly code: string;
  /** Exports of main.ts that got a top-level stub. */
  readonly functions: readonly string[];
  /** Bytes of Code.js (UTF-8). */
  readonly bytes: number;
  /** Output bytes per input, largest first (what to look at when the bundle grows). */
  readonly largestInputs: readonly { readonly path: string; readonly bytes: number }[];
  readonly copied: readonly string[];
}

/** Replaces the holiday data module with its compact form (see holidays.ts). */
const compactHolidays: Plugin = {
  name: 'compact-holidays',
  setup(b) {
    b.onResolve({ filter: /^@holiday-jp\/holiday_jp\/lib\/holidays$/ }, (args) => ({ path: args.path, namespace: 'compact-holidays' }));
    b.onLoad({ filter: /.*/, namespace: 'compact-holidays' }, () => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const data = require('@holiday-jp/holiday_jp/lib/holidays') as Record<string, { name: string }>;
      return { contents: compactHolidayModule(data), loader: 'js' };
    });
  },
};

const SHARED = {
  entryPoints: [ENTRY],
  bundle: true,
  // Apps Script V8 runs ES2020 syntax; nothing in the bundle may touch Node or the DOM.
  target: 'es2020',
  platform: 'neutral' as const,
  mainFields: ['module', 'main'],
  charset: 'utf8' as const,
  legalComments: 'none' as const,
  write: false,
  metafile: true,
  plugins: [compactHolidays],
  logLevel: 'silent' as const,
};

function isIdentifier(name: string): boolean {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name);
}

/**
 * One top-level declaration per export. Functions whose names end in '_' are private to the Apps
 * Script editor and google.script.run, so an export with such a name is refused rather than hidden.
 */
export function stubFooter(functions: readonly string[], globalName = GLOBAL_NAME): string {
  const lines = ['', '// Top-level entry points for Apps Script (menu, triggers, google.script.run); generated from main.ts exports.'];
  for (const name of functions) {
    if (!isIdentifier(name) || name.endsWith('_')) throw new Error(`main.ts export '${name}' cannot be an Apps Script function name`);
    lines.push(`function ${name}(...args) { return ${globalName}.${name}(...args); }`);
  }
  return `${lines.join('\n')}\n`;
}

function largestInputs(meta: Metafile): { path: string; bytes: number }[] {
  const out = Object.values(meta.outputs)[0];
  if (!out) return [];
  return Object.entries(out.inputs)
    .map(([path, v]) => ({ path, bytes: v.bytesInOutput }))
    .sort((a, b) => b.bytes - a.bytes);
}

/** Copies the manifest and the HTML files (GA-B's sidebar) into the output folder. */
function copyAssets(outDir: string, drafts: boolean): string[] {
  const copied: string[] = [];
  const manifest = join(PROJECT_DIR, drafts ? 'appsscript.drafts.json' : 'appsscript.json');
  if (existsSync(manifest)) {
    copyFileSync(manifest, join(outDir, 'appsscript.json'));
    copied.push('appsscript.json');
  } else if (drafts) {
    throw new Error(`the drafts build needs ${manifest}`);
  }
  if (existsSync(SRC_DIR)) {
    for (const file of readdirSync(SRC_DIR)) {
      if (!file.endsWith('.html')) continue;
      copyFileSync(join(SRC_DIR, file), join(outDir, file));
      copied.push(file);
    }
  }
  return copied;
}

/**
 * Bundles and writes the Apps Script project folder.
 * @example const { bytes, functions } = await buildGas(); functions.includes('onOpen') // true
 */
export async function buildGas(options: GasBuildOptions = {}): Promise<GasBuild> {
  const outDir = options.outDir ?? DEFAULT_OUT_DIR;
  const drafts = options.drafts ?? false;
  const define = { GAS_DRAFTS_BUILD: drafts ? 'true' : 'false' };
  // The export list, from esbuild's own view of main.ts (an ESM pass reports it in the metafile).
  const esm = await build({ ...SHARED, format: 'esm', define });
  const esmOut = esm.metafile ? Object.values(esm.metafile.outputs)[0] : undefined;
  const functions = [...(esmOut?.exports ?? [])].sort();
  if (!functions.includes('onOpen')) throw new Error('apps-script/src/main.ts must export onOpen');
  const iife = await build({ ...SHARED, format: 'iife', globalName: GLOBAL_NAME, define });
  const bundle = iife.outputFiles?.[0]?.text ?? '';
  const code = `// 在宅連携キット — Apps Script bundle generated by \`npm run build:gas\`; do not edit.\n${bundle}${stubFooter(functions)}`;
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const codePath = join(outDir, 'Code.js');
  writeFileSync(codePath, code);
  const copied = copyAssets(outDir, drafts);
  return { outDir, codePath, code, functions, bytes: Buffer.byteLength(code, 'utf8'), largestInputs: iife.metafile ? largestInputs(iife.metafile) : [], copied };
}
