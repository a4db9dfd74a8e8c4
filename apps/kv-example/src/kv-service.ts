import { InvalidError, NonexistError } from '@daos-nats/base';
import { KV_SERVICE, kvOps } from '@daos-nats/api';
import { daos } from '@daos-nats/proto';
import { KEY_BYTES_MAX, KvsClass, VALUE_BYTES_MAX } from '@daos-nats/rdb';
import { operation, UNINITIALIZED, type ServiceClass } from '@daos-nats/rsvc';

const m = daos.kv.v1;

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
