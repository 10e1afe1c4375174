/** Colours and layout constants shared by the sheet builders (one place, so every host looks alike). */
import type { SheetRole } from './types';

export const TAB_COLORS: Readonly<Record<SheetRole, string>> = {
  keyValue: '#7F7F7F',
  table: '#4472C4',
  form: '#70AD47',
  indicators: '#ED7D31',
  lists: '#BFBFBF',
};

export const HEADER_FILL = '#DDEBF7';
/** Headers of required columns stand out so clerks see what must be filled. */
export const REQUIRED_HEADER_FILL = '#F8CBAD';
export const LABEL_FILL = '#F2F2F2';
export const NOTE_COLOR = '#C00000';

/** Header row height in points (two wrapped lines). */
export const HEADER_HEIGHT = 32;
/** Rows of validation and formats below the data of a table sheet (blank workbooks get this many). */
export const DEFAULT_DATA_ROWS = 2000;
/** Spare rows kept below the last record of a filled sheet. */
export const SPARE_DATA_ROWS = 500;
