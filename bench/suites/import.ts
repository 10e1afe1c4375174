/**
 * Import benchmark (issue 11): a 介護 CSV (UTF-8 BOM bytes, decoded and parsed in the core) plus a
 * 厚生局 workbook grid (three filing rows per institution) merged into a 資源リスト — the whole
 * importCommand (decode, parse, detect, town filter, normalize, consolidate, plan, 取込差分 sheet
 * plan). Full size: 10,000 CSV rows + 5,000 institutions into 5,000 entries, target ≤ 3,000 ms;
 * and linear: full / one tenth ≤ 11×.
 */
import { performance } from 'node:perf_hooks';
import type { CellValue } from '../../templates/core/cell';
import { toCsv } from '../../templates/export/csv';
import type { HostEnv } from '../../templates/host/commands';
import { importCommand, type ImportFile } from '../../templates/import';
import { lgCheckDigit } from '../../templates/normalize/lg-code';
import { generateTown, townToWorkbookValues } from '../../templates/sample';
import type { ResourceRow } from '../../templates/sheets/rows';
import type { WorkbookValues } from '../../templates/validate/types';
import type { BenchRow, BenchSuite } from '../harness';

const TOWN = '063258';
const OTHER = `06326${lgCheckDigit('06326')}`;
const ENV: HostEnv = { today: '2025-12-01', now: '2025-12-01T10:00', links: { kind: 'excel' }, dates: 'wareki', lang: 'ja' };
const SERVICES = ['訪問介護', '通所介護', '居宅介護支援', '訪問看護', '短期入所生活介護', '介護老人福祉施設', '認知症対応型共同生活介護', '介護予防通所リハビリテーション'];
const KAIGO_HEADER = [
  '都道府県コード又は市町村コード', 'No', '都道府県名', '市区町村名', '事業所名', '事業所名カナ', 'サービスの種類', '住所', '方書（ビル名等）', '緯度', '経度',
  '電話番号', 'FAX番号', '法人番号', '法人の名称', '事業所番号', '利用可能曜日', '利用可能曜日特記事項', '定員', 'URL',
  '高齢者の方と障害者の方が同時一体的に利用できるサービス', '介護保険の通常の指定基準を満たしている', '障害福祉の通常の指定基準を満たしている', '備考',
];
const KK_HEADER = [
  '項番', '都道府県コード', '都道府県名', '区分', '医療機関番号', '併設医療機関番号', '医療機関記号番号', '医療機関名称', '医療機関所在地（郵便番号）',
  '医療機関所在地（住所）', '電話番号', 'FAX番号', '病床数', '受理届出名称', '受理記号', '受理番号', '算定開始年月日', '個別有効開始年月日',
  '備考（見出し）', '備考（データ）', '市町村コード', '市町村名', '種別コード', '種別',
];
const FILINGS = ['在宅時医学総合管理料及び施設入居時等医学総合管理料', '在宅療養支援診療所１', '外来感染対策向上加算'];

const pad = (n: number, w: number) => String(n).padStart(w, '0');
const phone = (i: number) => `0237-${pad(10 + (i % 89), 2)}-${pad(i % 10000, 4)}`;
/** Every 7th phone typed with full-width digits or odd hyphens, as the published files have them. */
const messyPhone = (i: number) => (i % 7 === 0 ? phone(i).replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)).replace(/-/g, 'ー') : phone(i));

/** A 介護 CSV of n rows: 90 % in the town, offices on two rows every 5th, ids 10 characters. */
function kaigoBytes(n: number): Uint8Array {
  const rows: string[][] = [KAIGO_HEADER];
  for (let i = 0; i < n; i++) {
    const office = i % 5 === 4 ? i - 1 : i;
    const inTown = i % 10 !== 0;
    rows.push([
      inTown ? TOWN : OTHER, String(i + 1), '山形県', inTown ? '桜川町' : '隣町', `事業所${office}`, 'カナ', SERVICES[i % SERVICES.length] as string,
      `山形県桜川町大字本町${office}番地`, '', i % 11 === 0 ? '0' : '38.3', i % 11 === 0 ? '0' : '140.2', messyPhone(office), '', '', '', `06${pad(office, 8)}`,
      '月火水木金', '', String(i % 30), '', '', '', '', '',
    ]);
  }
  return new Uint8Array(Buffer.from(toCsv(rows, { bom: true, guardFormulas: false }), 'utf8'));
}

