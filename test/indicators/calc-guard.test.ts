/**
 * The hidden 指標計算 helper sheet: its rows follow source rows through deletions, and indicators
 * that rely on it show #N/A (never a silently low number) when it misses source rows.
 */
import { calcSheetLayout, CALC_COLUMNS, CALC_FILLER, CALC_SHEET_NAME, createFormulaContext, indicatorColumn, INDICATOR_IDS } from '../../templates/indicators';
import { townToWorkbookValues } from '../../templates/sample';
import { asTsValue, evaluateIndicatorSheet } from './hf-harness';
import { FIXTURE_TOWN } from './fixture-town';

const ATTENDANCE_BASED = ['P06', 'P12', 'P13', 'P14'];
const valueOf = (rows: readonly { id: string; value: unknown }[], id: string) => asTsValue(rows.find((r) => r.id === id)?.value);

describe('指標計算 helper sheet', () => {
  it('has one formula per helper column and capacity row, reading its own row of the source', () => {
    const layout = calcSheetLayout(createFormulaContext({ calcCapacity: 4 }));
    expect(layout.name).toBe(CALC_SHEET_NAME);
    expect(layout.hidden).toBe(true);
    expect(layout.header).toEqual(CALC_COLUMNS.map((c) => c.header));
    expect(layout.rows).toHaveLength(4);
    expect(layout.rows[2]?.[0]?.formula).toBe(`=IFERROR(IF(LEN('出席者'!$A4)>0,1,""),"")`);
  });

  it('sizes each column group by its own source, filling the rest with an empty formula', () => {
    const ctx = createFormulaContext({ calcCapacity: { attendees: 2, consultations: 3, issues: 1, contacts: 2, events: 2 } });
    const layout = calcSheetLayout(ctx);
    expect(ctx.calcCapacity).toBe(3);
    expect(layout.rows).toHaveLength(3);
    const cell = (row: number, key: string) => layout.rows[row]?.[CALC_COLUMNS.findIndex((c) => c.key === key)]?.formula;
    expect(cell(1, 'attProfession')).toContain("'出席者'!$C3");
    expect(cell(2, 'attProfession')).toBe(CALC_FILLER);
    expect(cell(2, 'consDays')).toContain("'相談記録'!$B4");
    expect(cell(2, 'consSide')).toContain("'相談記録'!$E4=\"医師\"");
    expect(cell(1, 'issueInYear')).toBe(CALC_FILLER);
    // 関係者名簿 rows: a text id sorting after the id above (the first data row: any text id).
    expect(cell(1, 'contactOrder')).toBe(
      `=IFERROR(IF(LEN('関係者名簿'!$A3)=0,"",IF(AND(ISTEXT('関係者名簿'!$A3),OR(ROW('関係者名簿'!$A3)=2,AND(ISTEXT('関係者名簿'!$A2),'関係者名簿'!$A2<'関係者名簿'!$A3))),0,1)),1)`,
    );
    expect(cell(2, 'contactOrder')).toBe(CALC_FILLER);
  });

  it('shows #N/A in every helper-based indicator when the capacity is too small, and nowhere else', () => {
    const ev = evaluateIndicatorSheet(townToWorkbookValues(FIXTURE_TOWN), { calcCapacity: 10 }); // 12 attendees, 15 consultations
    try {
      const errors = ev.rows.filter((r) => String(asTsValue(r.value)).startsWith('ERROR')).map((r) => r.id);
      // P33–P36 count requester sides on the helper's 相談→年度内の相談者の区分 column.
      expect(errors).toEqual(['P06', 'P12', 'P13', 'P14', 'P33', 'P34', 'P35', 'P36', 'P50']);
      expect(ev.rows.find((r) => r.id === 'P60')?.value).toBe(2); // 4 issues fit
    } finally {
      ev.hf.destroy();
    }
  });

  it('detects a row inserted in the middle of 出席者 and follows a deleted row', () => {
    const ev = evaluateIndicatorSheet(townToWorkbookValues(FIXTURE_TOWN), { calcCapacity: 20 });
    const { hf } = ev;
    try {
      const att = hf.getSheetId('出席者') as number;
      const ind = hf.getSheetId('指標') as number;
      const read = (id: string) => hf.getCellValue({ sheet: ind, row: INDICATOR_IDS.indexOf(id) + 1, col: indicatorColumn('値') });
      expect(read('P12')).toBe(5);
      // Delete A01 (row 2: P1 医師 at E1): 医療系 5 → 4, no error.
      hf.removeRows(att, [1, 1]);
      expect(read('P12')).toBe(4);
      // Insert a new attendee row mid-sheet: the helper cannot see it, so the indicator says so.
      hf.addRows(att, [3, 1]);
      hf.setCellContents({ sheet: att, row: 3, col: 0 }, [["'A99", "'E1", null, null, null, "'医師", "'○", "'○"]]);
      for (const id of ATTENDANCE_BASED) expect(read(id)).toMatchObject({ value: '#N/A' });
      expect(read('P50')).toBe(7); // consultations are unaffected
    } finally {
      hf.destroy();
    }
  });

  it('counts helper-based values correctly when the capacity leaves spare rows', () => {
    const ev = evaluateIndicatorSheet(townToWorkbookValues(FIXTURE_TOWN), { calcCapacity: 100 });
    try {
      expect(valueOf(ev.rows, 'P12')).toBe(5);
      expect(valueOf(ev.rows, 'P50')).toBe(7);
    } finally {
      ev.hf.destroy();
    }
  });
});
