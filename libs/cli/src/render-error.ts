import { DaosError, derMeaning } from '@daos-nats/base';
import { CommanderError } from 'commander';
import { EXIT, UsageError } from './usage-error.js';

/** How a failure is shown and what the tool exits with. */
export interface RenderedError {
  /** One line: `DER_NO_PERM(-1001): sentence`, or the usage problem. */
  readonly line: string;
  readonly exitCode: number;
  /** The DER code (0 when not a DAOS error), the `status` of the JSON envelope. */
  readonly status: number;
}

function sentence(text: string): string {
  const t = text.trim();
  return t === '' ? t : t[0]!.toUpperCase() + t.slice(1);
}

/** Turn anything thrown by a command into what the user sees. */
export function renderError(e: unknown): RenderedError {
  if (e instanceof DaosError) return { line: `${e.derName}(${e.code}): ${sentence(e.message || derMeaning(e.code))}`, exitCode: EXIT.failed, status: e.code };
  if (e instanceof UsageError) return { line: `usage: ${e.message}`, exitCode: EXIT.usage, status: 0 };
  if (e instanceof CommanderError) return { line: e.message.replace(/^error: /, 'usage: '), exitCode: e.exitCode === 0 ? EXIT.ok : EXIT.usage, status: 0 };
  const err = e instanceof Error ? e : new Error(String(e));
  // A bug, not a DAOS answer: show where, since nobody can act on the message alone.
  return { line: `internal error: ${err.message}${process.env['DAOS_CLI_DEBUG'] ? `\n${err.stack ?? ''}` : ''}`, exitCode: EXIT.failed, status: 0 };
}
