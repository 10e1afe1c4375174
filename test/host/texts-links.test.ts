/** UI texts in both languages, and in-workbook links for both hosts. */
import { UI_TEXT_KEYS, cellLink, formulaString, uiLangFor, uiText } from '../../templates/host';

it('every UI text exists in Japanese and English and fills its placeholders', () => {
  for (const key of UI_TEXT_KEYS) {
    const ja = uiText(key, 'ja');
    const en = uiText(key, 'en');
    expect(ja.length).toBeGreaterThan(0);
    expect(en.length).toBeGreaterThan(0);
    expect(/[ぁ-んァ-ン一-龯]/.test(ja)).toBe(true);
    expect(ja.match(/\{\w+\}/g)?.sort()).toEqual(en.match(/\{\w+\}/g)?.sort());
  }
  expect(uiText('validate.summary', 'ja', { errors: 2, warnings: 5 })).toBe('エラー 2 件、警告 5 件。「検証結果」シートを見てください。');
});

it('picks English only for a non-Japanese display language', () => {
  expect(uiLangFor('ja-JP')).toBe('ja');
  expect(uiLangFor('en-US')).toBe('en');
  expect(uiLangFor('')).toBe('ja');
});

it('links escape quotes in tab names and labels', () => {
  expect(formulaString('a"b')).toBe('"a""b"');
  expect(cellLink({ kind: 'excel' }, "町's \"表\"", 'C3', 'C3')).toEqual({ formula: `HYPERLINK("#'町''s ""表""'!C3","C3")` });
  expect(cellLink({ kind: 'sheets', sheetIds: { 表: 7 } }, '表', 'C3', 'C3')).toEqual({ formula: 'HYPERLINK("#gid=7&range=C3","C3")' });
  expect(cellLink({ kind: 'sheets', sheetIds: {} }, '表', 'C3', 'C3')).toBeNull();
});
