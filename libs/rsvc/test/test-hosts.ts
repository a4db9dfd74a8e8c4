// Test support (not exported from the index): a small counter service and its hosts, over any
// RsvcTransport (test-nats-hosts.ts puts them on a real nats-server).
import { ExistError, NonexistError, SeededRng } from '@daos-nats/base';
import { defineOperation, type MessageCodec } from '@daos-nats/api';
import { KvsClass } from '@daos-nats/rdb';
import { createLogger } from '@daos-nats/telemetry';
import { RsvcHost, type RsvcHostOptions } from '../src/rsvc-host.js';
import type { RsvcTransport } from '../src/rsvc-transport.js';
import { operation, UNINITIALIZED, type ServiceClass } from '../src/service-class.js';

function json<T>(): MessageCodec<T> {
  return {
    encode: (m: T) => ({ finish: () => new TextEncoder().encode(JSON.stringify(m ?? {})) }),
    decode: (b: Uint8Array) => JSON.parse(new TextDecoder().decode(b)) as T,
  };
}

export const counterOps = {
  /** Read-modify-write: add 1 to counter `name`, answer the new value. */
  incr: defineOperation('c.incr', json<{ name: string }>(), json<{ value: number }>()),
  read: defineOperation('c.read', json<{ name: string }>(), json<{ value: number }>()),
  /** Create `name` = 0; DER_EXIST if it exists. */
  create: defineOperation('c.create', json<{ name: string }>(), json<{ created: boolean }>()),
  /** Wait until the handler's signal aborts (or `ms`), then answer; logs `slow-end` in hookLog. */
  slow: defineOperation('c.slow', json<{ ms: number }>(), json<{ aborted: boolean }>()),
  /** Wait `ms` whatever the signal says (a handler that ignores its abort); logs `stubborn-end`. */
  stubborn: defineOperation('c.stubborn', json<{ ms: number }>(), json<{ aborted: boolean }>()),
  /** Leader-local calls: `c.incr` twice through ctx.run (a non-exclusive write), answer the last value. */
  incrTwice: defineOperation('c.incrTwice', json<{ name: string }>(), json<{ value: number }>()),
  /** An exclusive write that tries ctx.run of another exclusive write (refused: it would wait for its own lock). */
  incrNested: defineOperation('c.incrNested', json<{ name: string }>(), json<{ value: number }>()),
  /** ctx.run of c.slow (60 s) with a deadline of `ms`: DER_TIMEDOUT. */
  runWithDeadline: defineOperation('c.runWithDeadline', json<{ ms: number }>(), json<{ aborted: boolean }>()),
  /** Delete `name`; DER_NONEXIST if absent. */
  remove: defineOperation('c.remove', json<{ name: string }>(), json<{ removed: boolean }>()),
  /** c.remove with after-commit work that logs `after <name> committed=<bool>` in hookLog (`fail`: that work throws). */
  removeAfter: defineOperation('c.removeAfter', json<{ name: string; fail?: boolean }>(), json<{ removed: boolean }>()),
  /** A read that asks for after-commit work (refused: DER_INVAL). */
  readAfter: defineOperation('c.readAfter', json<{ name: string }>(), json<{ value: number }>()),
};

export interface CounterLeader {
  readonly steppedUpAt: number;
  drained: boolean;
}

const C = 'counters';
const enc = (n: number) => new TextEncoder().encode(String(n));
const dec = (b: Uint8Array) => Number(new TextDecoder().decode(b));

/** Every hook call, for tests of the lifecycle. */
export const hookLog: string[] = [];
/** stepUp throws while this is above 0 (decremented each time). */
export const stepUpFailures = { remaining: 0 };

