/**
 * Compile-time proof that the real Office.js types satisfy the host's structural types: if the host
 * used a member Excel does not have (or with another shape), this fails to compile.
 * Checked by test/addin/excel-api-types.test.ts with its own tsconfig (the office-js typings stay out
 * of the main program).
 */
/// <reference types="office-js" />
import type { XRange, XRequestContext, XWorksheet, XWorkbook } from '../src/host/excel-api';

type Satisfies<T extends U, U> = [T, U];
export type Checks = [
  Satisfies<Excel.Range, XRange>,
  Satisfies<Excel.Worksheet, XWorksheet>,
  Satisfies<Excel.Workbook, XWorkbook>,
  Satisfies<Excel.RequestContext, XRequestContext>,
];
