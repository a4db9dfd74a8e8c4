// etcd's mutex recipe (Go's clientv3/concurrency.Mutex) on the etcd3 client: etcd3's own `Lock` is
// a try-lock (it fails when held), so contention needs the waiting recipe. One session = one lease
// kept alive by etcd3; a lock = a key `<name>/<lease>` under that lease; the holder is the key of
// the lowest create revision; a waiter watches the deletion of the key just before its own.
import type { Etcd3, Lease } from 'etcd3';

/** One client's session: a lease with a TTL, renewed by etcd3 in the background. */
export class EtcdSession {
  private constructor(
    readonly client: Etcd3,
    readonly lease: Lease,
    readonly leaseId: string,
  ) {}

  static async open(client: Etcd3, ttlSeconds: number): Promise<EtcdSession> {
    const lease = client.lease(ttlSeconds);
    return new EtcdSession(client, lease, await lease.grant());
  }

  /** Wait until this session holds `name`; returns the release function. */
  async lock(name: string): Promise<() => Promise<void>> {
    const c = this.client;
    const key = `${name}/${this.leaseId}`;
    const tx = await c
      .if(key, 'Create', '==', 0)
      .then(c.put(key).value('').lease(this.leaseId))
      .else(c.get(key))
      .commit();
    const myRev = tx.succeeded ? BigInt(tx.header.revision) : BigInt(tx.responses[0]!.response_range!.kvs[0]!.create_revision);
    for (;;) {
      // The last key created before ours: when it is gone (released or expired), re-check.
      const before = await c.getAll().prefix(`${name}/`).maxCreateRevision(String(myRev - 1n)).sort('Create', 'Descend').limit(1).exec();
      const pred = before.kvs[0];
      if (!pred) break;
      await waitDelete(c, pred.key, BigInt(before.header.revision));
    }
    return async () => void (await c.delete().key(key).exec());
  }

  async close(): Promise<void> {
    await this.lease.revoke().catch(() => undefined);
  }
}

/** Resolves once `key` is deleted after `rev` (a watch from rev+1 misses no deletion). */
async function waitDelete(c: Etcd3, key: Buffer, rev: bigint): Promise<void> {
  const watcher = await c.watch().key(key).startRevision(String(rev + 1n)).create();
  try {
    await new Promise<void>((resolve, reject) => {
      watcher.on('delete', () => resolve());
      watcher.on('error', reject);
    });
  } finally {
    await watcher.cancel();
  }
}
