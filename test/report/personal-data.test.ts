/**
 * D-19: nothing from a field the specs mark personal (相談記録's 相談内容・対応内容) reaches the
 * annual report, the lists or the register sheets — in the document model, the sheet plans, the
 * .docx, the lists workbook or the CSVs. A patient's name and phone number are planted in every
 * personal cell (and the register notes stay as generated); none of them may appear anywhere.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import JSZip from 'jszip';
import { buildAnnualReport } from '../../templates/report/annual';
import { documentTexts } from '../../templates/report/document';
import { annualReportCommand, professionalListPlans } from '../../templates/report/commands';
import { generateTown, townToWorkbookValues, type SampleTown } from '../../templates/sample';
import { SHEETS } from '../../templates/sheets/registry';
import type { SheetSpec } from '../../templates/spec/types';
import type { TownRows } from '../../templates/validate/types';
import { removeDir, runCli, tempDir, TINY_TOWN, writeTownWorkbook } from '../cli/helpers';

const NAME = '患者山田花子';
const PHONE = '090-9876-5432';
const NEEDLES = [NAME, PHONE, PHONE.replace(/-/g, ''), '山田花子'];

/** Every personal column of every sheet spec gets the name and the phone. */
function planted(town: SampleTown): SampleTown {
  const rows = { ...town.rows } as Record<string, unknown>;
  let cells = 0;
  for (const spec of SHEETS as readonly SheetSpec[]) {
    const personal = spec.columns.filter((c) => c.personal).map((c) => c.key);
    const list = rows[spec.id];
    if (personal.length === 0 || !Array.isArray(list)) continue;
    rows[spec.id] = list.map((r: Record<string, unknown>) => {
      const copy = { ...r };
      for (const k of personal) {
        copy[k] = `${NAME}（家族 ${PHONE}）の件`;
        cells++;
      }
      return copy;
    });
  }
  if (cells === 0) throw new Error('no personal cells planted');
  return { ...town, rows: rows as unknown as TownRows };
}

const expectClean = (label: string, text: string) => {
  for (const n of NEEDLES) expect({ label, leaked: text.includes(n) ? n : null }).toEqual({ label, leaked: null });
};

const town = planted(generateTown({ seed: 21, size: { ...TINY_TOWN, resources: 60, contacts: 40, consultations: 40 } }));

describe('personal data never reaches a report, list or register output', () => {
  it('plants the needles where the validator can see them (the test can fail)', () => {
    expect(JSON.stringify(town.rows.consultations)).toContain(NAME);
    // The scheme registers' notes are marked personal too (a clerk might write a patient there).
    expect(JSON.stringify(town.rows.emergencyCare)).toContain(NAME);
    expect(JSON.stringify(town.rows.coverPairs)).toContain(NAME);
  });

  it('document models and sheet plans', () => {
    const doc = buildAnnualReport(town.rows, { fiscalYear: 2025, today: '2026-04-01' });
    expectClean('report document', documentTexts(doc).join('\n'));
    const values = townToWorkbookValues(town);
    expectClean('report sheet plan', JSON.stringify(annualReportCommand(values, { today: '2026-04-01' }).ops));
    const { plans, lists } = professionalListPlans(town.rows, '2026-04-01');
    expectClean('list plans', JSON.stringify(plans));
    expectClean('list tables', JSON.stringify(lists));
  });

  it('the .docx, the lists workbook and the CSVs written by the CLI', async () => {
    const dir = await tempDir('zaitaku-personal-');
    try {
      const book = join(dir, 'town.xlsx');
      await writeTownWorkbook(town, book);
      const workbookXml = await allXml(await readFile(book));
      expect(workbookXml).toContain(NAME); // the needle is really in the input workbook
      expect((await runCli(['report', book, '--year', '2025', '--out', join(dir, 'report.docx')])).code).toBe(0);
      expect((await runCli(['lists', book, '--out', join(dir, 'lists')])).code).toBe(0);
      expectClean('report.docx', await allXml(await readFile(join(dir, 'report.docx'))));
      for (const f of await readdir(join(dir, 'lists'))) {
        const bytes = await readFile(join(dir, 'lists', f));
        expectClean(f, f.endsWith('.xlsx') ? await allXml(bytes) : bytes.toString('utf8'));
      }
    } finally {
      await removeDir(dir);
    }
  });
});

/** Every XML part of an Office file, concatenated (shared strings, sheets, document). */
async function allXml(bytes: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = await Promise.all(Object.values(zip.files).filter((f) => !f.dir && f.name.endsWith('.xml')).map((f) => f.async('string')));
  return parts.join('\n');
}
