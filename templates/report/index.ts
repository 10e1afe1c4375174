/**
 * The annual report (D-17) and the lists for professionals (D-18, D-21) as printable documents:
 * models built from validated rows, rendered as sheet plans (every host) — the CLI also renders
 * them as .docx and CSV.
 */
export * from './document';
export { buildAnnualReport, ANNUAL_REPORT_SHEET_NAME, type AnnualReportOptions } from './annual';
export { documentSheetPlan, DOCUMENT_COLUMNS } from './sheet-plan';
export * from './lists';
export { faxFormSpec } from './fax-form';
export { annualReportCommand, professionalListsCommand, professionalListPlans, type ReportCommandEnv, type ReportCommandResult } from './commands';
