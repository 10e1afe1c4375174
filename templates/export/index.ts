/**
 * Exports that leave the workbook: CSV writing safe from formula injection, and the resident-facing
 * resource list (D-03: consented entries and public fields only; never patient data).
 * @example publicResourceCsv(rows.resources) // '\uFEFF種別,名称,…\r\n…'
 */
export * from './csv';
export * from './public-list';
