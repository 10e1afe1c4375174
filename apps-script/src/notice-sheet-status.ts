/**
 * The 通知 sheet's 状況 column says what the send log will record for each message. Excel writes the
 * sheet together with the log (drafts), so it is true at once; Sheets writes the sheet BEFORE sending,
 * so an e-mail row would read 送信済み while nothing has gone out yet. The Sheets host therefore shows
 * 未送信 for e-mail rows in the sheet it lays out; 出席者 (the send log) is where each row's real state
 * is kept as the sends happen. FAX/post rows keep FAX待ち/郵送待ち: they are recorded with the pages.
 */
import { NOTICE_HEADER, NOTICE_SHEET } from '../../templates/host/notice-sheets';
import type { HostOp } from '../../templates/host/ops';
import type { PlanCell } from '../../templates/plan/types';

const CHANNEL = NOTICE_HEADER.indexOf('経路');
const STATUS = NOTICE_HEADER.indexOf('状況');

/** The operations with the 通知 sheet's e-mail rows marked 未送信. */
export function beforeSendingStatus(ops: readonly HostOp[]): HostOp[] {
  return ops.map((op) => {
    if (op.kind !== 'replaceSheet' || op.plan.name !== NOTICE_SHEET) return op;
    const blocks = op.plan.blocks.map((block, b) =>
      b !== 0
        ? block
        : { ...block, values: block.values.map((row, r) => (r === 0 || row[CHANNEL] !== 'メール' ? row : row.map((cell, c): PlanCell => (c === STATUS ? '未送信' : cell)))) },
    );
    return { ...op, plan: { ...op.plan, blocks } };
  });
}
