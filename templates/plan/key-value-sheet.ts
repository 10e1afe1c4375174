/**
 * The plan of a keyValue sheet (設定, 統計入力) in exactly the layout of rowsToGrid / keyValueAddress:
 * row 1 ['項目', '値'], then one row per column spec, A = label, B = value. Every value cell gets its
 * column's format, validation and prompt; formulas elsewhere may point at them with keyValueRef.
 */
import type { NormalizedValue } from '../spec/row-types';
import { rowsToGrid } from '../spec/to-cells';
import type { FormSheetSpec } from '../spec/types';
import { gridToBlock } from './cells';
import { columnConditionalFormats, columnNumberFormat, columnValidation } from './column-rules';
import type { ListCatalogue } from './lists';
import { HEADER_FILL, LABEL_FILL, REQUIRED_HEADER_FILL, TAB_COLORS } from './styles';
import type { ConditionalFormatRule, DateStyle, NumberFormatRule, RangeStyle, SheetPlan, ValidationRule } from './types';

export interface KeyValueSheetOptions {
  readonly lists: ListCatalogue;
  readonly dates: DateStyle;
}

/**
 * Plan of a keyValue sheet, blank (record null) or filled.
 * @example keyValueSheetPlan(settingsSheet, null, { lists, dates: 'wareki' }).blocks[0]?.values[9] // ['対象年度', null]
 */
export function keyValueSheetPlan(
  spec: FormSheetSpec,
  record: Readonly<Record<string, NormalizedValue>> | null,
  options: KeyValueSheetOptions,
): SheetPlan {
  const cols = spec.columns;
  const numberFormats: NumberFormatRule[] = [];
  const validations: ValidationRule[] = [];
  const conditionalFormats: ConditionalFormatRule[] = [];
  const styles: RangeStyle[] = [
    { range: 'A1:B1', bold: true, fill: HEADER_FILL, horizontal: 'center', border: 'grid' },
    { range: `A2:A${cols.length + 1}`, bold: true, fill: LABEL_FILL, vertical: 'top' },
    { range: `A1:B${cols.length + 1}`, border: 'grid' },
    { range: `B2:B${cols.length + 1}`, wrap: true, vertical: 'top', horizontal: 'left' },
  ];
  cols.forEach((col, i) => {
    const cell = `B${i + 2}`;
    numberFormats.push({ range: cell, format: columnNumberFormat(col, options.dates) });
    validations.push(columnValidation(col, cell, options.lists.listFor(spec, col)));
    conditionalFormats.push(...columnConditionalFormats(col, cell, cell, null));
    if (col.required) styles.push({ range: `A${i + 2}`, fill: REQUIRED_HEADER_FILL });
  });
  const labelWidth = cols.reduce((m, c) => Math.max(m, c.header.length * 2 + 2), 12);
  const valueWidth = cols.reduce((m, c) => Math.max(m, c.width), 20);
  return {
    name: spec.name,
    role: 'keyValue',
    specId: spec.id,
    tabColor: TAB_COLORS.keyValue,
    columns: [
      { index: 0, width: labelWidth, numberFormat: '@' },
      { index: 1, width: valueWidth },
    ],
    freeze: { rows: 1, cols: 0 },
    blocks: [gridToBlock('A1', rowsToGrid(spec, record ? [record] : []))],
    numberFormats,
    validations,
    conditionalFormats,
    styles,
    merges: [],
    rowHeights: [],
    charts: [],
    print: { paper: 'A4', orientation: 'portrait', fitToWidth: true },
  };
}
