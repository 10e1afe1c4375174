/** Test helpers: a minimal column spec of a given type. */
import type { ColumnSpec, ColumnType } from '../../templates/spec/types';

export function column(type: ColumnType, extra: Partial<ColumnSpec> = {}): ColumnSpec {
  return { key: 'k', header: '項目', label: 'Item', type, width: 10, hint: '', ...extra };
}
