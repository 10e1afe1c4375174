/**
 * Writes the notices send log (通知状況 / 通知日時 / メッセージID of 出席者) back into the source
 * workbook, touching only those cells. The columns come from the validation layout, so a user
 * workbook with moved columns is written where its columns really are.
 */
import type { NoticeUpdate } from '../../templates/notices';
import type { SheetLayout } from '../../templates/validate/types';
import { patchTextCells, type TextCellUpdate } from './patch-cells';

/** The log columns, in the order they are written. */
export const SEND_LOG_KEYS = ['noticeStatus', 'noticeAt', 'messageId'] as const;

export interface SendLogResult {
  /** Rows written. */
  readonly rows: number;
  /** Log columns the sheet lacks (their values were not written). */
  readonly missingColumns: readonly string[];
}

/** The cell updates for a batch of log rows (pure; exposed for tests). */
export function sendLogCells(layout: SheetLayout, updates: readonly NoticeUpdate[]): { cells: TextCellUpdate[]; missingColumns: string[] } {
  const missingColumns = SEND_LOG_KEYS.filter((k) => layout.columns[k] === undefined);
  const cells: TextCellUpdate[] = [];
  for (const u of updates) {
    for (const key of SEND_LOG_KEYS) {
      const col = layout.columns[key];
      if (col !== undefined) cells.push({ row: u.row, col, text: u[key] });
    }
  }
  return { cells, missingColumns };
}

/**
 * Applies the updates to the file in place.
 * @throws PatchError when the sheet or a row cannot be found (the file is left unchanged)
 * @example await recordSendLog('みどり町.xlsx', result.layouts.attendees!, plan.writeBack);
 */
export async function recordSendLog(path: string, layout: SheetLayout, updates: readonly NoticeUpdate[]): Promise<SendLogResult> {
  const { cells, missingColumns } = sendLogCells(layout, updates);
  await patchTextCells(path, layout.tabName, cells);
  return { rows: new Set(updates.map((u) => u.row)).size, missingColumns };
}
