import { DER } from '@daos-nats/base';
import { CommanderError, type Command } from 'commander';
import type { CliContext } from './cli-context.js';
import { jsonEnvelope } from './output.js';
import { CliTrace } from './cli-trace.js';
import { renderError } from './render-error.js';
import { EXIT, UsageError } from './usage-error.js';

/** The full name of a command ("dmg pool create"). */
function commandPath(c: Command): string {
  const names: string[] = [];
  for (let x: Command | null = c; x; x = x.parent) names.unshift(x.name());
  return names.join(' ');
}

/**
 * Parse `args` (without node and the script), run the chosen action, print any failure once, close
 * the connection, and return the exit code: 0, EXIT.failed for a DAOS error, EXIT.usage for a bad
 * command line.
 */
export async function runProgram(program: Command, ctx: CliContext, args: readonly string[]): Promise<number> {
  const cliTrace = ctx.trace ?? (ctx.trace = CliTrace.start(ctx.tool, () => ctx.globals));
  const code = await cliTrace.run(() => parseAndRun(program, ctx, args));
  const traceId = cliTrace.traceId;
  if (traceId && traceWanted(ctx, args)) ctx.io.stderr(`trace: ${traceId}\n`);
  await cliTrace.end(code.exitCode, code.error);
  return code.exitCode;
}

/** `--trace` was given (also when parsing failed before the options were recorded). */
function traceWanted(ctx: CliContext, args: readonly string[]): boolean {
  return ctx.globals.trace === true || args.includes('--trace');
}

async function parseAndRun(program: Command, ctx: CliContext, args: readonly string[]): Promise<{ exitCode: number; error?: string }> {
  const jsonWanted = (): boolean => ctx.globals.json || args.includes('--json') || args.includes('-j');
  try {
    await program.parseAsync([...args], { from: 'user' });
    return { exitCode: EXIT.ok };
  } catch (e) {
    const r = renderError(e);
    // commander has already printed its own message (and the --help hint) through ctx.io.
    if (!(e instanceof CommanderError)) {
      const cmd = ctx.activeCommand;
      const hint = e instanceof UsageError && cmd ? `\n(run '${commandPath(cmd)} --help' for usage)` : '';
      ctx.io.stderr(`${ctx.tool}: ${r.line}${hint}\n`);
    }
    if (r.exitCode !== EXIT.ok && jsonWanted()) ctx.io.stdout(jsonEnvelope(null, r.line, r.status !== 0 ? r.status : DER.INVAL, traceWanted(ctx, args) ? ctx.trace?.traceId : undefined));
    return { exitCode: r.exitCode, error: r.line };
  } finally {
    await ctx.close();
  }
}
