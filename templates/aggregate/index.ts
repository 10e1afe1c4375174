/**
 * Town comparison for prefectures: key indicators of many towns side by side.
 * @example comparisonTable(buildComparison(towns), 'ja')
 */
export * from './compare';
export * from './key-indicators';
