import { compileColumn, normalizeCell } from '../../templates/normalize';
import { allowedList } from '../../templates/normalize/enum';
import { foldHyphens, foldText, matchKey, toHalfWidth } from '../../templates/normalize/fold';
import { column } from './helpers';

describe('folding', () => {
  test('toHalfWidth folds full-width ASCII and spaces only', () => {
    expect(toHalfWidth('ＡＢ　１２（ア）')).toBe('AB 12(ア)');
    expect(toHalfWidth('plain')).toBe('plain');
    expect(toHalfWidth('a\u00A0b')).toBe('a b');
  });
  test('foldText keeps Japanese punctuation and full-width inner spaces', () => {
    expect(foldText('ＡＢＣ医院（ｻﾝﾌﾟﾙ）！')).toBe('ABC医院（サンプル）！');
    expect(foldText('山田　太郎')).toBe('山田　太郎');
    expect(foldText('ﾊﾞｲﾀﾙ')).toBe('バイタル');
  });
  test('foldHyphens and matchKey', () => {
    expect(foldHyphens('03ー1234―5678−9')).toBe('03-1234-5678-9');
    expect(matchKey(' 65～74歳 ')).toBe(matchKey('65〜74歳'));
    expect(matchKey('社会福祉士・ＭＳＷ')).toBe(matchKey('社会福祉士・msw'));
  });
});

describe('text cells', () => {
  const text = column('text');
  test.each<[unknown, string]>([
    ['  山田医院 ', '山田医院'],
    ['\u3000みどり町\u3000', 'みどり町'],
    ['ＡＢＣクリニック', 'ABCクリニック'],
    ['ｹｱﾏﾈ', 'ケアマネ'],
    ['=SUM(A1:A3)', '=SUM(A1:A3)'],
    ['+81', '+81'],
    ['-5', '-5'],
    ['@home', '@home'],
    [123, '123'],
    [1.5, '1.5'],
    [true, 'TRUE'],
    [new Date('2025-05-19T15:00:00Z'), '2025-05-20'],
    [new Date('2025-05-20T01:00:00Z'), '2025-05-20 10:00'],
  ])('%p → %p', (raw, expected) => {
    expect(normalizeCell(text, raw as never)).toEqual({ ok: true, value: expected });
  });
  test('maxLength counts UTF-16 units like LEN()', () => {
    expect(normalizeCell(column('text', { maxLength: 3 }), 'ＡＢＣ')).toEqual({ ok: true, value: 'ABC' });
    expect(normalizeCell(column('text', { maxLength: 3 }), 'ＡＢＣＤ')).toEqual({ ok: false, code: 'text.tooLong', params: { max: 3, length: 4 } });
  });
  test('error literals', () => {
    for (const e of ['#N/A', '#REF!', ' #DIV/0! ', '#NAME?', '#VALUE!', '#ERROR!']) {
      expect(normalizeCell(text, e)).toMatchObject({ ok: false, code: 'cell.errorValue' });
    }
    expect(normalizeCell(text, '#1 会議室')).toEqual({ ok: true, value: '#1 会議室' });
  });
});

