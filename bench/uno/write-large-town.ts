/**
 * Writes the large sample town's .xlsx (the workbook `npm run bench workbook-scale` measures) to
 * the path given, for profiling LibreOffice on it with bench/uno/profile.py:
 *   npx tsx bench/uno/write-large-town.ts /tmp/large.xlsx
 */
import { writeFile } from 'node:fs/promises';
import { writeWorkbook } from '../../cli/xlsx/write';
import { townWorkbookPlan } from '../../templates/plan/workbook';
import { generateTown, LARGE_TOWN } from '../../templates/sample';

async function main(path: string | undefined): Promise<void> {
  if (!path) throw new Error('usage: tsx bench/uno/write-large-town.ts <out.xlsx>');
  await writeFile(path, await writeWorkbook(townWorkbookPlan(generateTown({ seed: 2025, size: LARGE_TOWN }))));
}

void main(process.argv[2]);
