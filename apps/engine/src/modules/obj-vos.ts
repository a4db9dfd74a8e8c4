// The object store of one pool on one target, opened on first use by the target's main xstream
// (the only one that writes it) and kept in that xstream's TLS.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { InvalidError, NonexistError } from '@daos-nats/base';
import { VosTarget } from '@daos-nats/vos';
import type { XstreamContext } from '../dss-module.js';

export interface VosStores {
  readonly open: Map<string, VosTarget>;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * This target's store of `pool`, opened on first use. The pool must have been created on this
 * target (mgmt POOL_CREATE wrote pool.json); its `sizeBytes` is this target's capacity (DAOS
 * sizes a pool's target-side storage per target too).
 */
export function vosOf(xs: XstreamContext, pool: string | null | undefined): VosTarget {
  if (!pool || !UUID.test(pool)) throw new InvalidError(`pool uuid ${JSON.stringify(pool)} is not a lower-case UUID`);
  const stores = xs.tls<VosStores>('obj', 'vos');
  const open = stores.open.get(pool);
  if (open) return open;
  const dir = join(xs.dataDir, `tgt${xs.target}`, 'pools', pool);
  const meta = join(dir, 'pool.json');
  if (!existsSync(meta)) throw new NonexistError(`pool ${pool} has no target ${xs.target} on this engine`);
  const info = JSON.parse(readFileSync(meta, 'utf8')) as { sizeBytes: number };
  const v = VosTarget.open(join(dir, 'vos.sqlite'), { capacityBytes: Math.max(1, Math.floor(info.sizeBytes)) });
  stores.open.set(pool, v);
  return v;
}

