/**
 * Excel host round trips, counted by the faithful Office.js fake: for every task-pane command on
 * towns with 10, 10,000 and 50,000 consultation rows (the last is the LARGE sample town), the syncs
 * one Excel.run makes and its largest request and response. Targets: ≤ 3 syncs for the sample town
 * and the same count for 10 and 10,000 rows; every request ≤ 5 MB (Excel on the web's cap).
 * Also: the 指標計算 helper block written as formula strings vs filled down from one row.
 */
import { generateTown, LARGE_TOWN, SMALL_TOWN, townToWorkbookValues } from '../../templates/sample';
import { indicatorSheetPlans } from '../../templates/plan/indicator-sheet';
import { blockBytes, fillDownBytes, splitFillDown } from '../../templates/plan/fill-down';
import type { ValueBlock } from '../../templates/plan/types';
import { PAYLOAD_LIMIT_BYTES } from '../../test/addin/fake-excel';
import { bookFrom, runEveryCommand, type CommandCost } from '../../test/addin/helpers';
import type { BenchRow, BenchSuite } from '../harness';

const SIZES = [
  { label: '10 件', size: { ...SMALL_TOWN, consultations: 10 } },
  { label: '10,000 件', size: { ...SMALL_TOWN, consultations: 10_000 } },
  { label: '50,000 件 (LARGE)', size: LARGE_TOWN },
] as const;

const kb = (bytes: number): string => `${Math.round(bytes / 1000).toLocaleString('en-US')} KB`;

function summary(cost: CommandCost): { syncs: number; request: number; response: number; refused: number } {
  const accepted = cost.syncs.filter((s) => s.responseBytes <= PAYLOAD_LIMIT_BYTES);
  return {
    syncs: cost.syncs.length,
    request: Math.max(0, ...cost.syncs.map((s) => s.requestBytes)),
    response: Math.max(0, ...accepted.map((s) => s.responseBytes)),
    refused: cost.syncs.length - accepted.length,
  };
}

export const suite: BenchSuite = {
  title: 'Excel アドイン: コマンドごとの同期回数と最大リクエスト / Excel host syncs and request sizes (fake Office.js)',
  async run(): Promise<BenchRow[]> {
    const bySize: CommandCost[][] = [];
    for (const s of SIZES) bySize.push(await runEveryCommand(bookFrom(townToWorkbookValues(generateTown({ seed: 7, size: s.size })))));
    const rows: BenchRow[] = [];
    const names = (bySize[0] ?? []).map((c) => c.name);
    for (const name of names) {
      const at = bySize.map((costs) => costs.find((c) => c.name === name) as CommandCost);
      const [ten, tenK] = at.map(summary);
      at.forEach((cost, i) => {
        const s = summary(cost);
        const small = i < 2;
        const pass = s.request <= PAYLOAD_LIMIT_BYTES && (small ? s.syncs <= 3 && ten?.syncs === tenK?.syncs : true);
        rows.push({
          name: `${name} — ${SIZES[i]?.label}`,
          ms: cost.ms,
          target: small ? '≤ 3 syncs, 10 = 10,000, request ≤ 5 MB' : 'request ≤ 5 MB',
          pass,
          note: `syncs ${s.syncs}${s.refused ? ` (${s.refused} refused read, then bands)` : ''}, largest request ${kb(s.request)}, largest response ${kb(s.response)}`,
        });
      });
    }
    const calc = indicatorSheetPlans({ consultations: 50_000 })[1]?.blocks[0] as ValueBlock;
    const started = Date.now();
    const split = splitFillDown(calc);
    const ms = Date.now() - started;
    const all = blockBytes(calc);
    const filled = fillDownBytes(split);
    rows.push({
      name: `指標計算 ${calc.values.length - 1} 行: 1 行を copyFrom で埋める / fill down vs formula strings`,
      ms,
      baseline: 'formula strings',
      target: 'filled ≤ 1 % of strings',
      pass: filled <= all / 100,
      note: `strings ${kb(all)} (${Math.ceil(all / (PAYLOAD_LIMIT_BYTES * 0.8))} requests) vs fill ${kb(filled)} (${split.fills.length} copies); ms = detection time`,
    });
    return rows;
  },
};
