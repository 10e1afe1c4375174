/**
 * Static row types derived from a sheet spec's literal type, so `templates/` code that reads
 * validated rows is type-checked against the same spec the engine uses (never written twice).
 */
import type { ColumnSpec, ColumnType } from './types';

/** The normalized TypeScript type of a column type (see ColumnType's doc). */
export type ValueOfType<T extends ColumnType> = T extends 'integer' | 'decimal' | 'latitude' | 'longitude' | 'fiscalYear'
  ? number
  : T extends 'boolean'
    ? boolean
    : T extends 'multiEnum'
      ? readonly string[]
      : string;

type ValueOfColumn<C extends ColumnSpec> = C extends { readonly type: 'enum'; readonly values: readonly (infer V)[] }
  ? V
  : ValueOfType<C['type']>;

/** A validated row: required columns are non-null; optional ones may be null (blank). */
export type RowOf<S extends { readonly columns: readonly ColumnSpec[] }> = {
  readonly [C in S['columns'][number] as C['key']]: C extends { readonly required: true }
    ? ValueOfColumn<C>
    : ValueOfColumn<C> | null;
} & {
  /** 1-based row number in the source sheet (for messages and write-backs). */
  readonly __row: number;
};

/** Any normalized cell value. */
export type NormalizedValue = string | number | boolean | readonly string[] | null;

/** A row of an unknown sheet. */
export interface AnyRow {
  readonly [key: string]: NormalizedValue;
  readonly __row: number;
}
