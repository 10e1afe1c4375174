/** The send-log buffer: batches become few whole-span blocks that never undo an earlier batch. */
import fc from 'fast-check';
import { sendLogBuffer } from '../../templates/host';
import type { NoticeUpdate } from '../../templates/notices';
import type { SheetLayout } from '../../templates/validate/types';

const layout = (cols: Record<string, number>): SheetLayout => ({ sheetId: 'attendees', tabName: '出席者', headerRow: 0, columns: { id: 0, ...cols }, extraHeaders: [] });
const update = (row: number, status: NoticeUpdate['noticeStatus'] = '送信済み'): NoticeUpdate => ({ attendeeId: `A${row}`, row, noticeStatus: status, noticeAt: '2025-05-01 10:00', messageId: `m${row}@x` });
const grid = (rows: number) => Array.from({ length: rows }, (_, r) => (r === 0 ? ['出席者ID', '通知状況', '通知日時', 'メッセージID'] : [`A${r + 1}`, '', '', '']));

describe('sendLogBuffer', () => {
  it('writes one block for adjacent log columns, spanning the batch', () => {
    const log = sendLogBuffer(grid(20), layout({ noticeStatus: 1, noticeAt: 2, messageId: 3 }));
    const blocks = log.blocksFor([update(5), update(9)]);
    expect(blocks).toHaveLength(1);
    expect(blocks[0]!.at).toBe('B5');
    expect(blocks[0]!.values).toHaveLength(5);
    expect(blocks[0]!.values[0]).toEqual(['送信済み', '2025-05-01 10:00', 'm5@x']);
    expect(blocks[0]!.values[2]).toEqual([null, null, null]);
  });

  it('splits into runs when the user moved a log column away', () => {
    const log = sendLogBuffer(grid(10), layout({ noticeStatus: 1, noticeAt: 2, messageId: 7 }));
    expect(log.blocksFor([update(3)]).map((b) => b.at)).toEqual(['B3', 'H3']);
  });

  it('reports missing columns (older layout)', () => {
    expect(sendLogBuffer(grid(3), layout({ noticeStatus: 1 })).missingColumns).toEqual(['noticeAt', 'messageId']);
  });

  it('a later batch keeps every earlier one (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.integer({ min: 2, max: 40 }), { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 6 }), (batches) => {
        const cells = grid(40).map((r) => [...r]) as (string | null)[][];
        const log = sendLogBuffer(grid(40), layout({ noticeStatus: 1, noticeAt: 2, messageId: 3 }));
        const expected = new Map<number, string>();
        batches.forEach((rows, b) => {
          const ups = rows.map((r) => ({ ...update(r), messageId: `b${b}r${r}` }));
          for (const u of ups) expected.set(u.row, u.messageId);
          for (const block of log.blocksFor(ups)) {
            const top = Number(block.at.slice(1));
            block.values.forEach((line, i) => { (cells[top - 1 + i] as (string | null)[])[3] = line[2] as string | null; });
          }
        });
        for (const [row, id] of expected) expect(cells[row - 1]?.[3]).toBe(id);
      }),
    );
  });
});
