/**
 * The zod row schema of a sheet, derived from its spec. It describes the *normalized* row the
 * validation engine hands on (not the raw cells); tests use it to prove the engine's output and
 * the spec agree, and hosts may use it to check rows from other sources.
 */
import { z } from 'zod';
import type { ColumnSpec, SheetSpec } from './types';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;
/** Japanese phone numbers: 10 or 11 digits starting with 0, hyphens between groups. */
export const PHONE_NORMALIZED = /^0(?:\d-?){8,9}\d$/;
export const POSTAL_NORMALIZED = /^\d{3}-\d{4}$/;
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
/** Deliberately simple: what mail clients accept, without z.email()'s stricter RFC subset. */
export const EMAIL_NORMALIZED = /^[^\s@<>()[\]\\,;:"]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/;

/** zod type of one column's normalized value (without optionality). */
export function columnValueSchema(col: ColumnSpec): z.ZodType {
  switch (col.type) {
    case 'text': {
      const s = z.string();
      return col.maxLength ? s.max(col.maxLength) : s;
    }
    case 'id':
      return z.string().regex(ID_PATTERN);
    case 'ref':
      return z.string().min(1);
    case 'integer': {
      let n = z.number().int();
      if (col.min !== undefined) n = n.min(col.min);
      if (col.max !== undefined) n = n.max(col.max);
      return n;
    }
    case 'decimal': {
      let n = z.number();
      if (col.min !== undefined) n = n.min(col.min);
      if (col.max !== undefined) n = n.max(col.max);
      return n;
    }
    case 'latitude':
      return z.number().min(20).max(46);
    case 'longitude':
      return z.number().min(122).max(154);
    case 'fiscalYear':
      return z.number().int().min(1989).max(2200);
    case 'date':
      return z.string().regex(ISO_DATE);
    case 'time':
      return z.string().regex(HH_MM);
    case 'boolean':
      return z.boolean();
    case 'enum':
      return z.enum(col.values as [string, ...string[]]);
    case 'multiEnum':
      return z.array(z.enum(col.values as [string, ...string[]])).min(1);
    case 'phone':
      return z.string().regex(PHONE_NORMALIZED);
    case 'postal':
      return z.string().regex(POSTAL_NORMALIZED);
    case 'email':
      return z.string().regex(EMAIL_NORMALIZED);
    case 'lgCode':
      return z.string().regex(/^\d{6}$/);
  }
}

/**
 * The zod schema of a normalized row.
 * @example rowSchema(resourcesSheet).safeParse(row).success
 */
export function rowSchema(spec: SheetSpec): z.ZodObject {
  const shape: Record<string, z.ZodType> = {};
  for (const col of spec.columns) {
    const v = columnValueSchema(col);
    shape[col.key] = col.required ? v : v.nullable();
  }
  shape['__row'] = z.number().int().min(1);
  return z.object(shape);
}
