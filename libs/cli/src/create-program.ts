import { Command, InvalidArgumentError, Option } from 'commander';
import { CliContext, processIo, type CliIo, type GlobalOptions } from './cli-context.js';

export interface ProgramSpec {
  /** "dmg" or "daos". */
  readonly name: string;
  readonly description: string;
  readonly version?: string;
  /** Shown after the top-level help. */
  readonly examples?: readonly string[];
}

/** Every command group file exports this: add its commands under `program`. */
export type RegisterCommands = (program: Command, ctx: CliContext) => void;

function positiveInt(text: string): number {
  const n = Number(text);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(n) || n <= 0) throw new InvalidArgumentError('must be a positive integer (milliseconds)');
  return n;
}

/** "dmg system query": the command's words, the span name of its trace. */
function commandName(c: Command): string {
  const names: string[] = [];
  for (let x: Command | null = c; x; x = x.parent) names.unshift(x.name());
  return names.join(' ');
}

/**
 * The commander program of a DAOS CLI, with the global options and the settings every
 * subcommand inherits: errors through `io`, no process.exit from inside commander (runProgram
 * decides the exit code), a hint to `--help` after a usage error.
 */
export function createProgram(spec: ProgramSpec, io: CliIo = processIo): { program: Command; ctx: CliContext } {
  const ctx = new CliContext(spec.name, io);
  const program = new Command(spec.name)
    .description(spec.description)
    .version(spec.version ?? '0.1.0', '-V, --version', 'print the version')
    .option('-j, --json', 'print the result as JSON ({response, error, status})')
    .option('--nats <url>', 'NATS server of the system (default: $NATS_URL, else the record `npm start` wrote)')
    .option('--system <name>', 'system name (default: $DAOS_SYSTEM, else the record, else daos_server)')
    .option('--data-dir <dir>', 'data directory of `npm start` (default: $DAOS_NATS_DATA_DIR, else ./.daos-nats)')
    .addOption(new Option('--timeout-ms <ms>', 'deadline of each operation, retries included').argParser(positiveInt))
    .option('--trace', 'print the trace id of the command on stderr (spans go to $OTEL_EXPORTER_OTLP_ENDPOINT, else <data-dir>/spans: dmg trace show <id>)')
    .exitOverride()
    .showHelpAfterError(`(run with --help for usage)`)
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: (text, write) => write(text) })
    .helpCommand(true);
  if (spec.examples?.length) program.addHelpText('after', `\nExamples:\n${spec.examples.map((e) => `  $ ${e}`).join('\n')}\n`);
  program.hook('preAction', (_self, actionCommand) => {
    const o = actionCommand.optsWithGlobals<{ json?: boolean; nats?: string; system?: string; dataDir?: string; timeoutMs?: number; trace?: boolean }>();
    const g: GlobalOptions = {
      json: o.json === true,
      ...(o.nats !== undefined ? { nats: o.nats } : {}),
      ...(o.system !== undefined ? { system: o.system } : {}),
      ...(o.dataDir !== undefined ? { dataDir: o.dataDir } : {}),
      ...(o.timeoutMs !== undefined ? { timeoutMs: o.timeoutMs } : {}),
      ...(o.trace ? { trace: true } : {}),
    };
    ctx.trace?.span.updateName(commandName(actionCommand));
    ctx.setActive(actionCommand, g);
  });
  return { program, ctx };
}
