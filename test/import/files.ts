/** Writes the fixture town workbook and the three source files to a folder, as a clerk would have them. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { writeTownWorkbook, writeValuesWorkbook } from '../cli/helpers';
import { INSTITUTIONS, cp932Bytes, fixtureTown, kaigoCsvText, kouseikyokuGrid, naviiCsvText, townValues } from './fixtures';

export interface FixturePaths {
  readonly book: string;
  readonly kaigo: string;
  readonly kouseikyoku: string;
  readonly navii: string;
}

/**
 * The 介護 CSV is written as Excel re-saves it (Shift_JIS), ナビイ as published (UTF-8 BOM). The
 * town workbook is the full standard plan (`full`: dropdowns on 2,000 rows per sheet, which exceljs
 * expands cell by cell when it reads — seconds per round trip) or plain values (fast).
 */
export async function writeFixtureFiles(dir: string, full = false): Promise<FixturePaths> {
  const paths = { book: join(dir, 'town.xlsx'), kaigo: join(dir, 'kaigo.csv'), kouseikyoku: join(dir, '届出受理医療機関名簿.xlsx'), navii: join(dir, 'navii.csv') };
  if (full) await writeTownWorkbook(fixtureTown(), paths.book);
  else await writeValuesWorkbook(townValues(), paths.book);
  writeFileSync(paths.kaigo, cp932Bytes(kaigoCsvText()));
  writeFileSync(paths.navii, naviiCsvText());
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('表紙').addRow(['届出受理医療機関名簿']);
  const ws = wb.addWorksheet('医科');
  for (const row of kouseikyokuGrid(INSTITUTIONS)) ws.addRow(row.map((v) => (v === '' ? null : v)));
  await wb.xlsx.writeFile(paths.kouseikyoku);
  return paths;
}
