/**
 * Notices: render N notices in every form (plan → text + HTML, .eml, print page) for N = 1,000 and
 * 10,000 recipients of one event; the 10,000 run must take ≤ 11× the 1,000 run (linear scaling).
 */
import { performance } from 'node:perf_hooks';
import { medianMs, type BenchRow, type BenchSuite } from '../harness';
import { emlZip, planNotices, renderEml, renderPrintHtml } from '../../templates/notices';
import { attendeesSheet } from '../../templates/sheets/attendees';
import { contactsSheet } from '../../templates/sheets/contacts';
import { eventsSheet } from '../../templates/sheets/events';
import type { AttendeeRow, ContactRow, EventRow, SettingsRow } from '../../templates/sheets/rows';
import type { SheetSpec } from '../../templates/spec/types';
import type { TownRows } from '../../templates/validate/types';

function blankRow<T>(spec: SheetSpec, row: number, values: Record<string, unknown>): T {
  const out: Record<string, unknown> = { __row: row };
  for (const c of spec.columns) out[c.key] = null;
  return { ...out, ...values } as T;
}

const SETTINGS: SettingsRow = {
  __row: 2, prefecture: '長野県', townName: 'みどり町', lgCode: '131016', department: '福祉課 高齢者支援係', personInCharge: '山田 一郎',
  phone: '0123-45-6789', fax: '0123-45-6790', email: 'zaitaku@town.midori.example.jp', fiscalYear: 2025, signature: null, supportCenterName: null, publicHealthNurseSide: null, socialWorkerSide: null,
  homeCareArea: null,
};

const SURNAMES = ['佐藤', '鈴木', '高橋', '田中', '伊藤', '渡辺', '山本', '中村', '小林', '𠮷野'];
const GIVEN = ['花子', '太郎', '愛', '誠', '陽子', '健一', '美咲', '翔太'];

/** A town with n invitees of one event, every one reachable by e-mail. */
function syntheticTown(n: number): TownRows {
  const contacts: ContactRow[] = [];
  const attendees: AttendeeRow[] = [];
  for (let i = 0; i < n; i++) {
    contacts.push(blankRow(contactsSheet, i + 2, {
      id: `P${i}`, name: `${SURNAMES[i % SURNAMES.length]} ${GIVEN[i % GIVEN.length]}`, organisation: `みどり町 第${i % 97}事業所`,
      profession: '看護師', email: `user${i}@example.jp`, fax: '0123-45-0000',
    }));
    attendees.push(blankRow(attendeesSheet, i + 2, { id: `A${i}`, eventId: 'E001', contactId: `P${i}`, invited: true }));
  }
  const event: EventRow = blankRow(eventsSheet, 2, {
    id: 'E001', type: '多職種会議（イ）', title: '第1回 在宅医療・介護連携推進会議', date: '2025-05-20', startTime: '14:00', endTime: '15:30',
    venue: '役場 2階 大会議室', agenda: '入退院支援ルールの確認', responseDeadline: '2025-05-13',
  });
  return { settings: SETTINGS, resources: [], contacts, events: [event], attendees, issues: [], consultations: [], sharingAdoption: [], plan: [], statistics: null, noticeTemplates: [] };
}

/** Everything a run produces for n recipients; returns a checksum so nothing is optimised away. */
function renderAll(town: TownRows): number {
  const plan = planNotices(town, 'E001', 'T01', { now: '2025-05-01T10:00', runId: 'bench' });
  let size = 0;
  for (const m of plan.messages) size += m.text.length + m.html.length + renderEml(m).length;
  size += renderPrintHtml(plan.messages).length;
  return size;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

function timed(fn: () => unknown): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

/**
 * Medians of the two sizes measured in alternation (after a warm-up of each), so a burst of load
 * on a shared machine hits both sides of the ratio rather than one.
 */
function interleaved(small: () => unknown, large: () => unknown, rounds: number): { smallMs: number; largeMs: number } {
  small();
  large();
  const s: number[] = [];
  const l: number[] = [];
  for (let r = 0; r < rounds; r++) {
    s.push(timed(small));
    l.push(timed(large));
    s.push(timed(small));
  }
  return { smallMs: median(s), largeMs: median(l) };
}

export const suite: BenchSuite = {
  title: '通知の差し込み / notice mail-merge (text + HTML + .eml + print page)',
  async run(): Promise<BenchRow[]> {
    const small = syntheticTown(1000);
    const large = syntheticTown(10000);
    const expected = planNotices(large, 'E001', 'T01', { now: '2025-05-01T10:00', runId: 'bench' }).messages.length;
    if (expected !== 10000) throw new Error(`expected 10,000 messages, got ${expected}`);
    const { smallMs: ms1k, largeMs: ms10k } = interleaved(() => renderAll(small), () => renderAll(large), 7);
    const ratio = ms10k / ms1k;
    const msZip = await medianMs(() => emlZip(planNotices(small, 'E001', 'T01', { now: '2025-05-01T10:00', runId: 'bench' })), 5);
    return [
      { name: '1,000通を作成（本文・HTML・eml・印刷ページ）', ms: ms1k },
      {
        name: '10,000通を作成（本文・HTML・eml・印刷ページ）',
        ms: ms10k,
        target: '≤ 11 × 1,000通の時間',
        pass: ratio <= 11,
        note: `10,000 / 1,000 = ${ratio.toFixed(2)}× (medians of 7 interleaved rounds; linear would be 10×)`,
      },
      { name: '1,000通の .eml を zip（STORE）に', ms: msZip, note: 'plan + renderEml + zip writer' },
    ];
  },
};
