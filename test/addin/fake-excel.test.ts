/**
 * The fake Excel pins Office.js behaviours the host depends on (each cited in fake-excel/index.ts);
 * if one of these changes, the host tests stop proving anything about Excel.
 */
import { createFakeExcel, FakeOfficeError, PAYLOAD_LIMIT_BYTES, type FakeRequestContext } from './fake-excel';

async function run<T>(fake: ReturnType<typeof createFakeExcel>, fn: (ctx: FakeRequestContext) => Promise<T>): Promise<T> {
  return fake.Excel.run(fn);
}

describe('fake Excel: load and sync', () => {
  it('throws PropertyNotLoaded for a property read before load + sync, and returns it after', async () => {
    const fake = createFakeExcel();
    fake.seedSheet('A', [['x', 1]]);
    await run(fake, async (ctx) => {
      const range = ctx.workbook.worksheets.getItem('A').getRange('A1:B1');
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      range.load('values');
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await ctx.sync();
      expect(range.values).toEqual([['x', 1]]);
      expect(() => range.address).toThrow(FakeOfficeError);
    });
  });

  it('runs queued calls only at sync, in order', async () => {
    const fake = createFakeExcel();
    fake.seedSheet('A', []);
    await run(fake, async (ctx) => {
      ctx.workbook.worksheets.getItem('A').getRange('A1').values = [['queued']];
      expect(fake.cell('A', 'A1')).toBeUndefined();
      await ctx.sync();
      expect(fake.cell('A', 'A1')?.v).toBe('queued');
    });
  });

  it('gives null objects instead of ItemNotFound for *OrNullObject, and ItemNotFound at sync for getItem', async () => {
    const fake = createFakeExcel();
    fake.seedSheet('A', []);
    await run(fake, async (ctx) => {
      const missing = ctx.workbook.worksheets.getItemOrNullObject('nope');
      const present = ctx.workbook.worksheets.getItemOrNullObject('a');
      const used = ctx.workbook.worksheets.getItem('A').getUsedRangeOrNullObject(true);
      await ctx.sync();
      expect([missing.isNullObject, present.isNullObject, used.isNullObject]).toEqual([true, false, true]);
      ctx.workbook.worksheets.getItem('nope').load('name');
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
    });
  });

  it('counts syncs, calls and request bytes; Excel.run sends what is left queued', async () => {
    const fake = createFakeExcel();
    fake.seedSheet('A', []);
    await run(fake, async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('A');
      ws.getRange('A1:B2').values = [[1, 2], [3, 4]];
      ws.getRange('C1').values = [['x']];
      await ctx.sync();
      ws.getRange('D1').values = [['left over']];
    });
    const { runs, syncs } = fake.stats();
    expect(runs).toBe(1);
    expect(syncs.map((s) => s.calls)).toEqual([2, 1]);
    expect(syncs[0]?.byOp['set values']).toBe(2);
    expect(syncs[0]?.requestBytes).toBeGreaterThan(JSON.stringify([[1, 2], [3, 4]]).length);
    expect(fake.cell('A', 'D1')?.v).toBe('left over');
  });
});

