/**
 * The vocabulary of sheet specs and what is derived from them: zod row schemas, static row
 * types, and how typed values sit in cells (docs/adr/0001-cell-conventions.md).
 * @example rowSchema(resourcesSheet).safeParse(row).success
 */
export * from './types';
export * from './schema';
export * from './to-cells';
export type * from './row-types';
