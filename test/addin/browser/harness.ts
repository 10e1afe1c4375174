/**
 * Runs the built task pane in Debian's headless Chromium (playwright-core, no browser download):
 * the site is served from a build folder under a test origin, every request for Office.js on
 * Microsoft's CDN is answered from the @microsoft/office-js package, and any other request is
 * refused and recorded (the add-in must call no other server). With a stub host, the fake Excel is
 * appended to office.js (see stub-host.ts). Shared by the browser test and the bench.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, normalize, sep } from 'node:path';
import { build } from 'esbuild';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

const ROOT = join(__dirname, '..', '..', '..');
export const CHROMIUM = '/usr/bin/chromium';
/** The origin the test serves the static site from (never resolved over the network). */
export const SITE = 'https://zaitaku-addin.test';
const OFFICE_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/';
const OFFICE_DIST = join(ROOT, 'node_modules', '@microsoft', 'office-js', 'dist');
/**
 * What office.js itself asks for on its own (Microsoft's telemetry proxy frame, loaded by office.js
 * even outside Office): refused here like everything else, but not counted as the add-in's.
 */
const OFFICE_JS_OWN = /^https:\/\/telemetryservice\.firstpartyapps\.oaspapps\.com\//;

const TYPES: Readonly<Record<string, string>> = { html: 'text/html; charset=utf-8', js: 'text/javascript; charset=utf-8', css: 'text/css; charset=utf-8', png: 'image/png', xml: 'application/xml' };

export function chromiumAvailable(): boolean {
  return existsSync(CHROMIUM);
}

/** Headless Chromium as HOSTS.md "Checked here" says; launch() gives it a new, empty profile. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

let stubBundle: Promise<string> | null = null;

/** The stub host bundled for the browser (once per process). */
export function stubHostBundle(): Promise<string> {
  stubBundle ??= build({ entryPoints: [join(__dirname, 'stub-host.ts')], bundle: true, write: false, format: 'iife', platform: 'browser', target: 'es2020', logLevel: 'warning' }).then((r) => r.outputFiles[0]?.text ?? '');
  return stubBundle;
}

export interface StubHost {
  readonly workbook: 'sample' | 'empty';
  readonly displayLanguage: string;
}

export interface PaneOptions {
  /** Folder written by buildAddin. */
  readonly siteDir: string;
  /** Excel as the fake; null: no host (the page opened in a plain browser). */
  readonly stub: StubHost | null;
  readonly userAgent?: string;
  /** false: the network refuses appsforoffice.microsoft.com (a segmented network without the allowlist). */
  readonly officeJs?: boolean;
}

export interface OpenPane {
  readonly context: BrowserContext;
  readonly page: Page;
  /** console.error lines and uncaught page errors. */
  readonly errors: string[];
  /** Requests to anything but the site, the Office.js CDN and office.js's own telemetry (refused). */
  readonly external: string[];
  /** office.js's own requests to Microsoft services (refused). */
  readonly officeJsOwn: string[];
}

function fileUnder(root: string, rel: string): string | null {
  const file = normalize(join(root, rel));
  return file.startsWith(root + sep) && existsSync(file) ? file : null;
}

/** A fresh browser context with the site and the CDN routed; the page is not opened yet. */
export async function newPaneContext(browser: Browser, options: PaneOptions): Promise<OpenPane> {
  const stub = options.stub ? await stubHostBundle() : '';
  // A Japanese clerk's browser: navigator.language is what the pane reads outside Excel.
  const context = await browser.newContext({ acceptDownloads: true, locale: 'ja-JP', timezoneId: 'Asia/Tokyo', viewport: { width: 360, height: 900 }, ...(options.userAgent ? { userAgent: options.userAgent } : {}) });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: SITE });
  if (options.stub) await context.addInitScript((s) => Object.assign(window, { __zrkStubHost: s }), options.stub);
  const external: string[] = [];
  const officeJsOwn: string[] = [];
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    const path = url.split(/[?#]/)[0] as string;
    let file: string | null = null;
    let body: Buffer | string | null = null;
    if (path.startsWith(OFFICE_CDN) && options.officeJs === false) {
      await route.abort('blockedbyclient');
      return;
    } else if (path.startsWith(OFFICE_CDN)) {
      file = fileUnder(OFFICE_DIST, path.slice(OFFICE_CDN.length));
      if (file && path === `${OFFICE_CDN}office.js` && stub) body = `${readFileSync(file, 'utf8')}\n;${stub}`;
    } else if (path.startsWith(`${SITE}/`)) {
      file = fileUnder(options.siteDir, path.slice(SITE.length + 1));
    } else {
      (OFFICE_JS_OWN.test(url) ? officeJsOwn : external).push(url);
      await route.abort('blockedbyclient');
      return;
    }
    if (!file) {
      await route.fulfill({ status: 404, body: 'not found' });
      return;
    }
    const ext = file.split('.').pop() ?? '';
    await route.fulfill({ status: 200, contentType: TYPES[ext] ?? 'application/octet-stream', body: body ?? readFileSync(file) });
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  return { context, page, errors, external, officeJsOwn };
}
