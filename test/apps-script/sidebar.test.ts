/**
 * The sidebar (apps-script/src/sidebar.html) in real Chromium (headless --dump-dom): google.script.run
 * is replaced by a stub that answers with replies RECORDED from the real server functions run
 * against the fakes (notices.ts on a town with tricky names), asynchronously like the real one. A
 * driver clicks プレビュー then 送信 and one command button; the dumped DOM shows what the clerk sees.
 * Missing chromium: the test fails on CI (CI=true) and skips locally with a printed reason.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyImport, importFiles, type PickedFile } from '../../apps-script/src/import';
import { noticeEvents, noticePreview, noticeSend, sidebarInit } from '../../apps-script/src/notices';
import { cp932Bytes, kaigoCsvText, townValues, utf8Bytes } from '../import/fixtures';
import { kouseikyokuXlsx } from '../import/xlsx-fixture';
import { loadWorkbookValues } from './fakes/spreadsheet-app';
import { GasWorld } from './gas-world';
import { sendTown } from './send-town';
import { standardFormats } from './sheets-session';

const SIDEBAR = join(__dirname, '..', '..', 'apps-script', 'src', 'sidebar.html');

function findChromium(): string | null {
  for (const p of [process.env['CHROMIUM'], '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']) if (p && existsSync(p)) return p;
  return null;
}

function chromiumOrSkip(): string | null {
  const found = findChromium();
  if (found) return found;
  const reason = 'chromium not found: install the Debian package chromium or set CHROMIUM';
  if (process.env['CI']) throw new Error(reason);
  // eslint-disable-next-line no-console
  console.warn(`skipping sidebar browser test — ${reason}`);
  return null;
}

type Replies = Record<string, unknown[]>;

/** Replies of the real server functions for one clerk session: init, events, preview, send chunks until done. */
function recordSession(locale: string): Replies {
  const w = new GasWorld({ quota: 1500, session: { locale }, costs: { 'MailApp.sendEmail': 2_000 } });
  loadWorkbookValues(w.spreadsheet, sendTown(45).values);
  const replies: Replies = { sidebarInit: [], noticeEvents: [], noticePreview: [], noticeSend: [] };
  replies.sidebarInit!.push(w.run(() => sidebarInit()).result);
  replies.noticeEvents!.push(w.run(() => noticeEvents()).result);
  replies.noticePreview!.push(w.run(() => noticePreview('E001')).result);
  for (let first = true; ; first = false) {
    const p = w.run(() => noticeSend('E001', undefined, first)).result!;
    replies.noticeSend!.push(p);
    if (p.done || replies.noticeSend!.length > 10) break;
  }
  // A command of main.ts (GA-A's handler): this one fails, to show how a failure reads.
  replies.validate = [{ fail: 'Exception: Service Spreadsheets timed out while accessing document' }];
  return replies;
}

/** The clerk: preview once the meetings are listed, send once the preview is shown, then try 検証. */
const NOTICE_DRIVER = `function drive(name) {
      setTimeout(function () {
        if (name === 'noticeEvents') document.getElementById('preview').click();
        if (name === 'noticePreview') document.getElementById('send').click();
        if (name === 'noticeSend' && replies.noticeSend.length === 0) document.querySelector('[data-command="validate"]').click();
      }, 5);
    }`;

/** google.script.run stub + driver, injected before the sidebar's own script. */
function stub(replies: Replies, driver: string = NOTICE_DRIVER): string {
  return `<script>
  (function () {
    var replies = ${JSON.stringify(replies).replace(/</g, '\\u003c')};
    var calls = [];
    window.confirm = function () { return true; };
    function runner(ok, fail) {
      var r = { withSuccessHandler: function (f) { return runner(f, fail); }, withFailureHandler: function (f) { return runner(ok, f); } };
      Object.keys(replies).forEach(function (name) {
        r[name] = function () {
          calls.push({ fn: name, args: Array.prototype.slice.call(arguments) });
          document.documentElement.setAttribute('data-calls', JSON.stringify(calls));
          var next = replies[name].shift();
          setTimeout(function () {
            if (next === undefined) fail(new Error('no recorded reply for ' + name));
            else if (next && next.fail) fail(new Error(next.fail));
            else { ok(next); drive(name); }
          }, 5);
        };
      });
      return r;
    }
    window.google = { script: { run: runner(function () {}, function () {}) } };
    ${driver}
  })();
  </script>`;
}

