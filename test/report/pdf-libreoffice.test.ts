/**
 * The annual report of the sample town as a reader gets it: `zaitaku report` writes the .docx,
 * LibreOffice (Writer, headless) converts it to PDF, poppler reads it back. The PDF is A4, its
 * tables carry Japanese text in an embedded CJK font, and the extracted text holds every figure the
 * report must state — meeting count, attendees by profession, consultation totals by month, and
 * every indicator value exactly as computeIndicators (= `zaitaku indicators`) gives it. Page 1 is
 * rendered to PNG (the image in the README is made the same way).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { computeIndicators } from '../../templates/indicators';
import { buildAnnualReport } from '../../templates/report/annual';
import { PROFESSIONS, PROFESSION_SIDES } from '../../templates/sheets/vocabulary';
import { FISCAL_MONTHS } from '../../templates/sheets/vocabulary';
import { generateTown } from '../../templates/sample';
import { convertToPdf, libreOfficeOrSkip, removeProfile } from '../helpers/libreoffice';
import { popplerOrSkip, runTool } from '../helpers/poppler';
import { removeDir, runCli, tempDir, writeTownWorkbook } from '../cli/helpers';

const soffice = libreOfficeOrSkip();
const poppler = popplerOrSkip();
const maybe = soffice && poppler ? describe : describe.skip;

const town = generateTown({ seed: 1 });
const OPTS = { fiscalYear: 2025, today: '2025-12-01' };
const squash = (s: string) => s.replace(/\s+/g, '');

maybe('the sample town\'s annual report through LibreOffice to PDF', () => {
  let dir: string;
  let text: string;
  let info: string;
  let fonts: string;
  let png: Buffer;
  let docXml: string;
  let cliIndicators: { id: string; value: number | null }[];

  beforeAll(async () => {
    dir = await tempDir('zaitaku-report-');
    const book = join(dir, 'town.xlsx');
    await writeTownWorkbook(town, book);
    const res = await runCli(['report', book, '--year', '2025', '--out', join(dir, 'report.docx')]);
    expect(res.code).toBe(0);
    const ind = await runCli(['indicators', book, '--json', '--year', '2025']);
    cliIndicators = JSON.parse(ind.stdout) as { id: string; value: number | null }[];
    docXml = await (await JSZip.loadAsync(readFileSync(join(dir, 'report.docx')))).file('word/document.xml')!.async('string');
    const pdf = await convertToPdf(soffice as string, join(dir, 'report.docx'), join(dir, 'pdf'));
    text = squash(await runTool(poppler!.pdftotext, ['-raw', '-enc', 'UTF-8', pdf, '-']));
    info = await runTool(poppler!.pdfinfo, [pdf]);
    fonts = await runTool(poppler!.pdftotext.replace(/pdftotext$/, 'pdffonts'), [pdf]).catch(() => '');
    await runTool(poppler!.pdftoppm, ['-png', '-r', '40', '-f', '1', '-l', '1', '-singlefile', pdf, join(dir, 'page1')]);
    png = readFileSync(join(dir, 'page1.png'));
  });

  afterAll(async () => {
    removeProfile();
    if (dir) await removeDir(dir);
  });

  const doc = buildAnnualReport(town.rows, OPTS);
  const results = computeIndicators(town.rows, OPTS);

  it('prints on A4 pages, with header rows that repeat on every page', () => {
    expect(info).toMatch(/Page size:\s+595(\.\d+)? x 841(\.\d+)? pts \(A4\)/);
    expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBeGreaterThan(3);
    expect(docXml).toContain('<w:tblHeader/>');
    expect(squash(text).match(/指標ID区分指標名値単位目標達成/g)?.length).toBeGreaterThan(1); // the header reprinted after a page break
  });

  it('shows Japanese text in an embedded CJK font', () => {
    expect(text).toContain(squash(doc.title));
    if (fonts) expect(fonts).toMatch(/CJK|Gothic|Mincho|IPA/i);
  });

  it('states the meeting count and attendees by profession', () => {
    const meetings = doc.blocks.find((b) => b.kind === 'table' && b.caption.startsWith('表4'));
    const n = meetings?.kind === 'table' ? meetings.rows.length : -1;
    expect(n).toBe(results.find((r) => r.id === 'P07')?.value);
    expect(text).toContain(`年度内に${n}回`);
    const byProfession = doc.blocks.find((b) => b.kind === 'table' && b.caption.startsWith('表5'));
    if (byProfession?.kind !== 'table') throw new Error('no profession table');
    expect(byProfession.rows.length).toBeGreaterThan(3);
    for (const row of byProfession.rows) {
      expect(PROFESSIONS).toContain(row[0]);
      expect(row[1]).toBe(PROFESSION_SIDES[row[0] as keyof typeof PROFESSION_SIDES]);
      expect(text).toContain(squash(row.join('')));
    }
  });

  it('states consultations by month and the year\'s total (P20)', () => {
    const ids = ['P21', 'P22', 'P23', 'P24', 'P25', 'P26', 'P27', 'P28', 'P29', 'P30', 'P31', 'P32'];
    FISCAL_MONTHS.forEach((m, i) => expect(text).toContain(`${m}月${results.find((r) => r.id === ids[i])?.value}`));
    const total = results.find((r) => r.id === 'P20')?.value;
    expect(text).toContain(`計${total}`);
    expect(text).toContain(`年度内の相談は${total}件`);
  });

  it('prints every indicator with the value computeIndicators gives, which is what `zaitaku indicators` prints', () => {
    expect(cliIndicators.map((r) => [r.id, r.value])).toEqual(results.map((r) => [r.id, r.value]));
    for (const r of results) {
      const row = [r.id, r.kind, r.name, r.value === null ? '—' : r.value, r.unit, r.target === null ? '—' : r.target, r.achieved === '' ? '—' : r.achieved];
      expect({ id: r.id, found: text.includes(squash(row.join(''))) }).toEqual({ id: r.id, found: true });
    }
  });

  it('renders page 1 as a portrait A4 image', () => {
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    const width = png.readUInt32BE(16);
    const height = png.readUInt32BE(20);
    expect(width / height).toBeCloseTo(210 / 297, 2);
    expect(png.length).toBeGreaterThan(5000); // not a blank page
  });
});
