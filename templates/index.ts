/**
 * 在宅連携キット core — the one public entry point of `templates/` for every host (Node CLI, Excel
 * add-in, Apps Script). Pure TypeScript: no Node, Office.js or Apps Script APIs.
 *
 * - sheets: the standardized sheet specs (single source of truth) and vocabularies
 * - spec: column/sheet types, zod row schemas derived from specs, typed-value → cell conventions
 * - core: cell values, A1 addresses, findings and their ja/en messages
 * - normalize, dates: value normalizers; fiscal year, 和暦 and serial dates
 * - validate: the validation engine and the header upgrade plan
 * - indicators: the indicator catalogue (TypeScript twin + portable formulas) and the 指標 sheet
 * - notices: meeting-notice mail-merge (eml, zip, print pages, send log)
 * - plan: declarative workbook plans hosts apply in batched calls
 * - export, aggregate: the resident-facing list and town comparisons
 * - sample: the deterministic sample-town generator
 * - report: the annual 実績報告書 and the lists for professionals (documents, sheet plans, host commands)
 * - sample: the deterministic sample-town generator (clean or hand-typed, "messy", towns)
 * - fix: 「表記をそろえる」 — canonicalizes cells the formulas cannot count, with a 修正履歴 plan
 *
 * Sub-modules are namespaced to keep names unambiguous.
 * @example
 * import { validate, sample } from './templates';
 * const town = sample.generateTown({ seed: 1 });
 * validate.validateWorkbook(sample.townToWorkbookValues(town)).errorCount; // 0
 */
export * as sheets from './sheets';
export * as spec from './spec';
export * as core from './core';
export * as normalize from './normalize';
export * as dates from './dates';
export * as validate from './validate';
export * as indicators from './indicators';
export * as notices from './notices';
export * as plan from './plan';
export * as exporting from './export';
export * as aggregate from './aggregate';
export * as sample from './sample';
export * as fix from './fix';
export * as host from './host';
export * as importing from './import';
export * as report from './report';
