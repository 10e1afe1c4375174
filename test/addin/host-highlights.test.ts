/**
 * 検証 on the Excel host: user cells are never written, the kit's highlight rules (conditional formats
 * reading 検証結果) replace themselves on every run instead of piling up, a user's own conditional
 * format stays, and the rules leave once the findings are gone.
 */
import * as host from '../../addin/src/host/commands';
import { FINDINGS_SHEET, isKitHighlightFormula } from '../../templates/host/findings-sheet';
import { generateTown, townToWorkbookValues } from '../../templates/sample';
import { withMistakes } from '../cli/mistakes';
import type { FakeExcel } from './fake-excel';
import { bookFrom, noProgress, withFake } from './helpers';

const town = withMistakes(generateTown({ seed: 21 }));
const RESOURCES = '資源リスト';

function kitRules(fake: FakeExcel, sheet: string): number {
  return fake.store.sheets.find((s) => s.name === sheet)?.conditionalFormats.filter((cf) => isKitHighlightFormula(cf.formula)).length ?? 0;
}

function cellsOf(fake: FakeExcel, sheet: string): string {
  return JSON.stringify(fake.store.sheets.find((s) => s.name === sheet)?.rows ?? null);
}

describe('検証 highlights on the Excel host', () => {
  it('writes no user cell, keeps the user rule, and replaces its own rules on every run', async () => {
    const fake = bookFrom(townToWorkbookValues(town));
    const resources = fake.store.sheets.find((s) => s.name === RESOURCES);
    resources?.conditionalFormats.push({ id: 99, rect: { r0: 1, c0: 0, r1: 9, c1: 0 }, type: 'Custom', formula: '=LEN(A2)>10', fill: '#00FF00', fontColor: null });
    const before = Object.fromEntries(fake.store.sheets.map((s) => [s.name, cellsOf(fake, s.name)]));
    await withFake(fake, async () => {
      const first = await host.validate(noProgress, 'ja');
      expect(first.errors).toBeGreaterThan(0);
      await host.validate(noProgress, 'ja');
    });
    for (const [name, cells] of Object.entries(before)) expect({ name, same: cellsOf(fake, name) === cells }).toEqual({ name, same: true });
    expect(kitRules(fake, RESOURCES)).toBe(2);
    expect(kitRules(fake, '相談記録')).toBe(2);
    expect(resources?.conditionalFormats.some((cf) => cf.id === 99)).toBe(true);
    const rule = resources?.conditionalFormats.find((cf) => isKitHighlightFormula(cf.formula));
    expect(rule?.formula.startsWith('=COUNTIFS(INDIRECT(')).toBe(true);
    expect(rule?.fill).toBe('#FFC7CE');
  });

  it('keeps rules exactly on the sheets 検証結果 lists, and removes them from a sheet once it is clean', async () => {
    const fake = bookFrom(townToWorkbookValues(town));
    const clean = townToWorkbookValues(generateTown({ seed: 21 }));
    const listed = (): Set<string> => new Set((fake.values()[FINDINGS_SHEET] ?? []).slice(1).map((row) => String(row[2] ?? '')).filter(Boolean));
    await withFake(fake, async () => {
      await host.validate(noProgress, 'ja');
      expect(listed().has('相談記録')).toBe(true);
      // The clerk fixes every sheet by pasting back the clean town's values, and one more sheet is emptied of rows.
      for (const [tab, grid] of Object.entries(clean)) {
        const sheet = fake.store.sheets.find((x) => x.name === tab);
        if (sheet) sheet.rows = [];
        fake.seedSheet(tab, tab === '相談記録' ? grid.slice(0, 1) : grid);
      }
      const again = await host.validate(noProgress, 'ja');
      expect(again.syncs).toBe(3);
    });
    const now = listed();
    expect(now.has('相談記録')).toBe(false);
    expect(kitRules(fake, '相談記録')).toBe(0);
    for (const tab of Object.keys(clean)) expect({ tab, rules: kitRules(fake, tab) }).toEqual({ tab, rules: now.has(tab) ? 2 : 0 });
  });
});
