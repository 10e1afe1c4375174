/**
 * The import commands the hosts' file pickers call (written once for Excel, Sheets and the CLI):
 *
 *   host: read all tabs + the picked files ─► importCommand ─► { ops: 取込差分 sheet, messages, plan }
 *   clerk reviews 採用 on 取込差分
 *   host: read all tabs ─► applyImportCommand ─► { ops: value blocks into 資源リスト, messages }
 *
 * Files come in as CSV bytes (the host's Shift_JIS decoder is passed along) or as grids (an .xlsx
 * sheet the host opened); see docs/port.md "Importing open data".
 */
import type { Grid } from '../core/cell';
import { FINDINGS_SHEET } from '../host/findings-sheet';
import type { CommandResult, HostEnv, UiMessage } from '../host/commands';
import type { HostOp } from '../host/ops';
import { uiText, type UiTextKey } from '../host/texts';
import { matchKey } from '../normalize/fold';
import { getSheet } from '../sheets/registry';
import { validateWorkbook } from '../validate/engine';
import type { SheetLayout, ValidationResult, WorkbookValues } from '../validate/types';
import { applyDiffRows, type ApplyResult } from './apply';
import { consolidate } from './consolidate';
import { DIFF_SHEET, acceptListName, diffSheetPlan, readDiffSheet } from './diff-sheet';
import type { ShiftJisDecoder } from './encoding';
import { existingEntries } from './existing';
import { ACCEPT, planMerge, type DiffRow, type ImportPlan } from './merge';
import { readSourceFile, type FileRead, type ImportFile } from './sources';
import type { TownOf } from './town';
import type { SourceRead } from './types';

function say(env: HostEnv, key: UiTextKey, tone: UiMessage['tone'], params: Readonly<Record<string, string | number>> = {}): UiMessage {
  return { key, text: uiText(key, env.lang, params), tone };
}

const TAB_KEYS: ReadonlySet<string> = new Set(
  (['settings', 'resources'] as const).flatMap((id) => {
    const spec = getSheet(id);
    return [spec.name, ...(spec.aliases ?? [])].map(matchKey);
  }),
);

/**
 * The tabs an import reads: 設定 and 資源リスト (under any of their names). Validating only these
 * keeps a large workbook's consultations and attendees out of the import's time.
 */
function importTabs(values: WorkbookValues): WorkbookValues {
  const out: Record<string, Grid> = {};
  for (const [tab, grid] of Object.entries(values)) if (tab !== DIFF_SHEET && tab !== FINDINGS_SHEET && TAB_KEYS.has(matchKey(tab))) out[tab] = grid;
  return out;
}

interface Loaded {
  readonly validation: ValidationResult;
  readonly layout: SheetLayout;
  readonly grid: Grid;
}

function loadResources(values: WorkbookValues, env: HostEnv): Loaded | null {
  const validation = validateWorkbook(importTabs(values), { today: env.today });
  const layout = validation.layouts.resources;
  if (!layout) return null;
  return { validation, layout, grid: values[layout.tabName] ?? [] };
}

export interface ImportOptions {
  /** The data's date for files that do not print one (default: today). */
  readonly dataDate?: string;
  readonly shiftJis?: ShiftJisDecoder;
}

export interface ImportCommandResult extends CommandResult {
  readonly plan: ImportPlan | null;
  readonly reads: readonly FileRead[];
}

/** The town of 設定 (code preferred, name as fallback); null when it names neither. */
export function townOfSettings(validation: ValidationResult, values: WorkbookValues): TownOf | null {
  const s = validation.rows.settings;
  let lgCode = typeof s?.lgCode === 'string' ? s.lgCode : null;
  let name = typeof s?.townName === 'string' ? s.townName : null;
  if (!s) {
    // 設定 with an error elsewhere gives no row: read the two cells directly.
    const grid = values[getSheet('settings').name] ?? [];
    for (const line of grid) {
      const label = String(line[0] ?? '').trim();
      if (label === '全国地方公共団体コード' && /^\d{6}$/.test(String(line[1] ?? '').trim())) lgCode = String(line[1]).trim();
      if (label === '市区町村名' && String(line[1] ?? '').trim()) name = String(line[1]).trim();
    }
  }
  return lgCode || name ? { lgCode, name } : null;
}