describe('number cells', () => {
  const int = column('integer', { min: 0, max: 1000 });
  const dec = column('decimal');
  test.each<[unknown, number]>([
    [12, 12], ['12', 12], ['１２', 12], ['1,000', 1000], ['１，０００', 1000], ['12人', 12], ['5件', 5], ['3回', 3],
    ['2か所', 2], [' 7 名 ', 7], ['+3', 3], [3.0000000000000004, 3], [0, 0],
  ])('integer %p → %p', (raw, expected) => {
    expect(normalizeCell(int, raw as never)).toEqual({ ok: true, value: expected });
  });
  test.each<[unknown, string]>([
    ['12.5', 'number.notInteger'], [1.5, 'number.notInteger'], ['-1', 'number.outOfRange'], ['−1', 'number.outOfRange'],
    [1001, 'number.outOfRange'], ['1,00', 'number.invalid'], ['12kg', 'number.invalid'], ['約10', 'number.invalid'],
    ['十', 'number.invalid'], [true, 'number.invalid'], [Number.NaN, 'number.invalid'], [Number.POSITIVE_INFINITY, 'number.invalid'],
    [new Date(0), 'number.invalid'], ['12%', 'number.invalid'],
  ])('integer %p → %s', (raw, code) => {
    expect(normalizeCell(int, raw as never)).toMatchObject({ ok: false, code });
  });
  test('decimals', () => {
    expect(normalizeCell(dec, '１．５')).toEqual({ ok: true, value: 1.5 });
    expect(normalizeCell(dec, '80%')).toEqual({ ok: true, value: 0.8 });
    expect(normalizeCell(dec, '▲2.5')).toEqual({ ok: true, value: -2.5 });
    expect(normalizeCell(dec, '1,234.5')).toEqual({ ok: true, value: 1234.5 });
    expect(normalizeCell(dec, -0)).toEqual({ ok: true, value: 0 });
    expect(normalizeCell(column('integer'), 2 ** 60)).toMatchObject({ ok: false, code: 'number.outOfRange' });
  });
  test('range message carries both bounds', () => {
    expect(normalizeCell(int, 2000)).toEqual({ ok: false, code: 'number.outOfRange', params: { value: '2000', min: 0, max: 1000 } });
  });
});

describe('boolean cells', () => {
  const bool = column('boolean');
  test.each<unknown>(['○', '〇', '◯', '●', true, 'TRUE', 'true', 'ＴＲＵＥ', 'はい', '有', 'あり', 'yes', 'Yes', 1, '1', '１', ' ○ ', '✓'])(
    '%p is true',
    (raw) => {
      expect(normalizeCell(bool, raw as never)).toEqual({ ok: true, value: true });
    },
  );
  test.each<unknown>(['×', '✕', '✗', '☓', false, 'FALSE', 'false', 'いいえ', '無', 'なし', 'no', 'NO', 0, '0', '-', '－', 'ー'])(
    '%p is false',
    (raw) => {
      expect(normalizeCell(bool, raw as never)).toEqual({ ok: true, value: false });
    },
  );
  test.each<unknown>(['x', 'X', '△', 'たぶん', 2, 0.5, new Date(0)])('%p is invalid', (raw) => {
    expect(normalizeCell(bool, raw as never)).toMatchObject({ ok: false, code: 'boolean.invalid' });
  });
});

