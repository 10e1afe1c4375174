/**
 * `npm start`: builds the add-in and serves dist-addin/ at https://localhost:3000 — the address the
 * repository's manifest.xml names — for sideloading in Excel. The certificate comes from
 * office-addin-dev-certs (it creates a local CA and asks once to trust it). Only for a developer's
 * machine: no test or CI step uses it. Stop with Ctrl+C.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:https';
import { extname, join, normalize, sep } from 'node:path';
import { getHttpsServerOptions } from 'office-addin-dev-certs';
import { buildAddin, DEFAULT_OUT_DIR, DEV_BASE_URL } from './build';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.xml': 'application/xml; charset=utf-8',
};

/** The file under `root` a request path names, or null (outside the site or missing). */
export function siteFile(root: string, urlPath: string): string | null {
  const path = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  const file = normalize(join(root, path === '/' ? 'taskpane.html' : path));
  if (!file.startsWith(root + sep)) return null;
  return existsSync(file) && statSync(file).isFile() ? file : null;
}

async function main(): Promise<void> {
  const built = await buildAddin({ outDir: DEFAULT_OUT_DIR });
  const options = await getHttpsServerOptions();
  const port = Number(new URL(DEV_BASE_URL).port);
  createServer(options, (req, res) => {
    const file = siteFile(built.outDir, req.url ?? '/');
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    createReadStream(file).pipe(res);
  }).listen(port, () => {
    console.log(`在宅連携キット: ${DEV_BASE_URL}/taskpane.html`);
    console.log('Excel にサイドロードするマニフェスト / manifest to sideload: manifest.xml (repository root)');
  });
}

if (require.main === module) {
  main().catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