/**
 * 公表データの取込: reads the picked files, plans the merge with 資源リスト and lays the plan out
 * as the 取込差分 sheet. 資源リスト itself is not written.
 */
export function importCommand(values: WorkbookValues, env: HostEnv, files: readonly ImportFile[], options: ImportOptions = {}): ImportCommandResult {
  const loaded = loadResources(values, env);
  if (!loaded) return { ops: [], messages: [say(env, 'import.noResources', 'error')], plan: null, reads: [] };
  const town = townOfSettings(loaded.validation, values);
  if (!town) return { ops: [], messages: [say(env, 'import.noTown', 'error')], plan: null, reads: [] };
  const dataDate = options.dataDate ?? env.today;
  const reads = files.map((f) => readSourceFile(f, town, { dataDate, ...(options.shiftJis ? { shiftJis: options.shiftJis } : {}) }));
  const ok = reads.filter((r): r is FileRead & SourceRead & { ok: true } => r.ok);
  const plan = planMerge(existingEntries(loaded.grid, loaded.layout), consolidate(ok), { reads: ok });
  const summary = say(env, 'import.summary', 'ok', { added: plan.newEntries, changed: plan.changedEntries, gone: plan.goneEntries, same: plan.unchangedEntries });
  const messages: UiMessage[] = [summary];
  for (const r of reads) {
    if (!r.ok) messages.push(say(env, 'import.unknownFile', 'error', { file: r.file }));
    else if (r.otherTownRows > 0) messages.push(say(env, 'import.otherTown', 'ok', { file: r.source.file, count: r.otherTownRows }));
  }
  const problems = ok.flatMap((r) => r.problems);
  const first = problems[0];
  if (first) messages.push(say(env, 'import.problems', 'warn', { count: problems.length, example: `${first.file} ${first.row}行 ${first.field}「${first.value}」` }));
  const ops: HostOp[] = [
    { kind: 'replaceSheet', plan: diffSheetPlan(plan, summary.text) },
    { kind: 'defineNames', names: [acceptListName()] },
    { kind: 'activate', sheet: DIFF_SHEET, range: 'H2' },
  ];
  return { ops, messages, plan, reads };
}

export interface ApplyImportResult extends CommandResult {
  readonly result: ApplyResult | null;
}

/** Applies diff rows (only those marked 採用) to 資源リスト: the write-back operations. */
export function applyRowsCommand(values: WorkbookValues, env: HostEnv, rows: readonly DiffRow[]): ApplyImportResult {
  const loaded = loadResources(values, env);
  if (!loaded) return { ops: [], messages: [say(env, 'import.noResources', 'error')], result: null };
  const result = applyDiffRows(loaded.grid, loaded.layout, rows);
  const ops: HostOp[] = result.blocks.length ? [{ kind: 'writeBlocks', sheet: loaded.layout.tabName, blocks: result.blocks }] : [];
  ops.push({ kind: 'activate', sheet: loaded.layout.tabName });
  const messages = [say(env, 'import.applied', 'ok', { added: result.added, cells: result.cellsWritten })];
  if (result.skipped.length) messages.push(say(env, 'import.skipped', 'warn', { count: result.skipped.length }));
  return { ops, messages, result };
}

/** 取込差分を反映: the rows marked 採用 on the workbook's 取込差分 sheet. */
export function applyImportCommand(values: WorkbookValues, env: HostEnv): ApplyImportResult {
  const grid = values[DIFF_SHEET];
  const rows = grid ? readDiffSheet(grid) : null;
  if (!rows) return { ops: [], messages: [say(env, 'import.noDiff', 'error')], result: null };
  return applyRowsCommand(values, env, rows);
}

/** The new entries of a plan as accepted by default — what `import --apply` writes when no 取込差分 sheet exists yet. */
export function defaultNewEntryRows(plan: ImportPlan): DiffRow[] {
  return plan.rows.filter((r) => r.kind === '新規' && r.accept === ACCEPT);
}
