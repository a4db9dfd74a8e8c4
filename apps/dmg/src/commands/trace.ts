// dmg trace: look at the traces the CLIs and services recorded in the data dir's span files.
import { cliSpanDir, showTrace, type CliContext, type Command } from '@daos-nats/cli';

export function register(program: Command, ctx: CliContext): void {
  const t = program.command('trace').description('traces of commands (kept in <data-dir>/spans when no OTLP collector is set)');
  t.command('show')
    .description('draw the span tree of a trace: every attempt, redirect, handler, commit and replica apply, with durations')
    .argument('<trace-id>', 'the id --trace printed (or trace_id of --json)')
    .option('--span-dir <dir>', 'span files directory (default: $DAOS_NATS_SPAN_DIR, else <data-dir>/spans)')
    .action(ctx.action(async (id: string, o: { spanDir?: string }) => showTrace(o.spanDir ?? cliSpanDir({ ...ctx.globals, trace: true }), id)));
}
