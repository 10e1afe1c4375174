/** Importing national open data into 資源リスト, and publishing it back out (issue 11). */
export * from './types';
export { detectEncoding, decodeUtf8, decodeCsvBytes, hasUtf8Bom, type ShiftJisDecoder, type TextEncoding } from './encoding';
export { readSourceFile, detectSource, gridOfFile, type ImportFile, type FileRead, type ReadOptions } from './sources';
export { townCode, townMatcher, type TownOf } from './town';
export { mapServiceType } from './service-types';
export { consolidate, type Candidate } from './consolidate';
export { existingEntries } from './existing';
export { planMerge, ACCEPT, REJECT, GONE_MARKER, type DiffRow, type DiffKind, type ImportPlan } from './merge';
export { DIFF_SHEET, diffSheetPlan, readDiffSheet } from './diff-sheet';
export { applyDiffRows, type ApplyResult } from './apply';
export { importCommand, applyImportCommand, applyRowsCommand, defaultNewEntryRows, townOfSettings, type ImportOptions } from './commands';
export { xlsxSheets, sheetGrid, sharedStrings, importFileOfXlsx, xmlText, type PartReader, type XlsxSheet } from './xlsx-sheets';
