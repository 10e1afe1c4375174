/**
 * `npm run build:addin`'s static site: every page the manifest and the pane link to, Office.js only
 * from Microsoft's CDN URL, and bundles with no way to call a server (no fetch, XHR, beacon, socket)
 * — the "calls no server of ours, sends no telemetry" promise, checked on what ships.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildAddin, OFFICE_JS_CDN, type BuildResult } from '../../addin/build/build';

let dir: string;
let built: BuildResult;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'addin-build-'));
  built = await buildAddin({ outDir: dir, baseUrl: 'https://kit.example.lg.jp/zaitaku' });
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const read = (path: string) => readFileSync(join(dir, path), 'utf8');

it('writes the whole site', () => {
  expect(built.files.map((f) => f.path).sort()).toEqual(
    [
      'assets/icon-128.png',
      'assets/icon-16.png',
      'assets/icon-32.png',
      'assets/icon-64.png',
      'assets/icon-80.png',
      'commands.html',
      'commands.js',
      'manifest.xml',
      'message.html',
      'message.js',
      'privacy.html',
      'report-docx.js',
      'support.html',
      'taskpane.css',
      'taskpane.html',
      'taskpane.js',
    ].sort(),
  );
  expect(read('manifest.xml')).toContain('<SourceLocation DefaultValue="https://kit.example.lg.jp/zaitaku/taskpane.html"/>');
});

it.each(['taskpane.html', 'commands.html', 'message.html', 'support.html', 'privacy.html'])('%s loads scripts only from the site and Office.js from its CDN URL', (page) => {
  const html = read(page);
  for (const [, src] of html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)) expect(src === OFFICE_JS_CDN || !/^[a-z]+:|^\/\//i.test(src as string)).toBe(true);
  for (const [, href] of html.matchAll(/<link[^>]*\shref="([^"]+)"/g)) expect(/^[a-z]+:|^\/\//i.test(href as string)).toBe(false);
  if (page === 'taskpane.html' || page === 'commands.html') expect(html).toContain(`<script src="${OFFICE_JS_CDN}"></script>`);
});

it.each(['taskpane.js', 'commands.js', 'message.js', 'report-docx.js'])('%s has no way to call a server', (bundle) => {
  expect(read(bundle).match(/\bfetch\(|XMLHttpRequest|sendBeacon|WebSocket|EventSource|importScripts/g)).toBeNull();
});

it('stays inside the size budget (gzip of the pane page, script and stylesheet)', () => {
  expect(built.taskpaneGzipBytes).toBeLessThan(250 * 1024);
});
