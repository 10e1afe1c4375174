import { libreOfficeOrSkip, parseCsv } from './libreoffice';

describe('LibreOffice runner helpers', () => {
  it('parses CSV with quoted commas, quotes, newlines and a BOM', () => {
    expect(parseCsv('\ufeffa,"b,c","say ""hi"""\r\n"multi\nline",,x\n')).toEqual([
      ['a', 'b,c', 'say "hi"'],
      ['multi\nline', '', 'x'],
    ]);
    expect(parseCsv('"=HYPERLINK(""http://x"",""y"")",45748')).toEqual([['=HYPERLINK("http://x","y")', '45748']]);
  });

  it('fails on CI and skips elsewhere when soffice is missing', () => {
    const saved = process.env['CI'];
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      process.env['CI'] = 'true';
      expect(() => libreOfficeOrSkip(() => null)).toThrow(/LibreOffice/);
      delete process.env['CI'];
      expect(libreOfficeOrSkip(() => null)).toBeNull();
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('skipping LibreOffice tests'));
      expect(libreOfficeOrSkip(() => '/x/soffice')).toBe('/x/soffice');
    } finally {
      if (saved === undefined) delete process.env['CI'];
      else process.env['CI'] = saved;
      warn.mockRestore();
    }
  });
});
