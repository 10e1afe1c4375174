/**
 * Whole-workbook plans: every standardized sheet in registry order, the printable 情報共有シート,
 * the 指標 sheet with its hidden helper sheet, and the hidden 選択肢 lists — blank, or filled with a
 * town's rows (values rendered by templates/spec/to-cells.ts, so they follow ADR 0001).
 */
import { DEFAULT_NOTICE_TEMPLATES } from '../notices/default-templates';
import type { SampleTown } from '../sample/types';
import { SHEETS } from '../sheets/registry';
import type { NormalizedValue } from '../spec/row-types';
import type { SheetId, SheetSpec } from '../spec/types';
import type { TownRows } from '../validate/types';
import { indicatorSheetPlans } from './indicator-sheet';
import { keyValueSheetPlan } from './key-value-sheet';
import { listCatalogue, listNamedRanges, listsSheetPlan } from './lists';
import { sharingFormPlan } from './sharing-form';
import { tableSheetPlan } from './table-sheet';
import type { DateStyle, SheetPlan, WorkbookPlan } from './types';

export interface WorkbookPlanOptions {
  /** 'wareki' (Excel, LibreOffice; default) or 'western' (Google Sheets has no era formats). */
  readonly dates?: DateStyle;
  /** Minimum rows of each table sheet's data area (validations and formats); default 2000. */
  readonly dataRows?: number;
  /** Leave out the default notice templates of a blank workbook (default: included). */
  readonly withoutDefaultNotices?: boolean;
}

type Record_ = Readonly<Record<string, NormalizedValue>>;

/** Rows of each sheet id, as the builders take them. */
type RowsById = Readonly<Partial<Record<SheetId, readonly Record_[]>>>;

function rowsById(town: TownRows): RowsById {
  return {
    settings: town.settings ? [town.settings] : [],
    resources: town.resources,
    contacts: town.contacts,
    events: town.events,
    attendees: town.attendees,
    issues: town.issues,
    consultations: town.consultations,
    sharingAdoption: town.sharingAdoption,
    plan: town.plan,
    statistics: town.statistics ? [town.statistics] : [],
    noticeTemplates: town.noticeTemplates,
    contactTree: town.contactTree ?? [],
    equipment: town.equipment ?? [],
    bcp: town.bcp ?? [],
    coverPairs: town.coverPairs ?? [],
    emergencyCare: town.emergencyCare ?? [],
  } as unknown as RowsById;
}

function buildPlan(rows: RowsById, options: WorkbookPlanOptions): WorkbookPlan {
  const specs: readonly SheetSpec[] = SHEETS;
  const lists = listCatalogue(specs);
  const dates = options.dates ?? 'wareki';
  const sheets: SheetPlan[] = [];
  for (const spec of specs) {
    const own = rows[spec.id] ?? [];
    if (spec.kind === 'keyValue') {
      sheets.push(keyValueSheetPlan(spec, own[0] ?? null, { lists, dates }));
    } else {
      sheets.push(tableSheetPlan(spec, own, { lists, dates, ...(options.dataRows !== undefined ? { dataRows: options.dataRows } : {}) }));
    }
  }
  sheets.push(sharingFormPlan());
  sheets.push(
    ...indicatorSheetPlans({
      attendees: rows.attendees?.length ?? 0,
      consultations: rows.consultations?.length ?? 0,
      issues: rows.issues?.length ?? 0,
      contacts: rows.contacts?.length ?? 0,
      events: rows.events?.length ?? 0,
    }),
  );
  sheets.push(listsSheetPlan(lists));
  return { sheets, namedRanges: listNamedRanges(lists), recalcOnOpen: true };
}

/**
 * The blank standardized workbook: headers, formats, dropdowns and highlights on every sheet, the
 * default notice templates, the printable form and the 指標 sheet.
 * @example blankWorkbookPlan().sheets.map((s) => s.name) // ['設定', '資源リスト', …, '選択肢']
 */
export function blankWorkbookPlan(options: WorkbookPlanOptions = {}): WorkbookPlan {
  const rows: RowsById = options.withoutDefaultNotices ? {} : { noticeTemplates: DEFAULT_NOTICE_TEMPLATES as unknown as readonly Record_[] };
  return buildPlan(rows, options);
}

function isSampleTown(town: SampleTown | TownRows): town is SampleTown {
  return 'rows' in town && 'seed' in town;
}

/**
 * The same workbook filled with a town's validated rows (a SampleTown or any TownRows).
 * @example townWorkbookPlan(generateSampleTown({ seed: 1 })).sheets[1]?.blocks[0]?.values.length // 61
 */
export function townWorkbookPlan(town: SampleTown | TownRows, options: WorkbookPlanOptions = {}): WorkbookPlan {
  const rows = isSampleTown(town) ? town.rows : town;
  return buildPlan(rowsById(rows), options);
}
