/**
 * The validation engine: raw grids in (as hosts read them), normalized typed rows and findings out.
 * Never mutates its input and never throws on cell values.
 * @example
 * const result = validateWorkbook({ '設定': settingsGrid, '資源リスト': resourcesGrid }, { today: '2025-12-01' });
 * result.findings.filter((f) => f.severity === 'error'); // [{ sheet, row, column, address: 'G5', code, message, … }]
 */
export { validateWorkbook, validateSheet, REQUIRED_SHEETS } from './engine';
export { planHeaderUpgrade } from './header-upgrade';
export type * from './types';
export type { HeaderUpgradePlan } from './header-upgrade';
export { isPersonalFinding, redactFindings } from './redact';
