/**
 * `indicators --csv` equals, cell for cell, LibreOffice's CSV export of the workbook's 指標 sheet
 * after recalculation: same header, same rows in the same order, same texts, and numbers equal as
 * numbers (LibreOffice prints raw values with up to 15 significant digits; we print JavaScript's
 * shortest round-trip form — compared numerically, structurally identical).
 * The chart data LibreOffice also exports to the right of the layout (column K on) is not part of
 * the 指標 layout and is left out of the comparison.
 */
import { join } from 'node:path';
import { INDICATOR_SHEET_HEADER, INDICATOR_SHEET_NAME, indicatorSheetLayout } from '../../templates/indicators';
import { generateTown } from '../../templates/sample';
import { parseCsv } from '../../templates/export/csv';
import { convertToCsv, libreOfficeOrSkip } from '../helpers/libreoffice';
import { removeDir, runCli, tempDir, writeTownWorkbook } from './helpers';

const soffice = libreOfficeOrSkip();
const maybe = soffice ? describe : describe.skip;

/** Same number (relative 1e-12), or both the same text. */
function sameCell(ours: string, theirs: string): boolean {
  if (ours === theirs) return true;
  const a = Number(ours);
  const b = Number(theirs);
  if (ours.trim() === '' || theirs.trim() === '' || Number.isNaN(a) || Number.isNaN(b)) return false;
  return Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(a), Math.abs(b));
}

maybe('indicators --csv against LibreOffice', () => {
  let dir: string;
  let medicalDefault = Number.NaN;
  let medicalWithSides = Number.NaN;
  beforeAll(async () => {
    dir = await tempDir();
  });
  afterAll(() => removeDir(dir));

  // The third town puts 保健師 and the social workers on the 医療系 side in 設定 (issue 12): the
  // side counts then run through the IF(設定…) terms in LibreOffice as well.
  it.each([
    [3, false],
    [8, false],
    [8, true],
  ])('matches the recalculated 指標 sheet of sample town %i (sides set in 設定: %s)', async (seed, sidesSet) => {
    const town = generateTown({ seed });
    const settings = town.rows.settings && sidesSet ? { ...town.rows.settings, publicHealthNurseSide: '医療系' as const, socialWorkerSide: '医療系' as const } : town.rows.settings;
    const book = join(dir, `town-${seed}-${sidesSet}.xlsx`);
    await writeTownWorkbook({ ...town, rows: { ...town.rows, settings } }, book);

    const cli = await runCli(['indicators', book, '--csv']);
    expect(cli.code).toBe(0);
    const ours = parseCsv(cli.stdout);
    const { sheets } = await convertToCsv(soffice as string, book, join(dir, `lo-${seed}-${sidesSet}`));
    const exported = sheets[INDICATOR_SHEET_NAME];
    expect(exported).toBeDefined();

    const width = INDICATOR_SHEET_HEADER.length;
    const theirs = (exported as string[][]).map((r) => r.slice(0, width)).filter((r) => r.some((c) => c !== ''));

    // Structure: header, ids in layout order, one line per indicator.
    expect(ours[0]).toEqual([...INDICATOR_SHEET_HEADER]);
    expect(theirs[0]).toEqual([...INDICATOR_SHEET_HEADER]);
    const ids = indicatorSheetLayout().rows.map((r) => r.id);
    expect(ours.slice(1).map((r) => r[0])).toEqual(ids);
    expect(theirs.slice(1).map((r) => r[0])).toEqual(ids);
    for (const row of ours) expect(row.length).toBe(width);

    // Content: cell for cell.
    const mismatches: string[] = [];
    for (let r = 0; r < ours.length; r++) {
      for (let c = 0; c < width; c++) {
        const a = ours[r]?.[c] ?? '';
        const b = theirs[r]?.[c] ?? '';
        if (!sameCell(a, b)) mismatches.push(`${ours[r]?.[0]} ${INDICATOR_SHEET_HEADER[c]}: cli=${JSON.stringify(a)} libreoffice=${JSON.stringify(b)}`);
      }
    }
    expect(mismatches).toEqual([]);
    // Some values are really computed (not all blank) — a broken pipeline cannot pass by emptiness.
    const valueCol = INDICATOR_SHEET_HEADER.indexOf('値');
    expect(ours.slice(1).filter((r) => r[valueCol] !== '' && Number(r[valueCol]) > 0).length).toBeGreaterThan(30);
    if (sidesSet) medicalWithSides = Number(ours.find((r) => r[0] === 'P12')?.[valueCol]);
    else if (seed === 8) medicalDefault = Number(ours.find((r) => r[0] === 'P12')?.[valueCol]);
  });

  it('the 設定 sides changed the 医療系 attendance of town 8 (the third case is not a copy of the second)', () => {
    expect(medicalWithSides).toBeGreaterThan(medicalDefault);
  });
});