/** A 厚生局 grid of n institutions, three filing rows each (follow-up rows blank). */
function kouseikyokuGrid(n: number): CellValue[][] {
  const grid: CellValue[][] = [['届出受理医療機関名簿'], ['[令和7年6月1日 現在]'], [''], KK_HEADER];
  for (let i = 0; i < n; i++) {
    FILINGS.forEach((f, j) => {
      grid.push([
        grid.length, '06', '山形県', i % 4 === 0 ? '歯科' : '医科', pad(i, 7), '', '', j ? '' : `医院${i}`, j ? '' : '999-3101', j ? '' : `山形県桜川町大字中央${i}番地`,
        j ? '' : messyPhone(50_000 + i), '', '', f, '', '', '', '', '', '', i % 10 === 0 ? '326' : '325', '', '', '',
      ]);
    });
  }
  return grid;
}

/** A town whose 資源リスト has n entries: half the 介護 offices (by code), a quarter of the clinics (by name + address), the rest unknown to the data. */
function townWith(n: number): WorkbookValues {
  const base = generateTown({ seed: 1 });
  const template = Object.fromEntries(Object.keys(base.rows.resources[0] as object).map((k) => [k, null]));
  const resources: ResourceRow[] = [];
  for (let i = 0; i < n; i++) {
    const kind = i % 4;
    const r = { ...template, id: `R${pad(i + 1, 5)}`, disclosure: '関係者のみ', lastVerified: '2025-01-10', source: '独自調査' } as Record<string, unknown>;
    if (kind <= 1) Object.assign(r, { category: '訪問介護', name: `事業所${i}`, officialCode: `06${pad(i, 8)}`, address: `桜川町大字本町${i}番地`, phone: phone(i + (kind === 1 ? 1 : 0)) });
    else if (kind === 2) Object.assign(r, { category: '診療所', name: `医院${i}`, address: `桜川町大字中央${i}番地`, phone: phone(50_000 + i) });
    else Object.assign(r, { category: '薬局', name: `薬局${i}`, address: `桜川町大字北町${i}番地`, phone: phone(90_000 + i) });
    resources.push(r as unknown as ResourceRow);
  }
  const settings = { ...base.rows.settings!, townName: '桜川町', lgCode: TOWN };
  const values = townToWorkbookValues({ ...base, rows: { ...base.rows, settings, resources } });
  return { '設定': values['設定'] ?? [], '資源リスト': values['資源リスト'] ?? [] };
}

interface Case {
  readonly values: WorkbookValues;
  readonly files: ImportFile[];
}

export function makeCase(scale: number): Case {
  return { values: townWith(5000 * scale), files: [{ name: 'kaigo.csv', bytes: kaigoBytes(10_000 * scale) }, { name: 'kk.xlsx', grid: kouseikyokuGrid(5000 * scale) }] };
}

const run = (c: Case) => importCommand(c.values, ENV, c.files, { dataDate: '2025-06-30' });
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
function timed(fn: () => unknown): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

export const suite: BenchSuite = {
  title: '公表データの取込 / open-data import (介護 CSV + 厚生局 名簿 → 資源リスト, plan + 取込差分 sheet)',
  async run(): Promise<BenchRow[]> {
    const full = makeCase(1);
    const tenth = makeCase(0.1);
    const plan = run(full).plan;
    if (!plan || plan.newEntries === 0 || plan.changedEntries === 0) throw new Error('the benchmark case must produce new and changed entries');
    run(tenth);
    const small: number[] = [];
    const large: number[] = [];
    for (let r = 0; r < 5; r++) {
      small.push(timed(() => run(tenth)));
      large.push(timed(() => run(full)));
      small.push(timed(() => run(tenth)));
    }
    const msFull = median(large);
    const msTenth = median(small);
    const ratio = msFull / msTenth;
    return [
      { name: '1,000行の介護CSV＋500医療機関（1,500行）→ 500件の資源リスト', ms: msTenth },
      {
        name: '10,000行の介護CSV＋5,000医療機関（15,000行）→ 5,000件の資源リスト',
        ms: msFull,
        target: '≤ 3,000 ms',
        pass: msFull <= 3000,
        note: `plan: 新規 ${plan.newEntries}, 変更 ${plan.changedEntries}, 廃止の可能性 ${plan.goneEntries}, ${plan.rows.length} 行の取込差分 (medians of 5 interleaved rounds)`,
      },
      { name: '線形性: 全量 / 1/10 量', ms: msFull, target: '≤ 11×', pass: ratio <= 11, note: `${ratio.toFixed(2)}× (linear would be 10×)` },
    ];
  },
};
