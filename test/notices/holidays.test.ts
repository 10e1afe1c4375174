/** Holiday data: correct lookups, and the data module runs with no Node API (as in Apps Script). */
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { HOLIDAY_DATA_LAST_YEAR, holidayName } from '../../templates/notices/holidays';

describe('holidayName', () => {
  it.each([
    ['2025-05-05', 'こどもの日'],
    ['2025-05-06', '休日'],
    ['2025-09-15', '敬老の日'],
    ['2025-01-01', '元日'],
    ['2025-05-20', null],
    ['2025-05-24', null],
  ])('%s → %s', (iso, name) => {
    const found = holidayName(iso);
    if (name === '休日') expect(found).toMatch(/振替休日|休日/);
    else expect(found).toBe(name);
  });

  it('does not treat Object.prototype keys as holidays', () => {
    expect(holidayName('constructor')).toBeNull();
    expect(holidayName('__proto__')).toBeNull();
  });

  it('covers at least through 2050', () => expect(HOLIDAY_DATA_LAST_YEAR).toBeGreaterThanOrEqual(2050));
});

describe('@holiday-jp/holiday_jp data module', () => {
  it('evaluates in a bare VM context with no require, process, Buffer or timers', () => {
    const src = readFileSync(require.resolve('@holiday-jp/holiday_jp/lib/holidays'), 'utf8');
    expect(src).not.toMatch(/\brequire\(|\bprocess\.|\bBuffer\b|setTimeout/);
    const sandbox = { module: { exports: {} as Record<string, { name: string }> } };
    runInNewContext(src, sandbox);
    expect(sandbox.module.exports['2025-11-03']?.name).toBe('文化の日');
  });
});