function runInChromium(chromium: string, replies: Replies, driver?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'sidebar-'));
  try {
    const html = readFileSync(SIDEBAR, 'utf8').replace('<script>', `${stub(replies, driver)}\n<script>`);
    const page = join(dir, 'sidebar.html');
    writeFileSync(page, html);
    return execFileSync(
      chromium,
      ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', `--user-data-dir=${join(dir, 'profile')}`, '--virtual-time-budget=10000', '--dump-dom', `file://${page}`],
      { encoding: 'utf8', timeout: 60_000, stdio: ['ignore', 'pipe', 'ignore'] },
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Text of the element with this id in the dumped DOM (tags stripped, entities kept). */
function inner(dom: string, id: string): string {
  const start = dom.indexOf(`id="${id}"`);
  if (start < 0) return '';
  const open = dom.indexOf('>', start) + 1;
  const tag = /<(\w+)[^>]*id="[^"]*"$/.exec(dom.slice(dom.lastIndexOf('<', start), start + id.length + 5))?.[1] ?? 'div';
  let depth = 1;
  let i = open;
  const re = new RegExp(`<(/?)${tag}[\\s>]`, 'g');
  re.lastIndex = open;
  for (let m = re.exec(dom); m; m = re.exec(dom)) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) {
      i = m.index;
      break;
    }
  }
  return dom.slice(open, i);
}

const chromium = chromiumOrSkip();
const maybe = chromium ? describe : describe.skip;

