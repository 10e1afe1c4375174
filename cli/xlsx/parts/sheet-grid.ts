/**
 * One worksheet part → its trimmed grid of values, exactly as readWorkbookValues (exceljs) gives
 * it: shared and inline strings, numbers, dates as exceljs' round trip through a Date, booleans,
 * error literals, formula results.
 *
 * This runs once per XML token of the largest sheets (about 4 million for the large town's
 * 相談記録), so it works on the tokenizer's index ranges: tag and attribute names are recognised
 * by their characters, the cell reference, style and shared-string index are decoded from the
 * digits in place, and a string is sliced only for a value that is one. Rows are written where
 * they will be returned and holes are filled at the end.
 */
import type { CellValue } from '../../../templates/core/cell';
import { serialOfExcelJsDate } from '../cell-value';
import { NO_TOKENS, normalizeLineEnds, tokenize } from './xml-tokens';

export interface SheetContext {
  /** The shared strings, as exceljs reads them. */
  readonly strings: readonly string[];
  /** Per cellXfs index: does a number in that style read as a date? */
  readonly dates: readonly boolean[];
  readonly date1904: boolean;
}

type Raw = string | number | boolean;

/** `_x000D_`-style escapes, decoded where exceljs decodes them (shared strings and rich runs). */
export const decodeEscapes = (s: string): string =>
  s.indexOf('_x') < 0 ? s : s.replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

/** A second entity decoding exceljs applies to 'str' values. */
const ENTITIES: Readonly<Record<string, string>> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&apos;': "'", '&quot;': '"' };
const xmlDecode = (s: string): string => s.replace(/&([a-z]*);/g, (c) => ENTITIES[c] ?? c);

/** A number as exceljs gives it back: dates go through a millisecond Date and back to a serial. */
function numberValue(v: number, style: number, ctx: SheetContext): number {
  if (!ctx.dates[style]) return v;
  const ms = Math.round((v - 25569 + (ctx.date1904 ? 1462 : 0)) * 24 * 3600 * 1000);
  return serialOfExcelJsDate(new Date(ms), ctx.date1904);
}

/** The elements this reader acts on, by local name. */
const enum El {
  Other,
  Row,
  C,
  F,
  V,
  T,
  R,
}

/** The attributes it reads: r, s and t. */
const enum At {
  Other,
  R,
  S,
  T,
}

/** A cell's t attribute. */
const enum Type {
  Number,
  Shared,
  Str,
  Inline,
  Bool,
  Error,
}

/** What the text inside a cell's current child element is. */
const enum Into {
  Nothing,
  Value,
  Formula,
  Text,
}

const C_COLON = 58;
const C_0 = 48;
const C_9 = 57;

/** The element a name range stands for, prefix ignored ('x:c' is 'c'). */
function elementAt(xml: string, start: number, end: number): El {
  for (let i = start; i < end; i++) if (xml.charCodeAt(i) === C_COLON) start = i + 1;
  const first = xml.charCodeAt(start);
  if (end - start === 1) {
    if (first === 99) return El.C; // c
    if (first === 118) return El.V; // v
    if (first === 102) return El.F; // f
    if (first === 116) return El.T; // t
    if (first === 114) return El.R; // r
    return El.Other;
  }
  if (end - start === 3 && first === 114 && xml.charCodeAt(start + 1) === 111 && xml.charCodeAt(start + 2) === 119) return El.Row;
  return El.Other;
}

/** The attribute a name range stands for: only the unprefixed one-letter r, s and t matter. */
function attributeAt(xml: string, start: number, end: number): At {
  if (end - start !== 1) return At.Other;
  const c = xml.charCodeAt(start);
  return c === 114 ? At.R : c === 115 ? At.S : c === 116 ? At.T : At.Other;
}

/** A t attribute's value; anything unknown ('n', 'd') reads as a number, as exceljs reads it. */
function typeOf(value: string): Type {
  switch (value) {
    case 's':
      return Type.Shared;
    case 'str':
      return Type.Str;
    case 'inlineStr':
      return Type.Inline;
    case 'b':
      return Type.Bool;
    case 'e':
      return Type.Error;
    default:
      return Type.Number;
  }
}

/**
 * The non-negative integer written in xml[start, end), or -1 when the range holds anything but
 * up to 15 digits (callers then parse the sliced text the way the former reader did).
 */
