/**
 * Town comparison for prefectures: key indicators of many towns side by side, and by 在宅医療の圏域.
 * @example comparisonTable(buildComparison(towns), 'ja')
 */
export * from './areas';
export * from './compare';
export * from './key-indicators';
