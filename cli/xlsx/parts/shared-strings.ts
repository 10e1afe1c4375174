/** The shared-string table: each distinct text stored once, cells refer to it by index. */
import { NS, XML_HEADER, textElement } from './xml';

export class SharedStrings {
  private readonly index = new Map<string, number>();
  private readonly texts: string[] = [];
  private refs = 0;

  /** Index of a text (added on first use). */
  idOf(text: string): number {
    this.refs++;
    let i = this.index.get(text);
    if (i === undefined) {
      i = this.texts.length;
      this.texts.push(text);
      this.index.set(text, i);
    }
    return i;
  }

  /** The sharedStrings.xml part, as chunks (large towns hold hundreds of thousands of texts). */
  toChunks(): string[] {
    const out = [`${XML_HEADER}<sst xmlns="${NS.main}" count="${this.refs}" uniqueCount="${this.texts.length}">`];
    for (const t of this.texts) out.push(`<si>${textElement(t)}</si>`);
    out.push('</sst>');
    return out;
  }
}
