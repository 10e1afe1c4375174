/** Writing output files: folders created as needed, failures turned into a CliError naming the path. */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { CliError } from '../commands/args';

/**
 * Writes text (UTF-8) or bytes to a file, creating its folder.
 * @throws CliError('error.writeFailed') when the file cannot be written
 * @example await writeOutput('out/public.csv', csvText);
 */
export async function writeOutput(path: string, data: string | Uint8Array): Promise<void> {
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, data);
  } catch (e) {
    throw new CliError('error.writeFailed', { path, reason: (e as NodeJS.ErrnoException).code ?? String(e) });
  }
}

/** Creates a folder (and its parents). @throws CliError('error.writeFailed') */
export async function ensureDir(path: string): Promise<void> {
  try {
    await mkdir(path, { recursive: true });
  } catch (e) {
    throw new CliError('error.writeFailed', { path, reason: (e as NodeJS.ErrnoException).code ?? String(e) });
  }
}
