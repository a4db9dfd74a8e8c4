import { connectSystem, MgmtClient, type DaosClient, type SystemAddress } from '@daos-nats/client';
import type { Command } from 'commander';
import { jsonEnvelope, type CommandOutput } from './output.js';
import type { CliTrace } from './cli-trace.js';

/** The options every dmg/daos command accepts, before or after the command name. */
export interface GlobalOptions {
  /** `-j, --json`: print the `{response, error, status}` envelope instead of tables. */
  readonly json: boolean;
  /** `--nats URL` (else $NATS_URL, else the data dir's record). */
  readonly nats?: string;
  /** `--system NAME` (else $DAOS_SYSTEM, else the record, else daos_server). */
  readonly system?: string;
  /** `--data-dir DIR` where `npm start` keeps its record (else $DAOS_NATS_DATA_DIR, else ./.daos-nats). */
  readonly dataDir?: string;
  /** `--timeout-ms MS`: deadline of each operation, retries included. */
  readonly timeoutMs?: number;
  /** `--trace`: print the command's trace id on stderr (and keep its spans, see cli-trace.ts). */
  readonly trace?: boolean;
}

/** Where a CLI writes; tests capture it. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

export const processIo: CliIo = {
  stdout: (t) => void process.stdout.write(t),
  stderr: (t) => void process.stderr.write(t),
};

/** An action as a command file writes it: commander's arguments in, output (or nothing) out. */
export type CommandAction<A extends unknown[]> = (...args: A) => Promise<CommandOutput | void>;

/**
 * What every command file gets with `register(program, ctx)`: the parsed global options, a lazily
 * connected client, and `action()`, which wraps a handler so that its output is printed in the
 * chosen format. Errors are not caught here: they reach runProgram, which renders them once.
 */
export class CliContext {
  private current: GlobalOptions = { json: false };
  private command: Command | undefined;
  private connecting: Promise<{ client: DaosClient; address: SystemAddress }> | undefined;
  private mgmtClient: MgmtClient | undefined;
  /** The command's trace, set by runProgram. */
  trace: CliTrace | undefined;

  constructor(
    readonly tool: string,
    readonly io: CliIo = processIo,
  ) {}

  get globals(): GlobalOptions {
    return this.current;
  }

  /** The command being run (for its name in messages), once parsing has chosen one. */
  get activeCommand(): Command | undefined {
    return this.command;
  }

  /** Called by the program before every action. */
  setActive(command: Command, globals: GlobalOptions): void {
    this.command = command;
    this.current = globals;
  }

  /** The connected client, connecting on first use (commands that fail on input never connect). */
  async client(): Promise<DaosClient> {
    return (await this.connection()).client;
  }

  /**
   * A management-service client on the connected session, told the MS replica ranks when the
   * launcher's record names them (else it asks any replica).
   */
  async mgmt(): Promise<MgmtClient> {
    const { client, address } = await this.connection();
    this.mgmtClient ??= new MgmtClient(client, address.record ? { replicas: address.record.msReplicas } : {});
    return this.mgmtClient;
  }

  /** Where the system was found (flags, environment or data dir). */
  async address(): Promise<SystemAddress> {
    return (await this.connection()).address;
  }

  private connection(): Promise<{ client: DaosClient; address: SystemAddress }> {
    const g = this.current;
    this.connecting ??= connectSystem({
      name: this.tool,
      natsUrl: g.nats,
      system: g.system,
      dataDir: g.dataDir,
      // dmg acts as the administrator (DAOS: its admin certificate), daos as a user.
      role: this.tool === 'dmg' ? 'admin' : 'client',
      ...(g.timeoutMs !== undefined ? { callTimeoutMs: g.timeoutMs } : {}),
    });
    return this.connecting;
  }

  /** Wrap a command handler: runs it, prints what it returns as a table/text or as the JSON envelope. */
  action<A extends unknown[]>(fn: CommandAction<A>): (...args: A) => Promise<void> {
    return async (...args: A) => {
      const out = await fn(...args);
      if (out) this.print(out);
    };
  }

  print(out: CommandOutput): void {
    if (this.current.json) this.io.stdout(jsonEnvelope(out.json, null, 0, this.current.trace ? this.trace?.traceId : undefined));
    else {
      const text = out.text ?? JSON.stringify(out.json, null, 2);
      if (text !== '') this.io.stdout(text.endsWith('\n') ? text : `${text}\n`);
    }
  }

  /** Close the connection if one was made (the process exits once nothing is pending). */
  async close(): Promise<void> {
    const c = this.connecting;
    this.connecting = undefined;
    this.mgmtClient = undefined;
    if (!c) return;
    try {
      await (await c).client.close();
    } catch {
      // A connection that never opened has nothing to close.
    }
  }
}