function digitsAt(xml: string, start: number, end: number): number {
  if (end <= start || end - start > 15) return -1;
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = xml.charCodeAt(i);
    if (c < C_0 || c > C_9) return -1;
    n = n * 10 + (c - C_0);
  }
  return n;
}

export function sheetGrid(xml: string, ctx: SheetContext): CellValue[][] {
  const rows: Raw[][] = [];
  let line: Raw[] = [];
  let lastRow = 0;
  let lastCol = 0;
  let row = 0;
  let col = -1;

  // the start tag being read, and its attributes so far
  let element = El.Other;
  let attribute = At.Other;
  let attrStart = 0;
  let attrEnd = 0;
  let attrText: string | undefined; // set when the value came in pieces (an entity inside)
  let rowHasNumber = false;
  let rowNumber = 0;
  let cellRef = false;
  let cellRow = 0;
  let cellCol = 0;
  let cellType = Type.Number;
  let cellStyle = 0;
  let formulaTyped = false;

  // the cell being read
  let type = Type.Number;
  let style = 0;
  let formula = false;
  let into = Into.Nothing;
  let inRun = false;
  let run = '';
  let inline: string | undefined;
  // its value text: one range of the part, or a string once it came in pieces
  let valueStart = -1;
  let valueEnd = -1;
  let valueText: string | undefined;

  const hasValue = (): boolean => valueStart >= 0 || valueText !== undefined;
  const valueString = (): string => valueText ?? normalizeLineEnds(xml.slice(valueStart, valueEnd));
  const addValue = (piece: string): void => {
    valueText = (hasValue() ? valueString() : '') + piece;
    valueStart = -1;
  };

  const toRow = (r: number): void => {
    row = r;
    line = rows[r - 1] ?? (rows[r - 1] = []);
  };
  const put = (v: Raw): void => {
    if (v === '') return;
    line[col] = v;
    if (row > lastRow) lastRow = row;
    if (col >= lastCol) lastCol = col + 1;
  };
  const attributeText = (): string => attrText ?? xml.slice(attrStart, attrEnd);

  /** The attribute just read, applied to the start tag's state. */
  const takeAttribute = (): void => {
    if (attribute === At.Other) return;
    if (element === El.Row) {
      if (attribute !== At.R) return;
      const n = attrText === undefined ? digitsAt(xml, attrStart, attrEnd) : -1;
      rowHasNumber = true;
      rowNumber = n >= 0 ? n : Number(attributeText());
    } else if (element === El.C) {
      if (attribute === At.R) {
        // 'AB12' → column 27 (0-based), row 12, read from the characters
        const ref = attributeText();
        let c = 0;
        let i = 0;
        for (; i < ref.length; i++) {
          const code = ref.charCodeAt(i);
          if (code < 65 || code > 90) break;
          c = c * 26 + (code - 64);
        }
        let r = 0;
        for (; i < ref.length; i++) r = r * 10 + (ref.charCodeAt(i) - C_0);
        cellRef = true;
        cellCol = c - 1;
        cellRow = r;
      } else if (attribute === At.S) {
        const n = attrText === undefined ? digitsAt(xml, attrStart, attrEnd) : -1;
        cellStyle = n >= 0 ? n : Number(attributeText());
      } else cellType = typeOf(attributeText());
    } else if (element === El.F && attribute === At.T) formulaTyped = true;
  };

  /** A start tag complete with its attributes. */
  const openElement = (): void => {
    switch (element) {
      case El.Row:
        toRow(rowHasNumber ? rowNumber : row + 1);
        col = -1;
        break;
      case El.C:
        if (cellRef) {
          col = cellCol;
          if (cellRow !== row) toRow(cellRow);
        } else col++;
        type = cellType;
        style = cellStyle;
        formula = false;
        valueStart = -1;
        valueText = undefined;
        inline = undefined;
        break;
      case El.F:
        into = Into.Formula;
        // a shared or array formula's later cells have an empty <f t="shared" si="…"/>
        if (formulaTyped) formula = true;
        break;
      case El.V:
        into = Into.Value;
        break;
      case El.T:
        into = Into.Text;
        break;
      case El.R:
        inRun = true;
        run = '';
        break;
      default:
        break;
    }
  };

  const closeElement = (el: El): void => {
    switch (el) {
      case El.F:
      case El.V:
      case El.T:
        into = Into.Nothing;
        break;
      case El.R:
        inRun = false;
        inline = (inline ?? '') + decodeEscapes(run);
        break;
      case El.C:
        closeCell();
        break;
      default:
        break;
    }
  };

  const closeCell = (): void => {
    if (formula) {
      if (!hasValue()) return;
      if (type === Type.Str) put(xmlDecode(valueString()));
      else if (type === Type.Bool) put(parseInt(valueString(), 10) !== 0);
      else if (type === Type.Error) put(valueString());
      else put(numberValue(numberAt(), style, ctx));
      return;
    }
    if (inline !== undefined) {
      put(inline);
      return;
    }
    if (!hasValue()) return;
    switch (type) {
      case Type.Shared: {
        const n = valueText === undefined ? digitsAt(xml, valueStart, valueEnd) : -1;
        put(ctx.strings[n >= 0 ? n : parseInt(valueString(), 10)] ?? '');
        return;
      }
      case Type.Str:
        put(xmlDecode(valueString()));
        return;
      case Type.Inline:
      case Type.Error:
        put(valueString());
        return;
      case Type.Bool:
        put(parseInt(valueString(), 10) !== 0);
        return;
      default:
        put(numberValue(numberAt(), style, ctx));
    }
  };

  /** The value as a number: whole numbers from the digits, anything else through parseFloat. */
  const numberAt = (): number => {
    const n = valueText === undefined ? digitsAt(xml, valueStart, valueEnd) : -1;
    return n >= 0 ? n : parseFloat(valueString());
  };

  // Open elements: a part that ends inside one (a truncated or damaged file) is refused, not read
  // in part, so the caller falls back to exceljs and its error instead of showing half a sheet.
  let depth = 0;

  tokenize(xml, {
    ...NO_TOKENS,
    onopentagname: (start, end) => {
      element = elementAt(xml, start, end);
      if (element === El.Row) rowHasNumber = false;
      else if (element === El.C) {
        cellRef = false;
        cellType = Type.Number;
        cellStyle = 0;
      } else if (element === El.F) formulaTyped = false;
    },
    onattribname: (start, end) => {
      attribute = element === El.Row || element === El.C || element === El.F ? attributeAt(xml, start, end) : At.Other;
      attrStart = -1;
      attrEnd = -1;
      attrText = undefined;
    },
    onattribdata: (start, end) => {
      if (attribute === At.Other) return;
      if (attrStart < 0 && attrText === undefined) {
        attrStart = start;
        attrEnd = end;
      } else attrText = (attrText ?? xml.slice(attrStart, attrEnd)) + xml.slice(start, end);
    },
    onattribentity: (codePoint) => {
      if (attribute === At.Other) return;
      attrText = (attrText ?? (attrStart < 0 ? '' : xml.slice(attrStart, attrEnd))) + String.fromCodePoint(codePoint);
    },
    onattribend: () => {
      if (attrStart < 0 && attrText === undefined) attrStart = attrEnd = 0; // r="" or a bare name
      takeAttribute();
    },
    onopentagend: () => {
      depth++;
      openElement();
    },
    onselfclosingtag: () => {
      openElement();
      closeElement(element);
    },
    onclosetag: (start, end) => {
      depth--;
      closeElement(elementAt(xml, start, end));
    },
    ontext: (start, end) => {
      if (inRun) {
        if (into === Into.Text) run += normalizeLineEnds(xml.slice(start, end));
      } else if (into === Into.Formula) formula = true;
      else if (into === Into.Value || into === Into.Text) {
        if (hasValue()) addValue(normalizeLineEnds(xml.slice(start, end)));
        else {
          valueStart = start;
          valueEnd = end;
        }
      }
    },
    ontextentity: (codePoint) => {
      const piece = String.fromCodePoint(codePoint);
      if (inRun) {
        if (into === Into.Text) run += piece;
      } else if (into === Into.Formula) formula = true;
      else if (into === Into.Value || into === Into.Text) addValue(piece);
    },
  });

  if (depth !== 0) throw new Error(`worksheet XML ends with ${depth} element(s) open or closes more than it opened`);

  // Trim to the last row and column holding a value; cells never written read as ''.
  rows.length = lastRow;
  for (let r = 0; r < lastRow; r++) {
    const src = rows[r];
    if (src === undefined) {
      rows[r] = new Array<Raw>(lastCol).fill('');
      continue;
    }
    const width = src.length;
    for (let c = 0; c < lastCol; c++) if (c >= width || src[c] === undefined) src[c] = '';
    if (width > lastCol) src.length = lastCol;
  }
  return rows;
}