maybe('the sidebar in Chromium', () => {
  const replies = recordSession('ja');
  const chunks = replies.noticeSend!.length;
  let dom = '';
  beforeAll(() => {
    dom = runInChromium(chromium as string, JSON.parse(JSON.stringify(replies)) as Replies);
  });

  it('lists the meeting, previews with every value as text (names with markup stay text)', () => {
    expect(inner(dom, 'event')).toContain('第1回 在宅医療・介護連携推進会議（47名）');
    const list = inner(dom, 'preview-list');
    expect(list).toContain('𠮷野 花子 様');
    expect(list).toContain('&lt;script&gt;alert("x")&lt;/script&gt; &amp; 山田 様');
    expect(list).toContain('=HYPERLINK(');
    expect(dom).not.toContain('<script>alert');
    expect(inner(dom, 'preview-count')).toBe('メール 45 件、FAX・郵送 2 件（「通知」シートに一覧があります）');
  });

  it('sends in chunks until done and shows sent / left / in doubt after each', () => {
    const calls = JSON.parse((/data-calls="([^"]*)"/.exec(dom)?.[1] ?? '[]').replace(/&quot;/g, '"').replace(/&amp;/g, '&')) as { fn: string; args: unknown[] }[];
    const sends = calls.filter((c) => c.fn === 'noticeSend');
    expect(chunks).toBeGreaterThan(1);
    expect(sends.map((c) => c.args[2])).toEqual([true, ...Array(chunks - 1).fill(false)]);
    expect(sends.every((c) => c.args[0] === 'E001')).toBe(true);
    expect(inner(dom, 'progress-text')).toBe('送信済み 45 件 ／ 残り 0 件 ／ 確認が必要 0 件');
    expect(dom).toMatch(/<progress id="progress" max="45" value="45"/);
  });

  it('a failing command shows one plain-Japanese line, no stack trace', () => {
    const messages = inner(dom, 'messages');
    expect(messages).toContain('処理を完了できませんでした。');
    expect(messages).toContain('Service Spreadsheets timed out');
    expect(messages).not.toMatch(/\bat \w+ \(/);
  });

  it('speaks English when the user locale is English', () => {
    const en = runInChromium(chromium as string, recordSession('en'));
    expect(inner(en, 'preview-count')).toBe('45 e-mails, 2 FAX/post (listed on the 通知 sheet)');
    expect(inner(en, 'progress-text')).toBe('Sent 45 / left 0 / in doubt 0');
    expect(en).toContain('<html lang="en"');
  });
});

/** Files the clerk picks; one name carries markup, which must show as typed. */
async function pickedFiles(): Promise<PickedFile[]> {
  const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
  return [
    { name: '<b>介護</b>&公表.csv', base64: b64(utf8Bytes(kaigoCsvText())) },
    { name: 'kaigo_excel.csv', base64: b64(cp932Bytes(kaigoCsvText())) },
    { name: '届出受理医療機関名簿.xlsx', base64: b64(await kouseikyokuXlsx()) },
  ];
}

/** Replies of the real server functions: init, events, the import of the picked files, then 取込差分を反映. */
function recordImport(files: readonly PickedFile[]): Replies {
  const w = new GasWorld({ session: { locale: 'ja' } });
  const values = townValues();
  loadWorkbookValues(w.spreadsheet, values, standardFormats(values));
  return {
    sidebarInit: [w.run(() => sidebarInit()).result],
    noticeEvents: [w.run(() => noticeEvents()).result],
    importFiles: [w.run(() => importFiles(files)).result],
    applyImport: [w.run(() => applyImport()).result],
  };
}

/** The clerk picks the files (set through DataTransfer, as a drop would), imports, then applies. */
function importDriver(files: readonly PickedFile[]): string {
  return `var FILES = ${JSON.stringify(files).replace(/</g, '\\u003c')};
    function drive(name) {
      setTimeout(function () {
        if (name === 'noticeEvents') {
          var dt = new DataTransfer();
          FILES.forEach(function (f) {
            var bin = atob(f.base64);
            var bytes = new Uint8Array(bin.length);
            for (var i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
            dt.items.add(new File([bytes], f.name));
          });
          document.getElementById('import-files').files = dt.files;
          document.getElementById('import-run').click();
          // FileReader works in real time, which --virtual-time-budget does not wait for: keep the page
          // busy in short real-time slices (each a 0 ms timer, so virtual time hardly moves) until the
          // sidebar has read the files and called the server.
          (function spin(n) {
            if (n > 2000 || calls.some(function (c) { return c.fn === 'importFiles'; })) return;
            var x = 0;
            for (var k = 0; k < 2e6; k++) x += k;
            window.spun = x;
            setTimeout(function () { spin(n + 1); }, 0);
          })(0);
        }
        if (name === 'importFiles') {
          var snapshot = document.createElement('div');
          snapshot.id = 'import-snapshot';
          var lines = document.getElementById('messages').childNodes;
          for (var j = 0; j < lines.length; j++) snapshot.appendChild(lines[j].cloneNode(true));
          document.body.appendChild(snapshot);
          document.getElementById('import-apply').click();
        }
      }, 5);
    }`;
}

maybe('the sidebar’s file picker in Chromium', () => {
  let files: PickedFile[] = [];
  let replies: Replies = {};
  let dom = '';
  beforeAll(async () => {
    files = await pickedFiles();
    replies = recordImport(files);
    dom = runInChromium(chromium as string, JSON.parse(JSON.stringify(replies)) as Replies, importDriver(files));
  });

  it('sends every picked file once, byte for byte, as base64 in one importFiles call', () => {
    const attr = (/data-calls="([^"]*)"/.exec(dom)?.[1] ?? '[]').replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
    const calls = JSON.parse(attr) as { fn: string; args: unknown[] }[];
    const imports = calls.filter((c) => c.fn === 'importFiles');
    expect(imports).toHaveLength(1);
    expect(imports[0]!.args).toEqual([files]);
    expect(calls.map((c) => c.fn)).toEqual(['sidebarInit', 'noticeEvents', 'importFiles', 'applyImport']);
  });

  it('shows the import’s messages with file names as text, then the apply’s', () => {
    const shown = inner(dom, 'import-snapshot');
    const reply = (replies.importFiles?.[0] ?? { messages: [] }) as { messages: { text: string }[] };
    expect(reply.messages.length).toBeGreaterThan(2);
    expect(shown).toContain('取込差分: 新規');
    expect(shown).toContain('&lt;b&gt;介護&lt;/b&gt;&amp;公表.csv: 介護サービス情報公表システム');
    expect(shown).not.toContain('<b>介護');
    expect(inner(dom, 'messages')).toContain('資源リストに反映しました: 追加');
  });
});
