// daos lock: the lock service from the command line. A lock belongs to a session, and a session
// to one process (its lease is kept alive by that process's heartbeats), so a one-shot command
// holds a lock only while it runs:
//   acquire NAME [--hold-ms MS]   take it, print the grant, keep it MS (default 0), release, exit
//   release NAME                  give back NAME if *this* process's session holds it: a separate
//                                 invocation holds nothing, so it answers DER_NO_PERM (locks end
//                                 with their command, or with their lease if it was killed)
//   status NAME                   owner (its notify token), fencing token, waiters
//   exec NAME -- CMD [ARGS...]    run CMD holding NAME, with DAOS_LOCK_NAME and DAOS_LOCK_TOKEN in
//                                 its environment; CMD is sent SIGTERM if the grant stops being
//                                 valid (lease lost); the lock is released when CMD exits
import { spawn } from 'node:child_process';
import { lockOps } from '@daos-nats/api';
import { InvalidError, TimedOutError } from '@daos-nats/base';
import { keyValues, UsageError, type CliContext, type Command } from '@daos-nats/cli';
import { LockClient, type LockGrant } from '@daos-nats/lock-client';

const WAIT_MS_DEFAULT = 30_000;
/** How often exec checks that the grant is still valid while CMD runs. */
const VALIDITY_CHECK_MS = 100;

/** The exit status `exec` wants the process to end with (CMD's), read by main.ts. */
export let lockExecExitCode = 0;

function ms(text: string): number {
  const n = Number(text);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(n)) throw new UsageError(`expected milliseconds, got ${JSON.stringify(text)}`);
  return n;
}

async function open(ctx: CliContext): Promise<LockClient> {
  const c = await ctx.client();
  return await LockClient.open({ bus: c.bus, system: c.system, rng: c.rng, config: { requestTimeoutMs: c.callTimeoutMs } });
}

function grantOut(g: LockGrant, leaseMs: number, note: string) {
  return {
    json: { name: g.name, token: g.token, lease_ms: leaseMs },
    text: `${keyValues([['Lock', g.name], ['Token', g.token], ['Lease', `${leaseMs} ms`]])}\n${note}`,
  };
}

export function register(program: Command, ctx: CliContext): void {
  const lock = program.command('lock').description('take, inspect and run under locks of the lock service (fencing tokens)');

  lock
    .command('acquire')
    .description('acquire a lock, keep it --hold-ms, release it (the lock lives as long as this process)')
    .argument('<name>', 'lock name (1..256 bytes)')
    .option('--hold-ms <ms>', 'keep the lock this long before releasing it', '0')
    .option('--wait-ms <ms>', 'give up if not granted within this time', String(WAIT_MS_DEFAULT))
    .action(
      ctx.action(async (name: string, o: { holdMs: string; waitMs: string }) => {
        const locks = await open(ctx);
        try {
          const g = await locks.acquire(name, { timeoutMs: ms(o.waitMs) });
          const hold = ms(o.holdMs);
          if (hold > 0) await new Promise((r) => setTimeout(r, hold));
          await g.release();
          return grantOut(g, locks.session.leaseMs, hold > 0 ? `Held ${hold} ms, released.` : 'Released on exit (use --hold-ms, or `daos lock exec`).');
        } finally {
          await locks.close();
        }
      }),
    );

  lock
    .command('release')
    .description("give back a lock this process's session holds (a separate invocation holds none: DER_NO_PERM)")
    .argument('<name>', 'lock name')
    .action(
      ctx.action(async (name: string) => {
        const locks = await open(ctx);
        try {
          await locks.caller.call(lockOps.release, { name, token: 0 });
          return { json: { name }, text: `Released ${name}` };
        } finally {
          await locks.close();
        }
      }),
    );

  lock
    .command('status')
    .description('show who holds a lock, its fencing token and how many wait')
    .argument('<name>', 'lock name')
    .action(
      ctx.action(async (name: string) => {
        const locks = await open(ctx);
        try {
          const s = await locks.status(name);
          const json = { name, held: s.held === true, token: Number(s.token ?? 0), owner: s.owner ?? '', waiters: s.waiters ?? 0 };
          return { json, text: keyValues([['Lock', name], ['Held', json.held ? 'yes' : 'no'], ['Token', json.token], ['Owner', json.owner || '-'], ['Waiters', json.waiters]]) };
        } finally {
          await locks.close();
        }
      }),
    );

  lock
    .command('exec')
    .description('run a command holding a lock; DAOS_LOCK_TOKEN carries the fencing token')
    .argument('<name>', 'lock name')
    .argument('<cmd...>', 'the command and its arguments (after --)')
    .option('--wait-ms <ms>', 'give up if not granted within this time', String(WAIT_MS_DEFAULT))
    .action(
      ctx.action(async (name: string, cmd: string[], o: { waitMs: string }) => {
        if (cmd.length === 0) throw new UsageError('exec needs a command after --');
        const locks = await open(ctx);
        try {
          const g = await locks.acquire(name, { timeoutMs: ms(o.waitMs) });
          try {
            lockExecExitCode = await runHolding(g, cmd);
          } finally {
            await g.release();
          }
          return undefined;
        } finally {
          await locks.close();
        }
      }),
    );
}

/** Run `cmd` while `g` is valid; SIGTERM it the moment the grant is not. Resolves to its exit status. */
function runHolding(g: LockGrant, cmd: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const [file, ...args] = cmd as [string, ...string[]];
    const child = spawn(file, args, { stdio: 'inherit', env: { ...process.env, DAOS_LOCK_NAME: g.name, DAOS_LOCK_TOKEN: String(g.token) } });
    let lost = false;
    const watch = setInterval(() => {
      if (g.valid()) return;
      lost = true;
      child.kill('SIGTERM');
    }, VALIDITY_CHECK_MS);
    child.once('error', (e) => {
      clearInterval(watch);
      reject(new InvalidError(`cannot run ${file}: ${e.message}`, { cause: e }));
    });
    child.once('exit', (code, signal) => {
      clearInterval(watch);
      if (lost) reject(new TimedOutError(`the lock ${JSON.stringify(g.name)} was lost (lease not renewed) while ${file} ran: it was stopped`));
      else resolve(code ?? (signal ? 128 : 1));
    });
  });
}
