/**
 * Loads the Apps Script bundle the way Apps Script runs it: one script evaluated in a fresh V8
 * context with no module system and none of the Node or browser globals Apps Script lacks (URL, atob,
 * TextEncoder, TextDecoder, setTimeout, crypto, process…), with the given service fakes as globals.
 * The bundle is built once per test process into a temporary folder (`npm run build:gas` does the same
 * into apps-script/dist).
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import vm from 'node:vm';
import { buildGas, type GasBuild } from '../../apps-script/build/bundle';

/** Globals Apps Script's V8 runtime does not have; the context must not have them either. */
export const ABSENT_GLOBALS = [
  'URL',
  'URLSearchParams',
  'atob',
  'btoa',
  'TextEncoder',
  'TextDecoder',
  'setTimeout',
  'setInterval',
  'setImmediate',
  'clearTimeout',
  'queueMicrotask',
  'crypto',
  'process',
  'Buffer',
  'require',
  'module',
  'exports',
  'fetch',
  'window',
  'document',
] as const;

let building: Promise<GasBuild> | null = null;

/** The bundle, built once per test process. */
export function gasBuild(): Promise<GasBuild> {
  building ??= buildGas({ outDir: mkdtempSync(join(tmpdir(), 'zrk-gas-')) });
  return building;
}

export interface GasRuntime {
  readonly context: vm.Context;
  /** Calls a top-level function of the script, as a menu click or google.script.run would. */
  call<T = unknown>(name: string, ...args: unknown[]): T;
  /** Names of the script's top-level functions. */
  readonly functions: readonly string[];
  /** What the script logged with console.log/Logger.log. */
  readonly logs: string[];
}

/**
 * Evaluates the script in a new context whose only globals are V8's built-ins, `console`/`Logger`
 * (Apps Script has both) and `globals` (the service fakes; a `Date` here replaces the built-in one).
 * @example const gas = loadGas(code, { SpreadsheetApp, Charts }); gas.call('onOpen', { authMode: 'NONE' });
 */
export function loadGas(code: string, globals: Readonly<Record<string, unknown>>): GasRuntime {
  const logs: string[] = [];
  const log = (...args: unknown[]) => {
    logs.push(args.map(String).join(' '));
  };
  const sandbox: Record<string, unknown> = { console: { log, info: log, warn: log, error: log }, Logger: { log } };
  for (const [k, v] of Object.entries(globals)) if (!k.startsWith('__')) sandbox[k] = v;
  const context = vm.createContext(sandbox, { name: 'apps-script', codeGeneration: { strings: true, wasm: false } });
  for (const name of ABSENT_GLOBALS) {
    if (vm.runInContext(`typeof ${name}`, context) !== 'undefined') throw new Error(`the Apps Script context must not have ${name}`);
  }
  vm.runInContext(code, context, { filename: 'Code.js' });
  const functions = (vm.runInContext('Object.keys(globalThis)', context) as string[]).filter(
    (k) => typeof (context as Record<string, unknown>)[k] === 'function' && !(k in globals) && k !== 'console' && k !== 'Logger',
  );
  return {
    context,
    functions,
    logs,
    call<T>(name: string, ...args: unknown[]): T {
      const fn = (context as Record<string, unknown>)[name];
      if (typeof fn !== 'function') throw new Error(`the script has no top-level function ${name}`);
      return (fn as (...a: unknown[]) => T)(...args);
    },
  };
}

/** Code.js of a build (read back from disk: exactly what clasp would push). */
export function bundleCode(build: GasBuild): string {
  return readFileSync(build.codePath, 'utf8');
}
