/** defineIndicator keeps literal types while checking an indicator's shape; headerOf names columns in definitions. */
import type { SheetSpec } from '../spec/types';
import type { Indicator } from './types';

/** Identity helper for catalogue modules. @example export const X = defineIndicator({ id: 'S01', … }); */
export function defineIndicator<const I extends Indicator>(indicator: I): I {
  return indicator;
}

/** The Japanese header of a column key, for definition texts. @throws Error for an unknown key. */
export function headerOf(spec: SheetSpec, key: string): string {
  const col = spec.columns.find((c) => c.key === key);
  if (!col) throw new Error(`unknown column '${key}' in sheet '${spec.id}'`);
  return col.header;
}
