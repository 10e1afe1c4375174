/**
 * One entry point for every source file: decode (CSV bytes), detect the source by its header,
 * read the town's rows. Hosts hand files over as bytes (CSV) or as a grid (a sheet of an .xlsx the
 * host opened with what it has — docs/port.md "Importing open data").
 */
import type { Grid } from '../core/cell';
import { parseCsv } from '../export/csv';
import { decodeCsvBytes, type ShiftJisDecoder, type TextEncoding } from './encoding';
import { findKaigoHeader, readKaigo } from './kaigo';
import { findKouseikyokuHeader, readKouseikyoku } from './kouseikyoku';
import { findNaviiHeader, readNavii } from './navii';
import type { TownOf } from './town';
import type { SourceRead } from './types';

/** A file as a host hands it over: CSV bytes, already decoded text, or a sheet grid. */
export type ImportFile =
  | { readonly name: string; readonly bytes: Uint8Array }
  | { readonly name: string; readonly text: string }
  | { readonly name: string; readonly grid: Grid };

export interface ReadOptions {
  /** The data's date when the file does not say ('YYYY-MM-DD'; the 厚生局 date line overrides it). */
  readonly dataDate: string;
  readonly shiftJis?: ShiftJisDecoder;
}

export type FileRead = (SourceRead & { readonly ok: true; readonly encoding: TextEncoding | null }) | { readonly ok: false; readonly file: string };

/** The grid of a file and the encoding its text was in (null for grids). */
export function gridOfFile(file: ImportFile, shiftJis?: ShiftJisDecoder): { grid: Grid; encoding: TextEncoding | null } {
  if ('grid' in file) return { grid: file.grid, encoding: null };
  if ('text' in file) return { grid: parseCsv(file.text), encoding: 'utf-8' };
  const decoded = decodeCsvBytes(file.bytes, shiftJis);
  return { grid: parseCsv(decoded.text), encoding: decoded.encoding };
}

/** Which source a grid is, by its header; null for none. */
export function detectSource(grid: Grid): SourceRead['source']['kind'] | null {
  if (findKouseikyokuHeader(grid)) return 'kouseikyoku';
  if (findKaigoHeader(grid)) return 'kaigo';
  if (findNaviiHeader(grid)) return 'navii';
  return null;
}

/**
 * Reads one file for the town; `ok: false` when its header is none of the known sources.
 * @throws Error for a Shift_JIS file without `options.shiftJis` (host wiring mistake)
 */
export function readSourceFile(file: ImportFile, town: TownOf, options: ReadOptions): FileRead {
  const { grid, encoding } = gridOfFile(file, options.shiftJis);
  const source = { date: options.dataDate, file: file.name };
  const kouseikyoku = findKouseikyokuHeader(grid);
  if (kouseikyoku) return { ok: true, encoding, ...readKouseikyoku(grid, kouseikyoku, town, source) };
  const kaigo = findKaigoHeader(grid);
  if (kaigo) return { ok: true, encoding, ...readKaigo(grid, kaigo, town, source) };
  const navii = findNaviiHeader(grid);
  if (navii) return { ok: true, encoding, ...readNavii(grid, navii, town, source) };
  return { ok: false, file: file.name };
}
