/**
 * The spreadsheet hosts' shared half (docs/port.md): commands that turn a workbook's values into host
 * operations, the sheets those commands write (検証結果, 通知, 通知_印刷, 住民向け一覧), the send-log
 * write-back, in-workbook links and the UI texts. The Excel add-in and the Apps Script project only
 * read values, call these, and apply the operations with their own API.
 */
export * from './ops';
export * from './links';
export * from './findings-sheet';
export * from './notice-sheets';
export * from './resident-sheet';
export * from './send-log';
export * from './texts';
export * from './commands';
