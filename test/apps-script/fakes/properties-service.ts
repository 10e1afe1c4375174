/**
 * PropertiesService (https://developers.google.com/apps-script/reference/properties/properties-service):
 * document, script and user stores of string key/value pairs (`getProperty` returns null for a
 * missing key; `setProperty` stores String(value); `deleteProperty`, `getProperties`,
 * `setProperties`, `deleteAllProperties` — https://developers.google.com/apps-script/reference/properties/properties).
 * `getDocumentProperties()` returns null when the script is not bound to a document. Limits: 9 KB per
 * value and 500 KB per store (https://developers.google.com/apps-script/guides/services/quotas#current_limitations);
 * the fake throws past them as Apps Script does. The stores outlive executions (tests reuse one fake).
 */

const VALUE_LIMIT = 9 * 1024;
const STORE_LIMIT = 500 * 1024;

const utf8Bytes = (s: string): number => Buffer.byteLength(s, 'utf8');

export class FakeProperties {
  private readonly map = new Map<string, string>();
  readonly calls = { getProperty: 0, setProperty: 0, deleteProperty: 0, getProperties: 0, setProperties: 0, deleteAllProperties: 0 };

  getProperty(key: string): string | null {
    this.calls.getProperty++;
    return this.map.get(key) ?? null;
  }

  setProperty(key: string, value: unknown): FakeProperties {
    this.calls.setProperty++;
    this.put(key, String(value));
    return this;
  }

  deleteProperty(key: string): FakeProperties {
    this.calls.deleteProperty++;
    this.map.delete(key);
    return this;
  }

  getProperties(): Record<string, string> {
    this.calls.getProperties++;
    return Object.fromEntries(this.map);
  }

  setProperties(properties: Record<string, unknown>, deleteAllOthers = false): FakeProperties {
    this.calls.setProperties++;
    if (deleteAllOthers) this.map.clear();
    for (const [k, v] of Object.entries(properties)) this.put(k, String(v));
    return this;
  }

  deleteAllProperties(): FakeProperties {
    this.calls.deleteAllProperties++;
    this.map.clear();
    return this;
  }

  private put(key: string, value: string): void {
    if (utf8Bytes(value) > VALUE_LIMIT) throw new Error('Argument too large: value');
    const total = [...this.map].reduce((n, [k, v]) => n + (k === key ? 0 : utf8Bytes(k) + utf8Bytes(v)), utf8Bytes(key) + utf8Bytes(value));
    if (total > STORE_LIMIT) throw new Error('You have exceeded the property storage quota. Please remove some properties and try again.');
    this.map.set(key, value);
  }
}

export class FakePropertiesService {
  readonly document = new FakeProperties();
  readonly script = new FakeProperties();
  readonly user = new FakeProperties();

  constructor(private readonly bound = true) {}

  getDocumentProperties(): FakeProperties | null {
    return this.bound ? this.document : null;
  }

  getScriptProperties(): FakeProperties {
    return this.script;
  }

  getUserProperties(): FakeProperties {
    return this.user;
  }
}
