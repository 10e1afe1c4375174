/**
 * The built task pane in real headless Chromium (Debian `chromium` + playwright-core): Office.js
 * from the @microsoft/office-js package in place of Microsoft's CDN, and a stub host that gives the
 * page the fake Excel with the sample town typed in. Every button runs end to end; the page logs no
 * console error and asks no other server; a screenshot of each screen goes to out/addin-screens/.
 * Without a stub host the page says it is outside Excel. Needs /usr/bin/chromium: on CI (CI=true)
 * its absence fails, locally the suite skips with a printed reason.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { Browser, Page } from 'playwright-core';
import { buildAddin } from '../../addin/build/build';
import { uiText } from '../../templates/host/texts';
import { computeIndicators } from '../../templates/indicators/compute';
import { generateTown, townToWorkbookValues } from '../../templates/sample';
import { toCsv } from '../../templates/export/csv';
import { professionalListsCommand } from '../../templates/report/commands';
import { validateWorkbook } from '../../templates/validate/engine';
import { KAIGO_HEADER, cp932Bytes, kaigoLine } from '../import/fixtures';
import type { FakeExcel } from './fake-excel';
import { chromiumAvailable, launchChromium, newPaneContext, SITE, type OpenPane, type StubHost } from './browser/harness';

const ROOT = join(__dirname, '..', '..');
const SHOTS = join(ROOT, 'out', 'addin-screens');
const onCi = process.env.CI === 'true';
const missing = chromiumAvailable() ? null : 'no /usr/bin/chromium (Debian package chromium)';

if (missing && !onCi) console.log(`[taskpane] browser test skipped: ${missing}`);

/** The workbook as the fake holds it now (read inside the page). */
function fakeValues(page: Page): Promise<Record<string, unknown[][]>> {
  return page.evaluate(() => (window as unknown as { __zrkFakeExcel: FakeExcel }).__zrkFakeExcel.values());
}

/** The tab names of the fake workbook, in order. */
function fakeTabs(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __zrkFakeExcel: FakeExcel }).__zrkFakeExcel.store.sheets.map((sh) => sh.name));
}

/** Clicks a command button and waits for its result panel to settle. */
async function press(page: Page, selector: string): Promise<void> {
  await page.click(selector);
  await page.waitForFunction(() => {
    const r = document.getElementById('result');
    return !!r && !r.hasAttribute('aria-busy') && r.childElementCount > 0;
  });
}

async function shot(page: Page, name: string): Promise<void> {
  await page.mouse.move(0, 0); // no hover highlight left on the last button clicked
  await page.screenshot({ path: join(SHOTS, `${name}.png`) });
}

/** Tokyo calendar date, as the pane's host computes "today". */
function tokyoToday(): string {
  return new Date(Date.now() + 9 * 3600_000).toISOString().slice(0, 10);
}

