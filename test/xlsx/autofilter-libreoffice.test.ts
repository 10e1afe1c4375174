/**
 * The 指標 sheet's scene filter survives LibreOffice: the workbook the Node host writes, and the
 * one an upgrade rebuilds with exceljs, open in LibreOffice with filter buttons on the header row
 * that stay usable on the protected sheet. Proven by LibreOffice saving the file again: it only
 * writes back an <autoFilter> it imported, and a sheetProtection that still allows filtering.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { upgradeWorkbook } from '../../cli/xlsx/upgrade';
import { writeWorkbook } from '../../cli/xlsx/write';
import { columnLetters } from '../../templates/core/address';
import { INDICATOR_SHEET_HEADER, INDICATOR_SHEET_NAME, INDICATORS } from '../../templates/indicators';
import { blankWorkbookPlan } from '../../templates/plan/workbook';
import { generateTown } from '../../templates/sample';
import { libreOfficeOrSkip, recalculateAllToXlsx, removeProfile } from '../helpers/libreoffice';
import { buildOldWorkbook } from './old-layout';

jest.setTimeout(300_000);

const soffice = libreOfficeOrSkip();
const describeLo = soffice ? describe : describe.skip;
const dir = mkdtempSync(join(tmpdir(), 'zrk-af-'));
const expectedRef = `A1:${columnLetters(INDICATOR_SHEET_HEADER.length - 1)}${INDICATORS.length + 1}`;

/** The 指標 sheet's XML and the workbook's filter-database names, as written in the file. */
async function filterParts(path: string): Promise<{ sheet: string; names: string[] }> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const workbook = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
  const rels = (await zip.file('xl/_rels/workbook.xml.rels')?.async('string')) ?? '';
  const sheetTag = [...workbook.matchAll(/<sheet\b[^>]*>/g)].map((m) => m[0]).find((t) => t.includes(`name="${INDICATOR_SHEET_NAME}"`)) ?? '';
  const relId = /r:id="([^"]+)"/.exec(sheetTag)?.[1];
  const target = new RegExp(`Id="${relId}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${relId}"`).exec(rels);
  const targetPath = (target?.[1] ?? target?.[2] ?? '').replace(/^\/?(xl\/)?/, 'xl/');
  const sheet = (await zip.file(targetPath)?.async('string')) ?? '';
  const names = [...workbook.matchAll(/<definedName\b[^>]*_FilterDatabase[^>]*>([^<]*)</g)].map((m) => m[1] ?? '');
  return { sheet, names };
}

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  removeProfile();
});

describe('the written file carries the filter', () => {
  it('fast writer: <autoFilter> on the 指標 header, filtering allowed by the protection, and the sheet-local name', async () => {
    const path = join(dir, 'fast.xlsx');
    writeFileSync(path, await writeWorkbook(blankWorkbookPlan()));
    const { sheet, names } = await filterParts(path);
    expect(sheet).toContain(`<autoFilter ref="${expectedRef}"/>`);
    expect(sheet).toMatch(/<sheetProtection\b[^>]*autoFilter="0"/);
    expect(names.some((n) => n.endsWith(`!${expectedRef.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2')}`))).toBe(true);
  });
});

describeLo('LibreOffice keeps the scene filter of the 指標 sheet', () => {
  it('in a new workbook and in an upgraded one', async () => {
    const fresh = join(dir, 'fresh.xlsx');
    writeFileSync(fresh, await writeWorkbook(blankWorkbookPlan()));
    const old = await buildOldWorkbook(generateTown({ seed: 3 }));
    const oldPath = join(dir, 'old.xlsx');
    writeFileSync(oldPath, old.bytes);
    const upgraded = join(dir, 'upgraded.xlsx');
    await upgradeWorkbook(oldPath, upgraded);
    const [freshLo, upgradedLo] = await recalculateAllToXlsx(soffice as string, [fresh, upgraded], join(dir, 'lo'));
    for (const path of [freshLo, upgradedLo] as string[]) {
      const { sheet, names } = await filterParts(path);
      expect(sheet).toMatch(new RegExp(`<autoFilter ref="${expectedRef}"`));
      expect(sheet).toMatch(/<sheetProtection\b[^>]*autoFilter="(false|0)"/);
      expect(names.length).toBeGreaterThan(0);
    }
  });
});
