#!/usr/bin/env node
/**
 * `zaitaku` — the Node host's command line. `run(argv, io)` is the whole program with injectable
 * output and clock (tests call it in-process); the bottom of the file wires it to the process.
 * Exit codes: 0 ok, 1 validation errors found, 2 usage or I/O error.
 */
import { CliError, parseArgs } from './commands/args';
import { makeContext, type CliIo, type Command } from './commands/context';
import { cliText, type Lang } from './output/texts';

export type { CliIo } from './commands/context';

/**
 * Command name → loader. Modules load on first use, so `zaitaku validate` does not pay for the
 * notices or workbook-writing code.
 */
export const COMMANDS: Readonly<Record<string, () => Promise<Command>>> = {
  validate: async () => (await import('./commands/validate')).validateCommand,
  indicators: async () => (await import('./commands/indicators')).indicatorsCommand,
  notices: async () => (await import('./commands/notices')).noticesCommand,
  'export-public': async () => (await import('./commands/export-public')).exportPublicCommand,
  report: async () => (await import('./commands/report')).reportCommand,
  lists: async () => (await import('./commands/lists')).listsCommand,
  aggregate: async () => (await import('./commands/aggregate')).aggregateCommand,
  import: async () => (await import('./commands/import')).importCommand,
  'export-opendata': async () => (await import('./commands/export-opendata')).exportOpendataCommand,
  upgrade: async () => (await import('./commands/upgrade')).upgradeCommand,
  fix: async () => (await import('./commands/fix')).fixCommand,
  'build-templates': async () => (await import('./commands/build-templates')).buildTemplatesCommand,
  demo: async () => (await import('./commands/demo')).demoCommand,
};

/** --lang wherever it appears (before or after the command); Japanese by default. */
function languageOf(argv: readonly string[]): Lang {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    const v = a === '--lang' ? argv[i + 1] : a.startsWith('--lang=') ? a.slice(7) : undefined;
    if (v === undefined) continue;
    if (v === 'ja' || v === 'en') return v;
    throw new CliError('error.badLang', { value: v });
  }
  return 'ja';
}

/**
 * Runs the command line and resolves to the exit code; never throws for user errors.
 * @example const code = await run(['validate', 'みどり町.xlsx', '--json'], { stdout: (s) => out.push(s), stderr: (s) => err.push(s) });
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  let lang: Lang = 'ja';
  try {
    lang = languageOf(argv);
    const name = argv.find((a, i) => !a.startsWith('-') && !(i > 0 && (argv[i - 1] === '--lang')));
    const rest = name === undefined ? [...argv] : [...argv.slice(0, argv.indexOf(name)), ...argv.slice(argv.indexOf(name) + 1)];
    if (name === undefined) {
      const wantsHelp = argv.includes('--help') || argv.includes('-h');
      io[wantsHelp ? 'stdout' : 'stderr'](`${wantsHelp ? '' : `${cliText(lang, 'error.noCommand')}\n\n`}${cliText(lang, 'usage.main')}\n`);
      return wantsHelp ? 0 : 2;
    }
    const load = Object.prototype.hasOwnProperty.call(COMMANDS, name) ? COMMANDS[name] : undefined;
    if (!load) throw new CliError('error.unknownCommand', { command: name });
    const command = await load();
    const args = parseArgs(rest, command.args);
    if (args.flags.has('help')) {
      io.stdout(`${cliText(lang, 'usage.main')}\n`);
      return 0;
    }
    return await command.run(makeContext(io, lang, args));
  } catch (e) {
    if (e instanceof CliError) {
      io.stderr(`${cliText(lang, 'error.prefix', { message: cliText(lang, e.key, e.params) })}\n`);
      if (e.key === 'error.unknownCommand' || e.key === 'error.unknownOption') io.stderr(`\n${cliText(lang, 'usage.main')}\n`);
      return e.exitCode;
    }
    io.stderr(`${cliText(lang, 'error.prefix', { message: e instanceof Error ? (e.stack ?? e.message) : String(e) })}\n`);
    return 2;
  }
}

/* istanbul ignore next -- process wiring */
if (require.main === module) {
  run(process.argv.slice(2), { stdout: (s) => process.stdout.write(s), stderr: (s) => process.stderr.write(s) }).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      console.error(e);
      process.exitCode = 2;
    },
  );
}
