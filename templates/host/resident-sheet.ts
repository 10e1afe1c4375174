/**
 * The resident-facing resource list (D-03) as a sheet: the same rows and columns as
 * `zaitaku export-public` (consented 住民にも公開 entries, public fields only), written by the
 * spreadsheet hosts as a new tab a clerk can print or hand to the website team.
 */
import { rangeA1 } from '../core/address';
import { publicResourceTable } from '../export/public-list';
import { HEADER_FILL, HEADER_HEIGHT } from '../plan/styles';
import type { PlanCell, SheetPlan } from '../plan/types';
import type { ResourceRow } from '../sheets/rows';

export const RESIDENT_SHEET = '住民向け一覧';

/**
 * @example residentSheetPlan(result.rows.resources).blocks[0].values.length - 1 // entries published
 */
export function residentSheetPlan(resources: readonly ResourceRow[]): SheetPlan {
  const table = publicResourceTable(resources, 'ja');
  const values: PlanCell[][] = table.map((row) => row.map((cell) => (cell === '' || cell === undefined ? null : cell)));
  const width = values[0]?.length ?? 1;
  return {
    name: RESIDENT_SHEET,
    role: 'table',
    tabColor: '#70AD47',
    columns: Array.from({ length: width }, (_, index) => ({ index, width: index === 1 || index === 3 ? 30 : 14, numberFormat: '@' })),
    freeze: { rows: 1, cols: 0 },
    blocks: [{ at: 'A1', values }],
    numberFormats: [],
    validations: [],
    conditionalFormats: [],
    styles: [{ range: rangeA1(0, 0, 1, width), bold: true, wrap: true, vertical: 'middle', horizontal: 'center', fill: HEADER_FILL, border: 'grid' }],
    merges: [],
    rowHeights: [{ row: 0, height: HEADER_HEIGHT }],
    charts: [],
    print: { paper: 'A4', orientation: 'landscape', fitToWidth: true, repeatRows: { first: 1, last: 1 } },
  };
}
