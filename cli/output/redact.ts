/** The CLI prints findings through the core's D-19 guard (templates/validate/redact.ts). */
export { isPersonalFinding, redactFindings } from '../../templates/validate/redact';
