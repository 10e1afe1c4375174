/**
 * Every icon URL in both manifests resolves to a PNG committed under addin/assets/ whose header
 * says the pixel size the manifest declares (IconUrl 32, HighResolutionIconUrl 64, ribbon images
 * by their size attribute).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { addinBaseUrl, DEV_BASE_URL, productionManifest } from '../../addin/build/build';
import { drawIcon } from '../../addin/build/icons';

const ROOT = join(__dirname, '..', '..');
const devXml = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');
const base = addinBaseUrl({});

/** Width and height from a PNG's IHDR chunk. @throws Error when the bytes are not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (!signature.every((b, i) => bytes[i] === b)) throw new Error('not a PNG');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (String.fromCharCode(...bytes.subarray(12, 16)) !== 'IHDR') throw new Error('PNG without IHDR first');
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** [url, declared pixel size] for every icon a manifest names. */
function iconUrls(xml: string): [string, number][] {
  const out: [string, number][] = [];
  const icon = /<IconUrl DefaultValue="([^"]+)"/.exec(xml)?.[1];
  const high = /<HighResolutionIconUrl DefaultValue="([^"]+)"/.exec(xml)?.[1];
  if (icon) out.push([icon, 32]);
  if (high) out.push([high, 64]);
  const sizeOf = new Map<string, Set<number>>();
  for (const m of xml.matchAll(/<bt:Image size="(\d+)" resid="([^"]+)"\/>/g)) {
    const set = sizeOf.get(m[2] as string) ?? new Set<number>();
    set.add(Number(m[1]));
    sizeOf.set(m[2] as string, set);
  }
  for (const m of xml.matchAll(/<bt:Image id="([^"]+)" DefaultValue="([^"]+)"\/>/g)) {
    const sizes = [...(sizeOf.get(m[1] as string) ?? [])];
    expect({ id: m[1], sizes: sizes.length }).toEqual({ id: m[1], sizes: 1 });
    out.push([m[2] as string, sizes[0] as number]);
  }
  return out;
}

const committed = new Set(execFileSync('git', ['ls-files', 'addin/assets'], { cwd: ROOT, encoding: 'utf8' }).split('\n').filter(Boolean));

describe.each([
  ['manifest.xml', devXml, DEV_BASE_URL],
  ['production manifest', productionManifest(devXml, base), base],
])('icons of %s', (_name, xml, siteBase) => {
  const icons = iconUrls(xml);
  it('names the catalog sizes', () => {
    expect(new Set(icons.map(([, size]) => size))).toEqual(new Set([16, 32, 64, 80]));
  });
  it.each(icons)('%s is a committed PNG of %i px', (url, size) => {
    expect(url.startsWith(`${siteBase}/`)).toBe(true);
    // The site serves addin/assets/ as assets/ (addin/build/build.ts copies it unchanged).
    const path = `addin/${url.slice(siteBase.length + 1)}`;
    expect(committed.has(path)).toBe(true);
    expect(pngSize(readFileSync(join(ROOT, path)))).toEqual({ width: size, height: size });
  });
});

describe('the icon drawing', () => {
  it('reads sizes from real PNG headers and refuses other bytes', () => {
    expect(pngSize(drawIcon(16))).toEqual({ width: 16, height: 16 });
    expect(() => pngSize(new TextEncoder().encode('GIF89a........................'))).toThrow(/not a PNG/);
  });

  it.each([16, 32, 64, 80, 128])('the committed %i px icon is what addin/build/icons.ts draws', (size) => {
    expect(Buffer.compare(readFileSync(join(ROOT, 'addin', 'assets', `icon-${size}.png`)), drawIcon(size))).toBe(0);
  });
});
