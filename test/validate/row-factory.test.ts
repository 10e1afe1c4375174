/** Row templates: every key present, in spec order, and a fresh object per row. */
import { rowFactory } from '../../templates/validate/row-factory';

describe('rowFactory', () => {
  test('rows have __row first, then every key as null, in order', () => {
    const row = rowFactory(['id', 'name', 'phone'])();
    expect(Object.keys(row)).toEqual(['__row', 'id', 'name', 'phone']);
    expect(row).toEqual({ __row: 0, id: null, name: null, phone: null });
    expect(Object.getPrototypeOf(row)).toBe(Object.prototype);
  });

  test('each call gives an independent object, also across many shapes', () => {
    // More shapes than clone sites, so some shapes share a site.
    const factories = Array.from({ length: 40 }, (_, i) => rowFactory([`a${i}`, `b${i}`]));
    const first = factories.map((f) => f());
    const second = factories.map((f) => f());
    first.forEach((row, i) => {
      row[`a${i}`] = 'x';
      expect(second[i]).toEqual({ __row: 0, [`a${i}`]: null, [`b${i}`]: null });
      expect(Object.keys(row)).toEqual(['__row', `a${i}`, `b${i}`]);
    });
  });
});
