/**
 * The SpreadsheetApp fake itself: the behaviours the host tests rely on (see the fake's header for
 * the documentation each one comes from). If one of these changes, the host tests prove less.
 */
import { CallCounter, createFakeSheets, interpretedCells, interpretInput, isDateTimeFormat, loadWorkbookValues, type Spreadsheet } from './fakes/spreadsheet-app';

type Any = any; // eslint-disable-line @typescript-eslint/no-explicit-any

function setup(): { app: Any; ss: Spreadsheet; counter: CallCounter } {
  const counter = new CallCounter();
  const fake = createFakeSheets({ hook: counter });
  fake.spreadsheet.addSheet('A');
  return { app: fake.SpreadsheetApp as Any, ss: fake.spreadsheet, counter };
}

describe('SpreadsheetApp fake', () => {
  it('parses written strings like typed input: = is a formula, an apostrophe keeps text and is not stored', () => {
    const { app, ss } = setup();
    const sheet = app.getActiveSpreadsheet().getSheetByName('A');
    sheet.getRange(1, 1, 1, 4).setValues([["'=SUM(1)", '=SUM(1)', '123', "'123"]]);
    expect(sheet.getRange('A1:D1').getFormulas()).toEqual([['', '=SUM(1)', '', '']]);
    expect(sheet.getRange('A1:D1').getValues()).toEqual([['=SUM(1)', '', 123, '123']]);
    expect(interpretedCells(ss)).toEqual([]);
  });

  it('records + - @ text written without the apostrophe as interpreted (what tests fail on)', () => {
    const { app, ss } = setup();
    app.getActiveSpreadsheet().getSheetByName('A').getRange('A1:C1').setValues([['+81 3', '-x', '@home']]);
    expect(interpretedCells(ss).map((c) => c.input)).toEqual(['+81 3', '-x', '@home']);
    expect(interpretInput('＋81', false).how).toBe('interpreted');
    expect(interpretInput('0123', true)).toMatchObject({ value: '0123', how: 'value' });
  });

  it('gives Dates back for Dates written and for numbers in date/time-formatted cells (Tokyo)', () => {
    const { app } = setup();
    const sheet = app.getActiveSpreadsheet().getSheetByName('A');
    sheet.getRange('A:A').setNumberFormat('yyyy/m/d');
    sheet.getRange('A1:B1').setValues([[45797, new Date('2025-05-19T15:00:00Z')]]);
    const [[a, b]] = sheet.getRange('A1:B1').getValues();
    expect((a as Date).toISOString()).toBe('2025-05-19T15:00:00.000Z');
    expect((b as Date).toISOString()).toBe('2025-05-19T15:00:00.000Z');
    expect(isDateTimeFormat('h:mm')).toBe(true);
    expect(isDateTimeFormat('0.0')).toBe(false);
    expect(isDateTimeFormat('"日"0')).toBe(false);
  });

  it('refuses ranges outside the grid and data of the wrong shape, like Apps Script', () => {
    const { app } = setup();
    const sheet = app.getActiveSpreadsheet().getSheetByName('A');
    expect(() => sheet.getRange(1001, 1)).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
    expect(() => sheet.getRange('A1:B1').setValues([['x']])).toThrow(/number of columns in the data does not match/);
    sheet.insertRowsAfter(1000, 500);
    expect(sheet.getRange(1500, 1).getA1Notation()).toBe('A1500');
  });

  it('counts every call, also on objects handed back inside arrays', () => {
    const { app, counter } = setup();
    const ss = app.getActiveSpreadsheet();
    for (const sheet of ss.getSheets()) sheet.getName();
    expect(counter.calls).toEqual(['SpreadsheetApp.getActiveSpreadsheet', 'Spreadsheet.getSheets', 'Sheet.getName']);
  });

  it('setConditionalFormatRules replaces every rule; builders need their parts', () => {
    const { app } = setup();
    const sheet = app.getActiveSpreadsheet().getSheetByName('A');
    const rule = (f: string) => app.newConditionalFormatRule().whenFormulaSatisfied(f).setBackground('#FF0000').setRanges([sheet.getRange('A1:A9')]).build();
    sheet.setConditionalFormatRules([rule('=A1>1'), rule('=A1>2')]);
    sheet.setConditionalFormatRules([rule('=A1>3')]);
    expect(sheet.getConditionalFormatRules().map((r: Any) => r.getBooleanCondition().getCriteriaValues()[0])).toEqual(['=A1>3']);
    expect(() => app.newConditionalFormatRule().whenFormulaSatisfied('A1>1')).toThrow();
    expect(() => app.newDataValidation().build()).toThrow();
  });

  it('refuses the spreadsheet in AuthMode.NONE but allows the Ui', () => {
    const fake = createFakeSheets({ authMode: 'NONE' });
    const app = fake.SpreadsheetApp as Any;
    expect(() => app.getActiveSpreadsheet()).toThrow(/AuthMode.NONE/);
    app.getUi().createAddonMenu().addItem('x', 'f').addToUi();
    expect(fake.ui.menus).toHaveLength(1);
  });

  it('loads fixture values as data: text stays text', () => {
    const fake = createFakeSheets();
    loadWorkbookValues(fake.spreadsheet, { T: [['=HYPERLINK("x")', 1]] });
    expect(fake.spreadsheet.sheetNamed('T')!.cell(1, 1)).toEqual({ value: '=HYPERLINK("x")', how: 'value' });
  });
});

describe('Range.setFormula on several cells', () => {
  it('fills the formula: relative references move per cell, absolute parts and quoted text stay', () => {
    const fake = createFakeSheets();
    fake.spreadsheet.addSheet('A');
    const app = fake.SpreadsheetApp as Any;
    app.getActiveSpreadsheet().getSheetByName('A').getRange('B2:C4').setFormula(`=IF('x y'!$A2="B2",A2,$D$1)`);
    expect(app.getActiveSpreadsheet().getSheetByName('A').getRange('B2:C4').getFormulas()).toEqual([
      [`=IF('x y'!$A2="B2",A2,$D$1)`, `=IF('x y'!$A2="B2",B2,$D$1)`],
      [`=IF('x y'!$A3="B2",A3,$D$1)`, `=IF('x y'!$A3="B2",B3,$D$1)`],
      [`=IF('x y'!$A4="B2",A4,$D$1)`, `=IF('x y'!$A4="B2",B4,$D$1)`],
    ]);
  });
});

describe('SpreadsheetApp fake: filters', () => {
  it('holds one filter per sheet: a second createFilter throws until the first is removed; clear() keeps it', () => {
    const fake = createFakeSheets();
    const sheet = fake.spreadsheet.insertSheet('A');
    const filter = sheet.getRange('A1:C5').createFilter();
    expect(sheet.getFilter()?.getRange().getA1Notation()).toBe('A1:C5');
    expect(() => sheet.getRange('A1:B2').createFilter()).toThrow(/already has a filter/);
    sheet.clear();
    expect(sheet.getFilter()).not.toBeNull();
    filter.remove();
    expect(sheet.getFilter()).toBeNull();
    expect(sheet.getRange('A1:B2').createFilter().getRange().getA1Notation()).toBe('A1:B2');
  });
});
