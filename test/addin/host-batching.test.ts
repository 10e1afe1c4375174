/**
 * The performance contract of the Excel host, counted by the fake: each command is one Excel.run
 * whose syncs do not grow with the row count (read + write, ≤ 3 for the sample town), and no
 * request or response passes Excel on the web's 5 MB cap even with 50,000 consultation rows.
 */
import { generateTown, LARGE_TOWN, SMALL_TOWN, townToWorkbookValues } from '../../templates/sample';
import { PAYLOAD_LIMIT_BYTES } from './fake-excel';
import { bookFrom, runEveryCommand, type CommandCost } from './helpers';

const syncCounts = (costs: readonly CommandCost[]) => Object.fromEntries(costs.map((c) => [c.name, c.syncs.length]));

describe('Excel host batching', () => {
  let small: CommandCost[];
  let big: CommandCost[];
  beforeAll(async () => {
    small = await runEveryCommand(bookFrom(townToWorkbookValues(generateTown({ seed: 3, size: { ...SMALL_TOWN, consultations: 10 } }))));
    big = await runEveryCommand(bookFrom(townToWorkbookValues(generateTown({ seed: 3, size: { ...SMALL_TOWN, consultations: 10_000 } }))));
  }, 600_000);

  it('makes the same number of syncs for 10 and for 10,000 consultation rows', () => {
    expect(syncCounts(big)).toEqual(syncCounts(small));
  });

  it('needs at most 3 syncs per command (tab list, read, write), in one Excel.run, and reports the count it made', () => {
    for (const cost of [...small, ...big]) {
      expect({ name: cost.name, runs: cost.runs }).toEqual({ name: cost.name, runs: 1 });
      expect({ name: cost.name, syncs: cost.syncs.length <= 3 }).toEqual({ name: cost.name, syncs: true });
      expect({ name: cost.name, reported: cost.hostSyncs }).toEqual({ name: cost.name, reported: cost.syncs.length });
    }
  });

  it('writes with a constant number of calls: the 10,000-row book costs no more calls than the 10-row one, bar the bigger highlight/list blocks', () => {
    const calls = (costs: readonly CommandCost[]) => Object.fromEntries(costs.map((c) => [c.name, c.syncs.reduce((n, s) => n + s.calls, 0)]));
    const a = calls(small);
    const b = calls(big);
    for (const name of Object.keys(a)) expect({ name, ratio: (b[name] as number) / (a[name] as number) < 1.5 }).toEqual({ name, ratio: true });
  });

  it('keeps the host estimate of each request above what the fake measured', () => {
    for (const cost of [...small, ...big]) {
      const measured = Math.max(0, ...cost.syncs.map((s) => s.requestBytes));
      if (cost.name !== 'noticeEvents') expect({ name: cost.name, ok: cost.hostMaxRequestBytes >= measured * 0.9 }).toEqual({ name: cost.name, ok: true });
    }
  });
});

describe('Excel host with 50,000 consultation rows (LARGE sample town)', () => {
  it('keeps every request under 5 MB; responses too, after at most one refused whole-book read', async () => {
    const costs = await runEveryCommand(bookFrom(townToWorkbookValues(generateTown({ seed: 5, size: LARGE_TOWN }))));
    const all = costs.flatMap((c) => c.syncs.map((s) => ({ name: c.name, ...s })));
    expect(Math.max(...all.map((s) => s.requestBytes))).toBeLessThanOrEqual(PAYLOAD_LIMIT_BYTES);
    // Excel refuses the first whole-workbook read (18 MB of values); the host then reads in bands,
    // and later commands go to bands directly.
    const refused = all.filter((s) => s.responseBytes > PAYLOAD_LIMIT_BYTES);
    expect(refused.map((s) => s.name)).toEqual(['insertTemplate']);
    expect(costs.map((c) => c.name)).toEqual(['insertTemplate', 'validate', 'indicators', 'noticeEvents', 'notices', 'residentList']);
  }, 900_000);
});
