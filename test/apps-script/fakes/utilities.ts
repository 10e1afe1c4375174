/**
 * Utilities (https://developers.google.com/apps-script/reference/utilities/utilities):
 * `formatDate(date, timeZone, format)` formats in the given zone with Java SimpleDateFormat letters
 * (the fake knows y M d H m s and 'quoted' literals — what the kit uses); `newBlob(data, contentType,
 * name)` (https://developers.google.com/apps-script/reference/base/blob) with getDataAsString,
 * getBytes, getName, setName, getContentType; `sleep(ms)` pauses the execution (the fake advances the
 * simulated clock instead of waiting).
 */

function zonedParts(date: Date, timeZone: string): Record<string, number> {
  const fmt = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
  const out: Record<string, number> = {};
  for (const p of fmt.formatToParts(date)) if (p.type !== 'literal') out[p.type] = Number(p.value);
  return out;
}

export class FakeBlob {
  constructor(
    private readonly data: string,
    private readonly contentType: string | null,
    private name: string | null,
  ) {}

  getDataAsString(): string {
    return this.data;
  }

  getBytes(): number[] {
    return [...Buffer.from(this.data, 'utf8')].map((b) => (b > 127 ? b - 256 : b));
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

export class FakeUtilities {
  readonly calls = { formatDate: 0, newBlob: 0, sleep: 0 };

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

  newBlob(data: string, contentType?: string, name?: string): FakeBlob {
    this.calls.newBlob++;
    return new FakeBlob(data, contentType ?? null, name ?? null);
  }

  sleep(milliseconds: number): void {
    this.calls.sleep++;
    this.sleepFor(milliseconds);
  }
}
