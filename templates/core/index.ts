/**
 * Cell values as hosts hand them over, 0-based coordinates ↔ A1, findings and their ja/en messages.
 * @example toA1({ row: 4, col: 6 }) // 'G5'
 */
export * from './cell';
export * from './address';
export * from './findings';
export * from './messages';
