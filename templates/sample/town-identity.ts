/**
 * The fictional town a sample is about: name, prefecture, 団体コード, and factories for addresses,
 * phone numbers and e-mail addresses that all look local to it and never collide.
 */
import { lgCode } from './lg-code';
import { DISTRICTS, PREFECTURES, TOWN_NAME_PREFIXES, TOWN_STEMS, TOWN_SUFFIXES, type PrefectureInfo } from './names';
import type { Rng } from './prng';

export interface TownIdentity {
  readonly townName: string;
  readonly prefecture: PrefectureInfo;
  readonly lgCode: string;
  /** 4-digit area code such as '0263' (10-digit numbers: 0XXX-XX-XXXX). */
  readonly areaCode: string;
  /** Local exchanges (two digits) used in the town. */
  readonly exchanges: readonly string[];
  /** First three digits of the town's postal codes. */
  readonly postal3: string;
  readonly lat: number;
  readonly lng: number;
}

const SPECIAL_AREA_CODES = new Set(['0120', '0570', '0800', '0990']);

/** Town name number `n` from the stem × suffix × prefix grid (distinct for n < 288). */
export function townNameAt(n: number): string {
  const stems = TOWN_STEMS.length;
  const stem = TOWN_STEMS[n % stems] as string;
  const suffix = TOWN_SUFFIXES[Math.floor(n / stems) % TOWN_SUFFIXES.length] as string;
  const prefix = TOWN_NAME_PREFIXES[Math.floor(n / (stems * TOWN_SUFFIXES.length)) % TOWN_NAME_PREFIXES.length] as string;
  return `${prefix}${stem}${suffix}`;
}

export interface IdentityOverrides {
  readonly townName?: string;
  readonly prefecture?: string;
  readonly lgCode?: string;
}

/** The prefecture an override names, or the one a 団体コード's first two digits number. */
function prefectureOf(overrides: IdentityOverrides): PrefectureInfo | null {
  if (overrides.prefecture !== undefined) {
    const named = PREFECTURES.find((p) => p.name === overrides.prefecture);
    if (!named) throw new RangeError(`no sample prefecture named ${overrides.prefecture}`);
    return named;
  }
  if (overrides.lgCode === undefined) return null;
  const numbered = PREFECTURES.find((p) => p.number === Number(overrides.lgCode?.slice(0, 2)));
  if (!numbered) throw new RangeError(`団体コード ${overrides.lgCode} is not in a sample prefecture`);
  return numbered;
}

/**
 * A 団体コード override must be a valid code of the town's prefecture: its first two digits are the
 * prefecture number (JIS X 0401) and its sixth the check digit.
 * @throws RangeError otherwise (programmer error: the town would contradict itself)
 */
function checkedCode(code: string, prefecture: PrefectureInfo): string {
  if (!/^\d{6}$/.test(code) || lgCode(Number(code.slice(0, 2)), Number(code.slice(2, 5))) !== code) throw new RangeError(`not a valid 団体コード: ${code}`);
  if (Number(code.slice(0, 2)) !== prefecture.number) throw new RangeError(`団体コード ${code} does not belong to ${prefecture.name} (${String(prefecture.number).padStart(2, '0')})`);
  return code;
}

/**
 * Draws a town identity; overrides (used by generateTowns for distinct towns) win. The 団体コード
 * always carries the prefecture's number: drawn within it, or checked against it when given.
 * @throws RangeError for an unknown prefecture or a code that does not fit it
 */
export function drawIdentity(rng: Rng, overrides: IdentityOverrides = {}): TownIdentity {
  const drawnPref = rng.pick(PREFECTURES);
  const prefecture = prefectureOf(overrides) ?? drawnPref;
  const drawnName = townNameAt(rng.int(0, TOWN_STEMS.length * TOWN_SUFFIXES.length - 1));
  // Towns and villages are numbered 300–599 within a prefecture.
  const drawnCode = lgCode(prefecture.number, rng.int(300, 599));
  let areaCode = '';
  do {
    areaCode = `0${rng.pick([1, 2, 4, 7, 8, 9])}${rng.int(1, 9)}${rng.int(0, 9)}`;
  } while (SPECIAL_AREA_CODES.has(areaCode));
  const exchanges = [String(rng.int(20, 49)), String(rng.int(50, 79)), String(rng.int(80, 99))];
  return {
    townName: overrides.townName ?? drawnName,
    prefecture,
    lgCode: overrides.lgCode !== undefined ? checkedCode(overrides.lgCode, prefecture) : drawnCode,
    areaCode,
    exchanges,
    postal3: `${prefecture.postal2}${rng.int(0, 9)}`,
    lat: round4(prefecture.lat + (rng.next() - 0.5) * 0.2),
    lng: round4(prefecture.lng + (rng.next() - 0.5) * 0.2),
  };
}

export function round4(x: number): number {
  return Math.round(x * 10000) / 10000;
}

/** A postal address inside the town. */
export interface Address {
  readonly postalCode: string;
  /** Without the prefecture (as clerks usually write local addresses)… see {@link fullAddress}. */
  readonly local: string;
  readonly full: string;
}

/** Hands out addresses, phone numbers and unique e-mail local parts for one town. */
export class TownDirectory {
  private readonly usedPhones = new Set<string>();
  private readonly districtPostal = new Map<string, string>();
  private mailSeq = 0;

  constructor(
    readonly town: TownIdentity,
    private readonly rng: Rng,
  ) {}

  /** A new address; each district has its own postal code, as in real towns. */
  address(): Address {
    const district = this.rng.pick(DISTRICTS);
    let postalCode = this.districtPostal.get(district);
    if (postalCode === undefined) {
      postalCode = `${this.town.postal3}-${String(this.rng.int(0, 99)).padStart(2, '0')}${String(this.rng.int(0, 99)).padStart(2, '0')}`;
      this.districtPostal.set(district, postalCode);
    }
    const local = this.rng.chance(0.5)
      ? `${this.town.townName}${district}${this.rng.int(1, 5)}丁目${this.rng.int(1, 30)}-${this.rng.int(1, 20)}`
      : `${this.town.townName}大字${district}${this.rng.int(1, 3000)}番地`;
    return { postalCode, local, full: `${this.town.prefecture.name}${local}` };
  }

  /** A fresh 10-digit number 0XXX-XX-XXXX not handed out before. */
  phone(): string {
    for (;;) {
      const candidate = `${this.town.areaCode}-${this.rng.pick(this.town.exchanges)}-${String(this.rng.int(0, 9999)).padStart(4, '0')}`;
      if (this.claim(candidate)) return candidate;
    }
  }

  /** The FAX beside a phone number (next subscriber number), or a fresh one when taken. */
  faxFor(phone: string): string {
    const last = Number(phone.slice(-4));
    if (last < 9999) {
      const candidate = `${phone.slice(0, -4)}${String(last + 1).padStart(4, '0')}`;
      if (this.claim(candidate)) return candidate;
    }
    return this.phone();
  }

  /** A unique address on a reserved domain, e.g. 'sato.k0012@example.jp'. */
  email(localHint: string): string {
    this.mailSeq++;
    const domain = this.mailSeq % 4 === 0 ? 'example.com' : 'example.jp';
    return `${localHint}${String(this.mailSeq).padStart(4, '0')}@${domain}`;
  }

  private claim(phone: string): boolean {
    if (this.usedPhones.has(phone)) return false;
    this.usedPhones.add(phone);
    return true;
  }
}