(missing && !onCi ? describe.skip : describe)('the task pane in headless Chromium', () => {
  let browser: Browser;
  let site: string;
  const opened: OpenPane[] = [];

  beforeAll(async () => {
    if (missing) throw new Error(`CI must run the task pane in Chromium, but: ${missing}`);
    mkdirSync(SHOTS, { recursive: true });
    site = mkdtempSync(join(tmpdir(), 'addin-site-'));
    await buildAddin({ outDir: site, baseUrl: SITE });
    browser = await launchChromium();
  });

  afterAll(async () => {
    for (const o of opened) await o.context.close();
    await browser?.close();
    if (site) rmSync(site, { recursive: true, force: true });
  });

  async function open(stub: StubHost | null, userAgent?: string): Promise<OpenPane> {
    const pane = await newPaneContext(browser, { siteDir: site, stub, ...(userAgent ? { userAgent } : {}) });
    opened.push(pane);
    await pane.page.goto(`${SITE}/taskpane.html`);
    return pane;
  }

  it('outside Excel it says so and where to open it', async () => {
    const { page, errors, external } = await open(null);
    await page.waitForSelector('#app:not([aria-busy])');
    expect(await page.textContent('#app')).toContain(uiText('app.outsideHost', 'ja'));
    expect(await page.$$('button')).toHaveLength(0);
    await shot(page, '0-outside-excel');
    expect(errors).toEqual([]);
    expect(external).toEqual([]);
  });

  it('when the network blocks Office.js it says which domain to allow instead of showing a blank page', async () => {
    const pane = await newPaneContext(browser, { siteDir: site, stub: null, officeJs: false });
    opened.push(pane);
    await pane.page.goto(`${SITE}/taskpane.html`);
    await pane.page.waitForSelector('#app:not([aria-busy])');
    expect(await pane.page.textContent('#app')).toContain(uiText('app.officeJsBlocked', 'ja'));
    // The only error is the browser's own line about the refused script.
    expect(pane.errors.every((e) => /Failed to load resource/.test(e))).toBe(true);
  });

  it('runs every command end to end on the sample town', async () => {
    const { page, errors, external } = await open({ workbook: 'sample', displayLanguage: 'ja-JP' });
    // Every step the progress line shows, as a screen reader would hear it.
    await page.evaluate(() => {
      const seen: string[] = [];
      Object.assign(window, { __steps: seen });
      new MutationObserver(() => {
        const t = document.querySelector('.progress .step')?.textContent;
        if (t && seen[seen.length - 1] !== t) seen.push(t);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await page.waitForSelector('#cmd-insert');
    expect(await page.getAttribute('html', 'lang')).toBe('ja');
    expect(await page.textContent('#cmd-insert')).toContain('テンプレート挿入・更新');

    // テンプレート挿入・更新: the sample town is an existing workbook, so it is upgraded in place.
    const before = await fakeValues(page);
    await press(page, '#cmd-insert');
    expect(await page.textContent('#result')).toContain('様式を更新しました');
    await shot(page, '1-insert');
    const afterInsert = await fakeValues(page);
    const moved: unknown[] = [];
    for (const [tab, grid] of Object.entries(before)) {
      grid.forEach((row, r) => row.forEach((v, c) => v !== '' && afterInsert[tab]?.[r]?.[c] !== v && moved.push([tab, r, c, v, afterInsert[tab]?.[r]?.[c]])));
    }
    expect(moved).toEqual([]);

    // 検証 from the keyboard: focus the button, press Enter.
    await page.focus('#cmd-validate');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => !document.getElementById('result')?.hasAttribute('aria-busy') && /検証結果|問題は見つかりません/.test(document.getElementById('result')?.textContent ?? ''));
    expect(await fakeTabs(page)).toContain('検証結果');
    expect(await page.getAttribute('#cmd-validate', 'aria-current')).toBe('true');
    expect(await page.getAttribute('#cmd-insert', 'aria-current')).toBeNull();
    await shot(page, '2-validate');

    // 指標: the table equals the TypeScript figures for the same workbook.
    await press(page, '#cmd-indicators');
    const rows = await page.$$eval('table.indicators tbody tr', (trs) => trs.map((tr) => Array.from(tr.querySelectorAll('td'), (td) => td.textContent ?? '')));
    const values = townToWorkbookValues(generateTown({ seed: 1 }));
    const { rows: town } = validateWorkbook(values, { today: tokyoToday() });
    const expected = computeIndicators(town, { fiscalYear: town.settings?.fiscalYear ?? 0, today: tokyoToday() });
    expect(rows.map((r) => r[0])).toEqual(expected.map((r) => r.id));
    const shown = (n: number | null) => (n === null ? '—' : n.toLocaleString('ja-JP', { maximumFractionDigits: 1 }));
    expect(rows.map((r) => [r[2], r[4], r[5]])).toEqual(expected.map((r) => [shown(r.value), shown(r.target), r.achieved || '—']));
    expect(await fakeTabs(page)).toContain('指標');
    await shot(page, '3-indicators');

    // 通知: pick a meeting, preview (nothing written yet), copy one, write the sheets, download the drafts.
    await press(page, '#cmd-notices');
    const eventIds = await page.$$eval('#notice-event option', (os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(eventIds.length).toBeGreaterThan(0);
    await page.selectOption('#notice-event', eventIds[0] as string);
    await press(page, '#notice-make');
    const cardsOf = () => page.$$eval('article.notice', (as) => as.map((a) => ({ channel: a.querySelector('.notice-channel')?.textContent ?? '', subject: a.querySelector('.notice-subject')?.textContent ?? '' })));
    const cards = await cardsOf();
    expect(cards.length).toBeGreaterThan(0);
    expect(await fakeTabs(page)).not.toContain('通知');
    expect(await page.$('#notice-download')).toBeNull();
    expect(await page.textContent('#result')).toContain(uiText('notices.previewNote', 'ja'));
    await shot(page, '4a-notices-preview');
    await press(page, '#notice-write');
    expect(await fakeTabs(page)).toContain('通知');
    expect(await cardsOf()).toEqual(cards);
    const sheet = await page.evaluate(() => (window as unknown as { __zrkFakeExcel: FakeExcel }).__zrkFakeExcel.values()['通知'] ?? []);
    expect(sheet.length).toBeGreaterThanOrEqual(cards.length + 1);
    await shot(page, '4-notices');

    await page.click('article.notice >> nth=0 >> button.notice-copy');
    await page.waitForFunction((t) => document.querySelector('.notice-preview [role=status]')?.textContent === t, uiText('notices.copied', 'ja'));
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(new RegExp(`^${cards[0]?.subject.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\n\\n`));

    const mail = cards.filter((c) => c.channel === 'メール').length;
    if (mail > 0) {
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('#notice-download')]);
      expect(download.suggestedFilename()).toBe(`開催通知_${eventIds[0]}.zip`);
      const zip = await JSZip.loadAsync(readFileSync((await download.path()) as string));
      const emls = Object.keys(zip.files).filter((n) => n.endsWith('.eml'));
      expect(emls).toHaveLength(mail);
      expect(await zip.file(emls[0] as string)?.async('string')).toContain('X-Unsent: 1');
    }

    // The same meeting again: everyone is logged as drafted, so nobody is drafted twice.
    await press(page, '#notice-make');
    expect(await page.$$('article.notice')).toHaveLength(0);
    expect(await page.$('#notice-write')).toBeNull();
    expect(await page.textContent('#result')).toContain(uiText('notices.nothingToWrite', 'ja'));

    // 住民向け一覧.
    await press(page, '#cmd-resident');
    expect(await page.textContent('#result')).toMatch(/住民向け一覧に \d+ 件/);
    expect(await fakeTabs(page)).toContain('住民向け一覧');
    await shot(page, '5-resident');

    const steps = await page.evaluate(() => (window as unknown as { __steps: string[] }).__steps);
    // 'plan' is computed synchronously between 'read' and 'write', so no frame shows it.
    for (const step of ['read', 'write', 'done'] as const) expect(steps).toContain(uiText(`step.${step}`, 'ja'));
    expect(errors).toEqual([]);
    expect(external).toEqual([]);
  });

  it('公表データの取込: a Shift_JIS CSV picked in the pane becomes 取込差分, and 取込差分を反映 adds the new office', async () => {
    const { page, errors } = await open({ workbook: 'sample', displayLanguage: 'ja-JP' });
    const settings = validateWorkbook(townToWorkbookValues(generateTown({ seed: 1 })), { today: tokyoToday() }).rows.settings;
    const office = { code: String(settings?.lgCode ?? ''), town: String(settings?.townName ?? ''), name: '訪問看護ステーションあすなろ', service: '訪問看護', address: `${String(settings?.townName ?? '')}大字中央3番地`, phone: '0237-44-1111', officeCode: '0660109999' };
    const csv = cp932Bytes(toCsv([[...KAIGO_HEADER], kaigoLine(office, 0)], { bom: false, eol: '\r\n', guardFormulas: false }));
    await page.waitForSelector('#cmd-import');
    await press(page, '#cmd-import');
    await page.setInputFiles('#import-files', [{ name: 'kaigo.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) }]);
    await page.click('#import-run');
    await page.waitForSelector('#import-apply');
    expect(await page.textContent('#result')).toMatch(/取込差分: 新規 1 件/);
    expect(await fakeTabs(page)).toContain('取込差分');
    expect(JSON.stringify((await fakeValues(page))['資源リスト'])).not.toContain(office.name);
    await shot(page, '7-import');
    await page.click('#import-apply');
    await page.waitForFunction(() => /資源リストに反映しました/.test(document.getElementById('result')?.textContent ?? ''));
    expect(await page.textContent('#result')).toContain('追加 1 件');
    expect(JSON.stringify((await fakeValues(page))['資源リスト'])).toContain(office.name);
    expect(errors).toEqual([]);
  });

  it('実績報告 writes its sheet and saves the same report as .docx (writer loaded on demand); 関係者向けリスト writes the lists', async () => {
    const { page, errors, external } = await open({ workbook: 'sample', displayLanguage: 'ja-JP' });
    await page.waitForSelector('#cmd-report');
    const scripts = () => page.$$eval('script[src]', (ss) => ss.map((s) => (s as HTMLScriptElement).src.split('/').pop()));
    expect(await scripts()).not.toContain('report-docx.js');
    const tabsBefore = await fakeTabs(page);
    await press(page, '#cmd-report');
    expect(await page.textContent('#result')).toMatch(/シートに.*を作成しました/);
    const added = (await fakeTabs(page)).filter((t) => !tabsBefore.includes(t));
    expect(added).toHaveLength(1);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#report-download')]);
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    expect(await scripts()).toContain('report-docx.js');
    const docx = await JSZip.loadAsync(readFileSync((await download.path()) as string));
    const xml = (await docx.file('word/document.xml')?.async('string')) ?? '';
    const sheet = (await fakeValues(page))[added[0] as string] ?? [];
    expect(xml).toContain(String(sheet[0]?.[0]));
    await page.waitForFunction(() => /を保存しました/.test(document.querySelector('.report-docx [role=status]')?.textContent ?? ''));
    await shot(page, '8-report');

    await press(page, '#cmd-lists');
    expect(await page.textContent('#result')).toMatch(/FAX連絡票を作成しました/);
    const lists = professionalListsCommand(townToWorkbookValues(generateTown({ seed: 1 })), { today: tokyoToday() }).ops.flatMap((op) => (op.kind === 'replaceSheet' ? [op.plan.name] : []));
    expect(lists).toHaveLength(4);
    const tabs = await fakeTabs(page);
    for (const name of lists) expect(tabs).toContain(name);
    expect(errors).toEqual([]);
    expect(external).toEqual([]);
  });

  it('テンプレート挿入・更新 on an empty workbook lays out the blank template', async () => {
    const { page, errors } = await open({ workbook: 'empty', displayLanguage: 'ja-JP' });
    await page.waitForSelector('#cmd-insert');
    await press(page, '#cmd-insert');
    expect(await page.textContent('#result')).toMatch(/標準様式のシートを \d+ 枚作成しました/);
    const tabs = await fakeTabs(page);
    for (const tab of ['設定', '資源リスト', '出席者', '指標']) expect(tabs).toContain(tab);
    expect(errors).toEqual([]);
  });

  it('speaks English when Excel does, and where files cannot be saved it points to the 通知 sheet', async () => {
    const wkWebView = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko)';
    const { page, errors } = await open({ workbook: 'sample', displayLanguage: 'en-US' }, wkWebView);
    await page.waitForSelector('#cmd-notices');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.textContent('#cmd-validate')).toContain('Validate');
    await press(page, '#cmd-notices');
    await press(page, '#notice-make');
    await press(page, '#notice-write');
    expect(await page.$('#notice-download')).toBeNull();
    expect(await page.textContent('#result')).toContain(uiText('notices.downloadUnsupported', 'en'));
    // A webview that refuses the async Clipboard API: the textarea + execCommand route copies instead.
    await page.evaluate(async () => {
      await navigator.clipboard.writeText('(before)');
      navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
    });
    await page.click('article.notice >> nth=0 >> button.notice-copy');
    await page.waitForFunction((t) => document.querySelector('.notice-preview [role=status]')?.textContent === t, uiText('notices.copied', 'en'));
    const subject = await page.textContent('article.notice >> nth=0 >> .notice-subject');
    expect((await page.evaluate(() => navigator.clipboard.readText())).startsWith(`${subject}\n\n`)).toBe(true);
    await shot(page, '6-notices-en-no-download');
    expect(errors).toEqual([]);
  });

  it('the ribbon function file runs 検証 and 指標 and completes the event; an error opens the message dialog', async () => {
    const pane = await newPaneContext(browser, { siteDir: site, stub: { workbook: 'sample', displayLanguage: 'ja-JP' } });
    opened.push(pane);
    const { page, errors, external } = pane;
    await page.goto(`${SITE}/commands.html`);
    // Office's dialog API, recorded (the fake Excel has no UI).
    await page.evaluate(() => {
      const dialogs: string[] = [];
      const office = (window as unknown as { Office: { context: Record<string, unknown> } }).Office;
      office.context.ui = { displayDialogAsync: (url: string) => dialogs.push(url) };
      Object.assign(window, { __dialogs: dialogs });
    });
    const runAction = (name: string) =>
      page.evaluate(
        (n) =>
          new Promise<boolean>((resolve) => {
            const action = (window as unknown as Record<string, (e: { completed(): void }) => void>)[n];
            action?.({ completed: () => resolve(true) });
          }),
        name,
      );
    expect(await runAction('runValidate')).toBe(true);
    expect(await fakeTabs(page)).toContain('検証結果');
    expect(await runAction('runIndicators')).toBe(true);
    expect(await fakeTabs(page)).toContain('指標');
    expect(await page.evaluate(() => (window as unknown as { __dialogs: string[] }).__dialogs)).toEqual([]);

    await page.evaluate(() => {
      (window as unknown as { Excel: { run: unknown } }).Excel.run = () => Promise.reject(Object.assign(new Error('denied'), { code: 'AccessDenied' }));
    });
    expect(await runAction('runValidate')).toBe(true);
    const [dialog] = await page.evaluate(() => (window as unknown as { __dialogs: string[] }).__dialogs);
    expect(dialog?.startsWith(`${SITE}/message.html#`)).toBe(true);
    await page.goto(dialog as string);
    expect(await page.textContent('#message')).toBe(uiText('error.protected', 'ja'));
    expect(errors).toEqual([]);
    expect(external).toEqual([]);
  });

  it('turns a failing command into plain words with what to do next, never a stack', async () => {
    const { page, errors } = await open({ workbook: 'sample', displayLanguage: 'ja-JP' });
    await page.waitForSelector('#cmd-validate');
    // Excel refuses while a cell is being edited: InvalidOperationInCellEditMode.
    await page.evaluate(() => {
      const w = window as unknown as { Excel: { run: unknown } };
      w.Excel.run = () => Promise.reject(Object.assign(new Error('The operation is not allowed in cell edit mode.'), { name: 'RichApi.Error', code: 'InvalidOperationInCellEditMode' }));
    });
    await press(page, '#cmd-validate');
    const text = (await page.textContent('#result')) ?? '';
    expect(text).toBe(uiText('error.busy', 'ja'));
    expect(await page.$('#result [role=alert]')).not.toBeNull();
    expect(await page.isDisabled('#cmd-validate')).toBe(false);
    await shot(page, '7-error');
    expect(errors).toEqual([]);
  });
});