export const counterService: ServiceClass<CounterLeader> = {
  name: 'ctr',
  operations: [
    operation(counterOps.incr, 'write', async (r, ctx) => {
      let v = 0;
      try {
        v = dec(await ctx.tx.lookup([C], r.name));
      } catch (e) {
        if (!(e instanceof NonexistError)) throw e;
      }
      ctx.tx.update([C], r.name, enc(v + 1));
      return { value: v + 1 };
    }),
    operation(counterOps.slow, 'read', async (r, ctx) => {
      hookLog.push(`slow-start ${ctx.group} r${ctx.rank} t${ctx.term}`);
      const aborted = await new Promise<boolean>((resolve) => {
        const timer = setTimeout(() => resolve(false), r.ms);
        ctx.signal.addEventListener('abort', () => {
          clearTimeout(timer);
          resolve(true);
        });
      });
      hookLog.push(`slow-end ${ctx.group} r${ctx.rank} t${ctx.term} aborted=${aborted}`);
      return { aborted };
    }),
    operation(counterOps.stubborn, 'read', async (r, ctx) => {
      hookLog.push(`stubborn-start ${ctx.group} r${ctx.rank} t${ctx.term}`);
      await new Promise((resolve) => setTimeout(resolve, r.ms));
      hookLog.push(`stubborn-end ${ctx.group} r${ctx.rank} t${ctx.term} aborted=${ctx.signal.aborted}`);
      return { aborted: ctx.signal.aborted };
    }),
    operation(
      counterOps.incrTwice,
      'write',
      async (r, ctx) => {
        await ctx.run(counterOps.incr, r);
        return await ctx.run(counterOps.incr, r, { signal: ctx.signal });
      },
      { exclusive: false },
    ),
    operation(counterOps.runWithDeadline, 'read', async (r, ctx) => await ctx.run(counterOps.slow, { ms: 60_000 }, { signal: AbortSignal.timeout(r.ms) })),
    operation(counterOps.incrNested, 'write', async (r, ctx) => await ctx.run(counterOps.incr, r)),
    operation(counterOps.read, 'read', async (r, ctx) => ({ value: dec(await ctx.tx.lookup([C], r.name)) })),
    operation(counterOps.create, 'write', async (r, ctx) => {
      try {
        await ctx.tx.lookup([C], r.name);
      } catch (e) {
        if (!(e instanceof NonexistError)) throw e;
        ctx.tx.update([C], r.name, enc(0));
        return { created: true };
      }
      throw new ExistError(`counter ${r.name} exists`);
    }),
    operation(counterOps.remove, 'write', async (r, ctx) => {
      await ctx.tx.lookup([C], r.name);
      ctx.tx.delete([C], r.name);
      return { removed: true };
    }),
    operation(counterOps.removeAfter, 'write', async (r, ctx) => {
      await ctx.tx.lookup([C], r.name);
      ctx.tx.delete([C], r.name);
      ctx.afterCommit(async () => {
        // What a reader of committed state sees when the work runs: the removal must be visible.
        const gone = await ctx.run(counterOps.read, { name: r.name }).then(() => false, (e: unknown) => e instanceof NonexistError);
        hookLog.push(`after ${r.name} committed=${gone}`);
        if (r.fail) throw new Error('after-commit work failed on purpose');
      });
      return { removed: true };
    }),
    operation(counterOps.readAfter, 'read', async (r, ctx) => {
      ctx.afterCommit(async () => undefined);
      return { value: dec(await ctx.tx.lookup([C], r.name)) };
    }),
  ],
  async stepUp(ctx) {
    hookLog.push(`stepUp ${ctx.group} r${ctx.rank} t${ctx.term}`);
    if (stepUpFailures.remaining > 0) {
      stepUpFailures.remaining--;
      hookLog.push(`stepUp-failed ${ctx.group} r${ctx.rank} t${ctx.term}`);
      throw new Error('planted step-up failure');
    }
    try {
      await ctx.tx.lookup([], 'ready');
    } catch (e) {
      if (e instanceof NonexistError) return UNINITIALIZED;
      throw e;
    }
    return { steppedUpAt: Date.now(), drained: false };
  },
  async bootstrap(ctx) {
    hookLog.push(`bootstrap ${ctx.group} r${ctx.rank} t${ctx.term}`);
    ctx.tx.createKvs([], C, KvsClass.Lexical).update([], 'ready', Uint8Array.of(1));
  },
  async drain(ctx, s) {
    hookLog.push(`drain ${ctx.group} r${ctx.rank} t${ctx.term}`);
    s.drained = true;
  },
  async stepDown(ctx) {
    hookLog.push(`stepDown ${ctx.group} r${ctx.rank} t${ctx.term}`);
  },
};

/** Added to every test host's wall clock (to age dedup entries without waiting). */
export const clockSkew = { ms: 0 };

export const testReplicaConfig = { tickIntervalMs: 20, commitTimeoutMs: 10_000, raft: { electionTimeoutTicks: 15, heartbeatTicks: 3 } };

/** A host of the counter service on `rank` over `transport` (in memory or NATS). */
export async function startCounterHost(
  transport: RsvcTransport,
  rank: number,
  dataDir: string,
  extra: Partial<RsvcHostOptions<CounterLeader>> = {},
): Promise<RsvcHost<CounterLeader>> {
  return await RsvcHost.start<CounterLeader>({
    transport,
    system: 'test',
    rank,
    dataDir,
    service: counterService,
    rng: new SeededRng(1000 + rank),
    replica: testReplicaConfig,
    log: createLogger({ service: 'ctr-test', level: 'warn', base: { rank } }),
    nowMs: () => Date.now() + clockSkew.ms,
    ...extra,
  });
}
