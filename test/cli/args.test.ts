/** Argument parsing and the top-level dispatcher: usage errors are exit code 2 in the user's language. */
import { CliError, dateOption, onePositional, parseArgs, requiredValue } from '../../cli/commands/args';
import { displayWidth, formatTable, truncateToWidth } from '../../cli/output/table';
import { runCli } from './helpers';

describe('parseArgs', () => {
  const spec = { flags: ['json', 'csv'], values: ['today', 'out'] };

  it('separates positionals, flags and values in any order', () => {
    const a = parseArgs(['--json', 'a.xlsx', '--today', '2025-06-01', '--out=x.csv'], spec);
    expect(a.positionals).toEqual(['a.xlsx']);
    expect([...a.flags]).toEqual(['json']);
    expect(a.values.get('today')).toBe('2025-06-01');
    expect(a.values.get('out')).toBe('x.csv');
  });

  it('accepts the common --lang and --help / -h', () => {
    const a = parseArgs(['-h', '--lang', 'en'], spec);
    expect(a.flags.has('help')).toBe(true);
    expect(a.values.get('lang')).toBe('en');
  });

  it('treats everything after -- as positionals', () => {
    expect(parseArgs(['--', '--json'], spec).positionals).toEqual(['--json']);
  });

  it('rejects unknown options and options without values', () => {
    expect(() => parseArgs(['--nope'], spec)).toThrow(CliError);
    expect(() => parseArgs(['--today'], spec)).toThrow(expect.objectContaining({ key: 'error.optionNeedsValue' }));
    expect(() => parseArgs(['--today', '--json'], spec)).toThrow(expect.objectContaining({ key: 'error.optionNeedsValue' }));
    expect(() => parseArgs(['--json=1'], spec)).toThrow(expect.objectContaining({ key: 'error.unknownOption' }));
  });

  it('checks positionals, required values and dates', () => {
    expect(() => onePositional(parseArgs([], spec), '<book.xlsx>')).toThrow(expect.objectContaining({ key: 'error.missingArgument' }));
    expect(() => onePositional(parseArgs(['a', 'b'], spec), '<book.xlsx>')).toThrow(expect.objectContaining({ key: 'error.tooManyArguments' }));
    expect(() => requiredValue(parseArgs([], spec), 'out')).toThrow(expect.objectContaining({ key: 'error.missingArgument' }));
    expect(dateOption(parseArgs(['--today', '2024-02-29'], spec), 'today')).toBe('2024-02-29');
    for (const bad of ['2025-02-29', '2025-13-01', '2025/06/01', '20250601'])
      expect(() => dateOption(parseArgs(['--today', bad], spec), 'today')).toThrow(expect.objectContaining({ key: 'error.badDate' }));
  });
});

describe('run (dispatcher)', () => {
  it('prints usage and exits 2 without a command, 0 with --help', async () => {
    const none = await runCli([]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('使い方');
    const help = await runCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('validate');
  });

  it('reports unknown commands and options in Japanese, or English with --lang en', async () => {
    const ja = await runCli(['frobnicate']);
    expect(ja.code).toBe(2);
    expect(ja.stderr).toContain('不明なコマンドです: frobnicate');
    const en = await runCli(['--lang', 'en', 'validate', 'x.xlsx', '--bogus']);
    expect(en.code).toBe(2);
    expect(en.stderr).toContain('Unknown option: --bogus');
    const badLang = await runCli(['validate', 'x.xlsx', '--lang', 'fr']);
    expect(badLang.code).toBe(2);
  });

  it('exits 2 naming the file when it does not exist', async () => {
    const r = await runCli(['validate', '/nonexistent/みどり町.xlsx']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('ファイルが見つかりません: /nonexistent/みどり町.xlsx');
    expect(r.stdout).toBe('');
  });
});

describe('terminal tables', () => {
  it('counts CJK characters as two columns', () => {
    expect(displayWidth('資源A')).toBe(5);
    expect(displayWidth('ｱ')).toBe(1);
    expect(truncateToWidth('あいうえお', 6)).toBe('あい…');
  });

  it('aligns columns by display width', () => {
    const text = formatTable(['列', 'x'], [['資源', '1'], ['a', '22']]);
    const lines = text.split('\n');
    expect(lines[0]).toBe('列    x');
    expect(lines[2]).toBe('資源  1');
    expect(lines[3]).toBe('a     22');
  });
});
