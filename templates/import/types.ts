/** What every source importer produces: resource fields already normalized, with their origin. */
import type { NormalizedValue } from '../spec/row-types';

export type SourceKind = 'kaigo' | 'kouseikyoku' | 'navii';

/** The publisher's page name of each source, as the 取込差分 sheet and 備考 show it. */
export const SOURCE_TITLES: Readonly<Record<SourceKind, string>> = {
  kaigo: '介護サービス情報公表システム',
  kouseikyoku: '地方厚生局 届出受理医療機関名簿',
  navii: '医療情報ネット（ナビイ）',
};

/** One imported file: which source it is and the date its data are as of ('YYYY-MM-DD'). */
export interface SourceInfo {
  readonly kind: SourceKind;
  readonly title: string;
  readonly date: string;
  /** File name as the clerk picked it (for messages). */
  readonly file: string;
}

/** The 資源リスト column keys an import may fill. */
export type ImportFieldKey =
  | 'category'
  | 'name'
  | 'officialCode'
  | 'postalCode'
  | 'address'
  | 'phone'
  | 'fax'
  | 'latitude'
  | 'longitude'
  | 'careServices'
  | 'supportClinic'
  | 'supportHospital'
  | 'supportDental'
  | 'backupHospital';

export type ImportFields = Partial<Record<ImportFieldKey, NormalizedValue>>;

/** One facility found in a source file, for the town of 設定. */
export interface ImportedEntry {
  readonly fields: ImportFields;
  /** The 在宅療養 flags this source states for the facility (true and false both meant). */
  readonly statedFlags: readonly ImportFieldKey[];
  readonly source: SourceInfo;
  /** 1-based row (CSV line or sheet row) of the first record the entry came from. */
  readonly row: number;
}

/** A value a source held that the normalizers could not read (the field is left out). */
export interface ImportProblem {
  readonly file: string;
  readonly row: number;
  readonly field: string;
  readonly value: string;
}

/** The result of reading one source file. */
export interface SourceRead {
  readonly source: SourceInfo;
  readonly entries: readonly ImportedEntry[];
  /** Data rows of the file (all towns). */
  readonly totalRows: number;
  /** Data rows of other towns, left out. */
  readonly otherTownRows: number;
  readonly problems: readonly ImportProblem[];
}
