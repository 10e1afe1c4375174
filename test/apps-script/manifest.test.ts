/**
 * The Apps Script manifests ask for the fewest scopes that work, and README justifies each one:
 * the standard build can send (MailApp) but not read mail; only the opt-in drafts build asks for the
 * restricted Gmail scope. clasp's project file points inside the project at the built folder.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const read = (p: string) => JSON.parse(readFileSync(join(ROOT, p), 'utf8')) as Record<string, unknown>;

const BASE = [
  'https://www.googleapis.com/auth/spreadsheets.currentonly',
  'https://www.googleapis.com/auth/script.container.ui',
  'https://www.googleapis.com/auth/script.send_mail',
  'https://www.googleapis.com/auth/script.scriptapp',
];

describe('apps-script manifests', () => {
  const standard = read('apps-script/appsscript.json');
  const drafts = read('apps-script/appsscript.drafts.json');

  it('V8, Asia/Tokyo, exactly the four scopes the standard build uses', () => {
    expect(standard).toEqual({ timeZone: 'Asia/Tokyo', runtimeVersion: 'V8', oauthScopes: BASE });
  });

  it('the drafts build adds the restricted https://mail.google.com/ scope and nothing else', () => {
    expect(drafts).toEqual({ ...standard, oauthScopes: [...BASE, 'https://mail.google.com/'] });
  });

  it('README justifies every scope of both manifests', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const table = readme.slice(readme.indexOf('**Permissions (OAuth scopes)'));
    for (const scope of drafts.oauthScopes as string[]) expect(table).toMatch(new RegExp(`\\| \`${scope.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}\`[^|]*\\| \\S`));
  });

  it('.clasp.json.example roots clasp at the built folder inside the project', () => {
    expect(read('apps-script/.clasp.json.example')).toMatchObject({ rootDir: 'dist' });
  });
});
