/**
 * Per-column rules derived from a ColumnSpec: its number format (ADR 0001), its data-validation
 * rule with the hint as input prompt and a Japanese error alert, and its conditional formats.
 */
import { isoToSerial } from '../spec/to-cells';
import type { ColumnSpec } from '../spec/types';
import { EXCEL_LIMITS, truncateText } from './limits';
import type { PlanList } from './lists';
import { FORMATS, type ConditionalFormatRule, type DateStyle, type ValidationErrorStyle, type ValidationRule } from './types';

/** Plausible administrative dates: the date rule only warns outside them (old records stay enterable). */
const DATE_MIN = isoToSerial('1989-01-01');
const DATE_MAX = isoToSerial('2100-12-31');
/** 23:59 as a day fraction. */
const TIME_MAX = 1439 / 1440;
/** Bounds of the map columns, as the zod row schema has them. */
const COORDINATE_BOUNDS = { latitude: [20, 46], longitude: [122, 154] } as const;

export const HIGHLIGHT = {
  /** Required cell left blank in a row that has data. */
  missing: '#FFC7CE',
  missingText: '#9C0006',
  /** Entry not verified for 12 months (D-02). */
  stale: '#FFEB9C',
  staleText: '#9C5700',
} as const;

/**
 * The number format of a column (strings of every kind are text '@' so leading zeros and
 * '=…' survive typing).
 * @example columnNumberFormat({ ...col, type: 'phone' }, 'wareki') // '@'
 */
export function columnNumberFormat(col: ColumnSpec, dates: DateStyle): string {
  switch (col.type) {
    case 'date':
      return dates === 'wareki' ? FORMATS.dateWareki : FORMATS.dateWestern;
    case 'time':
      return FORMATS.time;
    case 'integer':
    case 'fiscalYear':
      return FORMATS.integer;
    case 'decimal':
      return FORMATS.decimal;
    case 'latitude':
    case 'longitude':
      return '0.0#####';
    default:
      return FORMATS.text;
  }
}

function prompt(col: ColumnSpec): { title: string; message: string } {
  return {
    title: truncateText(col.header, EXCEL_LIMITS.promptTitle),
    message: truncateText(col.hint, EXCEL_LIMITS.promptMessage),
  };
}

function alert(style: ValidationErrorStyle, col: ColumnSpec, message: string) {
  return {
    style,
    title: truncateText(`入力内容の確認（${col.header}）`, EXCEL_LIMITS.errorTitle),
    message: truncateText(message, EXCEL_LIMITS.errorMessage),
  };
}

function boundsText(min: number | undefined, max: number | undefined): string {
  if (min !== undefined && max !== undefined) return `${min}〜${max}の`;
  if (min !== undefined) return `${min}以上の`;
  if (max !== undefined) return `${max}以下の`;
  return '';
}

/** Spreads optional bounds without writing `undefined` (exactOptionalPropertyTypes). */
function bounds(min: number | undefined, max: number | undefined): { min?: number; max?: number } {
  return { ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}) };
}

/**
 * The data-validation rule of a column over `range`. Dropdown columns need their list from the
 * lists sheet; without one they fall back to a prompt-only rule.
 * @example columnValidation(eventsSheet.columns[1], 'B2:B2001', list).kind // 'list'
 */
export function columnValidation(col: ColumnSpec, range: string, list: PlanList | undefined): ValidationRule {
  const base = { range, allowBlank: true, prompt: prompt(col) };
  if (list && (col.type === 'enum' || col.type === 'boolean')) {
    const message =
      col.type === 'boolean' ? '○ または × を入力してください（分からないときは空欄）。' : `一覧から選んでください: ${list.values.join('／')}`;
    return { ...base, kind: 'list', listName: list.name, listRange: list.ref, values: list.values, error: alert('stop', col, message) };
  }
  switch (col.type) {
    case 'integer':
      return { ...base, kind: 'whole', ...bounds(col.min, col.max), error: alert('stop', col, `${boundsText(col.min, col.max)}整数を入力してください。`) };
    case 'decimal':
      return { ...base, kind: 'decimal', ...bounds(col.min, col.max), error: alert('stop', col, `${boundsText(col.min, col.max)}数値を入力してください。`) };
    case 'latitude':
    case 'longitude': {
      const [min, max] = COORDINATE_BOUNDS[col.type];
      return { ...base, kind: 'decimal', min, max, error: alert('stop', col, `${min}〜${max}の数値（度）を入力してください。`) };
    }
    case 'date':
      return {
        ...base,
        kind: 'date',
        min: DATE_MIN,
        max: DATE_MAX,
        error: alert('warning', col, '日付として読めません。例: 2025/5/20 または 令和7年5月20日。このまま入力する場合は「はい」を選んでください。'),
      };
    case 'time':
      return { ...base, kind: 'time', min: 0, max: TIME_MAX, error: alert('stop', col, '時刻を入力してください。例: 14:00') };
    case 'text':
      if (col.maxLength !== undefined && col.maxLength < EXCEL_LIMITS.cellText) {
        return { ...base, kind: 'textLength', min: 0, max: col.maxLength, error: alert('stop', col, `${col.maxLength}文字以内で入力してください。`) };
      }
      return { ...base, kind: 'any' };
    default:
      // ids, refs, phones, postal codes, e-mail, lgCode, fiscal year (令和7年度 is fine) and
      // multi-value cells are checked by the validation engine, which accepts more spellings.
      return { ...base, kind: 'any' };
  }
}

/**
 * Conditional formats of a column over `range` whose top-left cell is `firstCell`:
 * a blank required cell in a row that has data, and a 最終確認日 older than 12 months (D-02).
 * `rowSpan` is the row's data range with the same first row, e.g. '$A2:$AT2'; null on keyValue
 * sheets, where the single record always counts.
 */
export function columnConditionalFormats(col: ColumnSpec, range: string, firstCell: string, rowSpan: string | null): ConditionalFormatRule[] {
  const rules: ConditionalFormatRule[] = [];
  if (col.required) {
    const blank = `LEN(TRIM(${firstCell}))=0`;
    rules.push({
      range,
      formula: rowSpan ? `AND(COUNTA(${rowSpan})>0,${blank})` : blank,
      fill: HIGHLIGHT.missing,
      fontColor: HIGHLIGHT.missingText,
      purpose: `必須項目「${col.header}」が空欄`,
    });
  }
  if (col.type === 'date' && col.header === '最終確認日') {
    rules.push({
      range,
      formula: `AND(ISNUMBER(${firstCell}),${firstCell}<EDATE(TODAY(),-12))`,
      fill: HIGHLIGHT.stale,
      fontColor: HIGHLIGHT.staleText,
      purpose: '最終確認日から12か月を過ぎている（D-02）',
    });
  }
  return rules;
}
