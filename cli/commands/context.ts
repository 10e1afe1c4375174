/** What every command receives: injectable output streams and clock, the language, parsed arguments. */
import type { MessageParams } from '../../templates/core/messages';
import { cliText, type CliTextKey, type Lang } from '../output/texts';
import type { ArgSpec, ParsedArgs } from './args';

/** Output and clock, injectable so tests run commands in-process. */
export interface CliIo {
  /** Receives text for standard output (each call one chunk; lines end with '\n'). */
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** The current instant (default: the system clock). */
  readonly now?: () => Date;
}

export interface CommandContext {
  readonly io: CliIo;
  readonly lang: Lang;
  readonly args: ParsedArgs;
  /** Prints one line to stdout. */
  out(line: string): void;
  /** Prints one line to stderr. */
  err(line: string): void;
  /** A CLI text in the chosen language. */
  t(key: CliTextKey, params?: MessageParams): string;
  now(): Date;
}

export interface Command {
  readonly name: string;
  readonly args: ArgSpec;
  /** Exit code: 0 ok, 1 findings with errors, 2 usage or I/O error (thrown as CliError). */
  run(ctx: CommandContext): Promise<number>;
}

/** Builds the context of one invocation. */
export function makeContext(io: CliIo, lang: Lang, args: ParsedArgs): CommandContext {
  return {
    io,
    lang,
    args,
    out: (line) => io.stdout(`${line}\n`),
    err: (line) => io.stderr(`${line}\n`),
    t: (key, params = {}) => cliText(lang, key, params),
    now: () => (io.now ? io.now() : new Date()),
  };
}
