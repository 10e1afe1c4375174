/** What the clerk reads when a command fails, and the host environment the commands run with. */
import { describeError, excelEnv, insertTemplate, OutsideExcelError } from '../../addin/src/host/commands';
import { FakeOfficeError } from './fake-excel';
import { emptyBook, noProgress, withFake } from './helpers';

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
  it('makes no 1.9 call and sends the helper block as formula strings in chunks under 5 MB', async () => {
    const fake = emptyBook({ excelApi: '1.8' });
    await withFake(fake, async () => {
      const r = await insertTemplate(noProgress, 'ja');
      expect(r.mode).toBe('blank');
      // Without ExcelApi 1.9 the helper block is sent as formula strings, chunked under 5 MB.
      expect(Math.max(...fake.stats().syncs.map((s) => s.requestBytes))).toBeLessThanOrEqual(5 * 1024 * 1024);
      expect(fake.stats().syncs.some((s) => s.byOp['copyFrom'])).toBe(false);
      expect(fake.stats().syncs.some((s) => s.byOp['suspendScreenUpdatingUntilNextSync'])).toBe(false);
      expect(fake.stats().syncs.some((s) => s.byOp['setPrintArea'])).toBe(false);
      // 8 MB of formula strings: the write takes extra syncs, one per ~4 MB chunk.
      expect(r.syncs).toBeGreaterThan(3);
      expect(r.syncs).toBe(fake.stats().syncs.length);
    });
  });
});

describe('excelEnv', () => {
  it('uses Tokyo time, 和暦 dates and links by tab name', () => {
    expect(excelEnv('ja', new Date('2025-03-31T15:30:00Z'))).toEqual({ today: '2025-04-01', now: '2025-04-01T00:30', links: { kind: 'excel' }, dates: 'wareki', lang: 'ja' });
  });
});
