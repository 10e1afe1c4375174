/**
 * Session (https://developers.google.com/apps-script/reference/base/session): `getScriptTimeZone()`
 * (the manifest's timeZone), `getActiveUserLocale()` (e.g. 'ja', 'en'), `getActiveUser()` /
 * `getEffectiveUser()` → User with `getEmail()`. The active user's address is '' wherever the script
 * runs without that user's authorization — a simple onOpen in AuthMode.NONE/LIMITED, for example —
 * and also when security policy hides it (same page).
 */

export class FakeUser {
  constructor(private readonly email: string) {}

  getEmail(): string {
    return this.email;
  }
}

export interface SessionOptions {
  readonly timeZone?: string;
  readonly locale?: string;
  readonly email?: string;
  /** The execution runs without the user's authorization (simple trigger): the address is hidden. */
  readonly unauthorized?: boolean;
}

export class FakeSession {
  readonly calls = { getScriptTimeZone: 0, getActiveUserLocale: 0, getActiveUser: 0, getEffectiveUser: 0 };

  constructor(private readonly options: SessionOptions = {}) {}

  getScriptTimeZone(): string {
    this.calls.getScriptTimeZone++;
    return this.options.timeZone ?? 'Asia/Tokyo';
  }

  getActiveUserLocale(): string {
    this.calls.getActiveUserLocale++;
    return this.options.locale ?? 'ja';
  }

  getActiveUser(): FakeUser {
    this.calls.getActiveUser++;
    return new FakeUser(this.options.unauthorized ? '' : (this.options.email ?? 'clerk@town.example.jp'));
  }

  getEffectiveUser(): FakeUser {
    this.calls.getEffectiveUser++;
    return new FakeUser(this.options.email ?? 'clerk@town.example.jp');
  }
}
