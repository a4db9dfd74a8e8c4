// The replicated service the simulation drives: a map of registers plus fetch-and-add counters,
// the shapes testkit's kvModel checks (put / get / alloc). JSON on the wire: the simulation
// exercises rsvc and rdb, not protobuf.
import { NonexistError } from '@daos-nats/base';
import { defineOperation, type MessageCodec } from '@daos-nats/api';
import { KvsClass } from '@daos-nats/rdb';
import { operation, UNINITIALIZED, type ServiceClass } from '../../src/service-class.js';

function json<T>(): MessageCodec<T> {
  return {
    encode: (m: T) => ({ finish: () => new TextEncoder().encode(JSON.stringify(m ?? {})) }),
    decode: (b: Uint8Array) => JSON.parse(new TextDecoder().decode(b)) as T,
  };
}

export const simOps = {
  put: defineOperation('sim.put', json<{ key: string; value: string }>(), json<Record<string, never>>()),
  /** `value` is null when the key is absent. */
  get: defineOperation('sim.get', json<{ key: string }>(), json<{ value: string | null }>()),
  /** Fetch-and-add: the counter at `key` grows by `count`; the reply is its value before. */
  alloc: defineOperation('sim.alloc', json<{ key: string; count: number }>(), json<{ start: number }>()),
};

const ROOT = 'sim';
/** Written with the root KVS by bootstrap: its presence means the layout exists. */
const READY = 'ready';
const text = (b: Uint8Array) => new TextDecoder().decode(b);
const bytes = (s: string) => new TextEncoder().encode(s);

async function lookupOrNull(lookup: () => Promise<Uint8Array>): Promise<string | null> {
  try {
    return text(await lookup());
  } catch (e) {
    if (e instanceof NonexistError) return null;
    throw e;
  }
}

export const simService: ServiceClass<object> = {
  name: 'sim',
  operations: [
    operation(simOps.put, 'write', async (r, ctx) => {
      ctx.tx.update([ROOT], r.key, bytes(r.value));
      return {};
    }),
    operation(simOps.get, 'read', async (r, ctx) => ({ value: await lookupOrNull(() => ctx.tx.lookup([ROOT], r.key)) })),
    operation(simOps.alloc, 'write', async (r, ctx) => {
      const start = Number((await lookupOrNull(() => ctx.tx.lookup([ROOT], r.key))) ?? '0');
      ctx.tx.update([ROOT], r.key, bytes(String(start + r.count)));
      return { start };
    }),
  ],
  async stepUp(ctx) {
    try {
      await ctx.tx.lookup([], READY);
    } catch (e) {
      if (e instanceof NonexistError) return UNINITIALIZED;
      throw e;
    }
    return {};
  },
  async bootstrap(ctx) {
    ctx.tx.createKvs([], ROOT, KvsClass.Lexical).update([], READY, Uint8Array.of(1));
  },
  async drain() {},
  async stepDown() {},
};
