/**
 * Cell styles of the fast writer and the styles.xml part. A style is what exceljs would hold on a
 * cell (number format, font, fill, alignment, border, protection), so the fast writer and the
 * exceljs writer give the same formats; equal styles share one cellXfs entry.
 */
import { NS, XML_HEADER, xmlText } from './xml';

export interface FontStyle {
  readonly bold?: boolean;
  readonly size?: number;
  /** 'FFRRGGBB'. */
  readonly color?: string;
}

export interface AlignmentStyle {
  readonly wrapText?: boolean;
  readonly horizontal?: 'left' | 'center' | 'right';
  readonly vertical?: 'top' | 'middle' | 'bottom';
}

export interface BorderStyle {
  readonly top?: boolean;
  readonly bottom?: boolean;
  readonly left?: boolean;
  readonly right?: boolean;
}

export interface CellStyle {
  readonly numFmt?: string;
  readonly font?: FontStyle;
  /** Solid fill 'FFRRGGBB'. */
  readonly fill?: string;
  readonly alignment?: AlignmentStyle;
  readonly border?: BorderStyle;
  /** undefined: no protection element (Excel's default, locked). */
  readonly locked?: boolean;
}

/** A conditional-format look (font colour and fill), stored in dxfs. */
export interface DiffStyle {
  readonly fill: string;
  readonly fontColor?: string;
}

/** Built-in number formats the plans use; everything else gets an id from 164 up. */
const BUILTIN_FORMATS: Readonly<Record<string, number>> = { General: 0, '0': 1, '0.00': 2, '0%': 9, '0.00%': 10, 'h:mm': 20, '@': 49 };

/** Collects the distinct fonts, fills, borders, formats and xfs of a workbook. */
export class StyleRegistry {
  private readonly fonts = ['<font><sz val="11"/><color rgb="FF000000"/><name val="Calibri"/><family val="2"/></font>'];
  private readonly fills = ['<fill><patternFill patternType="none"/></fill>', '<fill><patternFill patternType="gray125"/></fill>'];
  private readonly borders = ['<border><left/><right/><top/><bottom/><diagonal/></border>'];
  private readonly customFormats = new Map<string, number>();
  private readonly xfs = ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'];
  private readonly xfIds = new Map<string, number>([[this.xfs[0] as string, 0]]);
  private readonly dxfs: string[] = [];
  private readonly dxfIds = new Map<string, number>();

  private static intern(list: string[], xml: string): number {
    const i = list.indexOf(xml);
    if (i >= 0) return i;
    list.push(xml);
    return list.length - 1;
  }

  private formatId(code: string): number {
    const builtin = BUILTIN_FORMATS[code];
    if (builtin !== undefined) return builtin;
    let id = this.customFormats.get(code);
    if (id === undefined) {
      id = 164 + this.customFormats.size;
      this.customFormats.set(code, id);
    }
    return id;
  }

  /** The cellXfs index of a style (0 for the empty style). */
  xfOf(style: CellStyle): number {
    const attrs: string[] = [];
    const children: string[] = [];
    const numFmtId = style.numFmt === undefined ? 0 : this.formatId(style.numFmt);
    const fontId = style.font ? StyleRegistry.intern(this.fonts, fontXml(style.font)) : 0;
    const fillId = style.fill ? StyleRegistry.intern(this.fills, `<fill><patternFill patternType="solid"><fgColor rgb="${style.fill}"/></patternFill></fill>`) : 0;
    const borderId = style.border ? StyleRegistry.intern(this.borders, borderXml(style.border)) : 0;
    attrs.push(`numFmtId="${numFmtId}"`, `fontId="${fontId}"`, `fillId="${fillId}"`, `borderId="${borderId}"`, 'xfId="0"');
    if (style.numFmt !== undefined) attrs.push('applyNumberFormat="1"');
    if (style.font) attrs.push('applyFont="1"');
    if (style.fill) attrs.push('applyFill="1"');
    if (style.border) attrs.push('applyBorder="1"');
    if (style.alignment) {
      attrs.push('applyAlignment="1"');
      children.push(alignmentXml(style.alignment));
    }
    if (style.locked !== undefined) {
      attrs.push('applyProtection="1"');
      children.push(`<protection locked="${style.locked ? 1 : 0}"/>`);
    }
    const xml = children.length ? `<xf ${attrs.join(' ')}>${children.join('')}</xf>` : `<xf ${attrs.join(' ')}/>`;
    let id = this.xfIds.get(xml);
    if (id === undefined) {
      id = this.xfs.length;
      this.xfs.push(xml);
      this.xfIds.set(xml, id);
    }
    return id;
  }

  /** The dxfs index of a conditional-format look. */
  dxfOf(look: DiffStyle): number {
    const font = look.fontColor ? `<font><color rgb="${look.fontColor}"/></font>` : '';
    const xml = `<dxf>${font}<fill><patternFill patternType="solid"><bgColor rgb="${look.fill}"/></patternFill></fill></dxf>`;
    let id = this.dxfIds.get(xml);
    if (id === undefined) {
      id = this.dxfs.length;
      this.dxfs.push(xml);
      this.dxfIds.set(xml, id);
    }
    return id;
  }

  /** The styles.xml part. */
  toXml(): string {
    const formats = [...this.customFormats].map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${xmlText(code)}"/>`);
    return (
      `${XML_HEADER}<styleSheet xmlns="${NS.main}">` +
      (formats.length ? `<numFmts count="${formats.length}">${formats.join('')}</numFmts>` : '') +
      `<fonts count="${this.fonts.length}">${this.fonts.join('')}</fonts>` +
      `<fills count="${this.fills.length}">${this.fills.join('')}</fills>` +
      `<borders count="${this.borders.length}">${this.borders.join('')}</borders>` +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${this.xfs.length}">${this.xfs.join('')}</cellXfs>` +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      `<dxfs count="${this.dxfs.length}">${this.dxfs.join('')}</dxfs>` +
      '</styleSheet>'
    );
  }
}

/** exceljs writes only the font attributes a cell sets; so do we, to render the same. */
function fontXml(font: FontStyle): string {
  return `<font>${font.bold ? '<b/>' : ''}${font.size !== undefined ? `<sz val="${font.size}"/>` : ''}${font.color ? `<color rgb="${font.color}"/>` : ''}</font>`;
}

function borderXml(b: BorderStyle): string {
  const side = (name: string, on: boolean | undefined) => (on ? `<${name} style="thin"/>` : `<${name}/>`);
  return `<border>${side('left', b.left)}${side('right', b.right)}${side('top', b.top)}${side('bottom', b.bottom)}<diagonal/></border>`;
}

function alignmentXml(a: AlignmentStyle): string {
  const vertical = a.vertical === 'middle' ? 'center' : a.vertical;
  return `<alignment${a.horizontal ? ` horizontal="${a.horizontal}"` : ''}${vertical ? ` vertical="${vertical}"` : ''}${a.wrapText ? ' wrapText="1"' : ''}/>`;
}
