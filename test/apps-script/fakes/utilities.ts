/**
 * Utilities (https://developers.google.com/apps-script/reference/utilities/utilities):
 * `formatDate(date, timeZone, format)` formats in the given zone with Java SimpleDateFormat letters
 * (the fake knows y M d H m s and 'quoted' literals — what the kit uses); `newBlob(data, contentType,
 * name)` from a string (stored as UTF-8) or a Byte[]; `base64Decode(encoded)` → Byte[];
 * `unzip(blob)` → one Blob per file of the archive, named by its path in the archive;
 * `sleep(ms)` pauses the execution (the fake advances the simulated clock instead of waiting).
 *
 * Blob (https://developers.google.com/apps-script/reference/base/blob): getBytes() is a Byte[] —
 * Java's signed bytes, -128…127; getDataAsString() decodes UTF-8, getDataAsString(charset) decodes
 * with a Java charset name (Apps Script runs them through Java's charsets:
 * https://docs.oracle.com/en/java/javase/22/intl/supported-encodings.html). The fake knows UTF-8,
 * "windows-31j" and its aliases (Windows code page 932, NEC/IBM extensions included: decoded with
 * WHATWG "shift_jis", which is the same table) and "Shift_JIS" as Java defines it: JIS X 0208 only —
 * the NEC row 13 (① Ⅰ ㈱) and IBM extension bytes become U+FFFD and the wave-dash family maps to
 * the JIS code points (〜 ‖ − ¢ £ ¬ instead of ～ ∥ － ￠ ￡ ￢).
 */
import { inflateRawSync } from 'node:zlib';

function zonedParts(date: Date, timeZone: string): Record<string, number> {
  const fmt = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
  const out: Record<string, number> = {};
  for (const p of fmt.formatToParts(date)) if (p.type !== 'literal') out[p.type] = Number(p.value);
  return out;
}

type ByteArray = readonly number[];

const toSigned = (b: number): number => ((b & 0xff) << 24) >> 24;

/** Java charset names are case-insensitive and have aliases; these are the ones the fake decodes. */
const CP932_NAMES = new Set(['windows-31j', 'ms932', 'cswindows31j', 'windows-932']);
const SJIS_NAMES = new Set(['shift_jis', 'sjis', 'shift-jis', 'ms_kanji', 'x-sjis', 'csshiftjis']);
const UTF8_NAMES = new Set(['utf-8', 'utf8']);

/** Where Java's JIS X 0208 "Shift_JIS" maps a cp932 character differently. */
const JIS_MAPPING: Readonly<Record<number, string>> = { 0x8160: '\u301C', 0x8161: '\u2016', 0x817c: '\u2212', 0x8191: '\u00A2', 0x8192: '\u00A3', 0x81ca: '\u00AC' };

function decodeJavaShiftJis(bytes: Uint8Array): string {
  const cp932 = new TextDecoder('shift_jis');
  let out = '';
  for (let i = 0; i < bytes.length; ) {
    const lead = bytes[i] as number;
    const double = (lead >= 0x81 && lead <= 0x9f) || (lead >= 0xe0 && lead <= 0xfc);
    if (!double || i + 1 >= bytes.length) {
      out += cp932.decode(bytes.subarray(i, i + 1));
      i += 1;
      continue;
    }
    const code = (lead << 8) | (bytes[i + 1] as number);
    const extension = (code >= 0x8740 && code <= 0x879c) || code >= 0xed40;
    out += extension ? '\uFFFD' : (JIS_MAPPING[code] ?? cp932.decode(bytes.subarray(i, i + 2)));
    i += 2;
  }
  return out;
}

export class FakeBlob {
  private readonly bytes: Uint8Array;
  readonly calls = { getDataAsString: 0, getBytes: 0 };

  constructor(
    data: string | ByteArray | Uint8Array,
    private readonly contentType: string | null,
    private name: string | null,
  ) {
    this.bytes = typeof data === 'string' ? new Uint8Array(Buffer.from(data, 'utf8')) : Uint8Array.from(data as ArrayLike<number>, (b) => b & 0xff);
  }

