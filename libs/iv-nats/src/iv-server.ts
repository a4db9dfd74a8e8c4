import { IV_PEER_OPERATION, ivOps } from '@daos-nats/api';
import { daosError, InvalidError, type DaosError } from '@daos-nats/base';
import { ivInboxSubject, parseIvSubject, typedHandler, type Bus, type Handler, type IncomingRequest, type Responder } from '@daos-nats/bus';
import type { IvNode } from '@daos-nats/iv';
import { decodePeerRequest, encodePeerReply, entryToPb, nsFromPb, syncFromPb } from './iv-codec.js';

function poolOf(req: IncomingRequest): string {
  const s = parseIvSubject(req.subject);
  if (!s) throw new InvalidError(`not an iv subject: ${req.subject}`);
  return s.pool;
}

function keyOf(node: IvNode, key: Uint8Array | null | undefined): Uint8Array {
  const k = key ?? new Uint8Array();
  if (k.length > node.config.keyBytesMax) throw new InvalidError(`iv key is ${k.length} bytes, more than keyBytesMax ${node.config.keyBytesMax}`);
  return k;
}

/** A peer request must be about the pool its subject names: a cache never acts on another pool's behalf. */
function peerHandler(node: IvNode): Handler {
  return async (req) => {
    const pool = poolOf(req);
    const raw = decodePeerRequest(req.body) as { pool?: unknown; ns?: { pool?: unknown } };
    const claimed = raw.pool ?? raw.ns?.pool;
    if (claimed !== pool) throw new InvalidError(`iv.peer request for pool ${String(claimed)} on the subject of pool ${pool}`);
    const reply = await node.handle(raw);
    if (reply.ok) return encodePeerReply(reply);
    const e: DaosError = daosError(reply.code, reply.message, reply.hint);
    throw e;
  };
}

function userHandlers(node: IvNode): Record<string, Handler> {
  return {
    [ivOps.fetch.name]: typedHandler(ivOps.fetch, async (m, req) => ({ entry: entryToPb(await node.fetch(poolOf(req), m.classId ?? 0, keyOf(node, m.key))) })),
    [ivOps.update.name]: typedHandler(ivOps.update, async (m, req) => {
      const pool = poolOf(req);
      const sync = syncFromPb(m.sync);
      if (sync === undefined) throw new InvalidError(`iv.update: bad sync mode ${m.sync}`);
      const key = keyOf(node, m.key);
      const r = m.present ? await node.update(pool, m.classId ?? 0, key, Number(m.version ?? 0), m.value ?? new Uint8Array(), sync) : await node.invalidate(pool, m.classId ?? 0, key, sync);
      return { complete: r.complete };
    }),
    [ivOps.alloc.name]: typedHandler(ivOps.alloc, async (m, req) => ({ range: await node.alloc(poolOf(req), m.classId ?? 0, keyOf(node, m.key), Number(m.count ?? 0)) })),
    [ivOps.claimRoot.name]: typedHandler(ivOps.claimRoot, async (m, req) => {
      const ns = nsFromPb(m.ns);
      if (!ns || ns.pool !== poolOf(req)) throw new InvalidError('iv.claim-root: the namespace must be the subject pool');
      return { complete: (await node.claimRoot(ns)).complete };
    }),
    [ivOps.stopRoot.name]: typedHandler(ivOps.stopRoot, (m, req) => {
      node.stopRoot(poolOf(req), Number(m.term ?? 0));
      return {};
    }),
  };
}

/** Serve `node` (the cache of rank `node.rank`) on `daos.<system>.iv.*.<rank>`: peers and local users. */
export async function serveIvNode(bus: Bus, system: string, node: IvNode, opts: { handlersInFlightMax?: number; pendingRequestsMax?: number } = {}): Promise<Responder> {
  return bus.serve(ivInboxSubject(system, node.rank), { [IV_PEER_OPERATION]: peerHandler(node), ...userHandlers(node) }, opts);
}
