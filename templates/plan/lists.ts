/**
 * The hidden 選択肢 sheet: every dropdown list of the specs in its own column, each reachable by a
 * workbook name. Lists come from a range because Excel caps inline lists at 255 characters, and
 * through a name so an upgrade can rewrite the sheet without breaking older validations.
 */
import { columnLetters, quoteSheetName } from '../core/address';
import { FALSE_MARK, TRUE_MARK } from '../spec/to-cells';
import type { ColumnSpec, SheetSpec } from '../spec/types';
import type { NamedRange, PlanCell, SheetPlan } from './types';

export const LISTS_SHEET_NAME = '選択肢';

/** Name of the ○/× list shared by every boolean column. */
export const BOOLEAN_LIST_NAME = 'L_boolean';

export interface PlanList {
  /** Workbook name, e.g. 'L_resources_category' (named after the first column that uses it). */
  readonly name: string;
  /** Label written above the values (row 1 of the lists sheet). */
  readonly label: string;
  readonly values: readonly string[];
  /** 0-based column on the lists sheet. */
  readonly col: number;
  /** Absolute reference: "'選択肢'!$A$2:$A$18". */
  readonly ref: string;
}

export interface ListCatalogue {
  readonly lists: readonly PlanList[];
  /** The list of a column, or undefined when the column has no dropdown. */
  listFor(spec: SheetSpec, col: ColumnSpec): PlanList | undefined;
}

/** Columns that get a dropdown: single-choice enums and ○/× booleans (multiEnum cells hold 、-joined sets). */
function dropdownValues(col: ColumnSpec): readonly string[] | undefined {
  if (col.type === 'boolean') return [TRUE_MARK, FALSE_MARK];
  if (col.type === 'enum' && col.values && col.values.length > 0) return col.values;
  return undefined;
}

function listRef(col: number, length: number): string {
  const letter = columnLetters(col);
  return `${quoteSheetName(LISTS_SHEET_NAME)}!$${letter}$2:$${letter}$${length + 1}`;
}

/**
 * Collects the distinct dropdown lists of the given specs, in spec and column order
 * (identical value lists share one column).
 * @example listCatalogue(SHEETS).listFor(resourcesSheet, categoryColumn)?.name // 'L_resources_category'
 */
export function listCatalogue(specs: readonly SheetSpec[]): ListCatalogue {
  const byValues = new Map<string, PlanList>();
  const byColumn = new Map<string, PlanList>();
  const lists: PlanList[] = [];
  for (const spec of specs) {
    for (const col of spec.columns) {
      const values = dropdownValues(col);
      if (!values) continue;
      const signature = values.join('\u0000');
      let list = byValues.get(signature);
      if (!list) {
        const index = lists.length;
        const isBoolean = col.type === 'boolean';
        list = {
          name: isBoolean ? BOOLEAN_LIST_NAME : `L_${spec.id}_${col.key}`,
          label: isBoolean ? '○×' : `${col.header}（${spec.name}）`,
          values,
          col: index,
          ref: listRef(index, values.length),
        };
        lists.push(list);
        byValues.set(signature, list);
      }
      byColumn.set(`${spec.id}\u0000${col.key}`, list);
    }
  }
  return { lists, listFor: (spec, col) => byColumn.get(`${spec.id}\u0000${col.key}`) };
}

/** Workbook names of the lists. */
export function listNamedRanges(catalogue: ListCatalogue): NamedRange[] {
  return catalogue.lists.map((l) => ({ name: l.name, ref: l.ref }));
}

/** The hidden lists sheet: row 1 labels, values below, one list per column. */
export function listsSheetPlan(catalogue: ListCatalogue): SheetPlan {
  const lists = catalogue.lists;
  const height = lists.reduce((m, l) => Math.max(m, l.values.length), 0) + 1;
  const values: PlanCell[][] = [];
  for (let r = 0; r < height; r++) {
    values.push(lists.map((l) => (r === 0 ? l.label : (l.values[r - 1] ?? null))));
  }
  return {
    name: LISTS_SHEET_NAME,
    role: 'lists',
    hidden: true,
    columns: lists.map((l) => ({ index: l.col, width: 18, numberFormat: '@' })),
    blocks: lists.length > 0 ? [{ at: 'A1', values }] : [],
    numberFormats: [],
    validations: [],
    conditionalFormats: [],
    styles: lists.length > 0 ? [{ range: `A1:${columnLetters(lists.length - 1)}1`, bold: true }] : [],
    merges: [],
    rowHeights: [],
    charts: [],
  };
}
