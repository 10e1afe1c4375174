/** What the clerk reads when a command fails, and the host environment the commands run with. */
import { describeError, excelEnv, indicators, insertTemplate, OutsideExcelError } from '../../addin/src/host/commands';
import { generateTown, MEDIUM_TOWN, townToWorkbookValues } from '../../templates/sample';
import { FakeOfficeError } from './fake-excel';
import { bookFrom, emptyBook, noProgress, withFake } from './helpers';

describe('describeError', () => {
  it('says what to do next in Japanese (English on request), never a stack trace', () => {
    const cases: [unknown, RegExp][] = [
      [new FakeOfficeError('InvalidOperationInCellEditMode', 'x'), /Enter キー/],
      [new FakeOfficeError('RequestPayloadSizeLimitExceeded', 'x'), /大きすぎ/],
      [new FakeOfficeError('AccessDenied', 'x'), /シート保護の解除/],
      [new OutsideExcelError(), /Excel の外/],
      [new TypeError('boom at foo.ts:12'), /TypeError/],
    ];
    for (const [error, text] of cases) {
      const message = describeError(error, 'ja');
      expect(message).toMatch(text);
      expect(message).not.toMatch(/\bat\s+\S+\.ts:\d+|stack/i);
    }
    expect(describeError(new FakeOfficeError('RequestPayloadSizeLimitExceeded', 'x'), 'en')).toMatch(/too large/);
  });

  it('is what a command outside Excel leads to', async () => {
    await expect(insertTemplate(noProgress, 'ja')).rejects.toBeInstanceOf(OutsideExcelError);
  });

});

describe('without ExcelApi 1.9 (feature detection)', () => {
  it('makes no 1.9 call on the blank template, every request under 5 MB', async () => {
    const fake = emptyBook({ excelApi: '1.8' });
    await withFake(fake, async () => {
      const r = await insertTemplate(noProgress, 'ja');
      expect(r.mode).toBe('blank');
      expect(Math.max(...fake.stats().syncs.map((s) => s.requestBytes))).toBeLessThanOrEqual(5 * 1024 * 1024);
      expect(fake.stats().syncs.some((s) => s.byOp['copyFrom'])).toBe(false);
      expect(fake.stats().syncs.some((s) => s.byOp['suspendScreenUpdatingUntilNextSync'])).toBe(false);
      expect(fake.stats().syncs.some((s) => s.byOp['setPrintArea'])).toBe(false);
      expect(r.syncs).toBe(fake.stats().syncs.length);
    });
  });

  it('sends a helper block of several MB as formula strings in chunks under 5 MB', async () => {
    // 6,000 consultations: the 指標計算 block is over 4 MB of formula text (the 5 MB cap less headroom).
    const fake = bookFrom(townToWorkbookValues(generateTown({ seed: 2, size: { ...MEDIUM_TOWN, consultations: 6000 } })), { excelApi: '1.8' });
    await withFake(fake, async () => {
      const r = await indicators(noProgress, 'ja');
      expect(Math.max(...fake.stats().syncs.map((s) => s.requestBytes))).toBeLessThanOrEqual(5 * 1024 * 1024);
      expect(fake.stats().syncs.some((s) => s.byOp['copyFrom'])).toBe(false);
      // Read (2) + at least two write chunks.
      expect(r.syncs).toBeGreaterThan(3);
      expect(r.syncs).toBe(fake.stats().syncs.length);
    });
  });
});
