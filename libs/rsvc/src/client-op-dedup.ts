import type { Span } from '@opentelemetry/api';
import { daosError, InvalidError, StaleError, type Term } from '@daos-nats/base';
import { daos } from '@daos-nats/proto';
import { isDeterministic, type Replica, type Transaction } from '@daos-nats/rdb';
import { clientOpKey, clientOpKeyHex, clientTimeBound } from './client-op-key.js';
import { DataInvalidError } from './data-invalid-error.js';
import { OPS_PATH } from './rsvc-layout.js';
import type { ClientOp } from './service-class.js';

const StoredReply = daos.rsvc.v1.StoredReply;
type Stored = daos.rsvc.v1.StoredReply;

/** Format byte in front of a stored reply: rdb values are never empty, and the format can evolve. */
const STORED_FORMAT = 1;

function encodeStored(s: daos.rsvc.v1.StoredReply.$Properties): Uint8Array {
  const body = StoredReply.encode(s).finish();
  const out = new Uint8Array(body.length + 1);
  out[0] = STORED_FORMAT;
  out.set(body, 1);
  return out;
}

/**
 * The client-op table of one group (DAOS svc_ops): (client time, client id) → the reply or the
 * deterministic error of that write, stored in the same log entry as its effect. On the leader it
 * also keeps the writes in flight, so that a retry racing its first attempt waits for it instead
 * of running the handler a second time.
 */
export class ClientOpDedup {
  private readonly inFlight = new Map<string, Promise<Stored | undefined>>();

  constructor(
    private readonly replica: Replica,
    private readonly dedupAgeMs: number,
    private readonly nowMs: () => number,
    /** Client times further ahead than this are refused (DER_INVAL), never stored. */
    private readonly clockAheadMaxMs: number = 60_000,
  ) {}

  /**
   * Run `work` (the handler and its commit) at most once for `op`: answer a stored or in-flight
   * outcome if there is one, else run it. `work` gets the key to store its outcome under (with
   * `recordReply`/`recordError`, in its own transaction).
   */
  async once(op: ClientOp, term: Term, span: Span, work: (key: Uint8Array) => Promise<Uint8Array>): Promise<Uint8Array> {
    const aheadMs = op.clientTimeUs / 1000 - this.nowMs();
    if (aheadMs > this.clockAheadMaxMs)
      throw new InvalidError(`client time is ${Math.round(aheadMs)} ms ahead of the service's clock, over dedupClockAheadMaxMs ${this.clockAheadMaxMs}: fix the client's clock`);
    const key = clientOpKey(op);
    const hex = clientOpKeyHex(key);
    // Wait out every attempt of this op in flight; re-check after each, as others may be waiting too.
    for (let earlier = this.inFlight.get(hex); earlier; earlier = this.inFlight.get(hex)) {
      const stored = await earlier;
      if (stored) return answer(stored, span, 'in-flight');
    }
    // Registered before any await, so a retry arriving meanwhile finds it and waits.
    let settle!: (s: Stored | undefined) => void;
    const tracked = new Promise<Stored | undefined>((resolve) => (settle = resolve));
    this.inFlight.set(hex, tracked);
    try {
      await this.replica.leading(term);
      // Local state is enough: a leader that has applied its term's first entry has applied every
      // earlier commit, and a write it misses here cannot commit in a later term through it.
      const stored = this.lookup(term, key);
      if (stored) {
        settle(stored);
        return answer(stored, span, 'stored');
      }
      if (op.clientTimeUs < (this.nowMs() - this.dedupAgeMs) * 1000) {
        throw new StaleError(`operation of ${new Date(op.clientTimeUs / 1000).toISOString()} is older than the dedup age (${this.dedupAgeMs} ms): its outcome may be forgotten`);
      }
      span.setAttribute('rsvc.dedup', 'new');
      const body = await work(key);
      settle(StoredReply.create({ code: 0, body }));
      return body;
    } catch (err) {
      settle(isDeterministic(err) && !(err instanceof StaleError) ? StoredReply.create({ code: err.code, message: err.message }) : undefined);
      throw err;
    } finally {
      if (this.inFlight.get(hex) === tracked) this.inFlight.delete(hex);
    }
  }

  /** Buffer the success reply of the op `key` on the transaction of its effect. */
  static recordReply(tx: Transaction, key: Uint8Array, body: Uint8Array): void {
    tx.update(OPS_PATH, key, encodeStored({ code: 0, body }));
  }

  /** Buffer a deterministic failure of the op `key` (the effect's updates were dropped). */
  static recordError(tx: Transaction, key: Uint8Array, err: { code: number; message: string }): void {
    tx.update(OPS_PATH, key, encodeStored({ code: err.code, message: err.message }));
  }

  private lookup(term: Term, key: Uint8Array): Stored | undefined {
    // A range of one key rather than lookup: a miss (every new write) must not cost an exception.
    const bytes = this.replica.readLocal(term).iterate(OPS_PATH, { ge: key, le: key, limitItems: 1 })[0]?.value;
    if (!bytes) return undefined;
    if (bytes[0] !== STORED_FORMAT) throw new DataInvalidError(`stored reply of format ${bytes[0]}, expected ${STORED_FORMAT}`);
    return StoredReply.decode(bytes.subarray(1));
  }

  /** Buffer the deletion of up to `itemsMax` entries older than the dedup age; how many. */
  async ageOut(tx: Transaction, itemsMax: number): Promise<number> {
    const items = await tx.iterate(OPS_PATH, { lt: clientTimeBound((this.nowMs() - this.dedupAgeMs) * 1000), limitItems: itemsMax });
    for (const it of items) tx.delete(OPS_PATH, it.key);
    return items.length;
  }
}

function answer(stored: Stored, span: Span, how: string): Uint8Array {
  span.setAttribute('rsvc.dedup', how);
  if (stored.code !== 0) throw daosError(stored.code, stored.message);
  return stored.body;
}
