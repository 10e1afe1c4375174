/**
 * The notices entry points as Apps Script runs them: the built Code.js evaluated in a fresh vm context
 * per execution (no module system, no URL/atob/TextEncoder/setTimeout/crypto/process), with the fakes
 * as globals. The same guarantees as send.test.ts, now proven on the artefact clasp pushes.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { buildGas } from '../../apps-script/build/bundle';
import type { SendProgress } from '../../apps-script/src/send-run';
import { contactsSheet } from '../../templates/sheets/contacts';
import { interpretedCells, loadWorkbookValues } from './fakes/spreadsheet-app';
import { GasWorld } from './gas-world';
import { bundleCode, gasBuild } from './load-bundle';
import { addressOf, EDGE_NAMES, sendTown } from './send-town';

let code = '';
let functions: readonly string[] = [];
beforeAll(async () => {
  const build = await gasBuild();
  code = bundleCode(build);
  functions = build.functions;
});

function world(n: number, quota = 1500, costs?: Record<string, number>): GasWorld {
  const w = new GasWorld({ quota, ...(costs ? { costs } : {}) });
  loadWorkbookValues(w.spreadsheet, sendTown(n).values);
  const contacts = w.spreadsheet.sheetNamed(contactsSheet.name)!;
  EDGE_NAMES.forEach((name, i) => {
    if (name.startsWith('=') && i < n) contacts.getRange(i + 2, 2).setValue(`'${name}`);
  });
  return w;
}

const send = (w: GasWorld, first: boolean, kill = {}) => w.runBundle<SendProgress>(code, 'noticeSend', ['E001', null, first, false], { kill });

function untilDone(w: GasWorld, kills: ({ atCall: number } | null)[] = []): SendProgress[] {
  const out: SendProgress[] = [];
  for (let run = 0; run < 60; run++) {
    const k = kills[run] ?? null;
    const o = send(w, run === 0, k ?? {});
    if (o.killed) continue;
    out.push(o.result!);
    if (o.result!.done && o.result!.failed === 0) return out;
  }
  throw new Error('did not settle');
}

describe('notices in the bundle', () => {
  it('exports every sidebar and trigger entry point as a top-level function', () => {
    for (const fn of ['sidebarInit', 'noticeEvents', 'noticePreview', 'noticeSend', 'noticeScheduleResume', 'noticeCancelResume', 'resumeNoticeSend']) expect(functions).toContain(fn);
  });

  it('quota 37: the first execution sends 37, the next the rest; 𠮷 intact; HTML escaped; = + - @ stored as text', () => {
    const w = world(50, 37);
    const first = send(w, true).result!;
    expect(first).toMatchObject({ ok: true, sent: 37, left: 13, stopped: 'quota', inDoubt: 0 });
    w.mail.resetQuota(100);
    const second = send(w, false).result!;
    expect(second).toMatchObject({ ok: true, sent: 13, left: 0, done: true });
    expect(new Set(w.mail.sent.map((m) => m.to)).size).toBe(50);
    expect(w.mail.sent).toHaveLength(50);
    const yoshino = w.mail.sent.find((m) => m.to === addressOf(0))!;
    expect(yoshino.body).toContain('𠮷野 花子 様');
    expect(w.mail.sent.find((m) => m.to === addressOf(1))!.htmlBody).toContain('&lt;script&gt;');
    expect(interpretedCells(w.spreadsheet)).toEqual([]);
  });

  it('killed at random service calls and rerun: never twice (bundle, several seeds)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 4, max: 16 }), fc.array(fc.option(fc.record({ atCall: fc.integer({ min: 1, max: 200 }) }), { nil: null }), { maxLength: 4 }), (n, kills) => {
        const w = world(n);
        const runs = untilDone(w, kills);
        const counts = new Map<string, number>();
        for (const m of w.mail.sent) counts.set(m.to, (counts.get(m.to) ?? 0) + 1);
        expect([...counts.values()].every((c) => c === 1)).toBe(true);
        const last = runs[runs.length - 1]!;
        expect(counts.size + last.inDoubt).toBeGreaterThanOrEqual(n);
      }),
      { numRuns: 12, seed: 9 },
    );
  });

  it('500 recipients in one trigger execution: one read, one quota check per batch of 10, one durable write per batch', () => {
    const w = world(500);
    expect(w.runBundle<{ ok: boolean }>(code, 'noticeScheduleResume', ['E001']).result!.ok).toBe(true);
    w.nowMs = w.scriptApp.triggers[0]!.atMs;
    const run = w.runBundle<void>(code, 'resumeNoticeSend');
    expect(w.mail.sent).toHaveLength(500);
    const c = (label: string) => run.exec.count(label);
    // One read: each tab's data range read once (nothing per row).
    expect(c('Range.getValues')).toBe(c('Sheet.getDataRange'));
    expect(c('Sheet.getDataRange')).toBeLessThanOrEqual(w.spreadsheet.sheets.length);
    expect(c('MailApp.sendEmail')).toBe(500);
    expect(c('MailApp.getRemainingDailyQuota')).toBe(50);
    // 50 batch writes + the last outcomes, each one setValues and one flush; one more flush before the lock is released.
    expect(c('SpreadsheetApp.flush')).toBe(52);
    expect(w.scriptApp.triggers).toHaveLength(0);
  });
});

describe('the drafts build', () => {
  it('creates Gmail drafts (status 下書き作成) and carries the restricted scope; GmailApp mangles 𠮷', async () => {
    const build = await buildGas({ outDir: mkdtempSync(join(tmpdir(), 'zrk-gas-drafts-')), drafts: true });
    const manifest = JSON.parse(readFileSync(join(build.outDir, 'appsscript.json'), 'utf8')) as { oauthScopes: string[] };
    expect(manifest.oauthScopes).toContain('https://mail.google.com/');
    const w = world(5);
    const init = w.runBundle<{ drafts: boolean }>(bundleCode(build), 'sidebarInit').result!;
    expect(init.drafts).toBe(true);
    const p = w.runBundle<SendProgress>(bundleCode(build), 'noticeSend', ['E001', null, true, true]).result!;
    expect(p).toMatchObject({ ok: true, mode: 'draft', sent: 5, done: true });
    expect(w.mail.sent).toHaveLength(0);
    expect(w.gmail.drafts).toHaveLength(5);
    expect(w.gmail.drafts.find((d) => d.message.to === addressOf(0))!.message.body).not.toContain('𠮷');
    // The standard build has no such scope and refuses drafts.
    const standard = JSON.parse(readFileSync(join((await gasBuild()).outDir, 'appsscript.json'), 'utf8')) as { oauthScopes: string[] };
    expect(standard.oauthScopes).not.toContain('https://mail.google.com/');
    expect(w.runBundle<{ drafts: boolean }>(code, 'sidebarInit').result!.drafts).toBe(false);
  });
});

describe('the sidebar file in the project', () => {
  it('the 通知… menu item opens sidebar.html through HtmlService with the kit title', async () => {
    const build = await gasBuild();
    expect(build.copied).toContain('sidebar.html');
    const html = readFileSync(join(build.outDir, 'sidebar.html'), 'utf8');
    const w = new GasWorld({ html: { sidebar: html } });
    const o = w.runBundle<void>(code, 'showSidebar');
    const shown = o.sheets.ui.sidebars as { getTitle(): string; getContent(): string }[];
    expect(shown).toHaveLength(1);
    expect(shown[0]!.getTitle()).toBe('在宅連携キット');
    expect(shown[0]!.getContent()).toContain("call('sidebarInit', [], init)");
  });
});
