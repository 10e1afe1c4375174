/** formatMessage: placeholders filled from params; unknown names and non-placeholders kept as written. */
import { formatMessage } from '../../templates/core/messages';

describe('formatMessage', () => {
  test.each<[string, Record<string, string | number>, string]>([
    ['{column}が空です', { column: '名称' }, '名称が空です'],
    ['{a}{b}{a}', { a: 1, b: 'x' }, '1x1'],
    ['{missing} stays', {}, '{missing} stays'],
    ['{} {a-b} {{v}}', { v: 'V' }, '{} {a-b} {V}'],
    ['no placeholders', { a: 1 }, 'no placeholders'],
    ['$& and $1: {v}', { v: '$&' }, '$& and $1: $&'],
    ['', {}, ''],
  ])('%s', (template, params, expected) => {
    expect(formatMessage(template, params)).toBe(expected);
    expect(formatMessage(template, params)).toBe(expected); // second call uses the compiled form
  });
});
