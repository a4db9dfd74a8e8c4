import { InvalidError, NonexistError } from '@daos-nats/base';
import { KV_SERVICE, kvOps } from '@daos-nats/api';
import { daos } from '@daos-nats/proto';
import { KEY_BYTES_MAX, KvsClass, VALUE_BYTES_MAX, type Transaction } from '@daos-nats/rdb';
import { operation, UNINITIALIZED, type ServiceClass } from '@daos-nats/rsvc';

const m = daos.kv.v1;

/** Values one kv.alloc may reserve at most. */
export const ALLOC_COUNT_MAX = 1_000_000;

/** Root key of the store: a lexical KVS of the user's keys. */
const KV = 'kv';
/** Root key of the label given at bootstrap. */
const LABEL = 'label';

/** What a leader of a kv group knows beyond the database. */
export interface KvLeader {
  readonly label: string;
}

function checkKey(key: Uint8Array | null | undefined): Uint8Array {
  if (!key || key.length === 0 || key.length > KEY_BYTES_MAX) throw new InvalidError(`key must be 1..${KEY_BYTES_MAX} bytes, got ${key?.length ?? 0}`);
  return key;
}

const decoder = new TextDecoder();
const encoder = new TextEncoder();

/** The counter stored at a key: ASCII decimal, no sign, no leading zero, at most 2^53 - 1. */
function counterOf(value: Uint8Array): number {
  const text = decoder.decode(value);
  const n = Number(text);
  if (!/^(0|[1-9][0-9]{0,15})$/.test(text) || !Number.isSafeInteger(n)) throw new InvalidError(`kv.alloc: the value is not a counter (${JSON.stringify(text.slice(0, 40))})`);
  return n;
}

/** The next value of the counter at `key`: 0 when absent. */
async function counterAt(tx: Transaction, key: Uint8Array): Promise<number> {
  try {
    return counterOf(await tx.lookup([KV], key));
  } catch (e) {
    if (e instanceof NonexistError) return 0;
    throw e;
  }
}

/**
 * A replicated key-value store, one per group: put (a blind write, so concurrent puts batch into
 * one raft round), linearizable get, delete (DER_NONEXIST if absent, remembered for retries).
 */
export const kvService: ServiceClass<KvLeader> = {
  name: KV_SERVICE,
  operations: [
    operation(
      kvOps.put,
      'write',
      async (req, ctx) => {
        const value = req.value ?? new Uint8Array(0);
        if (value.length === 0 || value.length > VALUE_BYTES_MAX) throw new InvalidError(`value must be 1..${VALUE_BYTES_MAX} bytes, got ${value.length}`);
        ctx.tx.update([KV], checkKey(req.key), value);
        return {};
      },
      { exclusive: false },
    ),
    operation(kvOps.get, 'read', async (req, ctx) => ({ value: await ctx.tx.lookup([KV], checkKey(req.key)) })),
    operation(kvOps.delete, 'write', async (req, ctx) => {
      const key = checkKey(req.key);
      await ctx.tx.lookup([KV], key); // DER_NONEXIST, stored as this op's answer
      ctx.tx.delete([KV], key);
      return {};
    }),
    // Exclusive (the default for a write): the read and the update of the counter are one step.
    operation(kvOps.alloc, 'write', async (req, ctx) => {
      const key = checkKey(req.key);
      const count = Number(req.count ?? 0);
      if (!Number.isSafeInteger(count) || count < 1 || count > ALLOC_COUNT_MAX) throw new InvalidError(`kv.alloc: count must be 1..${ALLOC_COUNT_MAX}, got ${count}`);
      const first = await counterAt(ctx.tx, key);
      if (first + count > Number.MAX_SAFE_INTEGER) throw new InvalidError(`kv.alloc: the counter would pass 2^53 - 1 (${first} + ${count})`);
      ctx.tx.update([KV], key, encoder.encode(String(first + count)));
      return { first };
    }),
  ],

  async stepUp(ctx) {
    try {
      return { label: decoder.decode(await ctx.tx.lookup([], LABEL)) };
    } catch (e) {
      if (e instanceof NonexistError) return UNINITIALIZED;
      throw e;
    }
  },

  async bootstrap(ctx, arg) {
    const { label } = m.BootstrapArg.decode(arg);
    ctx.tx.createKvs([], KV, KvsClass.Lexical).update([], LABEL, new TextEncoder().encode(label || ctx.group));
  },

  async drain() {
    // No background work to stop.
  },

  async stepDown() {
    // No leader state to release.
  },
};