describe('fake Excel: what a written string becomes', () => {
  async function write(values: (string | number)[][], textFormat = false) {
    const fake = createFakeExcel();
    fake.seedSheet('A', [], textFormat ? { textColumns: [0] } : undefined);
    await run(fake, async (ctx) => {
      ctx.workbook.worksheets.getItem('A').getRange(`A1:A${values.length}`).values = values;
      await ctx.sync();
    });
    return fake;
  }

  it('turns strings starting with = + - into formulas in a General cell', async () => {
    const fake = await write([['=HYPERLINK("x")'], ['+81-3-1234'], ['-5'], ['-'], ['plain']]);
    expect(fake.cell('A', 'A1')).toEqual({ v: '', f: '=HYPERLINK("x")' });
    expect(fake.cell('A', 'A2')?.f).toBe('=+81-3-1234');
    expect(fake.cell('A', 'A3')?.f).toBe('=-5');
    expect(fake.cell('A', 'A4')).toEqual({ v: '-' });
    expect(fake.cell('A', 'A5')).toEqual({ v: 'plain' });
  });

  it('keeps them text in a text-formatted cell, and after an apostrophe (which is not stored)', async () => {
    const text = await write([['=HYPERLINK("x")'], ['+81']], true);
    expect(text.cell('A', 'A1')).toEqual({ v: '=HYPERLINK("x")' });
    expect(text.cell('A', 'A2')).toEqual({ v: '+81' });
    const quoted = await write([[`'=HYPERLINK("x")`], ["'-5"]]);
    expect(quoted.cell('A', 'A1')).toEqual({ v: '=HYPERLINK("x")', lit: true });
    expect(quoted.values().A).toEqual([['=HYPERLINK("x")'], ['-5']]);
  });

  it('leaves a cell unchanged for null in the input array and applies a single value to every cell', async () => {
    const fake = createFakeExcel();
    fake.seedSheet('A', [['keep', 'old']]);
    await run(fake, async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('A');
      ws.getRange('A1:B1').values = [[null as unknown as string, 'new']];
      ws.getRange('A2:B3').numberFormat = '@';
      await ctx.sync();
    });
    expect(fake.values().A?.[0]).toEqual(['keep', 'new']);
    expect(fake.cell('A', 'B3')?.nf).toBe('@');
  });

  it('refuses a range input whose shape does not match', async () => {
    const fake = createFakeExcel();
    fake.seedSheet('A', []);
    await expect(run(fake, async (ctx) => {
      ctx.workbook.worksheets.getItem('A').getRange('A1:B2').values = [[1, 2]];
      await ctx.sync();
    })).rejects.toMatchObject({ code: 'InvalidArgument' });
  });
});

describe('fake Excel: 5 MB caps', () => {
  it('refuses a request over 5 MB with RequestPayloadSizeLimitExceeded and applies none of it', async () => {
    const fake = createFakeExcel();
    fake.seedSheet('A', []);
    const rows = 60_000;
    const big = Array.from({ length: rows }, (_, i) => [`行${i} ${'あ'.repeat(30)}`]);
    await expect(run(fake, async (ctx) => {
      ctx.workbook.worksheets.getItem('A').getRange(`A1:A${rows}`).values = big;
      await ctx.sync();
    })).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    expect(fake.stats().syncs[0]?.requestBytes).toBeGreaterThan(PAYLOAD_LIMIT_BYTES);
    expect(fake.values().A).toEqual([]);
  });

  it('refuses a response over 5 MB with ResponsePayloadSizeLimitExceeded; a smaller read passes', async () => {
    const fake = createFakeExcel();
    fake.seedSheet('A', Array.from({ length: 60_000 }, (_, i) => [`行${i} ${'あ'.repeat(30)}`]));
    await expect(run(fake, async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('A').getRange('A1:A60000').load('values');
      await ctx.sync();
      return r.values;
    })).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
    const part = await run(fake, async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('A').getRange('A1:A1000').load('values');
      await ctx.sync();
      return r.values;
    });
    expect(part).toHaveLength(1000);
  });
});

describe('fake Excel: copyFrom fills a formula down', () => {
  it('repeats a one-row source and moves relative rows only', async () => {
    const fake = createFakeExcel();
    fake.seedSheet('A', []);
    await run(fake, async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('A');
      ws.getRange('A2:B2').formulas = [[`=IF('x'!$C2="","",$D$1+E2)`, '=""']];
      ws.getRange('A3:B5').copyFrom('A2:B2', 'Formulas');
      await ctx.sync();
    });
    expect(fake.cell('A', 'A5')?.f).toBe(`=IF('x'!$C5="","",$D$1+E5)`);
    expect(fake.cell('A', 'B4')?.f).toBe('=""');
  });
});

describe('fake Excel: AutoFilter and protection options', () => {
  it('applies one AutoFilter per sheet (again replaces it), refuses it on a protected sheet, and keeps the protect options', async () => {
    const fake = createFakeExcel();
    fake.seedSheet('A', [['h1', 'h2'], ['x', 1]]);
    await run(fake, async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('A');
      ws.autoFilter.apply('A1:B2');
      ws.autoFilter.apply('A1:B9');
      await ctx.sync();
      ws.protection.protect({ allowAutoFilter: true });
      await ctx.sync();
      ws.autoFilter.apply('A1:A2');
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'InvalidOperation' });
    });
    const sheet = fake.store.sheets.find((s) => s.name === 'A');
    expect(sheet?.autoFilter).toEqual({ r0: 0, c0: 0, r1: 8, c1: 1 });
    expect(sheet?.protectionOptions).toEqual({ allowAutoFilter: true });
  });
});