  getDataAsString(charset?: string): string {
    this.calls.getDataAsString++;
    const name = (charset ?? 'UTF-8').toLowerCase();
    if (UTF8_NAMES.has(name)) return new TextDecoder('utf-8').decode(this.bytes);
    if (CP932_NAMES.has(name)) return new TextDecoder('shift_jis').decode(this.bytes);
    if (SJIS_NAMES.has(name)) return decodeJavaShiftJis(this.bytes);
    throw new Error(`Exception: Unsupported charset: ${charset}`);
  }

  getBytes(): number[] {
    this.calls.getBytes++;
    return Array.from(this.bytes, toSigned);
  }

  /** The bytes as Node sees them (tests only). */
  rawBytes(): Uint8Array {
    return this.bytes;
  }

  getName(): string | null {
    return this.name;
  }

  setName(name: string): FakeBlob {
    this.name = name;
    return this;
  }

  getContentType(): string | null {
    return this.contentType;
  }
}

/**
 * The files of a zip archive (PKWARE APPNOTE.TXT: end of central directory → central directory
 * entries → local headers; stored or deflated entries — what every .xlsx writer uses).
 * @throws Error for bytes that are not a zip archive, as Utilities.unzip does
 */
export function unzipEntries(zip: Uint8Array): { name: string; data: Uint8Array }[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('Exception: Invalid argument: blob (not a zip archive)');
  const count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  const out: { name: string; data: Uint8Array }[] = [];
  for (let n = 0; n < count; n++) {
    if (view.getUint32(at, true) !== 0x02014b50) throw new Error('Exception: Invalid argument: blob (bad central directory)');
    const method = view.getUint16(at + 10, true);
    const size = view.getUint32(at + 20, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    const name = Buffer.from(zip.subarray(at + 46, at + 46 + nameLength)).toString('utf8');
    at += 46 + nameLength + extraLength + commentLength;
    if (name.endsWith('/')) continue;
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const raw = zip.subarray(start, start + size);
    out.push({ name, data: method === 0 ? raw : new Uint8Array(inflateRawSync(raw)) });
  }
  return out;
}

export class FakeUtilities {
  readonly calls = { formatDate: 0, newBlob: 0, sleep: 0, base64Decode: 0, unzip: 0 };
  /** Every blob this Utilities made, in order (so tests can count their reads). */
  readonly blobs: FakeBlob[] = [];

  constructor(private readonly sleepFor: (ms: number) => void = () => undefined) {}

  formatDate(date: Date, timeZone: string, format: string): string {
    this.calls.formatDate++;
    if (!(date instanceof Date) || Number.isNaN(date.getTime())) throw new Error('Invalid argument: date');
    const p = zonedParts(date, timeZone);
    const pad = (n: number, w: number) => String(n).padStart(w, '0');
    return format.replace(/'([^']*)'|y+|M+|d+|H+|m+|s+/g, (tok, quoted: string | undefined) => {
      if (quoted !== undefined) return quoted === '' ? "'" : quoted;
      const w = tok.length;
      switch (tok[0]) {
        case 'y':
          return w === 2 ? pad((p.year ?? 0) % 100, 2) : pad(p.year ?? 0, w);
        case 'M':
          return pad(p.month ?? 0, w);
        case 'd':
          return pad(p.day ?? 0, w);
        case 'H':
          return pad(p.hour ?? 0, w);
        case 'm':
          return pad(p.minute ?? 0, w);
        default:
          return pad(p.second ?? 0, w);
      }
    });
  }

  newBlob(data: string | ByteArray, contentType?: string, name?: string): FakeBlob {
    this.calls.newBlob++;
    const blob = new FakeBlob(data, contentType ?? null, name ?? null);
    this.blobs.push(blob);
    return blob;
  }

  /** Standard base64 to Byte[] (signed). */
  base64Decode(encoded: string): number[] {
    this.calls.base64Decode++;
    if (typeof encoded !== 'string' || !/^[A-Za-z0-9+/\s]*={0,2}\s*$/.test(encoded)) throw new Error('Exception: Invalid argument: encoded');
    return Array.from(Buffer.from(encoded, 'base64'), toSigned);
  }

  unzip(blob: FakeBlob): FakeBlob[] {
    this.calls.unzip++;
    const files = unzipEntries(blob.rawBytes()).map((e) => new FakeBlob(e.data, null, e.name));
    this.blobs.push(...files);
    return files;
  }

  sleep(milliseconds: number): void {
    this.calls.sleep++;
    this.sleepFor(milliseconds);
  }
}
