// How an IV root reaches the container service of a pool (the source of CONT_CAPA and
// CONT_PROP): a leader search over the ranks the management service reports for the pool's
// container service, with the internal operations `cont.handle.verify` and `cont.props.read`.
// IV_OID's root reserves object ids there too (`cont.oid.reserve`). One caller per pool, at most
// `callersMax` (the least recently used is dropped).
import { CONT_SERVICE, contOps } from '@daos-nats/api';
import type { Rng } from '@daos-nats/base';
import type { Bus } from '@daos-nats/bus';
import { MgmtClient, ServiceCaller } from '@daos-nats/client';
import type { ContSource, OidReserve } from '@daos-nats/iv-nats';

export interface ContServiceSourceOptions {
  readonly bus: Bus;
  readonly system: string;
  readonly rng: Rng;
  /** MS replica ranks when known (else the MS locator is asked). */
  readonly msReplicas?: readonly number[];
  /** Deadline of one read, leader search and retries included. */
  readonly callTimeoutMs: number;
  /** Pools whose caller (and leader hint) is kept. */
  readonly callersMax: number;
}

/** The management service client of an iv-cache (pool records: where a pool's container service is). */
export function ivMgmtClient(o: Pick<ContServiceSourceOptions, 'bus' | 'system' | 'rng' | 'msReplicas' | 'callTimeoutMs'>): MgmtClient {
  return new MgmtClient({ bus: o.bus, system: o.system, rng: o.rng, rsvcConfig: { callTimeoutMs: o.callTimeoutMs } }, o.msReplicas ? { replicas: o.msReplicas } : {});
}

export function contServiceSource(o: ContServiceSourceOptions, mgmt: MgmtClient = ivMgmtClient(o)): ContSource & { readonly reserveOids: OidReserve } {
  const callers = new Map<string, ServiceCaller>();
  const callerOf = (pool: string): ServiceCaller => {
    let c = callers.get(pool);
    if (c) {
      callers.delete(pool); // re-insert: most recently used last
    } else {
      const refresh = async (signal: AbortSignal) => (await mgmt.poolFind(pool, { signal })).contRanks;
      c = new ServiceCaller({ bus: o.bus, system: o.system, service: CONT_SERVICE, group: pool, ranks: [], rng: o.rng, refresh, config: { callTimeoutMs: o.callTimeoutMs } });
    }
    callers.set(pool, c);
    if (callers.size > o.callersMax) callers.delete(callers.keys().next().value!);
    return c;
  };
  return {
    handle: (pool, handle) => callerOf(pool).call(contOps.handleVerify, { handle }),
    props: (pool, cont) => callerOf(pool).call(contOps.propsRead, { target: { cont } }),
    reserveOids: async (pool, cont, count) => {
      const r = await callerOf(pool).call(contOps.oidReserve, { target: { cont }, count });
      return { first: Number(r.first ?? 0), count: Number(r.count ?? 0) };
    },
  };
}
