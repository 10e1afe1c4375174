/** `npm start`'s static file lookup: the site's files only, never a path outside the build folder. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { siteFile } from '../../addin/build/serve';

const base = mkdtempSync(join(tmpdir(), 'site-'));
const root = join(base, 'dist-addin');
mkdirSync(join(root, 'assets'), { recursive: true });
writeFileSync(join(root, 'taskpane.html'), '<p>');
writeFileSync(join(root, 'assets', 'icon-16.png'), '');
writeFileSync(join(base, 'secret.txt'), 'x');

it('serves the site and the task pane at /', () => {
  expect(siteFile(root, '/')).toBe(join(root, 'taskpane.html'));
  expect(siteFile(root, '/taskpane.html?_host_Info=Excel')).toBe(join(root, 'taskpane.html'));
  expect(siteFile(root, '/assets/icon-16.png')).toBe(join(root, 'assets', 'icon-16.png'));
});

it('refuses missing files, folders and anything outside the build folder', () => {
  expect(siteFile(root, '/nope.js')).toBeNull();
  expect(siteFile(root, '/assets')).toBeNull();
  expect(siteFile(root, '/../secret.txt')).toBeNull();
  expect(siteFile(root, '/%2e%2e/secret.txt')).toBeNull();
});
