/**
 * A tiny STORE-only zip writer (no compression) for bundling .eml drafts into one download.
 * Pure and host-free: CRC-32 by table, UTF-8 file names flagged with bit 11 (0x0800) so Japanese
 * names survive in Windows Explorer and macOS, no zip64 (refuses > 65,535 entries or 4 GiB).
 */
import { utf8Encode } from './bytes';

export interface ZipEntry {
  /** Path inside the archive; '/' separates folders. */
  readonly name: string;
  /** File content; strings are written as UTF-8. */
  readonly data: Uint8Array | string;
}

export interface ZipOptions {
  /** Modification time stamped on every entry, Tokyo wall clock 'YYYY-MM-DDTHH:MM' (no hidden clock). */
  readonly modified?: string;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/**
 * CRC-32 (IEEE 802.3, as zip uses it).
 * @example crc32(utf8Encode('123456789')) // 0xcbf43926
 */
export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) c = (CRC_TABLE[(c ^ (bytes[i] as number)) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** MS-DOS date and time words of a wall-clock time (2-second resolution, 1980–2107). */
function dosDateTime(local: string | undefined): { date: number; time: number } {
  const m = local ? /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?/.exec(local) : null;
  if (!m) return { date: (0 << 9) | (1 << 5) | 1, time: 0 }; // 1980-01-01 00:00
  const [y, mo, d, h, mi, s] = [m[1], m[2], m[3], m[4], m[5], m[6] ?? '0'].map(Number) as [number, number, number, number, number, number];
  const year = Math.min(Math.max(y, 1980), 2107);
  return { date: ((year - 1980) << 9) | (mo << 5) | d, time: (h << 11) | (mi << 5) | Math.floor(s / 2) };
}

/**
 * Builds a zip archive (STORE method) of the given files.
 * @throws RangeError above 65,535 entries or 4 GiB (zip64 is not written).
 * @example
 * const zip = zipFiles([{ name: '通知/E001_A0001.eml', data: eml }], { modified: '2025-05-01T10:00' });
 */
export function zipFiles(files: readonly ZipEntry[], options: ZipOptions = {}): Uint8Array {
  if (files.length > 0xffff) throw new RangeError(`zip without zip64 holds at most 65,535 entries (got ${files.length})`);
  const { date, time } = dosDateTime(options.modified);
  const prepared = files.map((f) => {
    const name = utf8Encode(f.name);
    const data = typeof f.data === 'string' ? utf8Encode(f.data) : f.data;
    return { name, data, crc: crc32(data) };
  });
  let localSize = 0;
  let centralSize = 0;
  for (const p of prepared) {
    localSize += 30 + p.name.length + p.data.length;
    centralSize += 46 + p.name.length;
  }
  const total = localSize + centralSize + 22;
  if (total > 0xffffffff) throw new RangeError('zip without zip64 must stay below 4 GiB');
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  let pos = 0;
  const offsets: number[] = [];
  for (const p of prepared) {
    offsets.push(pos);
    view.setUint32(pos, 0x04034b50, true);
    view.setUint16(pos + 4, 20, true); // version needed: 2.0
    view.setUint16(pos + 6, 0x0800, true); // bit 11: names are UTF-8
    view.setUint16(pos + 8, 0, true); // method: STORE
    view.setUint16(pos + 10, time, true);
    view.setUint16(pos + 12, date, true);
    view.setUint32(pos + 14, p.crc, true);
    view.setUint32(pos + 18, p.data.length, true);
    view.setUint32(pos + 22, p.data.length, true);
    view.setUint16(pos + 26, p.name.length, true);
    view.setUint16(pos + 28, 0, true);
    out.set(p.name, pos + 30);
    out.set(p.data, pos + 30 + p.name.length);
    pos += 30 + p.name.length + p.data.length;
  }
  const centralStart = pos;
  prepared.forEach((p, i) => {
    view.setUint32(pos, 0x02014b50, true);
    view.setUint16(pos + 4, 20, true); // made by: MS-DOS, 2.0
    view.setUint16(pos + 6, 20, true);
    view.setUint16(pos + 8, 0x0800, true);
    view.setUint16(pos + 10, 0, true);
    view.setUint16(pos + 12, time, true);
    view.setUint16(pos + 14, date, true);
    view.setUint32(pos + 16, p.crc, true);
    view.setUint32(pos + 20, p.data.length, true);
    view.setUint32(pos + 24, p.data.length, true);
    view.setUint16(pos + 28, p.name.length, true);
    // extra length, comment length, disk number, internal and external attributes stay 0
    view.setUint32(pos + 42, offsets[i] as number, true);
    out.set(p.name, pos + 46);
    pos += 46 + p.name.length;
  });
  view.setUint32(pos, 0x06054b50, true);
  view.setUint16(pos + 8, prepared.length, true);
  view.setUint16(pos + 10, prepared.length, true);
  view.setUint32(pos + 12, pos - centralStart, true);
  view.setUint32(pos + 16, centralStart, true);
  return out;
}
