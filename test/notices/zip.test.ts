/** The STORE zip writer: read back by jszip and by Python's zipfile, with UTF-8 names and CRCs. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { crc32, zipFiles } from '../../templates/notices/zip';
import { utf8Encode } from '../../templates/notices/bytes';

const FILES = [
  { name: '開催通知/E001_A001_𠮷野 花子.eml', data: 'Subject: test\r\n\r\n本文です\r\n' },
  { name: 'ascii.txt', data: 'hello' },
  { name: 'empty.bin', data: new Uint8Array(0) },
  { name: 'bytes.bin', data: Uint8Array.from({ length: 1000 }, (_, i) => (i * 37) & 0xff) },
];

describe('crc32', () => {
  it('gives the standard check value', () => expect(crc32(utf8Encode('123456789'))).toBe(0xcbf43926));
});

describe('zipFiles', () => {
  const zip = zipFiles(FILES, { modified: '2025-05-01T10:00' });

  it('is read back by jszip with the same names, contents and time', async () => {
    const read = await JSZip.loadAsync(zip);
    expect(Object.keys(read.files).sort()).toEqual(FILES.map((f) => f.name).sort());
    for (const f of FILES) {
      const entry = read.file(f.name);
      expect(entry).not.toBeNull();
      const bytes = await entry!.async('uint8array');
      const expected = typeof f.data === 'string' ? Buffer.from(f.data, 'utf8') : Buffer.from(f.data);
      expect(Buffer.from(bytes).equals(expected)).toBe(true);
    }
    const stamp = read.file('ascii.txt')!.date;
    // DOS times carry no zone; jszip reads the fields as UTC, so the UTC getters give the wall clock back.
    expect([stamp.getUTCFullYear(), stamp.getUTCMonth() + 1, stamp.getUTCDate(), stamp.getUTCHours(), stamp.getUTCMinutes()]).toEqual([2025, 5, 1, 10, 0]);
  });

  it('passes Python zipfile.testzip (CRCs) and flags names as UTF-8 (bit 11)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zip-'));
    const path = join(dir, 'a.zip');
    writeFileSync(path, zip);
    const script = 'import sys,zipfile,json\nz=zipfile.ZipFile(sys.argv[1])\nprint(json.dumps({"bad":z.testzip(),"names":[i.filename for i in z.infolist()],"flags":[i.flag_bits for i in z.infolist()]},ensure_ascii=False))';
    const out = JSON.parse(execFileSync('python3', ['-c', script, path], { encoding: 'utf8' })) as { bad: string | null; names: string[]; flags: number[] };
    expect(out.bad).toBeNull();
    expect(out.names).toEqual(FILES.map((f) => f.name));
    expect(out.flags.every((f) => (f & 0x0800) !== 0)).toBe(true);
  });

  it('writes an empty archive as just the end record', () => {
    expect(zipFiles([]).length).toBe(22);
  });
});
