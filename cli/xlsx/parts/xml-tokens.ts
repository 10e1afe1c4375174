/**
 * XML tokenizing for the fast reader, on htmlparser2's Tokenizer in XML mode.
 *
 * Why the tokenizer and not a full SAX parser: it reports tags, attributes and text as index
 * ranges into the part's string, so a reader that only needs a cell's style number or its <v>
 * digits never allocates a string for them. Its no-op pass over every sheet part of the large town
 * (50 MB of XML) took 420–470 ms against saxes' 870–1,060 ms, measured side by side in one process;
 * the bench prints its pass as the reader's parser floor.
 *
 * What it does not do, and what this module adds where the reader needs it, to read what a
 * conforming XML parser (saxes, under exceljs) reads:
 * - line ends in text: CR LF and lone CR become LF (XML 1.0 §2.11);
 * - attribute values: tab, CR and LF become spaces (§3.3.3);
 * - entities are decoded by the tokenizer itself (XML's five and numeric references).
 * The tokenizer itself is lenient (unclosed tags, undefined entities); the readers count open
 * elements and refuse a part that ends inside one, as saxes would, so a damaged file is never
 * read in part.
 */
import { Tokenizer } from 'htmlparser2';

/** The tokenizer's callback set (htmlparser2 exports it as a type only). */
export type TokenCallbacks = ConstructorParameters<typeof Tokenizer>[1];

const noop = (): void => undefined;

/** Every callback as a no-op: readers override the ones they need. */
export const NO_TOKENS: TokenCallbacks = {
  onattribdata: noop,
  onattribentity: noop,
  onattribend: noop,
  onattribname: noop,
  oncdata: noop,
  onclosetag: noop,
  oncomment: noop,
  ondeclaration: noop,
  onend: noop,
  onopentagend: noop,
  onopentagname: noop,
  onprocessinginstruction: noop,
  onselfclosingtag: noop,
  ontext: noop,
  ontextentity: noop,
};

/** Runs the tokenizer over one whole part. */
export function tokenize(xml: string, callbacks: TokenCallbacks): void {
  const tokenizer = new Tokenizer({ xmlMode: true, decodeEntities: true }, callbacks);
  tokenizer.write(xml);
  tokenizer.end();
}

/** Text as an XML parser hands it over: CR LF and lone CR read as LF. */
export const normalizeLineEnds = (s: string): string => (s.indexOf('\r') < 0 ? s : s.replace(/\r\n?/g, '\n'));

/** 'x:c' → 'c' (prefixed SpreadsheetML is rare; the common case allocates nothing). */
export const localName = (name: string): string => {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
};

export interface XmlTag {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
}

export interface XmlHandlers {
  /** A start tag (also a self-closing one), with its attributes decoded. */
  readonly open?: (tag: XmlTag) => void;
  /** A piece of text; one text node may arrive in several pieces (around entities). */
  readonly text?: (text: string) => void;
  /** An end tag (or the end of a self-closing one), by local name. */
  readonly close?: (localName: string) => void;
}

/**
 * Tags with their attributes as objects, text as strings: for the small parts (workbook, its
 * relationships, styles) and the shared strings, where allocating per element costs little.
 */
export function scanXml(xml: string, on: XmlHandlers): void {
  const { open, text, close } = on;
  let name = '';
  let attributes: Record<string, string> = {};
  let attribute = '';
  let value = '';
  let depth = 0;
  tokenize(xml, {
    ...NO_TOKENS,
    onopentagname: (start, end) => {
      name = xml.slice(start, end);
      attributes = {};
    },
    onattribname: (start, end) => {
      attribute = xml.slice(start, end);
      value = '';
    },
    onattribdata: (start, end) => {
      value += xml.slice(start, end).replace(/\r\n|[\t\n\r]/g, ' ');
    },
    onattribentity: (codePoint) => {
      value += String.fromCodePoint(codePoint);
    },
    onattribend: () => {
      // a repeated attribute is an error in XML; the first one is the one kept
      if (!(attribute in attributes)) attributes[attribute] = value;
    },
    onopentagend: () => {
      depth++;
      open?.({ name, attributes });
    },
    onselfclosingtag: () => {
      open?.({ name, attributes });
      close?.(localName(name));
    },
    onclosetag: (start, end) => {
      depth--;
      close?.(localName(xml.slice(start, end)));
    },
    ontext: text ? (start, end) => text(normalizeLineEnds(xml.slice(start, end))) : noop,
    ontextentity: text ? (codePoint) => text(String.fromCodePoint(codePoint)) : noop,
  });
  if (depth !== 0) throw new Error(`XML part ends with ${depth} element(s) open or closes more than it opened`);
}
