/**
 * Hand-written argument parsing (no dependency): positionals, boolean flags and `--name value` /
 * `--name=value` options, checked against what each command accepts. Errors carry a text key so
 * they are printed in the user's language.
 */
import type { MessageParams } from '../../templates/core/messages';
import type { CliTextKey } from '../output/texts';

/** An error the user can fix (bad arguments, missing file…): printed without a stack, exit code 2. */
export class CliError extends Error {
  constructor(
    readonly key: CliTextKey,
    readonly params: MessageParams = {},
    readonly exitCode = 2,
  ) {
    super(key);
    this.name = 'CliError';
  }
}

export interface ArgSpec {
  /** Options that take no value, e.g. ['json', 'csv']. */
  readonly flags?: readonly string[];
  /** Options that take one value, e.g. ['out', 'today']. */
  readonly values?: readonly string[];
}

export interface ParsedArgs {
  readonly positionals: readonly string[];
  readonly flags: ReadonlySet<string>;
  readonly values: ReadonlyMap<string, string>;
}

/** Options every command accepts. */
const COMMON: ArgSpec = { flags: ['help'], values: ['lang'] };

/**
 * Parses arguments after the command name.
 * @throws CliError for an unknown option or an option without its value
 * @example parseArgs(['a.xlsx', '--json', '--today', '2025-06-01'], { flags: ['json'], values: ['today'] })
 */
export function parseArgs(argv: readonly string[], spec: ArgSpec): ParsedArgs {
  const flagNames = new Set([...(spec.flags ?? []), ...(COMMON.flags ?? [])]);
  const valueNames = new Set([...(spec.values ?? []), ...(COMMON.values ?? [])]);
  const positionals: string[] = [];
  const flags = new Set<string>();
  const values = new Map<string, string>();
  let onlyPositionals = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (onlyPositionals || !arg.startsWith('-') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyPositionals = true;
      continue;
    }
    if (arg === '-h') {
      flags.add('help');
      continue;
    }
    const body = arg.replace(/^--?/, '');
    const eq = body.indexOf('=');
    const name = eq >= 0 ? body.slice(0, eq) : body;
    if (flagNames.has(name) && eq < 0) {
      flags.add(name);
    } else if (valueNames.has(name)) {
      const value = eq >= 0 ? body.slice(eq + 1) : argv[++i];
      if (value === undefined || (eq < 0 && value.startsWith('--'))) throw new CliError('error.optionNeedsValue', { option: `--${name}` });
      values.set(name, value);
    } else {
      throw new CliError('error.unknownOption', { option: arg });
    }
  }
  return { positionals, flags, values };
}

/** The single positional a command needs (`what` names it language-neutrally, e.g. '<book.xlsx>'). @throws CliError when it is missing or followed by extras. */
export function onePositional(args: ParsedArgs, what: string): string {
  const [first, ...rest] = args.positionals;
  if (first === undefined) throw new CliError('error.missingArgument', { what });
  if (rest.length) throw new CliError('error.tooManyArguments', { args: rest.join(' ') });
  return first;
}

/** A required `--name value` option. @throws CliError when it is absent. */
export function requiredValue(args: ParsedArgs, name: string): string {
  const v = args.values.get(name);
  if (v === undefined || v === '') throw new CliError('error.missingArgument', { what: `--${name}` });
  return v;
}

/** Checks a calendar date option 'YYYY-MM-DD' (real dates only). @throws CliError */
export function dateOption(args: ParsedArgs, name: string): string | undefined {
  const v = args.values.get(name);
  if (v === undefined) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  const ok = m !== null && (() => {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    const d = Number(m[3]);
    const dim = [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1];
    return dim !== undefined && d >= 1 && d <= dim;
  })();
  if (!ok) throw new CliError('error.badDate', { option: `--${name}`, value: v });
  return v;
}
