/**
 * The notices send log (出席者: 通知状況 / 通知日時 / メッセージID) as spreadsheet writes, for hosts
 * that write ranges (Excel, Sheets). Each batch of updates becomes one block per run of adjacent log
 * columns, spanning the batch's first to last row; rows in between are rewritten with what the
 * buffer holds for them — the values read at the start plus every earlier batch of this run — so a
 * batch never undoes an earlier one and the number of calls does not grow with the number of rows.
 */
import { toA1 } from '../core/address';
import type { CellValue, Grid } from '../core/cell';
import type { NoticeUpdate } from '../notices/plan';
import type { PlanCell, ValueBlock } from '../plan/types';
import type { SheetLayout } from '../validate/types';

/** The log columns, in the order they are written. */
export const SEND_LOG_KEYS = ['noticeStatus', 'noticeAt', 'messageId'] as const;
type LogKey = (typeof SEND_LOG_KEYS)[number];

export interface SendLogBuffer {
  /** Log columns the sheet lacks (an older layout: run テンプレート挿入・更新 first). */
  readonly missingColumns: readonly LogKey[];
  /** The blocks that record `updates` (0 blocks for none). The buffer remembers them for later batches. */
  blocksFor(updates: readonly NoticeUpdate[]): ValueBlock[];
}

function toPlan(value: CellValue): PlanCell {
  if (value === undefined || value === null || value === '') return null;
  if (value instanceof Date) return null; // a log cell never holds a date object from the core's own writes
  return value;
}

/** Runs of adjacent column indexes, each with the keys in column order. */
function columnRuns(columns: readonly { key: LogKey; col: number }[]): { key: LogKey; col: number }[][] {
  const sorted = [...columns].sort((a, b) => a.col - b.col);
  const runs: { key: LogKey; col: number }[][] = [];
  for (const c of sorted) {
    const last = runs[runs.length - 1];
    const prev = last?.[last.length - 1];
    if (last && prev && prev.col + 1 === c.col) last.push(c);
    else runs.push([c]);
  }
  return runs;
}

/**
 * A buffer over the 出席者 grid as the host read it.
 * @example
 * const log = sendLogBuffer(values['出席者'], result.layouts.attendees!);
 * for (const block of log.blocksFor(plan.writeBack)) host.write('出席者', block);
 */
export function sendLogBuffer(grid: Grid, layout: SheetLayout): SendLogBuffer {
  const present = SEND_LOG_KEYS.filter((k) => layout.columns[k] !== undefined).map((key) => ({ key, col: layout.columns[key] as number }));
  const missingColumns = SEND_LOG_KEYS.filter((k) => layout.columns[k] === undefined);
  const runs = columnRuns(present);
  /** row (1-based) → key → value written or read. */
  const written = new Map<number, Partial<Record<LogKey, PlanCell>>>();
  const current = (row: number, key: LogKey, col: number): PlanCell => {
    const mine = written.get(row);
    if (mine && key in mine) return mine[key] as PlanCell;
    return toPlan(grid[row - 1]?.[col]);
  };
  return {
    missingColumns,
    blocksFor(updates) {
      if (updates.length === 0 || runs.length === 0) return [];
      let first = Infinity;
      let last = -Infinity;
      for (const u of updates) {
        const entry = written.get(u.row) ?? {};
        for (const key of SEND_LOG_KEYS) entry[key] = u[key];
        written.set(u.row, entry);
        first = Math.min(first, u.row);
        last = Math.max(last, u.row);
      }
      return runs.map((run) => {
        const values: PlanCell[][] = [];
        for (let row = first; row <= last; row++) values.push(run.map((c) => current(row, c.key, c.col)));
        return { at: toA1({ row: first - 1, col: (run[0] as { col: number }).col }), values };
      });
    },
  };
}