describe('enum and multiEnum cells', () => {
  const en = column('enum', { values: ['多職種会議（イ）', '65〜74歳', '社会福祉士・MSW', 'A'] });
  test.each<[unknown, string]>([
    ['多職種会議（イ）', '多職種会議（イ）'],
    ['多職種会議(イ)', '多職種会議（イ）'],
    [' 多職種会議 （イ） ', '多職種会議（イ）'],
    ['65～74歳', '65〜74歳'],
    ['65~74歳', '65〜74歳'],
    ['社会福祉士・ＭＳＷ', '社会福祉士・MSW'],
    ['社会福祉士･msw', '社会福祉士・MSW'],
    ['a', 'A'],
  ])('%p → %s', (raw, expected) => {
    expect(normalizeCell(en, raw as never)).toEqual({ ok: true, value: expected });
  });
  test('unknown values list the allowed ones', () => {
    expect(normalizeCell(en, '多職種会議')).toEqual({
      ok: false, code: 'enum.invalid', params: { value: '多職種会議', allowed: '多職種会議（イ）／65〜74歳／社会福祉士・MSW／A' },
    });
    expect(allowedList(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10'])).toBe('1／2／3／4／5／6／7／8／…（全10件）');
  });

  const multi = column('multiEnum', { values: ['日常の療養支援', '入退院支援', '急変時の対応', '看取り', '定期巡回・随時対応'] });
  test.each<[string, string[]]>([
    ['看取り', ['看取り']],
    ['看取り、入退院支援', ['入退院支援', '看取り']],
    ['看取り,入退院支援', ['入退院支援', '看取り']],
    ['看取り，入退院支援；急変時の対応', ['入退院支援', '急変時の対応', '看取り']],
    ['看取り/入退院支援', ['入退院支援', '看取り']],
    ['看取り\n入退院支援', ['入退院支援', '看取り']],
    ['看取り、看取り、', ['看取り']],
    ['定期巡回・随時対応', ['定期巡回・随時対応']],
  ])('%p → %p', (raw, expected) => {
    expect(normalizeCell(multi, raw)).toEqual({ ok: true, value: expected });
  });
  test('bad parts are named; separators only are blank', () => {
    expect(normalizeCell(multi, '看取り、緩和ケア')).toMatchObject({ ok: false, code: 'multiEnum.invalid', params: { value: '緩和ケア' } });
    expect(normalizeCell(multi, '看取り・入退院支援')).toMatchObject({ ok: false, code: 'multiEnum.invalid' });
    expect(normalizeCell(multi, '、、')).toEqual({ ok: true, value: null });
  });
});

describe('compiled normalizers', () => {
  test('memoized multiEnum values are frozen, so one row cannot change another', () => {
    const norm = compileColumn(column('multiEnum', { values: ['A', 'B'] }));
    const first = norm('A、B');
    const second = norm('A、B');
    expect(first.ok && second.ok && first.value === second.value).toBe(true);
    expect(first.ok && Object.isFrozen(first.value)).toBe(true);
  });

  test('error literals are reported as such for every type', () => {
    for (const type of ['date', 'integer', 'phone', 'boolean', 'enum', 'id', 'email', 'lgCode', 'fiscalYear'] as const) {
      expect(compileColumn(column(type, { values: ['A'] }))('#REF!')).toMatchObject({ ok: false, code: 'cell.errorValue', params: { value: '#REF!' } });
    }
  });
});

describe('value aliases (older names and short forms)', () => {
  const en = column('enum', { values: ['訪問リハビリテーション', '診療所'], valueAliases: { 訪問リハ: '訪問リハビリテーション', 診療所: '訪問リハビリテーション' } });
  test('an alias reads as the current value, with a warning naming both', () => {
    expect(normalizeCell(en, '訪問リハ')).toEqual({
      ok: true, value: '訪問リハビリテーション', warning: { code: 'enum.alias', params: { value: '訪問リハ', to: '訪問リハビリテーション' } },
    });
    expect(normalizeCell(en, ' 訪問ﾘﾊ ')).toMatchObject({ ok: true, value: '訪問リハビリテーション', warning: { code: 'enum.alias' } });
  });
  test('a current value wins over an alias of the same spelling', () => {
    expect(normalizeCell(en, '診療所')).toEqual({ ok: true, value: '診療所' });
  });
  test('an alias pointing at no allowed value is a spec error', () => {
    expect(() => compileColumn(column('enum', { values: ['A'], valueAliases: { x: 'B' } }))).toThrow(/not an allowed value/);
  });
  const multi = column('multiEnum', { values: ['訪問介護', '訪問入浴介護', '通所介護'], valueAliases: { 訪問入浴: '訪問入浴介護' } });
  test('multiEnum: alias parts are read, sorted and named in the warning', () => {
    expect(normalizeCell(multi, '通所介護、訪問入浴')).toEqual({
      ok: true, value: ['訪問入浴介護', '通所介護'], warning: { code: 'enum.alias', params: { value: '訪問入浴', to: '訪問入浴介護' } },
    });
    expect(normalizeCell(multi, '通所介護、訪問風呂')).toMatchObject({ ok: false, code: 'multiEnum.invalid' });
  });
});
